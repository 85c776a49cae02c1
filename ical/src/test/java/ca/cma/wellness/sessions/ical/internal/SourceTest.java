package ca.cma.wellness.sessions.ical.internal;

import static ca.cma.wellness.sessions.testing.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.ical.IcsLimits;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
    Source.Component calendar = Source.parse(CALENDAR).calendar();
    List<Source.Component> events = calendar.components("VEVENT");
    assertEquals(2, events.size());
    assertEquals(4, events.get(0).line());
    assertEquals(12, events.get(1).line());
    assertEquals(List.of(), calendar.components("VTODO"));
    assertEquals(7, events.get(0).line("DTSTART"));
    assertEquals(8, events.get(0).line("SUMMARY"));
    assertEquals(15, events.get(1).line("DTSTART"));
    assertEquals(2, calendar.line("VERSION"));
    assertEquals("foldedoncetwice", events.get(0).property("SUMMARY").orElseThrow().value());
  }

  @Test
  void parametersAndTexts_areReadAsData() {
    Source.Component event = Source.parse(CALENDAR.replace("SUMMARY:folded",
        "CATEGORIES;X-A=\"a;b:c\";LANGUAGE=en:One\\, two,three\\;,\\n\r\nSUMMARY:folded")).calendar()
        .components("VEVENT").get(0);
    Source.Property categories = event.property("CATEGORIES").orElseThrow();
    assertEquals("a;b:c", categories.parameter("X-A").orElseThrow());
    assertEquals("en", categories.parameter("LANGUAGE").orElseThrow());
    assertEquals(List.of("One, two", "three;", "\n"), categories.texts());
  }

  @Test
  void limits_areCheckedWhileReading_namingTheLimitAndTheLine() {
    var components = assertRefused("line 12", () -> Source.parse(CALENDAR, IcsLimits.DEFAULTS.withMaxComponents(2)));
    assertTrue(components.problem().contains("maxComponents"), components.problem());
    var properties = assertRefused("line 7", () -> Source.parse(CALENDAR, IcsLimits.DEFAULTS.withMaxProperties(4)));
    assertTrue(properties.problem().contains("maxProperties"), properties.problem());
    var length = assertRefused("line 6", () -> Source.parse(CALENDAR, IcsLimits.DEFAULTS.withMaxLineLength(20)));
    assertTrue(length.problem().contains("maxLineLength"), length.problem());
    String three = CALENDAR.replace("SUMMARY:folded", "CATEGORIES:a,b\\,c,d\r\nSUMMARY:folded");
    assertEquals(3, Source.parse(three, IcsLimits.DEFAULTS.withMaxValuesPerProperty(3)).calendar()
        .components("VEVENT").get(0).property("CATEGORIES").orElseThrow().texts().size());
    var values = assertRefused("line 8", () -> Source.parse(three, IcsLimits.DEFAULTS.withMaxValuesPerProperty(2)));
    assertTrue(values.problem().contains("maxValuesPerProperty"), values.problem());
  }

  /** Issue 9 §8: nothing is replaced or dropped silently. */
  @Test
  void invalidUtf8_andNul_areRefusedAtTheirLine() {
    byte[] bytes = CALENDAR.replace("SUMMARY:folded", "SUMMARY:caf\u00e9").getBytes(StandardCharsets.UTF_8);
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("caf") + 3;
    bytes[at] = (byte) 0xE9;
    var utf8 = assertRefused("line 8", () -> Source.read(new ByteArrayInputStream(bytes), 10_000));
    assertTrue(utf8.problem().contains("not UTF-8"), utf8.problem());
    var nul = assertRefused("line 8", () -> Source.parse(CALENDAR.replace("SUMMARY:folded", "SUMMARY:a\u0000b")));
    assertTrue(nul.problem().contains("U+0000"), nul.problem());
  }

  @Test
  void structure_isChecked() {
    assertRefused("line 1", () -> Source.parse("BEGIN:VEVENT\r\nEND:VEVENT\r\n"));
    assertRefused("line 11", () -> Source.parse(CALENDAR.replace("END:VEVENT\r\nBEGIN:VEVENT", "END:VTODO\r\nBEGIN:VEVENT")));
    assertRefused("line 1", () -> Source.parse(CALENDAR.replace("END:VCALENDAR\r\n", "")));
    assertRefused("line 18", () -> Source.parse(CALENDAR + "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
    assertRefused("line 2", () -> Source.parse(CALENDAR.replace("VERSION:2.0", "no colon here")));
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
