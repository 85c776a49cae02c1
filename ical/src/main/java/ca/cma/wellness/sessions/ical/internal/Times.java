package ca.cma.wellness.sessions.ical.internal;

import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.internal.Checks;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** Reads the DATE-TIME and DURATION values of an input (RFC 5545 §3.3.5, §3.3.6). */
final class Times {
  /** A DATE value: {@code 20230201}. */
  static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  /** A local DATE-TIME value: {@code 20230201T190000}. */
  static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private Times() {}

  /**
   * Reads the wall-clock time of a DATE-TIME, without its trailing {@code Z}.
   *
   * @param property the property
   * @return the time as written
   * @throws SessionValidationException with path {@code line N} if it is not a DATE-TIME
   */
  static LocalDateTime local(Source.Property property) {
    String value = property.value().strip();
    String digits = value.endsWith("Z") || value.endsWith("z") ? value.substring(0, value.length() - 1) : value;
    if (digits.length() == 15) {
      try {
        return LocalDateTime.parse(digits, LOCAL);
      } catch (DateTimeException e) {
        // reported below
      }
    }
    throw new SessionValidationException(
        "line " + property.line(),
        property.name() + ": not a date-time such as 20230201T190000 (was " + Checks.quote(value) + ")");
  }

  /**
   * Tells whether a DATE-TIME is in UTC.
   *
   * @param property the property
   * @return whether its value ends in {@code Z}
   */
  static boolean utc(Source.Property property) {
    String value = property.value().strip();
    return value.endsWith("Z") || value.endsWith("z");
  }

  /**
   * Reads a DURATION such as {@code PT1H30M}, {@code P1D} or {@code P2W}.
   *
   * @param property the property
   * @return the duration, days being 24 hours
   * @throws SessionValidationException with path {@code line N} if it is not one
   */
  static Duration duration(Source.Property property) {
    String value = property.value().strip().toUpperCase(Locale.ROOT);
    int i = 0;
    boolean negative = false;
    if (i < value.length() && (value.charAt(i) == '+' || value.charAt(i) == '-')) {
      negative = value.charAt(i) == '-';
      i++;
    }
    if (i >= value.length() || value.charAt(i) != 'P' || i + 1 >= value.length()) {
      throw badDuration(property);
    }
    i++;
    Duration total = Duration.ZERO;
    boolean time = false;
    String units = "WD";
    while (i < value.length()) {
      if (value.charAt(i) == 'T' && !time) {
        time = true;
        units = "HMS";
        i++;
        if (i >= value.length()) {
          throw badDuration(property);
        }
        continue;
      }
      int from = i;
      while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9' && i - from < 9) {
        i++;
      }
      if (i == from || i >= value.length() || units.indexOf(value.charAt(i)) < 0) {
        throw badDuration(property);
      }
      long n = Long.parseLong(value.substring(from, i));
      char unit = value.charAt(i);
      units = units.substring(units.indexOf(unit) + 1);
      total = total.plus(switch (unit) {
        case 'W' -> Duration.ofDays(7 * n);
        case 'D' -> Duration.ofDays(n);
        case 'H' -> Duration.ofHours(n);
        case 'M' -> Duration.ofMinutes(n);
        default -> Duration.ofSeconds(n);
      });
      i++;
    }
    return negative ? total.negated() : total;
  }

  private static SessionValidationException badDuration(Source.Property property) {
    return new SessionValidationException(
        "line " + property.line(),
        "DURATION: not a duration such as PT1H30M (was " + Checks.quote(property.value()) + ")");
  }
}
