package ca.cma.wellness.sessions.ical.internal;

import ca.cma.wellness.sessions.internal.CivilDates;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Encodes values the way RFC 5545 writes them. */
public final class Values {
  /** The chars of a UTC date-time such as {@code 20230115T170000Z}. */
  public static final int UTC_CHARS = 16;

  /** The chars of a local date-time such as {@code 20230201T190000}. */
  public static final int LOCAL_CHARS = 15;

  private static final String[] SMALL = new String[100];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = Integer.toString(i);
    }
  }

  private Values() {}

  /**
   * Escapes TEXT (RFC 5545 §3.3.11): backslash, semicolon and comma get a backslash, and every
   * line break (CRLF, CR or LF) becomes one {@code \n}.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String text(String text) {
    StringBuilder out = null;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      String replacement;
      if (c == '\\') {
        replacement = "\\\\";
      } else if (c == ';') {
        replacement = "\\;";
      } else if (c == ',') {
        replacement = "\\,";
      } else if (c == '\n' || c == '\r') {
        replacement = "\\n";
      } else {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(length + 16).append(text, 0, i);
      }
      out.append(replacement);
      if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
        i++;
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * Makes text safe as a parameter value (RFC 5545 §3.2): line breaks and other control
   * characters become spaces, double quotes become single quotes, backslashes become slashes
   * (parsers that read quoted values with escapes, ical4j's among them, would otherwise end the
   * value early), a caret is written {@code ^^} (RFC 6868), and the value is quoted unless it is
   * only letters, digits, spaces, dots, hyphens and apostrophes: RFC 5545 requires quotes around
   * {@code :}, {@code ;} and {@code ,}, and parsers stumble on others, such as a leading {@code =}.
   *
   * @param text the text
   * @return the parameter value
   */
  public static String parameter(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    boolean quote = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        out.append(' ');
      } else if (c == '"') {
        out.append('\'');
      } else if (c == '\\') {
        out.append('/');
      } else if (c == '^') {
        out.append("^^");
      } else {
        quote |= !(Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == '-' || c == '\'');
        out.append(c);
      }
    }
    String value = out.toString().strip();
    return quote ? '"' + value + '"' : value;
  }

  /**
   * Writes a UTC date-time, such as {@code 20230115T170000Z}.
   *
   * @param instant the instant; fractions of a second are dropped
   * @return the value
   */
  public static String utc(Instant instant) {
    char[] out = new char[UTC_CHARS];
    return utc(instant, out) ? new String(out) : local(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "Z";
  }

  /**
   * Writes a UTC date-time of a year from 0 to 9999 into {@code out}, as {@link #utc(Instant)}
   * does, without making a string.
   *
   * @param instant the instant; fractions of a second are dropped
   * @param out at least {@value #UTC_CHARS} chars
   * @return false, with {@code out} unchanged, when the year is outside 0 to 9999
   */
  public static boolean utc(Instant instant, char[] out) {
    long seconds = instant.getEpochSecond();
    long days = Math.floorDiv(seconds, 86_400);
    int second = Math.floorMod(seconds, 86_400);
    long date = CivilDates.ofEpochDay(days);
    long year = Math.floorDiv(date, 10_000);
    int month = Math.floorMod(date, 10_000) / 100;
    int day = Math.floorMod(date, 100);
    if (year < 0 || year > 9999) {
      return false;
    }
    digits(out, 0, (int) year, 4);
    digits(out, 4, month, 2);
    digits(out, 6, day, 2);
    out[8] = 'T';
    digits(out, 9, second / 3600, 2);
    digits(out, 11, second / 60 % 60, 2);
    digits(out, 13, second % 60, 2);
    out[15] = 'Z';
    return true;
  }

  /**
   * Writes a local date-time, such as {@code 20230201T190000}.
   *
   * @param dateTime the date-time; fractions of a second are dropped
   * @return the value
   */
  public static String local(LocalDateTime dateTime) {
    char[] out = new char[LOCAL_CHARS];
    local(dateTime.toEpochSecond(ZoneOffset.UTC), out);
    return new String(out);
  }

  /**
   * Writes the local date-time of a count of seconds since 1970-01-01T00:00 on the same wall
   * clock into {@code out}, as {@link #local(LocalDateTime)} writes {@code
   * LocalDateTime.ofEpochSecond(localEpochSecond, 0, ZoneOffset.UTC)}, without making a string.
   *
   * @param localEpochSecond an instant's epoch second plus its offset's seconds
   * @param out at least {@value #LOCAL_CHARS} chars
   */
  public static void local(long localEpochSecond, char[] out) {
    long date = CivilDates.ofEpochDay(Math.floorDiv(localEpochSecond, 86_400));
    int second = Math.floorMod(localEpochSecond, 86_400);
    digits(out, 0, (int) Math.floorDiv(date, 10_000), 4);
    digits(out, 4, Math.floorMod(date, 10_000) / 100, 2);
    digits(out, 6, Math.floorMod(date, 100), 2);
    out[8] = 'T';
    digits(out, 9, second / 3600, 2);
    digits(out, 11, second / 60 % 60, 2);
    digits(out, 13, second % 60, 2);
  }

  /**
   * Returns the year of a local date-time given as {@link #local(long, char[])} takes it.
   *
   * @param localEpochSecond an instant's epoch second plus its offset's seconds
   * @return the year
   */
  public static long year(long localEpochSecond) {
    return Math.floorDiv(CivilDates.ofEpochDay(Math.floorDiv(localEpochSecond, 86_400)), 10_000);
  }

  /**
   * Writes a non-negative integer, such as a SEQUENCE; the small ones every event has are made
   * once.
   *
   * @param value the integer
   * @return its decimal digits
   */
  public static String integer(int value) {
    return value >= 0 && value < SMALL.length ? SMALL[value] : Integer.toString(value);
  }

  /**
   * Writes a UTC offset, such as {@code -0330}, with seconds when it has any.
   *
   * @param offset the offset
   * @return the value
   */
  public static String offset(ZoneOffset offset) {
    int total = offset.getTotalSeconds();
    int abs = Math.abs(total);
    char[] out = new char[abs % 60 == 0 ? 5 : 7];
    out[0] = total < 0 ? '-' : '+';
    digits(out, 1, abs / 3600, 2);
    digits(out, 3, abs / 60 % 60, 2);
    if (out.length == 7) {
      digits(out, 5, abs % 60, 2);
    }
    return new String(out);
  }

  /**
   * Writes a duration of whole minutes (RFC 5545 §3.3.6), such as {@code PT15M}, {@code PT1H30M}
   * or {@code P1D}, with a leading {@code -} for a negative one.
   *
   * @param duration the duration, in whole minutes
   * @return the value
   */
  public static String duration(java.time.Duration duration) {
    long minutes = Math.abs(duration.toMinutes());
    String sign = duration.isNegative() ? "-" : "";
    if (minutes == 0) {
      return "PT0S";
    }
    if (minutes % (24 * 60) == 0) {
      return sign + "P" + minutes / (24 * 60) + "D";
    }
    long hours = minutes / 60;
    long rest = minutes % 60;
    return sign + "PT" + (hours == 0 ? "" : hours + "H") + (rest == 0 ? "" : rest + "M");
  }

  private static void digits(char[] out, int at, int value, int width) {
    for (int i = width - 1; i >= 0; i--) {
      out[at + i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
