package ca.cma.wellness.sessions.registration;

import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.internal.Checks;
import java.util.Objects;

/**
 * The id of one {@link Registration}: the session and a number that the session's {@link Roster}
 * hands out in order, 1 for the first request. It names no person, so it may appear in logs, error
 * messages and links.
 *
 * <p>Immutable and thread-safe. {@link #toString()} and {@link #parse(CharSequence)} round-trip:
 * {@code imposter-syndrome-2023-02-01#3}.
 *
 * @param sessionId the session registered for
 * @param number the number within the session, 1 or more
 */
public record RegistrationId(SessionId sessionId, int number) implements Comparable<RegistrationId> {
  /**
   * Checks the number.
   *
   * @param sessionId the session registered for
   * @param number the number within the session
   * @throws SessionValidationException with path {@code registrationId.number} if it is less than
   *     1
   */
  public RegistrationId {
    Objects.requireNonNull(sessionId, "sessionId");
    if (number < 1) {
      throw new SessionValidationException(
          "registrationId.number", "must be at least 1 (was " + number + ")");
    }
  }

  /**
   * Returns the id of registration {@code number} of a session.
   *
   * @param sessionId the session
   * @param number the number within the session, 1 or more
   * @return the id
   * @throws SessionValidationException with path {@code registrationId.number} if it is less than
   *     1
   */
  public static RegistrationId of(SessionId sessionId, int number) {
    return new RegistrationId(sessionId, number);
  }

  /**
   * Parses the text form written by {@link #toString()}: the session id, {@code #}, the number.
   *
   * @param text such as {@code imposter-syndrome-2023-02-01#3}
   * @return the id
   * @throws SessionValidationException with path {@code registrationId} if there is no {@code #}
   *     followed by a decimal number, {@code sessionId} if the session id's syntax is wrong, or
   *     {@code registrationId.number} if the number is less than 1
   */
  public static RegistrationId parse(CharSequence text) {
    String value = Objects.requireNonNull(text, "text").toString();
    int hash = value.lastIndexOf('#');
    String digits = hash < 0 ? "" : value.substring(hash + 1);
    if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new SessionValidationException(
          "registrationId",
          "must be a session id, '#' and a number of at most 9 digits (was "
              + Checks.quote(value)
              + ")");
    }
    return new RegistrationId(SessionId.of(value.substring(0, hash)), Integer.parseInt(digits));
  }

  /**
   * Orders by session id, then number.
   *
   * @param other the id to compare with
   * @return negative, zero or positive as this id sorts before, with or after {@code other}
   */
  @Override
  public int compareTo(RegistrationId other) {
    int bySession = sessionId.compareTo(other.sessionId);
    return bySession != 0 ? bySession : Integer.compare(number, other.number);
  }

  /**
   * Returns the text form that {@link #parse(CharSequence)} reads back.
   *
   * @return such as {@code imposter-syndrome-2023-02-01#3}
   */
  @Override
  public String toString() {
    return sessionId + "#" + number;
  }
}
