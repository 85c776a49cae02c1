package ca.cma.wellness.sessions.jdbc;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteMethod;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.invites.SentInvite;
import java.util.Objects;

/**
 * One invite message waiting in the {@link Outbox}, as claimed by a sender: which registrant, which
 * session, the iTIP method, SEQUENCE and reason that the planner decided when the transition
 * committed.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows neither the recipient nor the join link.
 *
 * @param id the outbox row's number; it never changes, so a message sent twice (after a crash
 *     between sending and {@link Outbox#markSent}) has the same {@link #messageId(String)}
 * @param planned what the message puts in the recipient's calendar, as planned
 * @param reason why it is sent
 * @param claims how many times a sender has claimed it, this claim included: more than 1 means an
 *     earlier sender may have sent it already
 */
public record OutboxMessage(long id, SentInvite planned, InviteReason reason, int claims) {
  /**
   * Checks the parts.
   *
   * @param id the outbox row's number, 1 or more
   * @param planned what the message puts in the calendar
   * @param reason why it is sent
   * @param claims how many times it was claimed, 1 or more
   */
  public OutboxMessage {
    Objects.requireNonNull(planned, "planned");
    Objects.requireNonNull(reason, "reason");
    if (id < 1 || claims < 1) {
      throw new IllegalArgumentException("id and claims must be at least 1 (were " + id + ", " + claims + ")");
    }
  }

  /**
   * Returns the session the message is about.
   *
   * @return its id
   */
  public SessionId sessionId() {
    return planned.sessionId();
  }

  /**
   * Returns the one person the message is for.
   *
   * @return the recipient
   */
  public Registrant recipient() {
    return planned.recipient();
  }

  /**
   * Returns the iTIP method.
   *
   * @return REQUEST or CANCEL
   */
  public InviteMethod method() {
    return planned.method();
  }

  /**
   * Returns the SEQUENCE to send.
   *
   * @return zero or more
   */
  public int sequence() {
    return planned.sequence();
  }

  /**
   * Returns the message to render and send, describing the session as the program now has it;
   * the method, SEQUENCE, recipient and reason are the planned ones. When the session changed
   * after planning, the change itself planned a later message (an update or a cancellation) that
   * waits behind this one.
   *
   * @param program the program as it now is
   * @return the message, for {@code Ical.invite} or {@code JsCalendar.invite}
   * @throws IllegalArgumentException if the program no longer lists the session
   */
  public InviteMessage toMessage(Program program) {
    Objects.requireNonNull(program, "program");
    Session session =
        program
            .sessionById(sessionId())
            .orElseThrow(
                () -> new IllegalArgumentException(
                    "outbox message " + id + ": the program has no session " + sessionId()));
    return InviteMessage.builder()
        .method(method())
        .sequence(sequence())
        .recipient(recipient())
        .session(session)
        .reason(reason)
        .build();
  }

  /**
   * Returns an RFC 5322 Message-ID for the e-mail that carries this message, the same every time
   * the message is claimed.
   *
   * @param domain the right-hand side, such as the program's mail domain
   * @return such as {@code <wellness-outbox-42@example.org>}
   * @throws IllegalArgumentException if the domain is empty or holds a character outside letters,
   *     digits, {@code .} and {@code -}
   */
  public String messageId(String domain) {
    Objects.requireNonNull(domain, "domain");
    if (domain.isEmpty() || !domain.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-'))) {
      throw new IllegalArgumentException("domain: must be letters, digits, '.' and '-' (was \"" + domain + "\")");
    }
    return "<wellness-outbox-" + id + "@" + domain + ">";
  }

  /**
   * Describes the message without the recipient or the join link.
   *
   * @return such as {@code OutboxMessage{42, imposter-syndrome-2023-02-01, REQUEST, sequence=0,
   *     CONFIRMED, claims=1}}
   */
  @Override
  public String toString() {
    return "OutboxMessage{"
        + id
        + ", "
        + sessionId()
        + ", "
        + method()
        + ", sequence="
        + sequence()
        + ", "
        + reason
        + ", claims="
        + claims
        + "}";
  }
}
