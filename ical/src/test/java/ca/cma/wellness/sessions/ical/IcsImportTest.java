package ca.cma.wellness.sessions.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.Topic;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.Refusals;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Import of .ics files: ours, Google, Outlook (docs/client-compatibility.md §9) and Apple; errors
 * name the line.
 */
class IcsImportTest {
  private static final URI FALLBACK = URI.create("https://wellness.example.org/sessions");
  private static final IcsImport IMPORT =
      IcsImport.of(ZoneId.of("America/Toronto"), Fixtures.SHARMAN_ROBERTSON, FALLBACK);

  private static String resource(String name) throws IOException {
    try (InputStream in = IcsImportTest.class.getResourceAsStream("/samples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void ourFeed_readsBackAsTheProgramsSessions() {
    Program program = Fixtures.PROGRAM;
    List<Session> imported = IMPORT.read(Ical.of(program, Fixtures.CLOCK).feed(program.sessionsInOrder()));
    List<Session> expected = program.sessionsInOrder();
    assertEquals(expected.size(), imported.size());
    for (int i = 0; i < expected.size(); i++) {
      Session want = expected.get(i);
      Session got = imported.get(i);
      assertEquals(want.id(), got.id());
      assertEquals(program.displayTitle(want), got.title());
      assertEquals(want.description(), got.description());
      assertEquals(want.start(), got.start());
      assertEquals(want.duration(), got.duration());
      assertEquals(want.status(), got.status());
      assertEquals(want.revision(), got.revision());
      assertEquals(want.topics(), got.topics());
      assertEquals(want.registrationUrl(), got.registrationUrl());
      assertEquals(FALLBACK, got.joinUrl(), "the feed has no join link");
    }
  }

  @Test
  void googleExport_mapsZonesUtcStatusAndMeetLink() throws IOException {
    List<Session> sessions = IMPORT.read(resource("google-export.ics"));
    assertEquals(2, sessions.size());
    Session circle = sessions.get(0);
    assertEquals(SessionId.of("3q8vn6k0ja1lsb2v0ol2pg1c8t"), circle.id());
    assertEquals("Peer support circle", circle.title());
    assertEquals(ZonedDateTime.of(LocalDateTime.of(2023, 3, 1, 19, 0), ZoneId.of("America/Toronto")), circle.start());
    assertEquals(Duration.ofHours(1), circle.duration());
    assertEquals(2, circle.revision());
    assertEquals(URI.create("https://meet.google.com/abc-defg-hij"), circle.joinUrl());
    assertEquals(FALLBACK, circle.registrationUrl());
    assertEquals(List.of(Fixtures.SHARMAN_ROBERTSON), circle.moderators());
    Session cancelled = sessions.get(1);
    assertEquals(ZonedDateTime.of(LocalDateTime.of(2023, 3, 9, 12, 0), ZoneId.of("America/Toronto")), cancelled.start());
    assertEquals(Duration.ofMinutes(45), cancelled.duration());
    assertEquals(SessionStatus.CANCELLED, cancelled.status());
  }

  @Test
  void outlookExport_windowsZoneAnd1601Rules_giveTheRightInstant() throws IOException {
    Session session = IMPORT.read(new ByteArrayInputStream(resource("outlook-export.ics").getBytes(StandardCharsets.UTF_8))).get(0);
    assertEquals(ZoneId.of("America/St_Johns"), session.timeZone());
    assertEquals(ZonedDateTime.of(LocalDateTime.of(2023, 2, 16, 20, 30), ZoneId.of("America/St_Johns")), session.start());
    assertEquals(Fixtures.MEDICINE_ON_THE_ROCKS.startInstant(), session.startInstant(), "7 pm ET is 8:30 pm NT");
    assertEquals(Duration.ofHours(1), session.duration());
    assertEquals(URI.create("https://meet.example.org/j/77"), session.joinUrl());
    assertTrue(session.id().toString().startsWith("ics-"), session.id().toString());
    assertEquals(session.id(), IMPORT.read(resource("outlook-export.ics")).get(0).id(), "stable id");
    assertEquals("Thinking about leaving medicine? Bring your doubts.\n\n", session.description());
  }

  @Test
  void appleExport_mapsUrlCategoriesAndEscapes() throws IOException {
    String text = resource("apple-export-with-all-day.ics");
    String timedOnly = text.substring(0, text.lastIndexOf("BEGIN:VEVENT")) + "END:VCALENDAR\r\n";
    Session session = IMPORT.read(timedOnly).get(0);
    assertEquals(SessionId.of("6A1F8E3C-2B4D-4C7E-9F1A-0D2E3C4B5A69"), session.id());
    assertEquals(ZonedDateTime.of(LocalDateTime.of(2023, 2, 23, 16, 0), ZoneId.of("America/Vancouver")), session.start());
    assertEquals(Fixtures.COMPASSION_ROUNDS_PART_I.startInstant(), session.startInstant());
    assertEquals(List.of(Topic.COMPASSION, Topic.SELF_CARE), session.topics());
    assertEquals(URI.create("https://wellness.example.org/sessions/compassion-rounds"), session.registrationUrl());
    assertEquals("Research on happiness, and what chasing it costs.", session.description());
    assertEquals(1, session.revision());
  }

  @Test
  void allDayEvent_isRefusedAtItsDtstartLine() throws IOException {
    SessionValidationException refused =
        Refusals.assertRefused("line 39", () -> IMPORT.read(resource("apple-export-with-all-day.ics")));
    assertTrue(refused.problem().startsWith("DTSTART: all-day events"), refused.problem());
  }

  private static String event(String... lines) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\n"
        + String.join("\r\n", lines) + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  }

  @Test
  void problems_nameTheirLine() {
    Refusals.assertRefused("line 4", () -> IMPORT.read(event("UID:a", "DTSTART:20230201T190000Z", "DTEND:20230201T200000Z")));
    Refusals.assertRefused("line 8", () -> IMPORT.read(event("UID:a", "SUMMARY:x", "DTSTART;TZID=America/Toronto:20230201T190000",
        "RRULE:FREQ=WEEKLY;COUNT=3", "DTEND;TZID=America/Toronto:20230201T200000")));
    SessionValidationException gap = Refusals.assertRefused("line 7", () -> IMPORT.read(event("UID:a", "SUMMARY:x",
        "DTSTART;TZID=America/Toronto:20230312T023000", "DTEND;TZID=America/Toronto:20230312T040000")));
    assertTrue(gap.problem().contains("daylight-saving gap"), gap.problem());
    Refusals.assertRefused("line 7", () -> IMPORT.read(event("UID:a", "SUMMARY:x",
        "DTSTART;TZID=Mars/Olympus_Mons:20230201T190000", "DTEND;TZID=Mars/Olympus_Mons:20230201T200000")));
    SessionValidationException backwards = Refusals.assertRefused("line 8", () -> IMPORT.read(event("UID:a", "SUMMARY:x",
        "DTSTART:20230201T190000Z", "DTEND:20230201T180000Z")));
    assertTrue(backwards.problem().startsWith("duration"), backwards.problem());
    Refusals.assertRefused("line 7", () -> IMPORT.read(event("UID:a", "SUMMARY:x", "DTSTART:not-a-date")));
  }

  @Test
  void duplicateIds_areRefusedAtTheSecondUid() {
    Refusals.assertRefused("line 11", () -> IMPORT.read(event("UID:a", "SUMMARY:x", "DTSTART:20230201T190000Z",
        "DTEND:20230201T200000Z", "END:VEVENT", "BEGIN:VEVENT", "UID:a@other.example.org", "SUMMARY:y",
        "DTSTART:20230201T190000Z", "DTEND:20230201T200000Z")));
  }

  @Test
  void inputOverTheLimit_isRefusedBeforeParsing() {
    String big = event("UID:a", "SUMMARY:x", "DESCRIPTION:" + "x".repeat(2000), "DTSTART:20230201T190000Z", "DTEND:20230201T200000Z");
    IcsImport small = IMPORT.withMaxBytes(1000);
    SessionValidationException refused = Refusals.assertRefused("input", () -> small.read(big));
    assertTrue(refused.problem().contains("1000 bytes"), refused.problem());
    Refusals.assertRefused("input",
        () -> small.read(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))));
    assertEquals(1, IMPORT.read(big).size());
  }

  @Test
  void of_badSettings_areRefused() {
    Refusals.assertRefused("timeZone", () -> IcsImport.of(ZoneId.of("UTC"), Fixtures.SHARMAN_ROBERTSON, FALLBACK));
    // Accepted by java.time, but a link to America/New_York kept for old systems, not a region id.
    Refusals.assertRefused("timeZone", () -> IcsImport.of(ZoneId.of("US/Eastern"), Fixtures.SHARMAN_ROBERTSON, FALLBACK));
    Refusals.assertRefused("fallbackUrl",
        () -> IcsImport.of(ZoneId.of("America/Toronto"), Fixtures.SHARMAN_ROBERTSON, URI.create("http://x.example.org")));
  }

  @Test
  void read_ourOwnFeed_readsLastModifiedAndCancelledSessionsBackAsTheyAre() {
    String feed = Ical.of(Fixtures.PROGRAM, Fixtures.CLOCK).feed(List.of(Fixtures.CANCELLED_SESSION, Fixtures.IMPOSTER_SYNDROME));
    List<Session> read = IMPORT.read(feed);
    Session cancelled = read.get(0);
    assertEquals("Self-care in residency", cancelled.title(), "without the announcement");
    assertEquals(Fixtures.CANCELLED_SESSION.description(), cancelled.description());
    assertEquals(ca.cma.wellness.sessions.SessionStatus.CANCELLED, cancelled.status());
    assertEquals(Fixtures.CANCELLED_SESSION.lastModified(), cancelled.lastModified());
    assertEquals(Fixtures.IMPOSTER_SYNDROME.lastModified(), read.get(1).lastModified());
    assertEquals(Fixtures.IMPOSTER_SYNDROME.description(), read.get(1).description());
  }

  @Test
  void read_uidOfAnotherProgram_keepsItsSessionId() {
    Session read =
        IMPORT.read(event("UID:circle-7@calendar.example.com", "SUMMARY:x", "DTSTART:20230201T190000Z", "DTEND:20230201T200000Z"))
            .get(0);
    assertEquals("circle-7", read.id().toString());
  }

  @Test
  void read_lastModifiedThatIsNotUtc_isRefusedNamingItsLine() {
    Refusals.assertRefused(
            "line 9",
            () ->
                IMPORT.read(
                    event(
                        "UID:a", "SUMMARY:x", "DTSTART:20230201T190000Z", "DTEND:20230201T200000Z",
                        "LAST-MODIFIED:20230101T120000")));
  }

  /** A TZID that is neither IANA nor Windows, defined by a VTIMEZONE: read as data, yearly rules only. */
  @Test
  void read_ownVtimezone_givesTheInstantItsYearlyRulesSay() {
    String zone = "BEGIN:VTIMEZONE\r\nTZID:Island Time\r\n"
        + "BEGIN:STANDARD\r\nDTSTART:16011104T020000\r\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\r\n"
        + "TZOFFSETFROM:-0230\r\nTZOFFSETTO:-0330\r\nEND:STANDARD\r\n"
        + "BEGIN:DAYLIGHT\r\nDTSTART:16010311T020000\r\nRRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\n"
        + "TZOFFSETFROM:-0330\r\nTZOFFSETTO:-0230\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n";
    String text = event("UID:a", "SUMMARY:x", "DTSTART;TZID=Island Time:20230216T203000",
        "DTEND;TZID=Island Time:20230216T213000").replace("BEGIN:VEVENT", zone + "BEGIN:VEVENT");
    Session session = IMPORT.read(text).get(0);
    assertEquals(java.time.Instant.parse("2023-02-17T00:00:00Z"), session.startInstant(), "winter: -03:30");
    Session summer = IMPORT.read(text.replace("202302", "202307")).get(0);
    assertEquals(java.time.Instant.parse("2023-07-16T23:00:00Z"), summer.startInstant(), "summer: -02:30");
    SessionValidationException hourly = Refusals.assertRefused("line 8",
        () -> IMPORT.read(text.replace("RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "RRULE:FREQ=HOURLY")));
    assertTrue(hourly.problem().contains("FREQ=YEARLY"), hourly.problem());
    Refusals.assertRefused("line 8",
        () -> IMPORT.read(text.replace("BYDAY=1SU;BYMONTH=11", "BYDAY=1SU;BYMONTH=11;BYHOUR=1,2,3")));
  }

  /** Issue 9 §8: invalid UTF-8 and NUL are refused at their line, never replaced or dropped. */
  @Test
  void read_invalidUtf8OrNul_isRefusedNamingTheLine() {
    byte[] bytes = event("UID:a", "SUMMARY:caf?", "DTSTART:20230201T190000Z", "DTEND:20230201T200000Z")
        .getBytes(StandardCharsets.UTF_8);
    bytes[new String(bytes, StandardCharsets.ISO_8859_1).indexOf('?')] = (byte) 0xC3;
    SessionValidationException utf8 =
        Refusals.assertRefused("line 6", () -> IMPORT.read(new ByteArrayInputStream(bytes)));
    assertTrue(utf8.problem().contains("not UTF-8"), utf8.problem());
    SessionValidationException nul = Refusals.assertRefused("line 6",
        () -> IMPORT.read(event("UID:a", "SUMMARY:a\u0000b", "DTSTART:20230201T190000Z", "DTEND:20230201T200000Z")));
    assertTrue(nul.problem().contains("U+0000"), nul.problem());
  }

  @Test
  void read_lineBreakInACategory_isRefused_andRepeatsAreOne() {
    Refusals.assertRefused("line 9", () -> IMPORT.read(event("UID:a", "SUMMARY:x", "DTSTART:20230201T190000Z",
        "DTEND:20230201T200000Z", "CATEGORIES:Burnout,Peer\\nsupport")));
    Session session = IMPORT.read(event("UID:a", "SUMMARY:x", "DTSTART:20230201T190000Z",
        "DTEND:20230201T200000Z", "CATEGORIES:Burnout,Wellness,Burnout", "CATEGORIES:Wellness")).get(0);
    assertEquals(List.of("Burnout", "Wellness"), session.topics().stream().map(Topic::label).toList());
  }

  @Test
  void limits_areSettable_andNamedInTheRefusal() {
    String two = event("UID:a", "SUMMARY:x", "DTSTART:20230201T190000Z", "DTEND:20230201T200000Z",
        "CATEGORIES:Burnout,Wellness");
    assertEquals(IcsLimits.DEFAULTS, IMPORT.limits());
    SessionValidationException values = Refusals.assertRefused("line 9",
        () -> IMPORT.withLimits(IcsLimits.DEFAULTS.withMaxValuesPerProperty(1)).read(two));
    assertTrue(values.problem().contains("maxValuesPerProperty"), values.problem());
    SessionValidationException components = Refusals.assertRefused("line 4",
        () -> IMPORT.withLimits(IcsLimits.DEFAULTS.withMaxComponents(1)).read(two));
    assertTrue(components.problem().contains("maxComponents"), components.problem());
    assertEquals(1, IMPORT.withLimits(IcsLimits.DEFAULTS.withMaxValuesPerProperty(2)).read(two).size());
  }
}
