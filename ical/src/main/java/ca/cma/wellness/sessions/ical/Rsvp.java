package ca.cma.wellness.sessions.ical;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.SessionId;
import java.util.Objects;

/**
 * A registrant's answer read from a METHOD:REPLY: which registration (the session and the
 * attendee's address) and what they answered. Reading a reply never changes the SEQUENCE: only the
 * organizer side does (RFC 5545 §3.8.7.4).
 *
 * <p>A {@link RsvpAnswer#DECLINED decline} does not cancel anything by itself; a host that wants
 * declines to free the place withdraws the registration, which makes the invite planner send the
 * registrant a CANCEL.
 *
 * <p>Immutable and thread-safe.
 *
 * @param session the session, from the UID
 * @param attendee the address of the attendee who answered
 * @param answer what they answered
 * @param sequence the SEQUENCE of the invite they answered, zero when the reply has none
 */
public record Rsvp(SessionId session, EmailAddress attendee, RsvpAnswer answer, int sequence) {
  /**
   * Checks the values.
   *
   * @param session the session
   * @param attendee the attendee's address
   * @param answer the answer
   * @param sequence the SEQUENCE answered
   * @throws IllegalArgumentException if {@code sequence} is negative
   */
  public Rsvp {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(attendee, "attendee");
    Objects.requireNonNull(answer, "answer");
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must be at least 0 (was " + sequence + ")");
    }
  }

  /**
   * Tells whether the registrant declined.
   *
   * @return whether the answer is {@link RsvpAnswer#DECLINED}
   */
  public boolean isDecline() {
    return answer == RsvpAnswer.DECLINED;
  }

  /**
   * Describes the answer without the attendee's address.
   *
   * @return such as {@code Rsvp{session=imposter-syndrome-2023-02-01, answer=ACCEPTED, sequence=0}}
   */
  @Override
  public String toString() {
    return "Rsvp{session=" + session + ", answer=" + answer + ", sequence=" + sequence + "}";
  }
}
