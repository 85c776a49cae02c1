package ca.cma.wellness.sessions.ical;

import static ca.cma.wellness.sessions.ical.Ics.calendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.ical.ImportReport.Reason;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, recurring events: RRULE, RDATE, EXDATE and RECURRENCE-ID expanded within the window
 * the caller gives, at most {@link IcsImport#MAX_OCCURRENCES} per event, in DTSTART's zone; rules
 * outside the subset read are reported. Before, every recurring event was reported.
 */
class RecurringImportTest {
  private static final URI FALLBACK = URI.create("https://wellness.example.org/sessions");
  private static final IcsImport TORONTO =
      IcsImport.of(ZoneId.of("America/Toronto"), Fixtures.SHARMAN_ROBERTSON, FALLBACK);
  private static final IcsImport YEAR_2023 =
      TORONTO.expandingWithin(Instant.parse("2023-01-01T00:00:00Z"), Instant.parse("2024-01-01T00:00:00Z"));


  /** A one-hour peer circle at 19:00 in Toronto on 2023-03-01 (a Wednesday), and more lines. */
  private static List<String> circle(String... more) {
    List<String> lines = new ArrayList<>(List.of("UID:circle", "SUMMARY:Peer circle",
        "DTSTART;TZID=America/Toronto:20230301T190000", "DTEND;TZID=America/Toronto:20230301T200000"));
    lines.addAll(List.of(more));
    return lines;
  }

  private static List<Instant> instants(List<Session> sessions) {
    return sessions.stream().map(Session::startInstant).toList();
  }

  @Test
  void weeklyRule_keepsTheWallClockAcrossDaylightSaving_withIdsFromUidAndStart() {
    ImportResult result = YEAR_2023.read(calendar(List.of(), List.of(circle("RRULE:FREQ=WEEKLY;COUNT=3"))));
    assertEquals(List.of(Instant.parse("2023-03-02T00:00:00Z"), Instant.parse("2023-03-09T00:00:00Z"),
        Instant.parse("2023-03-15T23:00:00Z")), instants(result.sessions()));
    for (Session session : result.sessions()) {
      assertEquals(LocalTime.of(19, 0), session.start().toLocalTime());
      assertEquals(ZoneId.of("America/Toronto"), session.timeZone());
      assertEquals(Duration.ofHours(1), session.duration());
      assertEquals("Peer circle", session.title());
    }
    assertEquals(List.of(SessionId.of("circle-20230302T000000Z"), SessionId.of("circle-20230309T000000Z"),
        SessionId.of("circle-20230315T230000Z")), result.sessions().stream().map(Session::id).toList());
    assertEquals(1, result.events());
    assertEquals(1, result.mapped());
    assertEquals(List.of(), result.reports());
    // The same on every import.
    assertEquals(result.sessions(), YEAR_2023.read(calendar(List.of(), List.of(circle("RRULE:FREQ=WEEKLY;COUNT=3"))))
        .sessions());
  }

  @Test
  void withoutAWindow_recurringEventsAreReported() {
    ImportResult result = TORONTO.read(calendar(List.of(), List.of(circle("RRULE:FREQ=WEEKLY;COUNT=3"))));
    assertEquals(List.of(new ImportReport(4, java.util.Optional.of("circle"), Reason.RECURRING,
        "line 9: RRULE: recurring events are imported only when the import is given a window to expand them in")),
        result.reports());
    assertEquals("IcsImport{zone=America/Toronto, language=en, limits=" + IcsLimits.DEFAULTS
        + ", window=2023-01-01T00:00:00Z/2024-01-01T00:00:00Z}", YEAR_2023.toString());
  }

  @Test
  void exdateInZoneAndUtc_removeTheirOccurrences_andRdateAddsOne() {
    ImportResult result = YEAR_2023.read(calendar(List.of(), List.of(circle("RRULE:FREQ=WEEKLY;COUNT=4",
        "EXDATE;TZID=America/Toronto:20230308T190000", "EXDATE:20230315T230000Z",
        "RDATE:20230325T150000Z"))));
    assertEquals(List.of(Instant.parse("2023-03-02T00:00:00Z"), Instant.parse("2023-03-22T23:00:00Z"),
        Instant.parse("2023-03-25T15:00:00Z")), instants(result.sessions()));
    assertEquals("circle-20230325T150000Z", result.sessions().get(2).id().toString());
    // An EXDATE that is a date removes the occurrence of that day.
    ImportResult byDate = YEAR_2023.read(calendar(List.of(), List.of(circle("RRULE:FREQ=DAILY;COUNT=3",
        "EXDATE;VALUE=DATE:20230302"))));
    assertEquals(List.of(Instant.parse("2023-03-02T00:00:00Z"), Instant.parse("2023-03-04T00:00:00Z")),
        instants(byDate.sessions()));
  }

  @Test
  void recurrenceIds_replaceAndCancelTheirOccurrences() {
    String text = calendar(List.of(), List.of(
        circle("RRULE:FREQ=WEEKLY;COUNT=3"),
        List.of("UID:circle", "RECURRENCE-ID;TZID=America/Toronto:20230308T190000", "SUMMARY:Peer circle (moved)",
            "DTSTART;TZID=America/Toronto:20230309T180000", "DURATION:PT90M"),
        List.of("UID:circle", "RECURRENCE-ID:20230315T230000Z", "SUMMARY:Peer circle", "STATUS:CANCELLED",
            "DTSTART;TZID=America/Toronto:20230315T190000", "DURATION:PT1H")));
    ImportResult result = YEAR_2023.read(text);
    assertEquals(List.of(), result.reports());
    assertEquals(3, result.events());
    assertEquals(3, result.sessions().size());
    Session first = result.sessions().get(0);
    Session moved = result.sessions().get(1);
    Session cancelled = result.sessions().get(2);
    assertEquals(Instant.parse("2023-03-02T00:00:00Z"), first.startInstant());
    assertEquals(SessionId.of("circle-20230309T000000Z"), moved.id());
    assertEquals(Instant.parse("2023-03-09T23:00:00Z"), moved.startInstant());
    assertEquals("Peer circle (moved)", moved.title());
    assertEquals(Duration.ofMinutes(90), moved.duration());
    assertEquals(SessionId.of("circle-20230315T230000Z"), cancelled.id());
    assertEquals(SessionStatus.CANCELLED, cancelled.status());
    // Without a window, the override is reported like its series.
    assertEquals(List.of(Reason.RECURRING, Reason.RECURRING, Reason.RECURRING),
        TORONTO.read(text).reports().stream().map(ImportReport::reason).toList());
  }

  @Test
  void monthlyAndYearlyRules_giveTheDatesOfRfc5545() {
    ImportResult secondTuesday = YEAR_2023.read(calendar(List.of(), List.of(circle("RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=3"))));
    assertEquals(List.of("2023-03-01", "2023-03-14", "2023-04-11"), dates(secondTuesday));
    ImportResult lastFriday = YEAR_2023.read(calendar(List.of(), List.of(circle("RRULE:FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20230601T000000Z"))));
    assertEquals(List.of("2023-03-01", "2023-03-31", "2023-04-28", "2023-05-26"), dates(lastFriday));
    // The 31st: months without one have no occurrence (RFC 5545 §3.3.10).
    ImportResult thirtyFirst = YEAR_2023.read(calendar(List.of(), List.of(List.of("UID:m", "SUMMARY:x",
        "DTSTART;TZID=America/Toronto:20230131T190000", "DURATION:PT1H", "RRULE:FREQ=MONTHLY;COUNT=4"))));
    assertEquals(List.of("2023-01-31", "2023-03-31", "2023-05-31", "2023-07-31"), dates(thirtyFirst));
    ImportResult everyOtherWeek = YEAR_2023.read(calendar(List.of(), List.of(
        circle("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;UNTIL=20230401"))));
    assertEquals(List.of("2023-03-01", "2023-03-13", "2023-03-15", "2023-03-27", "2023-03-29"), dates(everyOtherWeek));
    // WKST: weeks start on Monday unless the rule says otherwise (RFC 5545), which moves a fortnight.
    String saturday = calendar(List.of(), List.of(List.of("UID:w", "SUMMARY:x",
        "DTSTART;TZID=America/Toronto:20230304T190000", "DURATION:PT1H", "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=SU;COUNT=3")));
    assertEquals(List.of("2023-03-04", "2023-03-05", "2023-03-19"), dates(YEAR_2023.read(saturday)));
    assertEquals(List.of("2023-03-04", "2023-03-12", "2023-03-26"),
        dates(YEAR_2023.read(saturday.replace("COUNT=3", "COUNT=3;WKST=SU"))));
    ImportResult yearly = TORONTO.expandingWithin(Instant.parse("2023-01-01T00:00:00Z"),
        Instant.parse("2026-01-01T00:00:00Z")).read(calendar(List.of(), List.of(
            circle("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=1WE"))));
    assertEquals(List.of("2023-03-01", "2024-03-06", "2025-03-05"), dates(yearly));
  }

  private static List<String> dates(ImportResult result) {
    assertEquals(List.of(), result.reports());
    return result.sessions().stream().map(s -> s.start().toLocalDate().toString()).toList();
  }

  @Test
  void endlessRuleFrom1601_isFollowedFromTheWindow_andCappedWithAWarning() {
    IcsImport march = TORONTO.expandingWithin(Instant.parse("2026-03-01T00:00:00Z"),
        Instant.parse("2026-04-01T00:00:00Z"));
    String daily = calendar(List.of(), List.of(List.of("UID:old", "SUMMARY:x",
        "DTSTART:16010101T120000Z", "DURATION:PT1H", "RRULE:FREQ=DAILY")));
    ImportResult result = march.read(daily);
    assertEquals(31, result.sessions().size());
    assertEquals(Instant.parse("2026-03-01T12:00:00Z"), result.sessions().get(0).startInstant());
    for (String rule : List.of("FREQ=DAILY;COUNT=2147483647", "FREQ=DAILY;INTERVAL=1;WKST=SU")) {
      assertEquals(31, march.read(daily.replace("FREQ=DAILY", rule)).sessions().size(), rule);
    }
    // A huge INTERVAL: the next occurrence is millions of years away.
    ImportResult huge = march.read(daily.replace("FREQ=DAILY", "FREQ=DAILY;INTERVAL=2147483647"));
    assertEquals(List.of(), huge.sessions());
    assertEquals(List.of("line 9: RRULE: no occurrence starts between 2026-03-01T00:00:00Z and"
        + " 2026-04-01T00:00:00Z, so the event gave no session"), huge.warnings());

    Locale saved = Locale.getDefault();
    try {
      for (Locale locale : List.of(Locale.CANADA_FRENCH, Locale.GERMANY)) {
        Locale.setDefault(locale);
        ImportResult capped = TORONTO.expandingWithin(Instant.parse("2020-01-01T00:00:00Z"),
            Instant.parse("2030-01-01T00:00:00Z")).read(daily);
        assertEquals(IcsImport.MAX_OCCURRENCES, capped.sessions().size());
        assertEquals(Instant.parse("2022-09-26T12:00:00Z"), capped.sessions().get(999).startInstant());
        assertEquals(List.of("line 9: RRULE: more than 1000 occurrences start between 2020-01-01T00:00:00Z and"
            + " 2030-01-01T00:00:00Z; the first 1000 were imported"), capped.warnings(), locale.toString());
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void capInStrictMode_refusesTheInput() {
    String daily = calendar(List.of(), List.of(List.of("UID:old", "SUMMARY:x",
        "DTSTART:20200101T120000Z", "DURATION:PT1H", "RRULE:FREQ=DAILY")));
    IcsImport decade = TORONTO.expandingWithin(Instant.parse("2020-01-01T00:00:00Z"),
        Instant.parse("2030-01-01T00:00:00Z"));
    ca.cma.wellness.sessions.SessionValidationException refused =
        assertThrows(ca.cma.wellness.sessions.SessionValidationException.class, () -> decade.readStrict(daily));
    assertEquals("line 9", refused.path());
    assertEquals("RRULE: more than 1000 occurrences start between 2020-01-01T00:00:00Z and 2030-01-01T00:00:00Z"
        + " (the most one event may give)", refused.problem());
    assertEquals(366, TORONTO.expandingWithin(Instant.parse("2020-01-01T00:00:00Z"),
        Instant.parse("2021-01-01T00:00:00Z")).readStrict(daily).size());
  }

  @Test
  void occurrenceInADaylightSavingGapOrOverlap_isReadAsRfc5545Says() {
    // 02:30 does not exist on 2023-03-12 in Toronto: it is read with the offset before the gap
    // (03:30 EDT); 01:30 on 2023-11-05 happens twice: the first one.
    ImportResult spring = YEAR_2023.read(calendar(List.of(), List.of(List.of("UID:g", "SUMMARY:x",
        "DTSTART;TZID=America/Toronto:20230311T023000", "DURATION:PT1H", "RRULE:FREQ=DAILY;COUNT=3"))));
    assertEquals(List.of(Instant.parse("2023-03-11T07:30:00Z"), Instant.parse("2023-03-12T07:30:00Z"),
        Instant.parse("2023-03-13T06:30:00Z")), instants(spring.sessions()));
    ImportResult fall = YEAR_2023.read(calendar(List.of(), List.of(List.of("UID:o", "SUMMARY:x",
        "DTSTART;TZID=America/Toronto:20231104T013000", "DURATION:PT1H", "RRULE:FREQ=DAILY;COUNT=2"))));
    assertEquals(List.of(Instant.parse("2023-11-04T05:30:00Z"), Instant.parse("2023-11-05T05:30:00Z")),
        instants(fall.sessions()));
  }

  @Test
  void countThatEndsBeforeTheWindow_isCountedFromDtstart() {
    ImportResult result = YEAR_2023.read(calendar(List.of(), List.of(List.of("UID:old", "SUMMARY:x",
        "DTSTART:20200101T120000Z", "DURATION:PT1H", "RRULE:FREQ=WEEKLY;COUNT=161"))));
    // 161 occurrences weekly from 2020-01-01: the last is 2023-01-25.
    assertEquals(4, result.sessions().size());
    assertEquals(Instant.parse("2023-01-25T12:00:00Z"), result.sessions().get(3).startInstant());
  }

  @Test
  void rulesOutsideTheSubset_areReportedAsRecurring() {
    for (var rule : List.of(
        List.of("FREQ=HOURLY", "line 9: RRULE: FREQ=HOURLY is not imported; sessions repeat at most daily"),
        List.of("FREQ=SECONDLY", "line 9: RRULE: FREQ=SECONDLY is not imported; sessions repeat at most daily"),
        List.of("FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-1", "line 9: RRULE: \"BYSETPOS\" is not read by this importer,"
            + " so the event's occurrences are unknown (was \"FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-1\")"),
        List.of("RSCALE=CHINESE;FREQ=YEARLY", "line 9: RRULE: \"RSCALE\" is not read by this importer,"
            + " so the event's occurrences are unknown (was \"RSCALE=CHINESE;FREQ=YEARLY\")"))) {
      ImportResult result = YEAR_2023.read(calendar(List.of(), List.of(circle("RRULE:" + rule.get(0)))));
      assertEquals(List.of(), result.sessions(), rule.get(0));
      ImportReport report = result.reports().get(0);
      assertEquals(Reason.RECURRING, report.reason(), rule.get(0));
      assertEquals(rule.get(1), report.problem());
    }
    ImportResult malformed = YEAR_2023.read(calendar(List.of(), List.of(circle("RRULE:FREQ=WEEKLY;COUNT=-3"))));
    assertEquals(Reason.INVALID, malformed.reports().get(0).reason());
    assertEquals("line 9: RRULE: COUNT must be 1 to 2147483647 (was \"-3\") in \"FREQ=WEEKLY;COUNT=-3\"",
        malformed.reports().get(0).problem());
    ImportResult badExdate = YEAR_2023.read(calendar(List.of(), List.of(circle("RRULE:FREQ=WEEKLY;COUNT=3",
        "EXDATE;VALUE=DATE:20231399"))));
    assertEquals("line 10: EXDATE: not a date such as 20230201 (was \"20231399\")", badExdate.reports().get(0).problem());
    ImportResult range = YEAR_2023.read(calendar(List.of(), List.of(circle("RRULE:FREQ=WEEKLY;COUNT=3"),
        List.of("UID:circle", "RECURRENCE-ID;RANGE=THISANDFUTURE:20230308T190000", "SUMMARY:x",
            "DTSTART;TZID=America/Toronto:20230308T180000", "DURATION:PT1H"))));
    assertEquals(Reason.RECURRING, range.reports().get(0).reason());
    assertEquals("line 13: RECURRENCE-ID: RANGE=THISANDFUTURE changes this and every later occurrence, which is"
        + " not read", range.reports().get(0).problem());
  }

  @Test
  void longUid_givesADigestIdWithTheStart() {
    String uid = "040000008200E00074C5B7101A82E00800000000" + "A1B2C3D4".repeat(8);
    ImportResult result = YEAR_2023.read(calendar(List.of(), List.of(List.of("UID:" + uid, "SUMMARY:x",
        "DTSTART:20230301T120000Z", "DURATION:PT1H", "RRULE:FREQ=DAILY;COUNT=2"))));
    List<String> ids = result.sessions().stream().map(s -> s.id().toString()).toList();
    assertEquals(2, ids.size());
    assertTrue(ids.get(0).matches("ics-[0-9a-f]{24}-20230301T120000Z"), ids.get(0));
    assertTrue(ids.get(1).matches("ics-[0-9a-f]{24}-20230302T120000Z"), ids.get(1));
  }

  @Test
  void window_mustEndAfterItStarts() {
    Instant instant = Instant.parse("2023-01-01T00:00:00Z");
    assertEquals("the window must end after it starts (was 2023-01-01T00:00:00Z to 2023-01-01T00:00:00Z)",
        assertThrows(IllegalArgumentException.class, () -> TORONTO.expandingWithin(instant, instant)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> TORONTO.expandingWithin(Instant.MIN, instant));
  }
}
