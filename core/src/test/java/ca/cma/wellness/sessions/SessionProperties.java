package ca.cma.wellness.sessions;

import static ca.cma.wellness.sessions.testing.WellnessGens.from;
import static ca.cma.wellness.sessions.testing.WellnessGens.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ca.cma.wellness.sessions.testing.Generators;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Properties of sessions built from raw, often invalid, input. */
class SessionProperties {
  private static final Set<String> FIELDS =
      Set.of(
          "id", "title", "description", "start", "timeZone", "duration", "moderators", "topics",
          "registrationUrl", "joinUrl", "capacity", "revision", "sessionId", "moderatorId",
          "displayName", "bio", "topic", "email");

  /** Raw input for a session: each field valid or not, as a person or an importer might send. */
  private static Supplier<Session> candidate(RandomGenerator random) {
    String title = random.nextInt(6) == 0 ? rawText(random) : Generators.hostileText(random);
    String description = random.nextInt(6) == 0 ? rawText(random) : Generators.hostileText(random);
    ZoneId zone = candidateZone(random);
    LocalDateTime local = Generators.localStartNearTransition(random, Generators.timeZone(random));
    if (random.nextInt(8) == 0) {
      local = local.withSecond(1 + random.nextInt(59));
    }
    Duration duration = Duration.ofSeconds(random.nextInt(2 * 24 * 3600) - 3600);
    List<Moderator> moderators = new ArrayList<>();
    int count = random.nextInt(3);
    for (int i = 0; i < count; i++) {
      moderators.add(random.nextInt(4) == 0 && !moderators.isEmpty() ? moderators.get(0) : Generators.moderator(random));
    }
    URI registration = candidateUrl(random);
    URI join = candidateUrl(random);
    int capacity = random.nextInt(10) - 3;
    int revision = random.nextInt(6) - 1;
    LocalDateTime start = local;
    return () ->
        Session.builder()
            .id(SessionId.of(Generators.idText(random)))
            .title(title)
            .description(description)
            .start(start, zone)
            .duration(duration)
            .addAllModerators(moderators)
            .registrationUrl(registration)
            .joinUrl(join)
            .capacity(capacity)
            .revision(revision)
            .build();
  }

  private static String rawText(RandomGenerator random) {
    char control = (char) (random.nextBoolean() ? random.nextInt(32) : 0x7F + random.nextInt(33));
    return Generators.hostileText(random) + control;
  }

  private static ZoneId candidateZone(RandomGenerator random) {
    switch (random.nextInt(6)) {
      case 0:
        return ZoneOffset.ofHoursMinutes(-3, -30);
      case 1:
        return ZoneId.of(
            Generators.oneOf(random, List.of("EST", "UTC", "Etc/GMT+5", "GMT", "MST7MDT")),
            ZoneId.SHORT_IDS);
      default:
        return Generators.timeZone(random);
    }
  }

  private static URI candidateUrl(RandomGenerator random) {
    switch (random.nextInt(8)) {
      case 0:
        return URI.create("http://wellness.example.org/r");
      case 1:
        return URI.create("/relative");
      default:
        return Generators.httpsUrl(random, "wellness.example.org");
    }
  }

  @Test
  void build_rawInput_isValidOrRefusedWithAKnownPath() {
    theory()
        .withExamples(500)
        .forAll(from(SessionProperties::candidate))
        .checkAssert(
            attempt -> {
              Session session;
              try {
                session = attempt.get();
              } catch (SessionValidationException refused) {
                String field = refused.path().replaceAll("\\[.*", "").replaceAll("\\..*", "");
                assertTrue(FIELDS.contains(field), () -> "unexpected path: " + refused.getMessage());
                assertFalse(refused.problem().isBlank());
                return;
              }
              assertValid(session);
            });
  }

  @Test
  void withCopies_ofGeneratedSessions_keepInvariantsAndTheOriginal() {
    theory()
        .forAll(WellnessGens.sessions(), WellnessGens.randoms())
        .checkAssert(
            (session, random) -> {
              Session before = session;
              Session copy;
              try {
                copy = randomCopy(session, random);
              } catch (SessionValidationException refused) {
                assertFalse(refused.path().isEmpty(), refused::getMessage);
                assertEquals(before, session);
                return;
              }
              assertValid(copy);
              assertEquals(session.id(), copy.id());
            });
  }

  private static Session randomCopy(Session session, RandomGenerator random) {
    switch (random.nextInt(8)) {
      case 0:
        return session.withTitle(random.nextBoolean() ? rawText(random) : Generators.hostileText(random));
      case 1:
        return session.withDuration(Duration.ofMinutes(random.nextInt(3000) - 10));
      case 2:
        return session.withStart(
            Generators.localStartNearTransition(random, session.timeZone()), session.timeZone());
      case 3:
        return session.withCapacity(random.nextInt(20) - 5);
      case 4:
        return session.withRevision(session.revision() + random.nextInt(3) - 1);
      case 5:
        return session.withModerators(random.nextBoolean() ? List.of() : List.of(Generators.moderator(random)));
      case 6:
        return session.withJoinUrl(candidateUrl(random));
      default:
        return session.withStart(Generators.start(random, Generators.timeZone(random)));
    }
  }

  static void assertValid(Session session) {
    assertTrue(
        session.title().codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)),
        "title must have a visible character");
    assertFalse(session.timeZone() instanceof ZoneOffset, "zone must be a region");
    assertTrue(session.timeZone().getId().contains("/"), () -> "zone " + session.timeZone());
    assertTrue(
        session.timeZone().getRules().isValidOffset(session.localStart(), session.start().getOffset()),
        "start must exist in its zone");
    assertEquals(session.start(), session.start().withEarlierOffsetAtOverlap());
    assertEquals(0, session.start().getSecond());
    assertTrue(!session.duration().isNegative() && !session.duration().isZero());
    assertTrue(session.duration().compareTo(Session.MAX_DURATION) <= 0);
    assertFalse(session.moderators().isEmpty());
    assertEquals("https", session.registrationUrl().getScheme());
    assertEquals("https", session.joinUrl().getScheme());
    session.capacity().ifPresent(c -> assertTrue(c >= 0));
    assertTrue(session.revision() >= 0);
    assertFalse(session.audience().isEmpty());
    for (char c : session.title().toCharArray()) {
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        fail("control character in title");
      }
    }
  }
}
