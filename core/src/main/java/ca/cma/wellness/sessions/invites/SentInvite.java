package ca.cma.wellness.sessions.invites;

import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionValidationException;
import java.util.Objects;

/**
 * The last calendar message sent to one registrant about one session: enough for {@link
 * InvitePlanner} to decide what, if anything, that person's calendar still needs.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows neither the registrant's name and
 * address nor the join link.
 *
 * @param sessionId the session
 * @param recipient who received it
 * @param method {@link InviteMethod#REQUEST} if their calendar now holds the session, {@link
 *     InviteMethod#CANCEL} if it was removed
 * @param sequence the SEQUENCE sent, zero or more
 * @param revision the session's {@link ca.cma.wellness.sessions.Session#revision() revision} that
 *     the message described, zero or more
 * @param details what the message showed of the session
 */
public record SentInvite(
    SessionId sessionId,
    Registrant recipient,
    InviteMethod method,
    int sequence,
    int revision,
    InviteDetails details) {
  /**
   * Checks the values.
   *
   * @param sessionId the session
   * @param recipient who received it
   * @param method the method sent
   * @param sequence the SEQUENCE sent
   * @param revision the session's revision that the message described
   * @param details what the message showed
   * @throws SessionValidationException with path {@code sequence} or {@code revision} if it is
   *     negative
   */
  public SentInvite {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(details, "details");
    if (sequence < 0) {
      throw new SessionValidationException("sequence", "must be at least 0 (was " + sequence + ")");
    }
    if (revision < 0) {
      throw new SessionValidationException("revision", "must be at least 0 (was " + revision + ")");
    }
  }

  /**
   * Returns the record of a message that was sent.
   *
   * @param message the message
   * @return what the message left in the recipient's calendar
   */
  public static SentInvite of(InviteMessage message) {
    Objects.requireNonNull(message, "message");
    return new SentInvite(
        message.session().id(),
        message.recipient(),
        message.method(),
        message.sequence(),
        message.session().revision(),
        InviteDetails.of(message.session(), message.recipient().language()));
  }

  /**
   * Tells whether the recipient's calendar holds the session after this message.
   *
   * @return whether the method is {@link InviteMethod#REQUEST}
   */
  public boolean holdsSession() {
    return method == InviteMethod.REQUEST;
  }

  /**
   * Describes the record without the recipient's name or address or the join link.
   *
   * @return such as {@code SentInvite{imposter-syndrome-2023-02-01, REQUEST, sequence=1,
   *     revision=1}}
   */
  @Override
  public String toString() {
    return "SentInvite{"
        + sessionId
        + ", "
        + method
        + ", sequence="
        + sequence
        + ", revision="
        + revision
        + "}";
  }
}
