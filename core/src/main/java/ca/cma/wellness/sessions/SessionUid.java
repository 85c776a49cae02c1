package ca.cma.wellness.sessions;

import ca.cma.wellness.sessions.internal.Checks;
import java.util.Locale;
import java.util.Objects;

/**
 * The iCalendar UID of a {@link Session}, which every output uses as the session's identity: the
 * session id, {@code @}, and the program's UID domain, such as {@code
 * imposter-syndrome-2023-02-01@wellness.example.org}. {@link Program#uidOf(Session)} gives it;
 * every reader turns a UID back into a session id with {@link #parse(CharSequence)} alone.
 *
 * <p>Immutable and thread-safe. {@link #toString()} and {@link #parse(CharSequence)} round-trip.
 *
 * @param sessionId the session
 * @param domain the program's UID domain, a lower-case DNS name
 */
public record SessionUid(SessionId sessionId, String domain) implements Comparable<SessionUid> {
  /**
   * Checks the domain.
   *
   * @param sessionId the session
   * @param domain a lower-case DNS name of at least two labels
   * @throws SessionValidationException with path {@code uidDomain} if the domain is not a
   *     lower-case DNS name
   */
  public SessionUid {
    Objects.requireNonNull(sessionId, "sessionId");
    Checks.uidDomain("uidDomain", Objects.requireNonNull(domain, "domain"));
  }

  /**
   * Returns the UID of a session in a UID domain.
   *
   * @param sessionId the session
   * @param domain a lower-case DNS name of at least two labels
   * @return the UID
   * @throws SessionValidationException with path {@code uidDomain} if the domain is not a
   *     lower-case DNS name
   */
  public static SessionUid of(SessionId sessionId, String domain) {
    return new SessionUid(sessionId, domain);
  }

  /**
   * Reads a UID as {@link #toString()} writes it: a session id, {@code @} and a domain. White space
   * around it is ignored and the domain is read in lower case, since DNS names ignore case.
   *
   * @param text such as {@code imposter-syndrome-2023-02-01@wellness.example.org}
   * @return the UID
   * @throws SessionValidationException with path {@code uid} if the text is not a session id,
   *     {@code @} and a DNS name
   */
  public static SessionUid parse(CharSequence text) {
    String value = Objects.requireNonNull(text, "text").toString().strip();
    int at = value.lastIndexOf('@');
    if (at <= 0 || at == value.length() - 1) {
      throw new SessionValidationException(
          "uid", "must be a session id, \"@\" and a domain (was " + Checks.quote(value) + ")");
    }
    try {
      return new SessionUid(
          SessionId.of(value.substring(0, at)), value.substring(at + 1).toLowerCase(Locale.ROOT));
    } catch (SessionValidationException e) {
      SessionValidationException refused =
          new SessionValidationException(
              "uid", e.problem() + " in the " + (e.path().equals("uidDomain") ? "domain" : "session id")
                  + " of " + Checks.quote(value));
      refused.initCause(e);
      throw refused;
    }
  }

  /**
   * Tells whether this UID belongs to a program: its domain is the program's UID domain.
   *
   * @param program the program
   * @return whether {@link #domain()} equals {@link Program#uidDomain()}
   */
  public boolean isOf(Program program) {
    return domain.equals(Objects.requireNonNull(program, "program").uidDomain());
  }

  /**
   * Orders UIDs by domain, then session id.
   *
   * @param other the UID to compare with
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(SessionUid other) {
    int byDomain = domain.compareTo(other.domain);
    return byDomain != 0 ? byDomain : sessionId.compareTo(other.sessionId);
  }

  /**
   * Returns the UID as every output writes it.
   *
   * @return {@code <session id>@<domain>}
   */
  @Override
  public String toString() {
    return sessionId + "@" + domain;
  }
}
