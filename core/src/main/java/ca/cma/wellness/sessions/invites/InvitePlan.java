package ca.cma.wellness.sessions.invites;

import java.util.List;
import java.util.Objects;

/**
 * The calendar messages to send for one session, and the {@link SentLog} as it will be once they
 * are all sent.
 *
 * <p>Immutable and thread-safe.
 *
 * @param messages the messages in sending order, at most one per registrant; empty when every
 *     calendar is up to date
 * @param log the log with every message recorded; store it once they are sent, or record them one
 *     by one with {@link SentLog#record(InviteMessage)}
 */
public record InvitePlan(List<InviteMessage> messages, SentLog log) {
  /**
   * Copies the messages.
   *
   * @param messages the messages in sending order
   * @param log the log after sending them
   */
  public InvitePlan {
    messages = List.copyOf(messages);
    Objects.requireNonNull(log, "log");
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
