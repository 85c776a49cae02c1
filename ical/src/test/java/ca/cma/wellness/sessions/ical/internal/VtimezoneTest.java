package ca.cma.wellness.sessions.ical.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins docs/client-compatibility.md §2 and §4: a VTIMEZONE named by its IANA id, in the
 * yearly-RRULE form Outlook reads, without RDATE lists or history before the output's years.
 */
class VtimezoneTest {
  private static String text(ZoneId zone, int firstYear, int lastYear) throws IOException {
    StringBuilder out = new StringBuilder();
    Vtimezone.of(zone, firstYear, lastYear).emit(new TextSink(out));
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
    Vtimezone zone = Vtimezone.of(ZoneId.of("Africa/Casablanca"), 2024, 2025);
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

  private static int count(String text, String needle) {
    return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
  }
}
