package ca.cma.wellness.sessions.internal;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.SessionValidationException;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Field rules shared by the value types; each failure names the path and the offending value. */
public final class Checks {
  /** IANA areas whose {@code Area/Location} ids name a place (not Etc/, SystemV/, or legacy). */
  private static final Set<String> REGION_AREAS =
      Set.of(
          "Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe",
          "Indian", "Pacific");

  private static final int QUOTE_LIMIT = 60;

  private Checks() {}

  /** The longest title or name, in characters (code points): a title a real program uses is under 100. */
  public static final int MAX_TITLE_LENGTH = 200;

  /** The longest description or biography, in characters (code points). */
  public static final int MAX_DESCRIPTION_LENGTH = 10_000;

  /**
   * Accepts text of at most {@code max} characters (code points).
   *
   * @param path the field
   * @param value the text
   * @param max the most characters
   * @return the text
   * @throws SessionValidationException with the path if it is longer
   */
  public static String maxLength(String path, String value, int max) {
    if (value.length() > max && value.codePointCount(0, value.length()) > max) {
      throw new SessionValidationException(
          path, "is longer than " + max + " characters (was " + value.codePointCount(0, value.length())
              + ": " + quote(value) + ")");
    }
    return value;
  }

  /** The first year a date may fall in: earlier dates are typing slips, and old zone rules are guesses. */
  public static final int MIN_YEAR = 1900;

  /** The last year a date may fall in: iCalendar and RFC 3339 write years with four digits. */
  public static final int MAX_YEAR = 9999;

  /**
   * Accepts a date-time whose year, on its own wall clock and in UTC, is from {@link #MIN_YEAR}
   * to {@link #MAX_YEAR}.
   *
   * @param path the field
   * @param time the date-time
   * @param what what the time is, for the message, such as {@code "starts"}
   * @return the time
   * @throws SessionValidationException with the path if the year is outside
   */
  public static java.time.ZonedDateTime year(String path, java.time.ZonedDateTime time, String what) {
    int local = time.getYear();
    int utc = time.toInstant().atOffset(java.time.ZoneOffset.UTC).getYear();
    if (Math.min(local, utc) < MIN_YEAR || Math.max(local, utc) > MAX_YEAR) {
      throw new SessionValidationException(
          path, what + " in year " + (local < MIN_YEAR || local > MAX_YEAR ? local : utc) + ", outside "
              + MIN_YEAR + " to " + MAX_YEAR + " (was " + time + ")");
    }
    return time;
  }

  /**
   * Accepts an instant whose year in UTC is from {@link #MIN_YEAR} to {@link #MAX_YEAR}.
   *
   * @param path the field
   * @param instant the instant
   * @return the instant
   * @throws SessionValidationException with the path if the year is outside
   */
  public static java.time.Instant year(String path, java.time.Instant instant) {
    year(path, instant.atZone(java.time.ZoneOffset.UTC), "is");
    return instant;
  }

  /**
   * Accepts text that has no control characters other than tab, line feed and carriage return,
   * and no unpaired surrogate (which no UTF-8 output could carry).
   */
  public static String text(String path, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
          continue;
        }
        throw new SessionValidationException(
            path, "unpaired surrogate " + codePoint(c) + " at index " + i + " in " + quote(value));
      }
      if (Character.isLowSurrogate(c)) {
        throw new SessionValidationException(
            path, "unpaired surrogate " + codePoint(c) + " at index " + i + " in " + quote(value));
      }
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        throw new SessionValidationException(
            path,
            "control character "
                + codePoint(c)
                + " at index "
                + i
                + " is not allowed (only tab and line breaks are) in "
                + quote(value));
      }
    }
    return value;
  }

  /**
   * Accepts {@link #text text} with at least one visible character: white space of any kind
   * (no-break and em spaces included), invisible format characters (zero-width space,
   * right-to-left marks) and control characters do not count.
   */
  public static String nonBlankText(String path, String value) {
    text(path, value);
    boolean visible =
        value
            .codePoints()
            .anyMatch(
                c ->
                    !Character.isWhitespace(c)
                        && !Character.isSpaceChar(c)
                        && Character.getType(c) != Character.FORMAT
                        && !Character.isISOControl(c));
    if (!visible) {
      throw new SessionValidationException(path, "must not be blank (was " + quote(value) + ")");
    }
    return value;
  }

  /** Accepts an absolute {@code https} URL with a host and no user credentials. */
  public static URI httpsUrl(String path, URI url) {
    if (!isAbsoluteHttps(url)) {
      throw new SessionValidationException(
          path, "must be an absolute https URL with a host (was " + quote(url.toString()) + ")");
    }
    if (url.getRawUserInfo() != null) {
      throw new SessionValidationException(
          path, "must not carry user credentials (was " + quote(url.toString()) + ")");
    }
    return url;
  }

  /** Tells whether {@link #httpsUrl} accepts a URL, for readers that skip what it refuses. */
  public static boolean isHttpsUrl(URI url) {
    return isAbsoluteHttps(url) && url.getRawUserInfo() == null;
  }

  private static boolean isAbsoluteHttps(URI url) {
    String scheme = url.getScheme();
    return url.isAbsolute()
        && scheme != null
        && scheme.toLowerCase(Locale.ROOT).equals("https")
        && url.getHost() != null
        && !url.isOpaque();
  }

  /**
   * Accepts an IANA region id of the form {@code Area/Location}, such as {@code America/Toronto};
   * refuses bare offsets, abbreviations ({@code EST}) and {@code Etc/} ids, which carry no
   * daylight-saving rules of a place.
   */
  public static ZoneId regionZone(String path, ZoneId zone) {
    if (zone instanceof ZoneOffset) {
      throw new SessionValidationException(
          path,
          "must be an IANA region id such as America/Toronto, not a bare offset (was "
              + quote(zone.getId())
              + ")");
    }
    if (!isRegionZone(zone)) {
      throw new SessionValidationException(
          path,
          "must be an IANA region id such as America/Toronto (was " + quote(zone.getId()) + ")");
    }
    return zone;
  }

  /**
   * Tells whether {@link #regionZone(String, ZoneId)} accepts a zone, for readers that try the
   * next candidate instead of refusing.
   */
  public static boolean isRegionZone(ZoneId zone) {
    if (zone instanceof ZoneOffset) {
      return false;
    }
    String id = zone.getId();
    int slash = id.indexOf('/');
    return slash > 0 && REGION_AREAS.contains(id.substring(0, slash));
  }

  /**
   * Accepts the domain of iCalendar UIDs: a lower-case DNS name of at least two labels, each of 1
   * to 63 letters, digits and inner hyphens, 253 characters at most.
   */
  public static String uidDomain(String path, String domain) {
    // One pass without allocation: every output writes a UID per event.
    boolean valid = domain.length() <= 253;
    int labels = 1;
    int labelStart = 0;
    for (int i = 0; i <= domain.length() && valid; i++) {
      char c = i < domain.length() ? domain.charAt(i) : '.';
      if (c == '.') {
        int length = i - labelStart;
        valid = length >= 1 && length <= 63 && domain.charAt(labelStart) != '-' && domain.charAt(i - 1) != '-';
        if (i < domain.length()) {
          labels++;
        }
        labelStart = i + 1;
      } else {
        valid = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
      }
    }
    valid &= labels >= 2;
    if (!valid) {
      throw new SessionValidationException(
          path,
          "must be a lower-case DNS name such as wellness.example.ca (was " + quote(domain) + ")");
    }
    return domain;
  }

  /** Parses a zone id, refusing anything {@link #regionZone} would refuse. */
  public static ZoneId regionZone(String path, String id) {
    ZoneId zone;
    try {
      zone = ZoneId.of(id);
    } catch (java.time.DateTimeException e) {
      throw new SessionValidationException(
          path, "must be an IANA region id such as America/Toronto (was " + quote(id) + ")");
    }
    return regionZone(path, zone);
  }

  /**
   * Returns text on one line, as display text that is not a description needs it (a name in a
   * list, a title in a subject): every control character, line breaks included, becomes a space.
   */
  public static String oneLine(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isISOControl(text.charAt(i))) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, ' ');
      }
    }
    return out == null ? text : out.toString();
  }

  /** Accepts an integer no smaller than {@code min}. */
  public static int atLeast(String path, int value, int min) {
    if (value < min) {
      throw new SessionValidationException(path, "must be at least " + min + " (was " + value + ")");
    }
    return value;
  }

  /**
   * Quotes a value for an error message: control characters are shown as {@code \}{@code uXXXX}
   * and long values are cut, with their length.
   */
  public static String quote(String value) {
    StringBuilder out = new StringBuilder(QUOTE_LIMIT + 24).append('"');
    int shown = Math.min(value.length(), QUOTE_LIMIT);
    if (shown < value.length() && Character.isHighSurrogate(value.charAt(shown - 1))) {
      shown--;
    }
    for (int i = 0; i < shown; i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (Character.isISOControl(c) || Character.isSurrogate(c) && !validPair(value, i)) {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
    if (shown < value.length()) {
      out.append("… (").append(value.length()).append(" characters)");
    }
    return out.toString();
  }

  /**
   * Accepts translations whose every value is {@link #text text} (or {@link #nonBlankText
   * non-blank text}); a failure's path ends with the language tag, such as {@code
   * titleTranslations.fr}. Each is held to the same most characters as the text it translates.
   */
  public static Map<Language, String> translations(
      String path, Map<Language, String> translations, boolean nonBlank, int max) {
    for (Map.Entry<Language, String> entry : translations.entrySet()) {
      String at = path + "." + entry.getKey().tag();
      if (nonBlank) {
        maxLength(at, nonBlankText(at, entry.getValue()), max);
      } else {
        maxLength(at, text(at, entry.getValue()), max);
      }
    }
    return translations;
  }

  private static boolean validPair(String value, int i) {
    char c = value.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
  }

  private static String codePoint(char c) {
    return String.format(Locale.ROOT, "U+%04X", (int) c);
  }
}
