package ca.cma.wellness.sessions.ical;

import ca.cma.wellness.sessions.EmailAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ReplyReader} decided about a METHOD:REPLY: {@link Accepted accepted}, {@link Stale
 * stale} (an answer to an older invite) or {@link Refused refused} with a {@link RefusalReason
 * reason}. Only an accepted reply is the registrant's current answer.
 *
 * <pre>{@code
 * switch (replies.read(authenticatedSender, part)) {
 *   case ReplyOutcome.Accepted accepted -> record(accepted.rsvp());
 *   case ReplyOutcome.Stale stale -> log("answer to an older invite: " + stale);
 *   case ReplyOutcome.Refused refused -> log("refused: " + refused.reason());
 * }
 * }</pre>
 */
public sealed interface ReplyOutcome {
  /**
   * The answer of a confirmed registrant to the last invite sent to them, sent by them (or by a
   * delegate the host allows).
   *
   * @param rsvp the answer
   * @param sentBy the SENT-BY delegate who sent it, when the host allows delegates
   */
  record Accepted(Rsvp rsvp, Optional<EmailAddress> sentBy) implements ReplyOutcome {
    /**
     * Checks the values.
     *
     * @param rsvp the answer
     * @param sentBy the delegate, if any
     */
    public Accepted {
      Objects.requireNonNull(rsvp, "rsvp");
      Objects.requireNonNull(sentBy, "sentBy");
    }
  }

  /**
   * An answer to an invite older than the last one sent to that registrant: the registrant has not
   * yet answered what they now hold.
   *
   * @param rsvp the answer
   * @param lastSent the SEQUENCE last sent to them, greater than {@code rsvp.sequence()}
   */
  record Stale(Rsvp rsvp, int lastSent) implements ReplyOutcome {
    /**
     * Checks the values.
     *
     * @param rsvp the answer
     * @param lastSent the SEQUENCE last sent
     */
    public Stale {
      Objects.requireNonNull(rsvp, "rsvp");
    }
  }

  /**
   * A reply that must not change anything.
   *
   * @param reason why
   * @param detail one line for a log, without addresses
   */
  record Refused(RefusalReason reason, String detail) implements ReplyOutcome {
    /**
     * Checks the values.
     *
     * @param reason why
     * @param detail one line
     */
    public Refused {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }
  }

  /** Why a reply was refused. */
  enum RefusalReason {
    /** The authenticated sender is not the ATTENDEE (nor an allowed SENT-BY delegate). */
    SENDER_NOT_ATTENDEE,
    /** The attendee has no confirmed registration to which the last message sent was an invite. */
    NOT_INVITED,
    /** The UID names no session of this program. */
    UNKNOWN_SESSION,
    /** The session is cancelled. */
    CANCELLED_SESSION,
    /** The SEQUENCE is higher than any sent to the attendee. */
    UNKNOWN_SEQUENCE,
    /** The reply holds more than one VEVENT. */
    SEVERAL_EVENTS,
    /** The ATTENDEE has a SENT-BY and the host does not accept delegates. */
    SENT_BY_NOT_ALLOWED
  }
}
