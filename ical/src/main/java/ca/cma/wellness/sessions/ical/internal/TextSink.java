package ca.cma.wellness.sessions.ical.internal;

import java.io.IOException;
import java.util.Objects;

/**
 * Writes content lines to an {@link Appendable}: CRLF line ends, and lines folded so that no
 * physical line is longer than 75 octets of UTF-8 (RFC 5545 §3.1). Folding happens between code
 * points, so a multi-byte UTF-8 sequence is never split, and only before a code point that is
 * written, so a continuation line is never empty.
 */
public final class TextSink implements Sink {
  /** The most octets of a physical line, without its CRLF. */
  public static final int MAX_OCTETS = 75;

  private final Appendable out;
  private int octets;

  /**
   * Writes to {@code out}.
   *
   * @param out where the text goes
   */
  public TextSink(Appendable out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  @Override
  public void begin(String name) throws IOException {
    line("BEGIN:", name);
  }

  @Override
  public void end(String name) throws IOException {
    line("END:", name);
  }

  @Override
  public void property(String name, String[] parameters, String value) throws IOException {
    octets = 0;
    append(name);
    for (int i = 0; i < parameters.length; i += 2) {
      append(";");
      append(parameters[i]);
      append("=");
      append(parameters[i + 1]);
    }
    append(":");
    append(value);
    out.append("\r\n");
  }

  private void line(String prefix, String name) throws IOException {
    octets = 0;
    append(prefix);
    append(name);
    out.append("\r\n");
  }

  private void append(String text) throws IOException {
    int length = text.length();
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      int size;
      int chars = 1;
      if (c < 0x80) {
        size = 1;
      } else if (c < 0x800) {
        size = 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        size = 4;
        chars = 2;
      } else {
        size = 3;
      }
      if (octets + size > MAX_OCTETS) {
        out.append("\r\n ");
        octets = 1;
      }
      if (chars == 1) {
        out.append(c);
      } else {
        out.append(c).append(text.charAt(i + 1));
      }
      octets += size;
      i += chars;
    }
  }
}
