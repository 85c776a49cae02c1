package ca.cma.wellness.sessions.invites;

import ca.cma.wellness.sessions.registration.Notice;
import java.util.List;
import java.util.Objects;

/**
 * The calendar messages to send, and the {@link SentLog} as it will be once they are all sent.
 *
 * <p>Immutable and thread-safe.
 *
 * @param messages the messages in sending order, at most one per registrant and session; empty
 *     when every calendar is up to date
 * @param log the log with every message recorded; store it once they are sent, or record them one
 *     by one with {@link SentLog#record(InviteMessage)}
 * @param notices what reconciling the registrations did first, for a plan of a whole program
 *     ({@link InvitePlanner#plan(ca.cma.wellness.sessions.Program,
 *     ca.cma.wellness.sessions.registration.RegistrationLedger, SentLog)}), such as promotions after
 *     a capacity increase; empty for the plan of one session
 */
public record InvitePlan(List<InviteMessage> messages, SentLog log, List<Notice> notices) {
  /**
   * Copies the lists.
   *
   * @param messages the messages in sending order
   * @param log the log after sending them
   * @param notices what reconciling did first
   */
  public InvitePlan {
    messages = List.copyOf(messages);
    Objects.requireNonNull(log, "log");
    notices = List.copyOf(notices);
  }

  /**
   * Returns a plan that reconciled nothing, such as the plan of one session.
   *
   * @param messages the messages in sending order
   * @param log the log after sending them
   */
  public InvitePlan(List<InviteMessage> messages, SentLog log) {
    this(messages, log, List.of());
  }

  /**
   * Tells whether there is nothing to send.
   *
   * @return whether {@link #messages()} is empty
   */
  public boolean isEmpty() {
    return messages.isEmpty();
  }
}
