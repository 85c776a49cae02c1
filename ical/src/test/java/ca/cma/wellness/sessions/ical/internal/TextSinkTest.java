package ca.cma.wellness.sessions.ical.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.testing.WellnessGens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins docs/client-compatibility.md §24 to §27: octet folding, no empty continuation, CRLF, TEXT
 * escaping.
 */
class TextSinkTest {
  private static String write(String name, String value) throws IOException {
    StringBuilder out = new StringBuilder();
    new TextSink(out).property(name, new String[0], value);
    return out.toString();
  }

  private static String unfold(String text) {
    return text.replace("\r\n ", "").replaceAll("\r\n$", "");
  }

  @Test
  void property_frenchText_foldsByOctetsNotCharacters() throws IOException {
    // 74 "é" are 148 octets: character folding (ical4j, biweekly) gives 81-octet lines here.
    String text = write("SUMMARY", "é".repeat(74));
    for (String line : text.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
    }
    assertEquals("SUMMARY:" + "é".repeat(74), unfold(text));
    assertEquals("SUMMARY:" + "é".repeat(33) + "\r\n " + "é".repeat(37) + "\r\n " + "é".repeat(4) + "\r\n", text);
  }

  @Test
  void property_emojiAtTheFoldPoint_neverSplitsAUtf8Sequence() throws IOException {
    // 8 + 66 = 74 octets, then a 4-octet emoji that would end at octet 78: it moves whole.
    String text = write("SUMMARY", "a".repeat(66) + "😀b");
    assertEquals("SUMMARY:" + "a".repeat(66) + "\r\n 😀b\r\n", text);
  }

  @Test
  void property_exactly75Octets_hasNoEmptyContinuationLine() throws IOException {
    String text = write("SUMMARY", "a".repeat(67));
    assertEquals("SUMMARY:" + "a".repeat(67) + "\r\n", text);
    String longer = write("SUMMARY", "a".repeat(67 + 74));
    assertEquals("SUMMARY:" + "a".repeat(67) + "\r\n " + "a".repeat(74) + "\r\n", longer);
  }

  @Test
  void property_parameters_areWrittenInOrderBeforeTheValue() throws IOException {
    StringBuilder out = new StringBuilder();
    new TextSink(out).property("ATTENDEE", new String[] {"CN", "Ana", "RSVP", "TRUE"}, "mailto:a@example.org");
    assertEquals("ATTENDEE;CN=Ana;RSVP=TRUE:mailto:a@example.org\r\n", out.toString());
    StringBuilder folded = new StringBuilder();
    new TextSink(folded).property("X", new String[] {"A", "b".repeat(70)}, "c");
    assertEquals("X;A=" + "b".repeat(70) + ":\r\n c\r\n", folded.toString());
  }

  @Test
  void property_octetsOfEachKindOfCharacter_decideTheFold() throws IOException {
    // "SUMMARY:" and 65 letters are 73 octets: a 2-octet character still fits, a 3-octet one does
    // not; 66 letters leave room for one octet only.
    String a65 = "a".repeat(65);
    String a66 = "a".repeat(66);
    assertEquals("SUMMARY:" + a66 + "\u007f\r\n", write("SUMMARY", a66 + "\u007f"));
    assertEquals("SUMMARY:" + a66 + "\r\n \u0080\r\n", write("SUMMARY", a66 + "\u0080"));
    assertEquals("SUMMARY:" + a65 + "\u07ff\r\n", write("SUMMARY", a65 + "\u07ff"));
    assertEquals("SUMMARY:" + a65 + "\r\n \u0800\r\n", write("SUMMARY", a65 + "\u0800"));
    assertEquals("SUMMARY:" + "a".repeat(64) + "\u0800\r\n", write("SUMMARY", "a".repeat(64) + "\u0800"));
    // A pair is four octets and moves whole; an unpaired half is counted as three, never split.
    assertEquals("SUMMARY:" + "a".repeat(63) + "😀\r\n", write("SUMMARY", "a".repeat(63) + "😀"));
    assertEquals("SUMMARY:" + "a".repeat(64) + "\r\n 😀\r\n", write("SUMMARY", "a".repeat(64) + "😀"));
    assertEquals("SUMMARY:" + "a".repeat(64) + "\ud83d\r\n", write("SUMMARY", "a".repeat(64) + "\ud83d"));
    assertEquals("SUMMARY:" + a65 + "\r\n \ud83dx\r\n", write("SUMMARY", a65 + "\ud83dx"));
    assertEquals("SUMMARY:" + "a".repeat(64) + "\ude00\r\n", write("SUMMARY", "a".repeat(64) + "\ude00"));
  }

  @Test
  void property_everyLineEnd_isCrlf() throws IOException {
    String text = write("DESCRIPTION", Values.text("one\ntwo\r\nthree\rfour " + "x".repeat(200)));
    assertEquals(text.split("\n", -1).length - 1, text.split("\r\n", -1).length - 1);
    assertTrue(text.endsWith("\r\n"));
  }

  @Test
  void text_specialCharacters_areEscaped() {
    assertEquals("a\\\\b\\;c\\,d\\ne\\nf\\ng", Values.text("a\\b;c,d\ne\r\nf\rg"));
    assertEquals("a:b\"c\td", Values.text("a:b\"c\td"));
    assertEquals("\\n\\n", Values.text("\r\r"));
    assertEquals("\\n\\n", Values.text("\n\r"));
  }

  @Test
  void text_injectedProperty_staysInsideTheValue() throws IOException {
    String text = write("SUMMARY", Values.text("x\r\nEND:VEVENT\r\nBEGIN:VALARM"));
    List<String> lines = List.of(text.split("\r\n"));
    assertEquals(1, lines.size());
    assertEquals("SUMMARY:x\\nEND:VEVENT\\nBEGIN:VALARM", lines.get(0));
  }

  @Test
  void parameter_hostileName_isOneQuotedValue() {
    assertEquals("\"Dr. O'Brien: MD,\"", Values.parameter("Dr. O\"Brien: MD, "));
    assertEquals("Dre Camille Gagnon", Values.parameter("Dre Camille\nGagnon"));
    assertEquals("a  b", Values.parameter("a\r\nb"));
    assertEquals("\"a/: b^^\"", Values.parameter("a\\: b^"));
  }

  @Test
  void duration_values_areRfc5545() {
    assertEquals("-PT15M", Values.duration(java.time.Duration.ofMinutes(-15)));
    assertEquals("PT6H", Values.duration(java.time.Duration.ofHours(6)));
    assertEquals("PT1H30M", Values.duration(java.time.Duration.ofMinutes(90)));
    assertEquals("P1D", Values.duration(java.time.Duration.ofDays(1)));
    assertEquals("-0330", Values.offset(java.time.ZoneOffset.ofHoursMinutes(-3, -30)));
    assertEquals("+0545", Values.offset(java.time.ZoneOffset.ofHoursMinutes(5, 45)));
  }

  @Test
  void property_hostileText_foldsWithinLimitsAndUnfoldsToTheSameText() {
    WellnessGens.theory()
        .forAll(WellnessGens.hostileText())
        .checkAssert(
            hostile -> {
              try {
                String escaped = Values.text(hostile);
                String text = write("DESCRIPTION", escaped);
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                int start = 0;
                for (int i = 0; i < bytes.length; i++) {
                  if (bytes[i] == '\n') {
                    assertEquals('\r', bytes[i - 1]);
                    int octets = i - 1 - start;
                    assertTrue(octets <= 75 && octets > (start == 0 ? 0 : 1), "line of " + octets);
                    int first = bytes[start] & 0xff;
                    int afterSpace = start == 0 ? first : bytes[start + 1] & 0xff;
                    assertTrue((afterSpace & 0xC0) != 0x80, "line starts inside a UTF-8 sequence");
                    start = i + 1;
                  }
                }
                assertEquals(1, text.split("\r\n(?! )").length, "one content line");
                assertEquals("DESCRIPTION:" + escaped, unfold(text));
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  /** The defaults of {@link Sink}: escape first, then write the escaped value. */
  private static final class EscapingFirst implements Sink {
    private final TextSink sink;

    EscapingFirst(TextSink sink) {
      this.sink = sink;
    }

    @Override
    public void begin(String name) throws IOException {
      sink.begin(name);
    }

    @Override
    public void end(String name) throws IOException {
      sink.end(name);
    }

    @Override
    public void property(String name, String[] parameters, String value) throws IOException {
      sink.property(name, parameters, value);
    }
  }

  private static void writeAll(Sink sink, String hostile) throws IOException {
    sink.textProperty("SUMMARY", new String[] {"LANGUAGE", "fr"}, hostile);
    sink.descriptionProperty(
        "DESCRIPTION", new String[] {"LANGUAGE", "fr-CA"}, List.of(hostile, "b\r" + hostile), List.of(hostile, "c;d,e"));
    sink.textListProperty("CATEGORIES", new String[] {"LANGUAGE", "en-CA"}, List.of(hostile, "x,y", hostile));
  }

  @Test
  void escapingSink_hostileText_sameTextAsEscapingFirstAndSameBytesAsTheJdkEncoder() {
    WellnessGens.theory()
        .forAll(WellnessGens.hostileText())
        .checkAssert(
            hostile -> {
              try {
                StringBuilder direct = new StringBuilder();
                writeAll(new TextSink(direct), hostile);
                StringBuilder first = new StringBuilder();
                writeAll(new EscapingFirst(new TextSink(first)), hostile);
                assertEquals(first.toString(), direct.toString());
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                TextSink stream = new TextSink(bytes);
                writeAll(stream, hostile);
                stream.flush();
                assertEquals(
                    java.util.Arrays.toString(direct.toString().getBytes(StandardCharsets.UTF_8)),
                    java.util.Arrays.toString(bytes.toByteArray()));
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void stream_manyBuffersOfMixedText_sameBytesAsTheJdkEncoder() throws IOException {
    // Far more than one buffer, with pairs, lone halves and 2- and 3-octet characters throughout,
    // so that buffer ends fall everywhere.
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 40_000; i++) {
      text.append(i % 7 == 0 ? "😀" : i % 11 == 0 ? "\ud83d" : i % 5 == 0 ? "é" : i % 13 == 0 ? "中" : "a;");
    }
    String value = text.toString();
    StringBuilder chars = new StringBuilder();
    new TextSink(chars).textProperty("DESCRIPTION", new String[0], value);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    TextSink stream = new TextSink(bytes);
    stream.textProperty("DESCRIPTION", new String[0], value);
    stream.flush();
    assertEquals(new String(chars.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
        new String(bytes.toByteArray(), StandardCharsets.UTF_8));
    assertTrue(java.util.Arrays.equals(chars.toString().getBytes(StandardCharsets.UTF_8), bytes.toByteArray()));
  }

  @Test
  void stream_loneSurrogate_isAQuestionMarkAsTheJdkWritesIt() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    TextSink stream = new TextSink(bytes);
    stream.textProperty("SUMMARY", new String[0], "a\ud83db\ude00");
    stream.flush();
    assertEquals("SUMMARY:a?b?\r\n", bytes.toString(StandardCharsets.UTF_8));
  }
}
