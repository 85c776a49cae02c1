package ca.cma.wellness.sessions.json;

import static ca.cma.wellness.sessions.testing.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.json.internal.Json;
import ca.cma.wellness.sessions.registration.Availability;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Which sessions the feed lists, what it says about registering, and how it writes times. */
class SessionFeedTest {
  private static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  private static List<String> ids(List<Session> sessions) {
    return sessions.stream().map(s -> s.id().toString()).collect(Collectors.toList());
  }

  private static JsonNode registration(String feed, int index) {
    return Json.MAPPER.readTree(feed).get("sessions").get(index).get("registration");
  }

  private static String write(Clock clock, Program program) {
    return Outputs.feed(clock, program);
  }

  private static String write(Clock clock, Function<SessionId, Optional<Availability>> host, Program program) {
    return SessionFeed.of(program, clock).withAvailability(host).feed(program.upcoming(clock));
  }

  @Test
  void upcoming_listsSessionsStartingNowOrLaterByStartCancelledIncluded() {
    // Noon in Toronto on March 9, 2023: the cancelled lunch-hour session starts now.
    List<Session> listed = Fixtures.PROGRAM.upcoming(at("2023-03-09T17:00:00Z"));
    assertEquals(
        List.of(
            "residency-self-care-2023-03-09",
            "peer-support-circle-2023-03-part-3",
            "peer-support-circle-2023-03-part-4",
            "peer-support-circle-2023-03-part-5"),
        ids(listed));
  }

  @Test
  void feed_ofTheProgramsWindow_listsOnlySessionsStartingWithinIt() {
    SessionFeed feed = SessionFeed.of(Fixtures.PROGRAM, Fixtures.CLOCK);
    String none = feed.feed(Fixtures.PROGRAM.upcoming(Fixtures.CLOCK, Duration.ofDays(14)));
    assertEquals(0, Json.MAPPER.readTree(none).get("sessions").size());
    String one = feed.feed(Fixtures.PROGRAM.upcoming(Fixtures.CLOCK, Duration.ofDays(20)));
    assertEquals(
        "imposter-syndrome-2023-02-01", Json.MAPPER.readTree(one).get("sessions").get(0).get("id").stringValue());
    assertThrows(IllegalArgumentException.class, () -> Fixtures.PROGRAM.upcoming(Fixtures.CLOCK, Duration.ofDays(-1)));
  }

  @Test
  void write_programWithoutUpcomingSessions_hasAnEmptyList() {
    String feed = write(at("2024-01-01T00:00:00Z"), Fixtures.PROGRAM);
    assertEquals(0, Json.MAPPER.readTree(feed).get("sessions").size());
  }

  @Test
  void write_generated_isTheClockInstantInUtcWithoutTrailingZeros() {
    String feed = write(at("2023-01-15T17:00:00.120Z"), Fixtures.PROGRAM);
    assertEquals("2023-01-15T17:00:00.12Z", Json.MAPPER.readTree(feed).get("generated").stringValue());
  }

  @Test
  void write_registrationWindow_isWrittenWithTheSessionZonesOffset() {
    Session windowed =
        Fixtures.IMPOSTER_SYNDROME
            .withRegistrationOpens(Optional.of(Instant.parse("2023-01-10T17:00:00Z")))
            .withRegistrationCloses(Optional.of(Instant.parse("2023-01-31T17:00:00Z")));
    JsonNode registration =
        registration(write(Fixtures.CLOCK, Fixtures.PROGRAM.withSession(windowed)), 0);
    assertEquals("2023-01-10T12:00:00-05:00", registration.get("opens").stringValue());
    assertEquals("2023-01-31T12:00:00-05:00", registration.get("closes").stringValue());
    assertEquals("open", registration.get("state").stringValue());
  }

  @Test
  void state_beforeRegistrationOpens_isClosed() {
    Session later =
        Fixtures.IMPOSTER_SYNDROME.withRegistrationOpens(Optional.of(Instant.parse("2023-01-20T00:00:00Z")));
    Program program = Fixtures.PROGRAM.withSession(later);
    assertEquals("closed", registration(write(Fixtures.CLOCK, program), 0).get("state").stringValue());
    assertEquals(
        "open",
        registration(write(at("2023-01-20T00:00:00Z"), program), 0).get("state").stringValue());
  }

  @Test
  void state_fromTheClosingInstantOrTheStart_isClosed() {
    Session closing =
        Fixtures.IMPOSTER_SYNDROME.withRegistrationCloses(Optional.of(Instant.parse("2023-01-31T00:00:00Z")));
    Program program = Fixtures.PROGRAM.withSession(closing);
    assertEquals(
        "open",
        registration(write(at("2023-01-30T23:59:59Z"), program), 0).get("state").stringValue());
    assertEquals(
        "closed",
        registration(write(at("2023-01-31T00:00:00Z"), program), 0).get("state").stringValue());
    // Without a closing instant, registration closes at the start (Feb. 1, 7 pm ET = midnight UTC).
    assertEquals(
        "closed",
        registration(write(at("2023-02-02T00:00:00Z"), Fixtures.PROGRAM), 0).get("state").stringValue());
  }

  @Test
  void state_ofACancelledSession_isClosedWhateverTheHostSays() {
    Function<SessionId, Optional<Availability>> host =
        id ->
            id.equals(Fixtures.CANCELLED_SESSION.id())
                ? Optional.of(Availability.of(Availability.State.OPEN, OptionalInt.of(5)))
                : Optional.empty();
    Program cancelled = Fixtures.PROGRAM.withSession(Fixtures.CANCELLED_SESSION.withCapacity(10));
    String feed = write(Fixtures.CLOCK, host, cancelled);
    JsonNode registration = registration(feed, 6);
    assertEquals("residency-self-care-2023-03-09", Json.MAPPER.readTree(feed).get("sessions").get(6).get("id").stringValue());
    assertEquals("closed", registration.get("state").stringValue());
    assertFalse(registration.has("spotsLeft"));
  }

  @Test
  void state_fromTheHost_isPublishedWithItsPlacesLeft() {
    String feed =
        write(
            Fixtures.CLOCK,
            id ->
                id.equals(Fixtures.IMPOSTER_SYNDROME.id())
                    ? Optional.of(Availability.of(Availability.State.FULL, OptionalInt.of(0)))
                    : Optional.empty(),
            Fixtures.PROGRAM);
    assertEquals("full", registration(feed, 0).get("state").stringValue());
    assertEquals(0, registration(feed, 0).get("spotsLeft").intValue());
    assertEquals("open", registration(feed, 1).get("state").stringValue());
  }

  @Test
  void withAvailability_fromTheRegistrationLedger_publishesItsPlacesLeft() {
    ca.cma.wellness.sessions.registration.RegistrationLedger ledger =
        ca.cma.wellness.sessions.registration.RegistrationLedger.inMemory(Fixtures.CLOCK);
    ledger.register(Fixtures.IMPOSTER_SYNDROME, Fixtures.TORONTO_LEARNER);
    ledger.register(Fixtures.IMPOSTER_SYNDROME, Fixtures.REGINA_PHYSICIAN);
    Program program = Fixtures.PROGRAM;
    String feed = write(Fixtures.CLOCK, id -> program.sessionById(id).map(ledger::availability), program);
    assertEquals("open", registration(feed, 0).get("state").stringValue());
    assertEquals(23, registration(feed, 0).get("spotsLeft").intValue());
    assertFalse(feed.contains(Fixtures.TORONTO_LEARNER.email().address()));
  }

  @Test
  void write_hostReportingPlacesLeftWithoutCapacity_isRefused() {
    Function<SessionId, Optional<Availability>> host =
        id -> Optional.of(Availability.of(Availability.State.OPEN, OptionalInt.of(1)));
    // Imposter syndrome (sessions[0]) has a capacity of 25; the next session has none.
    assertRefused("sessions[1].registration.spotsLeft", () -> write(Fixtures.CLOCK, host, Fixtures.PROGRAM));
  }

  @Test
  void write_hostReportingMorePlacesThanTheCapacity_isRefused() {
    Function<SessionId, Optional<Availability>> host =
        id ->
            id.equals(Fixtures.IMPOSTER_SYNDROME.id())
                ? Optional.of(Availability.of(Availability.State.OPEN, OptionalInt.of(26)))
                : Optional.empty();
    assertRefused("sessions[0].registration.spotsLeft", () -> write(Fixtures.CLOCK, host, Fixtures.PROGRAM));
  }

  @Test
  void write_toAStream_writesTheSameUtf8AndLeavesItOpen() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    SessionFeed.of(Fixtures.PROGRAM, Fixtures.CLOCK).writeFeed(Fixtures.PROGRAM.upcoming(Fixtures.CLOCK), out);
    assertFalse(closed[0], "the stream stays open");
    out.write('!');
    assertEquals(write(Fixtures.CLOCK, Fixtures.PROGRAM) + "!", out.toString(StandardCharsets.UTF_8));
    StringBuilder text = new StringBuilder("feed: ");
    SessionFeed.of(Fixtures.PROGRAM, Fixtures.CLOCK).writeFeed(Fixtures.PROGRAM.upcoming(Fixtures.CLOCK), text);
    assertEquals("feed: " + write(Fixtures.CLOCK, Fixtures.PROGRAM), text.toString());
  }

  @Test
  void write_startInSummer_hasTheDaylightOffsetAndTheLabelsOfTheDay() {
    Session summer = Fixtures.IMPOSTER_SYNDROME.withStart(java.time.LocalDateTime.of(2023, 7, 5, 12, 0), Fixtures.TORONTO);
    JsonNode session =
        Json.MAPPER.readTree(write(Fixtures.CLOCK, Fixtures.PROGRAM.withSession(summer))).get("sessions").get(9);
    assertEquals(summer.id().toString(), session.get("id").stringValue());
    assertEquals("2023-07-05T12:00:00-04:00", session.get("start").stringValue());
    assertEquals("July 5, 2023, noon ET", session.get("displayTime").get("en").stringValue());
    assertEquals("5 juillet 2023, 12 h HE", session.get("displayTime").get("fr").stringValue());
  }

  @Test
  void feed_cancelledSession_isAnnouncedInItsDisplayTitle() {
    JsonNode session = Json.MAPPER.readTree(write(Fixtures.CLOCK, Fixtures.PROGRAM)).get("sessions").get(6);
    assertEquals("residency-self-care-2023-03-09", session.get("id").stringValue());
    assertEquals("Self-care in residency", session.get("title").stringValue());
    assertEquals("Cancelled: Self-care in residency", session.get("displayTitle").stringValue());
    assertEquals("2023-01-12T16:05:00Z", session.get("lastModified").stringValue());
  }
}
