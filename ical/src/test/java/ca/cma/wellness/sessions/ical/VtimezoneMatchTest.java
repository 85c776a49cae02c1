package ca.cma.wellness.sessions.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.ical.ImportReport.Reason;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a TZID known only from its VTIMEZONE is matched to the IANA region whose offsets and
 * transitions it follows over two years, Canadian regions first, then the regions of the Windows
 * names, then the others by id; a VTIMEZONE that no region follows is reported. Before, its own
 * yearly rules gave the instant, and the session was held in the import's zone.
 */
class VtimezoneMatchTest {
  private static final IcsImport TOKYO = IcsImport.of(ZoneId.of("Asia/Tokyo"), Fixtures.SHARMAN_ROBERTSON,
      URI.create("https://wellness.example.org/sessions"));

  private static String calendar(String tzid, String standardOnset, String daylightOnset, String standard,
      String daylight, String dtStart) {
    return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
        "BEGIN:VTIMEZONE", "TZID:" + tzid,
        "BEGIN:STANDARD", "DTSTART:" + standardOnset.split(";")[0], "RRULE:" + standardOnset.split(";", 2)[1],
        "TZOFFSETFROM:" + daylight, "TZOFFSETTO:" + standard, "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:" + daylightOnset.split(";")[0], "RRULE:" + daylightOnset.split(";", 2)[1],
        "TZOFFSETFROM:" + standard, "TZOFFSETTO:" + daylight, "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT", "UID:a", "SUMMARY:Peer circle", "DTSTART;TZID=" + tzid + ":" + dtStart, "DURATION:PT1H",
        "END:VEVENT", "END:VCALENDAR", "");
  }

  private static final String NORTH_AMERICA_FALL = "20071104T020000;FREQ=YEARLY;BYMONTH=11;BYDAY=1SU";
  private static final String NORTH_AMERICA_SPRING = "20070311T020000;FREQ=YEARLY;BYMONTH=3;BYDAY=2SU";

  @Test
  void northAmericanEasternRules_matchToronto_beforeNewYork() {
    Session session = TOKYO.readStrict(calendar("Eastern (custom)", NORTH_AMERICA_FALL, NORTH_AMERICA_SPRING,
        "-0500", "-0400", "20230701T190000")).get(0);
    assertEquals(ZoneId.of("America/Toronto"), session.timeZone());
    assertEquals(Instant.parse("2023-07-01T23:00:00Z"), session.startInstant());
  }

  @Test
  void europeanRules_matchTheWindowsRegionFirstByItsId() {
    Session session = TOKYO.readStrict(calendar("Central Europe (custom)",
        "19701025T030000;FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "19700329T020000;FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "+0100", "+0200", "20230201T190000")).get(0);
    assertEquals(ZoneId.of("Europe/Berlin"), session.timeZone());
    assertEquals(Instant.parse("2023-02-01T18:00:00Z"), session.startInstant());
  }

  @Test
  void rulesThatNoRegionFollows_areReported() {
    // Toronto's offsets, but the clocks change at 03:00: no region changes at that instant.
    String late = calendar("Eastern (late)", NORTH_AMERICA_FALL.replace("T020000", "T030000"),
        NORTH_AMERICA_SPRING.replace("T020000", "T030000"), "-0500", "-0400", "20230701T190000");
    String odd = calendar("Mars", NORTH_AMERICA_FALL, NORTH_AMERICA_SPRING, "+0317", "+0417", "20230701T190000");
    for (var input : List.of(List.of(late, "Eastern (late)"), List.of(odd, "Mars"))) {
      ImportResult result = TOKYO.read(input.get(0));
      assertEquals(List.of(), result.sessions());
      assertEquals(new ImportReport(19, java.util.Optional.of("a"), Reason.ZONE, "line 22: DTSTART: TZID \""
          + input.get(1) + "\" is defined by the VTIMEZONE of line 4, whose offsets in 2023 and 2024 match no IANA"
          + " zone"), result.reports().get(0));
    }
  }
}
