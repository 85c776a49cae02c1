package ca.cma.wellness.sessions.ical.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins the value encodings of RFC 5545 (3.3.5, 3.3.6, 3.3.11, 3.3.14) and RFC 6868. */
class ValuesTest {

  @Test
  void text_eachSpecialCharacterAlone_isEscaped() {
    assertEquals("\\\\", Values.text("\\"));
    assertEquals("\\;", Values.text(";"));
    assertEquals("\\,", Values.text(","));
    assertEquals("\\n", Values.text("\n"));
    assertEquals("\\n", Values.text("\r"));
    assertEquals("\\n", Values.text("\r\n"));
    assertEquals("a\\nb", Values.text("a\r\nb"));
    assertEquals("a\\n\\nb", Values.text("a\r\rb"));
    assertEquals("x\\n", Values.text("x\r"));
  }

  @Test
  void text_withNothingToEscape_isTheSameString() {
    String plain = "Imposter syndrome: \"why me?\" é 😀";
    assertSame(plain, Values.text(plain));
    assertEquals("", Values.text(""));
  }

  @Test
  void text_afterAnEscape_keepsTheRestOfTheText() {
    assertEquals("ab\\,cd\\;ef", Values.text("ab,cd;ef"));
  }

  @Test
  void parameter_plainWords_areNotQuoted() {
    assertEquals("Dr. Daniela Isfan", Values.parameter("Dr. Daniela Isfan"));
    assertEquals("O'Brien-Smith 2", Values.parameter("O'Brien-Smith 2"));
    assertEquals("Hélène", Values.parameter("Hélène"));
  }

  @Test
  void parameter_anyOtherCharacter_isQuoted() {
    assertEquals("\"a:b\"", Values.parameter("a:b"));
    assertEquals("\"a;b\"", Values.parameter("a;b"));
    assertEquals("\"a,b\"", Values.parameter("a,b"));
    assertEquals("\"=x\"", Values.parameter("=x"));
  }

  @Test
  void parameter_quotesBackslashesAndCarets_areReplacedWithoutQuoting() {
    // A double quote would end a quoted value, and ical4j reads a backslash as an escape.
    assertEquals("a'b", Values.parameter("a\"b"));
    assertEquals("a/b", Values.parameter("a\\b"));
    assertEquals("a^^b", Values.parameter("a^b"));
    assertEquals("\"a/b:\"", Values.parameter("a\\b:"));
  }

  @Test
  void parameter_controlCharacters_becomeSpacesAndEndsAreStripped() {
    assertEquals("a b", Values.parameter("a\tb"));
    assertEquals("a", Values.parameter("\na\r"));
    assertEquals("", Values.parameter("\u0000"));
  }

  @Test
  void utc_andLocal_areBasicIsoWithoutFractions() {
    assertEquals("20230115T170000Z", Values.utc(Instant.parse("2023-01-15T17:00:00.999Z")));
    assertEquals("19700101T000000Z", Values.utc(Instant.EPOCH));
    assertEquals("20230201T190507", Values.local(LocalDateTime.of(2023, 2, 1, 19, 5, 7)));
    assertEquals("00010203T040506", Values.local(LocalDateTime.of(1, 2, 3, 4, 5, 6)));
    assertEquals("99991231T235959", Values.local(LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999)));
  }

  @Test
  void offset_hoursMinutesAndSeconds() {
    assertEquals("+0000", Values.offset(ZoneOffset.UTC));
    assertEquals("-0500", Values.offset(ZoneOffset.ofHours(-5)));
    assertEquals("+1345", Values.offset(ZoneOffset.ofHoursMinutes(13, 45)));
    assertEquals("-004430", Values.offset(ZoneOffset.ofHoursMinutesSeconds(0, -44, -30)));
    assertEquals("+053328", Values.offset(ZoneOffset.ofHoursMinutesSeconds(5, 33, 28)));
    assertEquals("-1800", Values.offset(ZoneOffset.ofHours(-18)));
  }

  @Test
  void duration_wholeMinutes() {
    assertEquals("PT0S", Values.duration(Duration.ZERO));
    assertEquals("PT0S", Values.duration(Duration.ofSeconds(59)));
    assertEquals("PT1M", Values.duration(Duration.ofMinutes(1)));
    assertEquals("-PT1M", Values.duration(Duration.ofMinutes(-1)));
    assertEquals("PT59M", Values.duration(Duration.ofMinutes(59)));
    assertEquals("PT1H", Values.duration(Duration.ofMinutes(60)));
    assertEquals("PT1H1M", Values.duration(Duration.ofMinutes(61)));
    assertEquals("PT23H59M", Values.duration(Duration.ofMinutes(24 * 60 - 1)));
    assertEquals("P1D", Values.duration(Duration.ofDays(1)));
    assertEquals("-P2D", Values.duration(Duration.ofDays(-2)));
    assertEquals("PT25H", Values.duration(Duration.ofHours(25)));
    assertEquals("-PT1H30M", Values.duration(Duration.ofMinutes(-90)));
  }

  @Test
  void utc_manyInstants_sameAsJavaTime() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(13);
    long min = java.time.Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    long max = java.time.Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    List<java.time.Instant> instants = new java.util.ArrayList<>(List.of(
        java.time.Instant.ofEpochSecond(min), java.time.Instant.ofEpochSecond(max),
        java.time.Instant.EPOCH, java.time.Instant.ofEpochSecond(-1),
        java.time.Instant.parse("2000-02-29T23:59:59.999Z"), java.time.Instant.parse("2100-03-01T00:00:00Z"),
        java.time.Instant.parse("1900-02-28T12:00:00Z"), java.time.Instant.parse("2024-12-31T23:59:59Z")));
    for (int i = 0; i < 20_000; i++) {
      instants.add(java.time.Instant.ofEpochSecond(random.nextLong(min, max + 1), random.nextInt(1_000_000_000)));
    }
    java.time.format.DateTimeFormatter basic =
        java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", java.util.Locale.ROOT)
            .withZone(java.time.ZoneOffset.UTC);
    for (java.time.Instant instant : instants) {
      assertEquals(basic.format(instant), Values.utc(instant), instant.toString());
    }
  }
}
