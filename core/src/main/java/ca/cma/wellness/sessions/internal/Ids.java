package ca.cma.wellness.sessions.internal;

import ca.cma.wellness.sessions.SessionValidationException;
import java.util.Objects;

/** The one syntax of every id: it becomes part of iCalendar UIDs, URLs and file names. */
public final class Ids {
  /** The longest id accepted. */
  public static final int MAX_LENGTH = 64;

  private Ids() {}

  /**
   * Accepts 1 to 64 characters of ASCII letters, digits, {@code -}, {@code _} and {@code .},
   * starting with a letter or digit.
   */
  public static String check(String path, String value) {
    Objects.requireNonNull(value, path);
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new SessionValidationException(
          path,
          "must have 1 to " + MAX_LENGTH + " characters (was " + Checks.quote(value) + ")");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean alnum = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      if (!alnum && (i == 0 || c != '-' && c != '_' && c != '.')) {
        throw new SessionValidationException(
            path,
            "must be ASCII letters, digits, '-', '_' or '.', starting with a letter or digit (was "
                + Checks.quote(value)
                + ")");
      }
    }
    return value;
  }
}
