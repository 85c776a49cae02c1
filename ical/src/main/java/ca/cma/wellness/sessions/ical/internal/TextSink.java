package ca.cma.wellness.sessions.ical.internal;

import java.io.IOException;
import java.io.OutputStream;
import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.SessionUid;
import ca.cma.wellness.sessions.facts.SessionFacts;
import java.io.Writer;
import java.nio.CharBuffer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Writes content lines as text: CRLF line ends, and lines folded so that no physical line is
 * longer than 75 octets of UTF-8 (RFC 5545 §3.1). Folding happens between code points, so a
 * multi-byte UTF-8 sequence is never split, and only before a code point that is written, so a
 * continuation line is never empty.
 *
 * <p>Characters go into a buffer of its own, TEXT values escaped straight into it. To an {@link
 * OutputStream} the buffer goes as UTF-8 (an unpaired surrogate as {@code ?}, as the JDK's encoder
 * writes it) whenever it is full and on {@link #flush()}; to an {@link Appendable} it goes at the
 * end of every content line, so the text is complete after each call.
 */
public final class TextSink implements Sink {
  /** The most octets of a physical line, without its CRLF. */
  public static final int MAX_OCTETS = 75;

  private static final int BUFFER = 8192;

  /** Room kept free at the end of the buffer: a fold and a surrogate pair. */
  private static final int LIMIT = BUFFER - 8;

  private static final String[] NONE = new String[0];

  private final OutputStream stream;
  private final Appendable text;
  private final char[] buffer = new char[BUFFER];
  /** A date-time's digits, written without making a string. */
  private final char[] digits = new char[Values.UTC_CHARS];
  private final byte[] bytes;
  private int position;
  private int octets;

  /** Escapes what is appended to it as TEXT into the buffer, a lone char as a one-char string. */
  private final Appendable escaping =
      new Appendable() {
        @Override
        public Appendable append(CharSequence text) throws IOException {
          escaped(text);
          return this;
        }

        @Override
        public Appendable append(CharSequence text, int start, int end) throws IOException {
          escaped(text.subSequence(start, end));
          return this;
        }

        @Override
        public Appendable append(char c) throws IOException {
          if (c == '\n' || c == '\r') {
            ascii('\\');
            ascii('n');
          } else if (c == '\\' || c == ';' || c == ',') {
            ascii('\\');
            ascii(c);
          } else if (c < 0x80) {
            ascii(c);
          } else {
            wide(String.valueOf(c), 0, c);
          }
          return this;
        }
      };

  /**
   * Writes to {@code out}, at the end of each content line.
   *
   * @param out where the text goes
   */
  public TextSink(Appendable out) {
    this.text = Objects.requireNonNull(out, "out");
    this.stream = null;
    this.bytes = null;
  }

  /**
   * Writes UTF-8 to {@code out} in blocks; call {@link #flush()} at the end.
   *
   * @param out where the bytes go
   */
  public TextSink(OutputStream out) {
    this.stream = Objects.requireNonNull(out, "out");
    this.text = null;
    this.bytes = new byte[BUFFER * 3];
  }

  @Override
  public void begin(String name) throws IOException {
    raw("BEGIN:");
    raw(name);
    endLine();
  }

  @Override
  public void end(String name) throws IOException {
    raw("END:");
    raw(name);
    endLine();
  }

  @Override
  public void property(String name, String[] parameters, String value) throws IOException {
    start(name, parameters);
    raw(value);
    endLine();
  }

  @Override
  public void textProperty(String name, String[] parameters, String value) throws IOException {
    start(name, parameters);
    escaped(value);
    endLine();
  }

  @Override
  public void localProperty(String name, String[] parameters, LocalDateTime dateTime) throws IOException {
    localProperty(name, parameters, dateTime.toEpochSecond(ZoneOffset.UTC));
  }

  @Override
  public void localProperty(String name, String[] parameters, long localEpochSecond) throws IOException {
    start(name, parameters);
    Values.local(localEpochSecond, digits);
    writeDigits(Values.LOCAL_CHARS);
    endLine();
  }

  @Override
  public void utcProperty(String name, String[] parameters, Instant instant) throws IOException {
    if (!Values.utc(instant, digits)) {
      property(name, parameters, Values.utc(instant));
      return;
    }
    start(name, parameters);
    writeDigits(Values.UTC_CHARS);
    endLine();
  }

  /** Writes the first {@code count} characters of {@link #digits}. */
  private void writeDigits(int count) throws IOException {
    for (int i = 0; i < count; i++) {
      ascii(digits[i]);
    }
  }

  @Override
  public void uidProperty(String name, String[] parameters, SessionUid uid) throws IOException {
    // Escaping the pieces one by one escapes the whole: "@" stands between them, so no CRLF pair
    // is split.
    start(name, parameters);
    escaped(uid.sessionId().toString());
    ascii('@');
    escaped(uid.domain());
    endLine();
  }

  @Override
  public void textListProperty(String name, String[] parameters, List<String> texts) throws IOException {
    start(name, parameters);
    for (int i = 0; i < texts.size(); i++) {
      if (i > 0) {
        ascii(',');
      }
      escaped(texts.get(i));
    }
    endLine();
  }

  @Override
  public void descriptionProperty(
      String name, String[] parameters, List<String> paragraphs, List<String> footer) throws IOException {
    start(name, parameters);
    for (int i = 0; i < paragraphs.size(); i++) {
      escaped(paragraphs.get(i));
      raw("\\n\\n");
    }
    for (int i = 0; i < footer.size(); i++) {
      if (i > 0) {
        raw("\\n");
      }
      escaped(footer.get(i));
    }
    endLine();
  }

  @Override
  public void descriptionProperty(
      String name, String[] parameters, List<String> paragraphs, SessionFacts event, Language language)
      throws IOException {
    start(name, parameters);
    for (int i = 0; i < paragraphs.size(); i++) {
      escaped(paragraphs.get(i));
      raw("\\n\\n");
    }
    event.footer(language, escaping);
    endLine();
  }

  /**
   * Makes room for about this many more characters when writing to a {@link StringBuilder}, so
   * that it does not grow by doubling; otherwise does nothing.
   *
   * @param chars the expected number of characters
   */
  public void reserve(long chars) {
    if (text instanceof StringBuilder builder) {
      builder.ensureCapacity((int) Math.min(Integer.MAX_VALUE - 16, builder.length() + chars));
    }
  }

  /**
   * Writes what is buffered, and flushes the stream.
   *
   * @throws IOException if writing fails
   */
  public void flush() throws IOException {
    drain();
    if (stream != null) {
      stream.flush();
    } else if (text instanceof Writer writer) {
      writer.flush();
    }
  }

  private void start(String name, String[] parameters) throws IOException {
    raw(name);
    for (int i = 0; i < parameters.length; i += 2) {
      ascii(';');
      raw(parameters[i]);
      ascii('=');
      raw(parameters[i + 1]);
    }
    ascii(':');
  }

  private void endLine() throws IOException {
    if (position >= LIMIT) {
      drain();
    }
    buffer[position++] = '\r';
    buffer[position++] = '\n';
    octets = 0;
    if (text != null) {
      drain();
    }
  }

  /** Writes text as it is. */
  private void raw(String value) throws IOException {
    int length = value.length();
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        ascii(c);
      } else {
        i = wide(value, i, c);
      }
    }
  }

  /** Writes text escaped as TEXT (RFC 5545 §3.3.11), as {@link Values#text(String)} does. */
  private void escaped(CharSequence value) throws IOException {
    int length = value.length();
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c >= 0x80) {
        i = wide(value, i, c);
      } else if (c == '\\' || c == ';' || c == ',') {
        ascii('\\');
        ascii(c);
      } else if (c == '\n') {
        ascii('\\');
        ascii('n');
      } else if (c == '\r') {
        ascii('\\');
        ascii('n');
        if (i + 1 < length && value.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        ascii(c);
      }
    }
  }

  private void ascii(char c) throws IOException {
    if (position >= LIMIT) {
      drain();
    }
    if (octets >= MAX_OCTETS) {
      fold();
    }
    buffer[position++] = c;
    octets++;
  }

  /** Writes the code point of a non-ASCII char at {@code i}; returns the index of its last char. */
  private int wide(CharSequence value, int i, char c) throws IOException {
    int size;
    boolean pair = false;
    if (c < 0x800) {
      size = 2;
    } else if (Character.isHighSurrogate(c)
        && i + 1 < value.length()
        && Character.isLowSurrogate(value.charAt(i + 1))) {
      size = 4;
      pair = true;
    } else {
      size = 3;
    }
    if (position >= LIMIT) {
      drain();
    }
    if (octets + size > MAX_OCTETS) {
      fold();
    }
    buffer[position++] = c;
    if (pair) {
      buffer[position++] = value.charAt(i + 1);
    }
    octets += size;
    return pair ? i + 1 : i;
  }

  private void fold() {
    buffer[position++] = '\r';
    buffer[position++] = '\n';
    buffer[position++] = ' ';
    octets = 1;
  }

  private void drain() throws IOException {
    if (position == 0) {
      return;
    }
    if (stream != null) {
      stream.write(bytes, 0, encode(buffer, position, bytes));
    } else if (text instanceof StringBuilder builder) {
      builder.append(buffer, 0, position);
    } else if (text instanceof Writer writer) {
      writer.write(buffer, 0, position);
    } else {
      text.append(CharBuffer.wrap(buffer, 0, position));
    }
    position = 0;
  }

  /**
   * Encodes chars as UTF-8; an unpaired surrogate becomes {@code ?}. The buffer never ends between
   * the two halves of a pair.
   */
  static int encode(char[] chars, int length, byte[] out) {
    int at = 0;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c < 0x80) {
        out[at++] = (byte) c;
      } else if (c < 0x800) {
        out[at++] = (byte) (0xC0 | c >> 6);
        out[at++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
          int code = Character.toCodePoint(c, chars[++i]);
          out[at++] = (byte) (0xF0 | code >> 18);
          out[at++] = (byte) (0x80 | code >> 12 & 0x3F);
          out[at++] = (byte) (0x80 | code >> 6 & 0x3F);
          out[at++] = (byte) (0x80 | code & 0x3F);
        } else {
          out[at++] = '?';
        }
      } else {
        out[at++] = (byte) (0xE0 | c >> 12);
        out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
        out[at++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return at;
  }
}
