package ca.cma.wellness.sessions.registration;

import static ca.cma.wellness.sessions.testing.RegistrationGenerators.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Role;
import ca.cma.wellness.sessions.SeriesId;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.Refusals;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegistrationBookTest {
  private static final Instant NOW = Fixtures.CLOCK.instant();
  private static final Program PROGRAM = Fixtures.PROGRAM;
  private static final SeriesId COMPASSION = Fixtures.COMPASSION_ROUNDS.id();
  private static final SeriesId CIRCLE = Fixtures.WEEKLY_CIRCLE.id();

  private static List<NoticeKind> kinds(List<Notice> notices) {
    return notices.stream().map(Notice::kind).collect(Collectors.toList());
  }

  private static List<SessionId> sessions(List<Notice> notices) {
    return notices.stream().map(Notice::sessionId).collect(Collectors.toList());
  }

  @Test
  void registerForSeries_physician_confirmsEveryPartInOrder() {
    BookChange change =
        RegistrationBook.empty().registerForSeries(PROGRAM, COMPASSION, Fixtures.REGINA_PHYSICIAN, NOW);

    assertEquals(List.of(NoticeKind.CONFIRMED, NoticeKind.CONFIRMED), kinds(change.answers()));
    assertEquals(
        List.of(Fixtures.COMPASSION_ROUNDS_PART_I.id(), Fixtures.COMPASSION_ROUNDS_PART_II.id()),
        sessions(change.answers()));
    assertEquals(1, change.book().version());
    assertEquals(2, change.book().rosters().size());
  }

  @Test
  void registerForSeries_learnerForPhysiciansOnlySeries_refusesEachPart() {
    RegistrationBook empty = RegistrationBook.empty();

    BookChange change = empty.registerForSeries(PROGRAM, COMPASSION, Fixtures.ST_JOHNS_LEARNER, NOW);

    assertEquals(List.of(NoticeKind.REFUSED, NoticeKind.REFUSED), kinds(change.answers()));
    assertTrue(change.answers().stream().allMatch(n -> n.refusal().orElseThrow() == RefusalReason.AUDIENCE));
    assertSame(empty, change.book());
    assertEquals(0, change.book().version());
  }

  @Test
  void registerForSeries_onePartFull_waitlistsThatPartOnly() {
    Session fullPart = Fixtures.WEEKLY_CIRCLE_PARTS.get(2).withCapacity(1);
    Program program = PROGRAM.withSession(fullPart);
    RegistrationBook book =
        RegistrationBook.empty().register(fullPart, person(1, Role.PHYSICIAN), NOW).book();

    BookChange change = book.registerForSeries(program, CIRCLE, Fixtures.MONTREAL_RESIDENT, NOW);

    assertEquals(
        List.of(
            NoticeKind.CONFIRMED,
            NoticeKind.CONFIRMED,
            NoticeKind.WAITLISTED,
            NoticeKind.CONFIRMED,
            NoticeKind.CONFIRMED),
        kinds(change.answers()));
    assertEquals(OptionalInt.of(1), change.answers().get(2).waitlistPosition());
    assertEquals(2, change.book().version());
  }

  @Test
  void registerForParts_chosenParts_registersThoseOnly() {
    BookChange change =
        RegistrationBook.empty()
            .registerForParts(PROGRAM, CIRCLE, List.of(4, 2, 4), Fixtures.TORONTO_LEARNER, NOW);

    assertEquals(
        List.of(Fixtures.WEEKLY_CIRCLE_PARTS.get(1).id(), Fixtures.WEEKLY_CIRCLE_PARTS.get(3).id()),
        sessions(change.answers()));
    assertEquals(Set.of(Fixtures.WEEKLY_CIRCLE_PARTS.get(1).id(), Fixtures.WEEKLY_CIRCLE_PARTS.get(3).id()),
        change.book().rosters().keySet());
  }

  @Test
  void registerForSeries_again_answersAlreadyRegisteredAndKeepsVersion() {
    RegistrationBook book =
        RegistrationBook.empty().registerForSeries(PROGRAM, COMPASSION, Fixtures.REGINA_PHYSICIAN, NOW).book();

    BookChange again = book.registerForSeries(PROGRAM, COMPASSION, Fixtures.REGINA_PHYSICIAN, NOW);

    assertEquals(List.of(NoticeKind.ALREADY_REGISTERED, NoticeKind.ALREADY_REGISTERED), kinds(again.answers()));
    assertSame(book, again.book());
  }

  @Test
  void registerForParts_partNotInProgram_throws() {
    RegistrationBook empty = RegistrationBook.empty();

    assertThrows(
        IllegalArgumentException.class,
        () -> empty.registerForParts(PROGRAM, COMPASSION, List.of(3), Fixtures.REGINA_PHYSICIAN, NOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> empty.registerForParts(PROGRAM, COMPASSION, List.of(), Fixtures.REGINA_PHYSICIAN, NOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> empty.registerForSeries(PROGRAM, SeriesId.of("no-such-series"), Fixtures.REGINA_PHYSICIAN, NOW));
  }

  @Test
  void register_sessionWithoutWaitlist_refusesOnceFull() {
    Session small = Fixtures.IMPOSTER_SYNDROME.withCapacity(1).withWaitlistLimit(0);
    RegistrationBook book = RegistrationBook.empty().register(small, person(1, Role.PHYSICIAN), NOW).book();

    Notice refused = book.register(small, person(2, Role.PHYSICIAN), NOW).answers().get(0);

    assertEquals(RefusalReason.FULL, refused.refusal().orElseThrow());
  }

  @Test
  void cancelAndReconcile_throughTheBook_promoteAndCountVersions() {
    Session small = Fixtures.IMPOSTER_SYNDROME.withCapacity(1);
    RegistrationBook book = RegistrationBook.empty();
    book = book.register(small, person(1, Role.PHYSICIAN), NOW).book();
    book = book.register(small, person(2, Role.PHYSICIAN), NOW).book();
    book = book.register(small, person(3, Role.PHYSICIAN), NOW).book();

    BookChange cancelled = book.withdraw(small, person(1, Role.PHYSICIAN), NOW);
    BookChange grown = cancelled.book().reconcile(small.withCapacity(3), NOW);
    BookChange removed = grown.book().remove(small, person(2, Role.PHYSICIAN), NOW);

    assertEquals(List.of(NoticeKind.WITHDRAWN, NoticeKind.PROMOTED, NoticeKind.MOVED_UP), kinds(cancelled.notices()));
    assertEquals(List.of(NoticeKind.PROMOTED), kinds(grown.notices()));
    assertEquals(List.of(NoticeKind.REMOVED), kinds(removed.notices()));
    assertEquals(6, removed.book().version());
    assertEquals(
        Availability.of(Availability.State.OPEN, OptionalInt.of(2)),
        removed.book().availability(small.withCapacity(3), NOW));
  }

  @Test
  void builder_rosterUnderAnotherKey_isRefused() {
    Roster roster = Roster.empty(Fixtures.IMPOSTER_SYNDROME.id());

    Refusals.assertRefused(
        "rosters[elsewhere].sessionId",
        () -> RegistrationBook.builder().putRoster(SessionId.of("elsewhere"), roster).build());
  }
}
