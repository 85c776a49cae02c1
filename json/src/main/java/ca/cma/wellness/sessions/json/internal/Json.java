package ca.cma.wellness.sessions.json.internal;

import ca.cma.wellness.sessions.internal.CivilDates;
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
import tools.jackson.core.JsonGenerator;
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
  /**
   * The same for generators, which do not close open arrays and objects when closed: a document
   * that fails half-way stays visibly cut off instead of looking complete.
   */
  private static final ObjectWriter GENERATOR_WRITER =
      STREAM_WRITER.without(StreamWriteFeature.AUTO_CLOSE_CONTENT);
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

  /**
   * Returns a generator of the module's layout that writes UTF-8 to a stream; closing it flushes
   * the stream and leaves it open.
   */
  public static JsonGenerator generator(OutputStream out) {
    return GENERATOR_WRITER.createGenerator(out);
  }

  /** Returns a generator of the module's layout that writes text; closing it leaves it open. */
  public static JsonGenerator generator(Appendable out) {
    return GENERATOR_WRITER.createGenerator(out instanceof Writer ? (Writer) out : new AppendableWriter(out));
  }

  /** Returns the {@link IOException} that Jackson's unchecked wrapper carries, or a new one around it. */
  public static IOException unwrap(JacksonIOException e) {
    return e.getCause() != null ? e.getCause() : new IOException(e);
  }

  /** An {@link Appendable} seen as a {@link Writer}, for Jackson; closing it closes nothing. */
  private static final class AppendableWriter extends Writer {
    private final Appendable out;

    AppendableWriter(Appendable out) {
      this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      if (out instanceof StringBuilder builder) {
        builder.append(chars, offset, length);
        return;
      }
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
    int offset = dateTime.getOffset().getTotalSeconds();
    int year = dateTime.getYear();
    if (dateTime.getNano() != 0 || offset % 60 != 0 || year < 0 || year > 9999) {
      return OFFSET_DATE_TIME.format(dateTime);
    }
    char[] out = new char[25];
    local(out, year, dateTime.getMonthValue(), dateTime.getDayOfMonth(), dateTime.getHour(),
        dateTime.getMinute(), dateTime.getSecond());
    int minutes = Math.abs(offset) / 60;
    out[19] = offset < 0 ? '-' : '+';
    digits(out, 20, minutes / 60, 2);
    out[22] = ':';
    digits(out, 23, minutes % 60, 2);
    return new String(out);
  }

  /** Writes an instant as an RFC 3339 date-time in UTC ending in {@code Z}, as JSCalendar's UTCDateTime. */
  public static String utc(Instant instant) {
    long seconds = instant.getEpochSecond();
    // 0000-01-01T00:00:00Z to 9999-12-31T23:59:59Z, whole seconds; java.time does the rest.
    if (instant.getNano() != 0 || seconds < -62_167_219_200L || seconds > 253_402_300_799L) {
      return UTC_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
    long days = Math.floorDiv(seconds, 86_400);
    int second = Math.floorMod(seconds, 86_400);
    long date = CivilDates.ofEpochDay(days);
    int year = (int) (date / 10_000);
    int month = (int) (date / 100 % 100);
    int day = (int) (date % 100);
    char[] out = new char[20];
    local(out, year, month, day, second / 3600, second / 60 % 60, second % 60);
    out[19] = 'Z';
    return new String(out);
  }

  /** Writes {@code uuuu-MM-ddTHH:mm:ss} at the start of {@code out}. */
  private static void local(char[] out, int year, int month, int day, int hour, int minute, int second) {
    digits(out, 0, year, 4);
    out[4] = '-';
    digits(out, 5, month, 2);
    out[7] = '-';
    digits(out, 8, day, 2);
    out[10] = 'T';
    digits(out, 11, hour, 2);
    out[13] = ':';
    digits(out, 14, minute, 2);
    out[16] = ':';
    digits(out, 17, second, 2);
  }

  private static void digits(char[] out, int at, int value, int width) {
    for (int i = width - 1; i >= 0; i--) {
      out[at + i] = (char) ('0' + value % 10);
      value /= 10;
    }
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
