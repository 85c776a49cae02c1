package ca.cma.wellness.sessions.ical.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneOffsetTransitionRule.TimeDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins docs/client-compatibility.md §2 and §4: a VTIMEZONE named by its IANA id, in the
 * yearly-RRULE form Outlook reads, without RDATE lists or history before the output's years.
 */
class VtimezoneTest {
  /** The VTIMEZONE built anew, so that no cached one from another test stands in for it. */
  private static String text(ZoneId zone, int firstYear, int lastYear) throws IOException {
    StringBuilder out = new StringBuilder();
    Vtimezone.build(zone, firstYear, Math.max(firstYear, lastYear)).emit(new TextSink(out));
    return out.toString();
  }

  @Test
  void toronto_isOneYearlyRulePairStartingTheYearBefore() throws IOException {
    assertEquals(
        String.join(
            "\r\n",
            "BEGIN:VTIMEZONE",
            "TZID:America/Toronto",
            "BEGIN:DAYLIGHT",
            "DTSTART:20220313T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
            "TZOFFSETFROM:-0500",
            "TZOFFSETTO:-0400",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "DTSTART:20221106T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
            "TZOFFSETFROM:-0400",
            "TZOFFSETTO:-0500",
            "END:STANDARD",
            "END:VTIMEZONE",
            ""),
        text(ZoneId.of("America/Toronto"), 2023, 2023));
  }

  @Test
  void stJohns_keepsItsHalfHourOffsets() throws IOException {
    String text = text(ZoneId.of("America/St_Johns"), 2023, 2024);
    assertTrue(text.contains("TZOFFSETFROM:-0330\r\nTZOFFSETTO:-0230\r\n"), text);
    assertTrue(text.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n"), text);
  }

  @Test
  void regina_withoutDaylightSaving_isASingleStandard() throws IOException {
    assertEquals(
        String.join(
            "\r\n",
            "BEGIN:VTIMEZONE",
            "TZID:America/Regina",
            "BEGIN:STANDARD",
            "DTSTART:20220101T000000",
            "TZOFFSETFROM:-0600",
            "TZOFFSETTO:-0600",
            "END:STANDARD",
            "END:VTIMEZONE",
            ""),
        text(ZoneId.of("America/Regina"), 2023, 2023));
  }

  @Test
  void whitehorse_afterItsLastChange_isASingleStandard() throws IOException {
    String text = text(ZoneId.of("America/Whitehorse"), 2023, 2030);
    assertEquals(1, count(text, "BEGIN:STANDARD"));
    assertEquals(0, count(text, "BEGIN:DAYLIGHT"));
    assertTrue(text.contains("TZOFFSETTO:-0700"), text);
  }

  @Test
  void southernHemisphere_hasBothRules() throws IOException {
    String text = text(ZoneId.of("Australia/Adelaide"), 2024, 2024);
    assertTrue(text.contains("RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"), text);
    assertTrue(text.contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU"), text);
    assertTrue(text.contains("TZOFFSETFROM:+0930\r\nTZOFFSETTO:+1030"), text);
  }

  @Test
  void santiago_sundayOnOrAfterTheSecond_usesAMonthDayWindow() throws IOException {
    String text = text(ZoneId.of("America/Santiago"), 2024, 2024);
    assertTrue(text.contains("BYDAY=SU;BYMONTHDAY=2,3,4,5,6,7,8"), text);
  }

  @Test
  void casablanca_withoutAYearlyRule_writesOneObservancePerChangeAndNoRdate() throws IOException {
    Vtimezone zone = Vtimezone.build(ZoneId.of("Africa/Casablanca"), 2024, 2025);
    String text = text(ZoneId.of("Africa/Casablanca"), 2024, 2025);
    assertFalse(zone.isYearlyRuleForm());
    assertFalse(text.contains("RDATE"), text);
    assertFalse(text.contains("RRULE"), text);
    assertTrue(count(text, "DTSTART:") > 4, text);
  }

  @Test
  void noZone_writesHistoryBeforeTheYearBeforeTheOutput() throws IOException {
    for (String id : List.of("America/Toronto", "America/Vancouver", "Europe/Paris", "Asia/Kolkata",
        "Pacific/Chatham", "America/Sao_Paulo", "Africa/Casablanca", "America/Halifax")) {
      String text = text(ZoneId.of(id), 2023, 2025);
      for (String line : text.split("\r\n")) {
        if (line.startsWith("DTSTART:")) {
          assertTrue(line.compareTo("DTSTART:2022") >= 0, id + ": " + line);
        }
      }
      assertFalse(text.contains("RDATE"), id);
      assertTrue(text.length() < 2000 || id.equals("Africa/Casablanca"), id + " is " + text.length() + " chars");
    }
  }

  @Test
  void of_sameZoneAndYears_isBuiltOnce() {
    assertSame(
        Vtimezone.of(ZoneId.of("America/Edmonton"), 2023, 2023),
        Vtimezone.of(ZoneId.of("America/Edmonton"), 2023, 2023));
  }

  // The RRULE of each kind of tzdb rule ("lastSun", "Sun>=8", "Fri>=23", a fixed date), and the
  // rules no yearly RRULE can say. VtimezoneOracleTest reads them all back; these name each one.

  private static final ZoneOffset STANDARD = ZoneOffset.ofHours(2);
  private static final ZoneOffset DAYLIGHT = ZoneOffset.ofHours(3);

  private static ZoneOffsetTransitionRule rule(Month month, int day, DayOfWeek dow, LocalTime time, boolean midnightEnd) {
    return ZoneOffsetTransitionRule.of(
        month, day, dow, time, midnightEnd, TimeDefinition.WALL, STANDARD, STANDARD, DAYLIGHT);
  }

  @Test
  void rrule_lastSunday_isByDayMinusOne() {
    assertEquals(
        "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        Vtimezone.rrule(rule(Month.MARCH, -1, DayOfWeek.SUNDAY, LocalTime.of(3, 0), false), 2023));
  }

  @Test
  void rrule_lastSundayOfFebruary_isByDayMinusOne() {
    // The last Sunday of February falls on the 22nd to the 29th: a span of eight days.
    assertEquals(
        "FREQ=YEARLY;BYMONTH=2;BYDAY=-1SU",
        Vtimezone.rrule(rule(Month.FEBRUARY, -1, DayOfWeek.SUNDAY, LocalTime.of(3, 0), false), 2023));
  }

  @Test
  void rrule_nthWeekdays_areByDayN() {
    assertEquals(
        "FREQ=YEARLY;BYMONTH=3;BYDAY=1SU",
        Vtimezone.rrule(rule(Month.MARCH, 1, DayOfWeek.SUNDAY, LocalTime.of(2, 0), false), 2023));
    assertEquals(
        "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
        Vtimezone.rrule(rule(Month.MARCH, 8, DayOfWeek.SUNDAY, LocalTime.of(2, 0), false), 2023));
    assertEquals(
        "FREQ=YEARLY;BYMONTH=10;BYDAY=3SA",
        Vtimezone.rrule(rule(Month.OCTOBER, 15, DayOfWeek.SATURDAY, LocalTime.of(2, 0), false), 2023));
    assertEquals(
        "FREQ=YEARLY;BYMONTH=3;BYDAY=4SU",
        Vtimezone.rrule(rule(Month.MARCH, 22, DayOfWeek.SUNDAY, LocalTime.of(2, 0), false), 2023));
  }

  @Test
  void rrule_weekdayOnOrAfterAnotherDay_isAWeekOfMonthDays() {
    assertEquals(
        "FREQ=YEARLY;BYMONTH=3;BYDAY=FR;BYMONTHDAY=23,24,25,26,27,28,29",
        Vtimezone.rrule(rule(Month.MARCH, 23, DayOfWeek.FRIDAY, LocalTime.of(2, 0), false), 2023));
    assertEquals(
        "FREQ=YEARLY;BYMONTH=4;BYDAY=SU;BYMONTHDAY=2,3,4,5,6,7,8",
        Vtimezone.rrule(rule(Month.APRIL, 2, DayOfWeek.SUNDAY, LocalTime.of(3, 0), false), 2023));
  }

  @Test
  void rrule_fixedDate_isByMonthDay() {
    assertEquals(
        "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=21",
        Vtimezone.rrule(rule(Month.MARCH, 21, null, LocalTime.of(0, 0), false), 2023));
  }

  @Test
  void rrule_withoutAYearlyForm_isNull() {
    // Egypt: the last Thursday of October at 24:00 is a Friday that is sometimes in November.
    assertNull(Vtimezone.rrule(rule(Month.OCTOBER, -1, DayOfWeek.THURSDAY, LocalTime.MIDNIGHT, true), 2023));
    // February 28 at 24:00 is February 29 in leap years and March 1 in the others.
    assertNull(Vtimezone.rrule(rule(Month.FEBRUARY, 28, null, LocalTime.MIDNIGHT, true), 2023));
    // A fixed date at 24:00 is the next date, every year.
    assertEquals(
        "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=21",
        Vtimezone.rrule(rule(Month.MARCH, 20, null, LocalTime.MIDNIGHT, true), 2023));
  }

  @Test
  void casablanca_baseObservance_isDaylightWhenTheZoneIsOnDaylightTime() throws IOException {
    // java.time's rules keep Morocco on UTC+0 standard time with daylight time most of the year.
    String text = text(ZoneId.of("Africa/Casablanca"), 2024, 2024);
    assertTrue(
        text.startsWith("BEGIN:VTIMEZONE\r\nTZID:Africa/Casablanca\r\nBEGIN:DAYLIGHT\r\nDTSTART:20230101T000000\r\n"
            + "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\n"),
        text);
  }

  @Test
  void mexico2022_writesEveryChangeFromTheYearBefore() throws IOException {
    assertEquals(
        String.join(
            "\r\n",
            "BEGIN:VTIMEZONE",
            "TZID:America/Mexico_City",
            "BEGIN:STANDARD",
            "DTSTART:20210101T000000",
            "TZOFFSETFROM:-0600",
            "TZOFFSETTO:-0600",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:20210404T020000",
            "TZOFFSETFROM:-0600",
            "TZOFFSETTO:-0500",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "DTSTART:20211031T020000",
            "TZOFFSETFROM:-0500",
            "TZOFFSETTO:-0600",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:20220403T020000",
            "TZOFFSETFROM:-0600",
            "TZOFFSETTO:-0500",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "DTSTART:20221030T020000",
            "TZOFFSETFROM:-0500",
            "TZOFFSETTO:-0600",
            "END:STANDARD",
            "END:VTIMEZONE",
            ""),
        text(ZoneId.of("America/Mexico_City"), 2022, 2022));
    assertFalse(Vtimezone.build(ZoneId.of("America/Mexico_City"), 2022, 2022).isYearlyRuleForm());
  }

  @Test
  void toronto2006_rulesChangedIn2007_isOneObservancePerChange() throws IOException {
    // 2005 and 2006: first Sunday of April to last Sunday of October; 2007: today's rules.
    String text = text(ZoneId.of("America/Toronto"), 2006, 2006);
    assertFalse(text.contains("RRULE"), text);
    assertTrue(text.contains("DTSTART:20060402T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400"), text);
    assertTrue(text.contains("DTSTART:20070311T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400"), text);
  }

  @Test
  void cairo_ruleWithoutAYearlyForm_isOneObservancePerChange() throws IOException {
    // Egypt ends daylight saving on the last Thursday of October at 24:00.
    String text = text(ZoneId.of("Africa/Cairo"), 2025, 2025);
    assertFalse(text.contains("RRULE"), text);
    assertTrue(text.contains("DTSTART:20251031T000000\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0200"), text);
  }

  @Test
  void yearlyRuleForm_isTheFormOutlookReads() {
    assertTrue(Vtimezone.build(ZoneId.of("America/Toronto"), 2023, 2023).isYearlyRuleForm());
    assertTrue(Vtimezone.build(ZoneId.of("America/Regina"), 2023, 2023).isYearlyRuleForm());
    assertFalse(Vtimezone.build(ZoneId.of("America/Whitehorse"), 2020, 2020).isYearlyRuleForm());
  }

  @Test
  void paris_isTheLastSundayPairAtTheHourOfEachChange() throws IOException {
    String text = text(ZoneId.of("Europe/Paris"), 2024, 2024);
    assertTrue(
        text.contains(
            "BEGIN:DAYLIGHT\r\nDTSTART:20230326T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                + "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\n"
                + "BEGIN:STANDARD\r\nDTSTART:20231029T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                + "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"),
        text);
  }

  @Test
  void of_yearsInReverse_meansTheFirstYearOnly() throws IOException {
    assertSame(
        Vtimezone.of(ZoneId.of("America/Halifax"), 2023, 2023),
        Vtimezone.of(ZoneId.of("America/Halifax"), 2023, 2020));
  }

  @Test
  void of_otherZoneOrYears_isAnotherVtimezone() throws IOException {
    Vtimezone halifax = Vtimezone.of(ZoneId.of("America/Halifax"), 2023, 2024);
    assertNotSame(halifax, Vtimezone.of(ZoneId.of("America/Moncton"), 2023, 2024));
    assertNotSame(halifax, Vtimezone.of(ZoneId.of("America/Halifax"), 2022, 2024));
    assertNotSame(halifax, Vtimezone.of(ZoneId.of("America/Halifax"), 2023, 2025));
    assertEquals(ZoneId.of("America/Moncton"), Vtimezone.of(ZoneId.of("America/Moncton"), 2023, 2024).zone());
    assertTrue(text(ZoneId.of("America/Halifax"), 2023, 2025).contains("DTSTART:20220313T020000"));
  }

  @Test
  void of_anotherKeyInBetween_keepsTheFirstCached() {
    Vtimezone first = Vtimezone.of(ZoneId.of("America/Edmonton"), 2031, 2031);
    Vtimezone.of(ZoneId.of("America/Winnipeg"), 2031, 2031);
    assertSame(first, Vtimezone.of(ZoneId.of("America/Edmonton"), 2031, 2031));
  }

  @Test
  void of_manyZonesAndYears_keepsTheCacheBounded() {
    for (int year = 1900; year < 3000; year++) {
      assertEquals(ZoneId.of("Asia/Kolkata"), Vtimezone.of(ZoneId.of("Asia/Kolkata"), year, year).zone());
      assertTrue(Vtimezone.cached() <= 1024, "cached: " + Vtimezone.cached());
    }
    assertTrue(Vtimezone.cached() > 0);
  }

  private static int count(String text, String needle) {
    return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
  }
}
