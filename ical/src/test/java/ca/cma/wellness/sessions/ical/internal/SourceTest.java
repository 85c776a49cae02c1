package ca.cma.wellness.sessions.ical.internal;

import static ca.cma.wellness.sessions.testing.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Pins the size limit of imports and the line numbers that import errors name. */
class SourceTest {
  private static final String CALENDAR =
      "BEGIN:VCALENDAR\r\n"
          + "VERSION:2.0\r\n"
          + "PRODID:-//test//EN\r\n"
          + "BEGIN:VEVENT\n"
          + "UID:a@example.org\n"
          + "DTSTAMP:20230101T000000Z\r"
          + "DTSTART:20230201T190000Z\r\n"
          + "SUMMARY:folded\r\n"
          + " once\r\n"
          + "\ttwice\r\n"
          + "END:VEVENT\r\n"
          + "BEGIN:VEVENT\r\n"
          + "UID:b@example.org\r\n"
          + "DTSTAMP:20230101T000000Z\r\n"
          + "DTSTART:20230202T190000Z\r\n"
          + "END:VEVENT\r\n"
          + "END:VCALENDAR\r\n";

  @Test
  void lines_countEveryKindOfLineBreakAndFold() {
    Source source = Source.parse(CALENDAR);
    assertEquals(4, source.beginLine("VEVENT", 0));
    assertEquals(12, source.beginLine("VEVENT", 1));
    assertEquals(1, source.beginLine("VEVENT", 2));
    assertEquals(1, source.beginLine("VTODO", 0));
    assertEquals(7, source.line("VEVENT", 0, "DTSTART"));
    assertEquals(8, source.line("VEVENT", 0, "SUMMARY"));
    assertEquals(15, source.line("VEVENT", 1, "DTSTART"));
    assertEquals(2, source.calendarLine("VERSION"));
    assertEquals("foldedoncetwice", source.rawValue("VEVENT", 0, "SUMMARY"));
  }

  @Test
  void check_limitInUtf8Bytes() {
    assertEquals("abc", Source.check("abc", 3));
    assertRefused("input", () -> Source.check("abcd", 3));
    // Three "é" are six bytes: over a limit of five although they are three characters.
    assertEquals("éé", Source.check("éé", 4));
    assertRefused("input", () -> Source.check("ééé", 5));
    assertEquals("ééé", Source.check("ééé", 6));
    assertEquals("ééé", Source.check("ééé", 9));
    assertEquals("a", Source.check("\uFEFFa", 4));
  }

  @Test
  void read_limitInBytes_andTheByteOrderMarkIsDropped() throws IOException {
    byte[] bytes = "\uFEFFabc".getBytes(StandardCharsets.UTF_8);
    assertEquals("abc", Source.read(new ByteArrayInputStream(bytes), bytes.length));
    assertRefused("input", () -> Source.read(new ByteArrayInputStream(bytes), bytes.length - 1));
    byte[] large = new byte[20_000];
    java.util.Arrays.fill(large, (byte) 'a');
    assertEquals(20_000, Source.read(new ByteArrayInputStream(large), 20_000).length());
    assertRefused("input", () -> Source.read(new ByteArrayInputStream(large), 19_999));
  }
}
