package ca.cma.wellness.sessions.json.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.CharBuffer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one mapper and the one layout of every document this module writes: two-space indents,
 * {@code "name": value}, one value per line, {@code \n} line ends, a final line end, UTF-8 without
 * escapes beyond what JSON needs. Date-times are written with explicit seconds, as RFC 3339 wants.
 */
public final class Json {
  /** Reads strictly: duplicate property names and trailing tokens are errors. */
  public static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** Seconds always; a fraction only when not zero, without trailing zeros. */
  private static final DateTimeFormatter LOCAL_DATE_TIME =
      new DateTimeFormatterBuilder()
          .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .toFormatter(Locale.ROOT)
          .withChronology(IsoChronology.INSTANCE)
          .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter OFFSET_DATE_TIME =
      new DateTimeFormatterBuilder()
          .append(LOCAL_DATE_TIME)
          .appendOffset("+HH:MM", "+00:00")
          .toFormatter(Locale.ROOT)
          .withChronology(IsoChronology.INSTANCE)
          .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter UTC_DATE_TIME =
      new DateTimeFormatterBuilder()
          .append(LOCAL_DATE_TIME)
          .appendLiteral('Z')
          .toFormatter(Locale.ROOT)
          .withChronology(IsoChronology.INSTANCE)
          .withResolverStyle(ResolverStyle.STRICT);

  private static final DefaultPrettyPrinter LAYOUT = layout();
  private static final ObjectWriter WRITER = MAPPER.writer().with(LAYOUT);
  private static final ObjectWriter HTML_SAFE_WRITER = WRITER.with(new HtmlSafeEscapes());
  /** The same layout straight to a stream, which it leaves open. */
  private static final ObjectWriter STREAM_WRITER =
      WRITER.without(StreamWriteFeature.AUTO_CLOSE_TARGET);
  private static final ObjectWriter HTML_SAFE_STREAM_WRITER =
      HTML_SAFE_WRITER.without(StreamWriteFeature.AUTO_CLOSE_TARGET);

  private Json() {}

  private static DefaultPrettyPrinter layout() {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /** Returns a new, empty object whose properties keep their insertion order. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Returns a new, empty array. */
  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** Writes a document in the module's layout, ending with a line feed. */
  public static String write(JsonNode document) {
    return WRITER.writeValueAsString(document) + "\n";
  }

  /**
   * Writes a document that can sit inside an HTML {@code <script>} element: {@code <}, {@code >},
   * {@code &}, U+2028 and U+2029 are written as {@code \}{@code uXXXX} escapes, which JSON readers
   * turn back into the same characters.
   */
  public static String writeHtmlSafe(JsonNode document) {
    return HTML_SAFE_WRITER.writeValueAsString(document) + "\n";
  }

  /** Writes a document as UTF-8 to a stream, which stays open and is flushed. */
  public static void write(JsonNode document, OutputStream out) throws IOException {
    write(STREAM_WRITER, document, out);
  }

  /** As {@link #write(JsonNode, OutputStream)}, HTML-safe as {@link #writeHtmlSafe(JsonNode)}. */
  public static void writeHtmlSafe(JsonNode document, OutputStream out) throws IOException {
    write(HTML_SAFE_STREAM_WRITER, document, out);
  }

  /** Writes a document as text to an {@link Appendable}, which stays open. */
  public static void write(JsonNode document, Appendable out) throws IOException {
    write(STREAM_WRITER, document, out);
  }

  /** As {@link #write(JsonNode, Appendable)}, HTML-safe as {@link #writeHtmlSafe(JsonNode)}. */
  public static void writeHtmlSafe(JsonNode document, Appendable out) throws IOException {
    write(HTML_SAFE_STREAM_WRITER, document, out);
  }

  private static void write(ObjectWriter writer, JsonNode document, OutputStream out) throws IOException {
    try {
      writer.writeValue(out, document);
    } catch (JacksonIOException e) {
      throw e.getCause() != null ? e.getCause() : new IOException(e);
    }
    out.write('\n');
    out.flush();
  }

  private static void write(ObjectWriter writer, JsonNode document, Appendable out) throws IOException {
    Writer text = out instanceof Writer ? (Writer) out : new AppendableWriter(out);
    try {
      writer.writeValue(text, document);
    } catch (JacksonIOException e) {
      throw e.getCause() != null ? e.getCause() : new IOException(e);
    }
    text.write('\n');
    text.flush();
  }

  /** An {@link Appendable} seen as a {@link Writer}, for Jackson; closing it closes nothing. */
  private static final class AppendableWriter extends Writer {
    private final Appendable out;

    AppendableWriter(Appendable out) {
      this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      out.append(CharBuffer.wrap(chars, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      out.append(text, offset, offset + length);
    }

    @Override
    public void write(int c) throws IOException {
      out.append((char) c);
    }

    @Override
    public void flush() {
      // an Appendable has nothing to flush
    }

    @Override
    public void close() {
      // the caller owns the Appendable
    }
  }

  /**
   * Writes an RFC 3339 date-time with seconds and the numeric offset, such as {@code
   * 2023-02-01T19:00:00-05:00}; UTC is {@code +00:00}.
   */
  public static String dateTime(ZonedDateTime dateTime) {
    return OFFSET_DATE_TIME.format(dateTime);
  }

  /** Writes an instant as an RFC 3339 date-time in UTC ending in {@code Z}, as JSCalendar's UTCDateTime. */
  public static String utc(Instant instant) {
    return UTC_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }

  /** Writes a local date-time with seconds and no offset, as JSCalendar's LocalDateTime. */
  public static String localDateTime(LocalDateTime dateTime) {
    return LOCAL_DATE_TIME.format(dateTime);
  }

  /** Escapes what would end or confuse an HTML script element. */
  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes;

    HtmlSafeEscapes() {
      escapes = CharacterEscapes.standardAsciiEscapesForJSON();
      escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028 || ch == 0x2029) {
        return new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch));
      }
      return null;
    }
  }
}
