package ca.cma.wellness.sessions.ical;

import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.invites.InviteMethod;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Everything a host needs to e-mail one calendar message to one registrant (RFC 6047): the
 * recipient, a subject, a plain-text body, and the {@code text/calendar} part with its content
 * type, file name and bytes.
 *
 * <p>Send it as a {@code multipart/alternative} whose parts are the plain text and the calendar
 * part with {@link #contentType()}; Outlook shows its Accept and Decline buttons only for a
 * {@code text/calendar} part, and Gmail only when the calendar part is an alternative of the body.
 * Attaching the same bytes again as {@link #fileName()} is optional.
 *
 * <p>Immutable and thread-safe.
 */
public final class InviteEmail {
  private final InviteMethod method;
  private final Registrant recipient;
  private final String uid;
  private final int sequence;
  private final String subject;
  private final String body;
  private final String calendar;
  private final String sender;

  InviteEmail(
      InviteMethod method,
      Registrant recipient,
      String uid,
      int sequence,
      String subject,
      String body,
      String calendar,
      String sender) {
    this.method = method;
    this.recipient = recipient;
    this.uid = uid;
    this.sequence = sequence;
    this.subject = subject;
    this.body = body;
    this.calendar = calendar;
    this.sender = sender;
  }

  /**
   * Returns the iTIP method, which is also the METHOD inside the calendar.
   *
   * @return REQUEST or CANCEL
   */
  public InviteMethod method() {
    return method;
  }

  /**
   * Returns the one person the message is for; the calendar names them as its only ATTENDEE.
   *
   * @return the recipient
   */
  public Registrant recipient() {
    return recipient;
  }

  /**
   * Returns the UID of the event, the same as in the public feed.
   *
   * @return such as {@code imposter-syndrome-2023-02-01@wellness.example.org}
   */
  public String uid() {
    return uid;
  }

  /**
   * Returns the SEQUENCE of the event.
   *
   * @return zero or more
   */
  public int sequence() {
    return sequence;
  }

  /**
   * Returns a one-line subject in the recipient's language.
   *
   * @return such as {@code "Invitation: Imposter syndrome, Feb. 1, 2023, 8:30 pm NT"}
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns the display name of the sender (the e-mail's From), in the recipient's language: the
   * ORGANIZER's CN inside the calendar.
   *
   * @return such as {@code "Connexion bien-être"}
   */
  public String senderName() {
    return sender;
  }

  /**
   * Returns the plain-text body in the recipient's language: why the message is sent, the title,
   * the time in the recipient's own zone, the join link for an invite, the moderators and the
   * support page. Lines end with CRLF, as e-mail requires.
   *
   * @return the body
   */
  public String text() {
    return body;
  }

  /**
   * Returns the MIME type of the calendar part (RFC 6047 §2.4), whose {@code method} equals the
   * METHOD inside.
   *
   * @return such as {@code text/calendar; charset=UTF-8; method=REQUEST}
   */
  public String contentType() {
    return "text/calendar; charset=UTF-8; method=" + method.name();
  }

  /**
   * Returns a file name for the calendar part.
   *
   * @return {@code invite.ics} for a REQUEST, {@code cancel.ics} for a CANCEL
   */
  public String fileName() {
    return method == InviteMethod.REQUEST ? "invite.ics" : "cancel.ics";
  }

  /**
   * Returns the calendar as text: one VCALENDAR with CRLF line ends, folded at 75 octets.
   *
   * @return the iCalendar text
   */
  public String calendar() {
    return calendar;
  }

  /**
   * Returns the calendar in UTF-8, ready to be the body of the calendar part.
   *
   * @return a new array on every call
   */
  public byte[] bytes() {
    return calendar.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Describes the message without the recipient's name, address or the join link.
   *
   * @return such as {@code InviteEmail{REQUEST, uid=..., sequence=0}}
   */
  @Override
  public String toString() {
    return "InviteEmail{" + method + ", uid=" + uid + ", sequence=" + sequence + "}";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof InviteEmail
        && ((InviteEmail) other).calendar.equals(calendar)
        && ((InviteEmail) other).body.equals(body)
        && ((InviteEmail) other).subject.equals(subject)
        && ((InviteEmail) other).sender.equals(sender)
        && ((InviteEmail) other).recipient.equals(recipient);
  }

  @Override
  public int hashCode() {
    return Objects.hash(calendar, body, subject);
  }
}
