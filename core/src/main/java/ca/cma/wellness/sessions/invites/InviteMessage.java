package ca.cma.wellness.sessions.invites;

import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionValidationException;
import org.immutables.value.Value;

/**
 * One calendar message to send to one registrant: its iTIP method, its SEQUENCE, the recipient and
 * the session as the message describes it. The invite planner returns these in sending order; the
 * iCalendar module turns each into exactly one e-mailable VCALENDAR.
 *
 * <p>Immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class InviteMessage {
  InviteMessage() {}

  /**
   * Returns a builder; every attribute is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the iTIP method.
   *
   * @return {@link InviteMethod#REQUEST} or {@link InviteMethod#CANCEL}
   */
  public abstract InviteMethod method();

  /**
   * Returns the iCalendar SEQUENCE of this message; a registrant never receives a lower one than
   * before for the same session.
   *
   * @return zero or more
   */
  public abstract int sequence();

  /**
   * Returns the one person the message is for.
   *
   * @return the recipient
   */
  public abstract Registrant recipient();

  /**
   * Returns the session as the message describes it: as it now is.
   *
   * @return the session
   */
  public abstract Session session();

  /**
   * Returns why the message is sent.
   *
   * @return the reason
   */
  public abstract InviteReason reason();

  @Value.Check
  void check() {
    if (sequence() < 0) {
      throw new SessionValidationException("sequence", "must be at least 0 (was " + sequence() + ")");
    }
    boolean cancel = method() == InviteMethod.CANCEL;
    boolean cancelReason =
        reason() == InviteReason.WITHDRAWN || reason() == InviteReason.SESSION_CANCELLED;
    if (cancel != cancelReason) {
      throw new SessionValidationException(
          "reason", "a " + method() + " cannot be sent because " + reason());
    }
  }

  /** Builds an {@link InviteMessage}; each attribute may be set once. */
  public static final class Builder extends ImmutableInviteMessage.Builder {
    Builder() {}
  }
}
