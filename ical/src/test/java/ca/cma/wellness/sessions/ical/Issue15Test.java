package ca.cma.wellness.sessions.ical;

import static ca.cma.wellness.sessions.ical.Ics.calendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.ical.ImportReport.Reason;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.Refusals;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, "Import real calendars": each finding of the run over real files, as the smallest
 * input that showed it.
 */
class Issue15Test {
  private static final URI FALLBACK = URI.create("https://wellness.example.org/sessions");
  private static final IcsImport TORONTO = in("America/Toronto");

  private static IcsImport in(String zone) {
    return IcsImport.of(ZoneId.of(zone), Fixtures.SHARMAN_ROBERTSON, FALLBACK);
  }


  private static List<String> event(String uid, String... more) {
    List<String> lines = new java.util.ArrayList<>(List.of("UID:" + uid, "SUMMARY:Peer circle " + uid,
        "DTSTART;TZID=America/Toronto:20230201T190000", "DTEND;TZID=America/Toronto:20230201T200000"));
    lines.addAll(List.of(more));
    return lines;
  }

  @Test
  void foldedDescriptionBeforeStatus_isCancelledWithEveryLineEnding() {
    String crlf = calendar(List.of(), List.of(List.of("UID:a", "SUMMARY:Circle",
        "DTSTART:20230201T190000Z", "DTEND:20230201T200000Z",
        "DESCRIPTION:A long description that Google folds at seventy-five octets, so that th", " e rest follows",
        "STATUS:CANCELLED")));
    for (String ending : List.of("\r\n", "\n", "\r")) {
      Session session = TORONTO.readStrict(crlf.replace("\r\n", ending)).get(0);
      assertEquals(SessionStatus.CANCELLED, session.status(), ending);
      assertTrue(session.description().endsWith("so that the rest follows"), session.description());
    }
  }

  @Test
  void foldedOutlookUids_giveDistinctIds_withLfOnly() {
    String prefix = "040000008200E00074C5B7101A82E008";
    String text = calendar(List.of(), List.of(
        event(prefix + "00000000A1B2C3D4", "X-A:1"), event(prefix + "00000000E5F6A7B8")))
        .replace("UID:" + prefix, "UID:" + prefix + "\r\n ").replace("\r\n", "\n");
    List<Session> sessions = TORONTO.readStrict(text);
    assertEquals(2, sessions.size());
    assertNotEquals(sessions.get(0).id(), sessions.get(1).id());
  }

  @Test
  void severalVcalendars_areAllRead_andErrorsNameTheirOwnLine() {
    String first = calendar(List.of(), List.of(event("a")));
    String second = calendar(List.of(), List.of(event("b"), event("c")));
    ImportResult both = TORONTO.read(first + second);
    assertEquals(3, both.sessions().size());
    assertEquals(List.of(), both.reports());

    // A broken first calendar is reported, not dropped; an error in the second names its own line.
    String brokenFirst = first.replace("SUMMARY:Peer circle a", "SUMMARY:");
    ImportResult reported = TORONTO.read(brokenFirst + second);
    assertEquals(2, reported.sessions().size());
    assertEquals(List.of(4), reported.reports().stream().map(ImportReport::line).toList());
    String brokenSecond = second.replace("DTEND;TZID=America/Toronto:20230201T200000\r\nEND:VEVENT\r\nBEGIN",
        "DTEND;TZID=America/Toronto:nope\r\nEND:VEVENT\r\nBEGIN");
    SessionValidationException refused =
        Refusals.assertRefused("line " + (first.split("\r\n").length + 8), () -> TORONTO.readStrict(first + brokenSecond));
    assertTrue(refused.problem().startsWith("DTEND: not a date-time"), refused.problem());
  }

  @Test
  void floatingDtendBesideZonedDtstart_isReadInDtstartsZone() {
    String text = calendar(List.of(), List.of(List.of("UID:a", "SUMMARY:x",
        "DTSTART;TZID=America/Toronto:20230201T190000", "DTEND:20230201T200000")));
    for (String zone : List.of("America/Toronto", "America/Vancouver", "Asia/Tokyo")) {
      Session session = in(zone).readStrict(text).get(0);
      assertEquals(Duration.ofHours(1), session.duration(), zone);
      assertEquals(Instant.parse("2023-02-02T00:00:00Z"), session.startInstant(), zone);
    }
  }

  @Test
  void recurringEvent_isReported_andTheOthersImported() {
    ImportResult result = TORONTO.read(calendar(List.of(), List.of(
        event("a"), event("weekly", "RRULE:FREQ=WEEKLY;COUNT=4"), event("b"))));
    assertEquals(2, result.sessions().size());
    ImportReport report = result.reports().get(0);
    assertEquals(new ImportReport(10, Optional.of("weekly"), Reason.RECURRING,
        "line 15: RRULE: recurring events are imported only when the import is given a window to expand them in"), report);
    assertEquals("recurring", report.reason().label());
    assertEquals(3, result.events());
    // Strict: the first problem refuses the file.
    Refusals.assertRefused("line 15", () -> TORONTO.readStrict(calendar(List.of(), List.of(
        event("a"), event("weekly", "RRULE:FREQ=WEEKLY;COUNT=4"), event("b")))));
  }

  @Test
  void everyVeventIsAccountedFor_withItsReason() {
    ImportResult result = TORONTO.read(calendar(List.of(), List.of(
        event("ok"),
        List.of("SUMMARY:no uid", "DTSTART:20230201T190000Z", "DTEND:20230201T200000Z"),
        List.of("UID:all-day", "SUMMARY:x", "DTSTART;VALUE=DATE:20230201", "DTEND;VALUE=DATE:20230202"),
        List.of("UID:zone", "SUMMARY:x", "DTSTART;TZID=Mars/Olympus:20230201T190000", "DURATION:PT1H"),
        List.of("UID:bad", "SUMMARY:x", "DTSTART:20230201T190000Z", "DURATION:soon"),
        event("ok"))));
    assertEquals(1, result.sessions().size());
    assertEquals(List.of(Reason.INCOMPLETE, Reason.ALL_DAY, Reason.ZONE, Reason.INVALID, Reason.DUPLICATE),
        result.reports().stream().map(ImportReport::reason).toList());
    assertEquals(Optional.empty(), result.reports().get(0).uid());
    assertEquals(6, result.events());
  }

  @Test
  void propertiesSessionsNeverRead_andBlankLines_doNotRefuse() {
    String text = calendar(List.of("", "X-WR-CALNAME:Circles"), List.of(event("a",
        "CREATED:20230101T120000", "CREATED:00001231T000000Z", "ATTENDEE;CN=\"unclosed:mailto:", "GEO:north;south",
        "COMMENT;ALTREP=\"not a uri\":x", "IMAGE;VALUE=URI:::", "BEGIN:VALARM", "TRIGGER:soon", "ACTION:DISPLAY",
        "END:VALARM"))).replace("END:VEVENT\r\n", "END:VEVENT\r\n\r\n   \r\n");
    ImportResult result = TORONTO.read(text);
    assertEquals(1, result.sessions().size(), () -> result.reports().toString());
    assertEquals(List.of(
        "line 11: CREATED: not a UTC date-time such as 20230109T143000Z (was \"20230101T120000\"); sessions do not"
            + " read it, so it was ignored",
        "line 13: ATTENDEE: no value after the parameters (expected \":\"); the import does not read ATTENDEE, so"
            + " it was ignored"), result.warnings());
    // Strict: the first problem, the ATTENDEE whose quote never closes, refuses the file.
    Refusals.assertRefused("line 13", () -> TORONTO.readStrict(text));
    // A malformed property the mapping reads is reported.
    ImportReport report = TORONTO.read(text.replace("DTEND;TZID=America/Toronto:", "DTEND;TZID=\"America/Toronto:"))
        .reports().get(0);
    assertEquals(Reason.INVALID, report.reason());
    assertEquals("line 10: DTEND: no value after the parameters (expected \":\")", report.problem());
  }

  @Test
  void emptyLinesBetweenALineAndItsFold_areIgnored() {
    String text = calendar(List.of(), List.of(event("a"))).replace("SUMMARY:Peer circle a", "SUMMARY\r\n\r\n :Peer circle a");
    ImportResult result = TORONTO.read(text.replace("\r\n", "\n"));
    assertEquals("Peer circle a", result.sessions().get(0).title());
    assertEquals(List.of(), result.reports());
  }

  @Test
  void anUnreadableVtimezone_reportsOnlyTheEventsThatUseIt() {
    List<String> hourly = List.of("BEGIN:VTIMEZONE", "TZID:Hourly", "BEGIN:STANDARD", "DTSTART:16010101T000000",
        "RRULE:FREQ=HOURLY", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0000", "END:STANDARD", "END:VTIMEZONE");
    ImportResult result = TORONTO.read(calendar(hourly, List.of(event("a"),
        List.of("UID:b", "SUMMARY:x", "DTSTART;TZID=Hourly:20230201T190000", "DURATION:PT1H"))));
    assertEquals(1, result.sessions().size());
    ImportReport report = result.reports().get(0);
    assertEquals(Reason.ZONE, report.reason());
    assertTrue(report.problem().contains("line 8: RRULE: a VTIMEZONE rule must be FREQ=YEARLY"), report.problem());
  }

  @Test
  void linkAndPrefixedTzids_resolveToTheirRegion() {
    for (var tzid : List.of(
        List.of("Canada/Mountain", "America/Edmonton"),
        List.of("US/Pacific", "America/Los_Angeles"),
        List.of("/mozilla.org/20050126_1/America/Toronto", "America/Toronto"),
        List.of("/softwarestudio.org/Olson_20011030_5/Canada/Eastern", "America/Toronto"),
        List.of("Pacific Standard Time", "America/Vancouver"))) {
      Session session = TORONTO.readStrict(calendar(List.of(), List.of(List.of("UID:a", "SUMMARY:x",
          "DTSTART;TZID=" + tzid.get(0) + ":20230201T190000", "DURATION:PT1H")))).get(0);
      assertEquals(ZoneId.of(tzid.get(1)), session.timeZone(), tzid.get(0));
    }
    Session utc = TORONTO.readStrict(calendar(List.of(), List.of(List.of("UID:a", "SUMMARY:x",
        "DTSTART;TZID=UTC:20230201T190000", "DURATION:PT1H")))).get(0);
    assertEquals(Instant.parse("2023-02-01T19:00:00Z"), utc.startInstant());
  }

  @Test
  void messages_nameTheLine_withoutLocaleDigits_classNamesOrCodes() {
    Locale saved = Locale.getDefault();
    try {
      for (Locale locale : List.of(Locale.CANADA_FRENCH, Locale.GERMANY, Locale.US)) {
        Locale.setDefault(locale);
        StringBuilder padding = new StringBuilder();
        for (int i = 0; i < 1812; i++) {
          padding.append("X-PAD:").append(i).append("\r\n");
        }
        String text = calendar(List.of(padding.toString().strip()), List.of(
            List.of("UID:a", "SUMMARY:x", "DTSTART:20230201T190000Z", "DURATION:soon")));
        SessionValidationException refused = Refusals.assertRefused("line 1820", () -> TORONTO.readStrict(text));
        assertEquals("DURATION: not a duration such as PT1H30M (was \"soon\")", refused.problem(), locale.toString());
        ImportReport report = TORONTO.read(text).reports().get(0);
        assertEquals("line 1816 (UID a): invalid: line 1820: DURATION: not a duration such as PT1H30M (was \"soon\")",
            report.toString(), locale.toString());
        SessionValidationException noColon = Refusals.assertRefused("line 1818",
            () -> TORONTO.read(text.replace("SUMMARY:x", "SUMMARY x")));
        assertFalse(noColon.getMessage().matches("(?s).*(class |Exception|Expected \\[).*"), noColon.getMessage());
      }
    } finally {
      Locale.setDefault(saved);
    }
  }
}
