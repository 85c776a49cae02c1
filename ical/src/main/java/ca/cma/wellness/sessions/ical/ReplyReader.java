package ca.cma.wellness.sessions.ical;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionUid;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.ical.ReplyOutcome.RefusalReason;
import ca.cma.wellness.sessions.ical.internal.Replies;
import ca.cma.wellness.sessions.ical.internal.Source;
import ca.cma.wellness.sessions.invites.SentInvite;
import ca.cma.wellness.sessions.invites.SentLog;
import ca.cma.wellness.sessions.registration.Registration;
import ca.cma.wellness.sessions.registration.RegistrationBook;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a registrant's METHOD:REPLY and checks it against what was sent: who sent the e-mail, the
 * registrations and the {@link SentLog}. Anyone can mail the organizer a reply that names someone
 * else, so a reply is {@linkplain ReplyOutcome.Accepted accepted} only when
 *
 * <ul>
 *   <li>it holds one VEVENT whose UID ({@link SessionUid#parse}) names a session of the program
 *       that is not cancelled;
 *   <li>the sender that the host's mail system authenticated equals the ATTENDEE (or, where the
 *       host {@linkplain #allowingSentBy() allows delegates}, the ATTENDEE's SENT-BY);
 *   <li>the attendee holds a confirmed registration and the last message sent to them for that
 *       session was an invite (REQUEST);
 *   <li>its SEQUENCE is the one last sent to them: an older one is {@linkplain ReplyOutcome.Stale
 *       stale}, a higher one is refused.
 * </ul>
 *
 * <p>The sender must be one the host has authenticated: the SMTP envelope sender of mail its own
 * server accepted with SPF passing, or a From address aligned with a passing DKIM signature
 * (DMARC alignment). The From header alone is typed by whoever sent the e-mail and proves nothing.
 *
 * <p>A reply that is not iCalendar, over a {@link IcsLimits limit}, whose METHOD is not REPLY, or
 * which does not name exactly one ATTENDEE by a mailto address with a PARTSTAT of ACCEPTED,
 * DECLINED or TENTATIVE, is a {@link SessionValidationException} naming the line. The reply is read
 * as data: no recurrence or VTIMEZONE in it is ever expanded.
 *
 * <p>Immutable and thread-safe; make one per batch of replies, from the current registrations.
 */
public final class ReplyReader {
  private final Program program;
  private final RegistrationBook registrations;
  private final SentLog sentLog;
  private final IcsLimits limits;
  private final boolean sentByAllowed;

  private ReplyReader(
      Program program, RegistrationBook registrations, SentLog sentLog, IcsLimits limits, boolean sentByAllowed) {
    this.program = program;
    this.registrations = registrations;
    this.sentLog = sentLog;
    this.limits = limits;
    this.sentByAllowed = sentByAllowed;
  }

  /**
   * Returns a reader with the {@link IcsLimits#DEFAULTS default limits} that refuses delegates.
   *
   * @param program the program whose sessions the replies answer
   * @param registrations the registrations now, such as {@code ledger.snapshot()}
   * @param sentLog what was sent
   * @return the reader
   */
  public static ReplyReader of(Program program, RegistrationBook registrations, SentLog sentLog) {
    return new ReplyReader(
        Objects.requireNonNull(program, "program"),
        Objects.requireNonNull(registrations, "registrations"),
        Objects.requireNonNull(sentLog, "sentLog"),
        IcsLimits.DEFAULTS,
        false);
  }

  /**
   * Returns a copy with other limits.
   *
   * @param limits the limits
   * @return the copy
   */
  public ReplyReader withLimits(IcsLimits limits) {
    return new ReplyReader(program, registrations, sentLog, Objects.requireNonNull(limits, "limits"), sentByAllowed);
  }

  /**
   * Returns a copy that accepts a reply sent by the ATTENDEE's SENT-BY delegate, when the
   * authenticated sender is that delegate. Allow it only where the host trusts delegates to answer
   * for registrants (an assistant's mailbox, say): the delegate is whoever the reply names.
   *
   * @return the copy
   */
  public ReplyReader allowingSentBy() {
    return new ReplyReader(program, registrations, sentLog, limits, true);
  }

  /**
   * Returns the limits.
   *
   * @return the limits
   */
  public IcsLimits limits() {
    return limits;
  }

  /**
   * Reads and checks a reply.
   *
   * @param sender the sender that the host's mail system authenticated
   * @param in the calendar part of the e-mail, UTF-8; read to its end or just past the byte limit,
   *     not closed
   * @return the outcome
   * @throws IOException if reading fails
   * @throws SessionValidationException with path {@code input} if it is larger than {@link
   *     IcsLimits#maxBytes()}, or {@code line N} naming the line that is malformed or over a limit
   */
  public ReplyOutcome read(EmailAddress sender, InputStream in) throws IOException {
    Objects.requireNonNull(sender, "sender");
    return check(sender, Replies.read(Source.read(Objects.requireNonNull(in, "in"), limits.maxBytes()), limits));
  }

  /**
   * Reads and checks a reply from text.
   *
   * @param sender the sender that the host's mail system authenticated
   * @param text the iCalendar text
   * @return the outcome
   * @throws SessionValidationException as {@link #read(EmailAddress, InputStream)} does
   */
  public ReplyOutcome read(EmailAddress sender, String text) {
    Objects.requireNonNull(sender, "sender");
    String checked = Source.check(Objects.requireNonNull(text, "text"), limits.maxBytes());
    return check(sender, Replies.read(checked, limits));
  }

  private ReplyOutcome check(EmailAddress sender, Replies.Reply reply) {
    if (reply.events() > 1) {
      return new ReplyOutcome.Refused(
          RefusalReason.SEVERAL_EVENTS, "a REPLY answers one event (found " + reply.events() + " VEVENTs)");
    }
    SessionUid uid;
    try {
      uid = SessionUid.parse(reply.uid());
    } catch (SessionValidationException e) {
      return new ReplyOutcome.Refused(RefusalReason.UNKNOWN_SESSION, "line " + reply.uidLine() + ": UID " + e.problem());
    }
    Optional<Session> session = uid.isOf(program) ? program.sessionById(uid.sessionId()) : Optional.empty();
    if (session.isEmpty()) {
      return new ReplyOutcome.Refused(
          RefusalReason.UNKNOWN_SESSION,
          "line " + reply.uidLine() + ": UID " + ca.cma.wellness.sessions.internal.Checks.quote(reply.uid()) + " names no session of this program");
    }
    if (session.get().isCancelled()) {
      return new ReplyOutcome.Refused(
          RefusalReason.CANCELLED_SESSION, "session " + session.get().id() + " is cancelled");
    }
    if (reply.sentBy().isPresent()) {
      if (!sentByAllowed) {
        return new ReplyOutcome.Refused(
            RefusalReason.SENT_BY_NOT_ALLOWED, "the ATTENDEE has a SENT-BY and delegates are not accepted");
      }
      if (!reply.sentBy().get().equals(sender)) {
        return new ReplyOutcome.Refused(
            RefusalReason.SENDER_NOT_ATTENDEE, "the sender is neither the ATTENDEE nor its SENT-BY");
      }
    } else if (!reply.attendee().equals(sender)) {
      return new ReplyOutcome.Refused(RefusalReason.SENDER_NOT_ATTENDEE, "the sender is not the ATTENDEE");
    }
    Optional<Registration> registration =
        registrations.roster(session.get().id()).activeRegistration(reply.attendee());
    Optional<SentInvite> last = sentLog.lastSent(session.get().id(), reply.attendee());
    if (registration.isEmpty() || !registration.get().isConfirmed() || last.isEmpty() || !last.get().holdsSession()) {
      return new ReplyOutcome.Refused(
          RefusalReason.NOT_INVITED,
          "the ATTENDEE holds no confirmed registration with an invite for session " + session.get().id());
    }
    Rsvp rsvp = new Rsvp(session.get().id(), reply.attendee(), RsvpAnswer.valueOf(reply.partstat()), reply.sequence());
    int lastSent = last.get().sequence();
    if (reply.sequence() > lastSent) {
      return new ReplyOutcome.Refused(
          RefusalReason.UNKNOWN_SEQUENCE,
          "SEQUENCE " + reply.sequence() + " was never sent (the last sent is " + lastSent + ")");
    }
    if (reply.sequence() < lastSent) {
      return new ReplyOutcome.Stale(rsvp, lastSent);
    }
    return new ReplyOutcome.Accepted(rsvp, reply.sentBy());
  }

  @Override
  public String toString() {
    return "ReplyReader{program=" + program.name() + ", sentByAllowed=" + sentByAllowed + ", limits=" + limits + "}";
  }
}
