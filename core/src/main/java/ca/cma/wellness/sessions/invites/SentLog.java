package ca.cma.wellness.sessions.invites;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What was last sent to whom: one {@link SentInvite} per session and registrant (by e-mail
 * address, trimmed and ignoring case). The host stores it next to its registrations, records each
 * message it actually sends, and hands it to {@link InvitePlanner} next time.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows no registrant.
 *
 * <pre>{@code
 * InvitePlan plan = InvitePlanner.plan(session, roster, sentLog);
 * for (InviteMessage message : plan.messages()) {
 *   mailer.send(message);
 *   sentLog = sentLog.record(message);   // or take plan.log() once all were sent
 * }
 * }</pre>
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class SentLog {
  SentLog() {}

  /**
   * Returns a builder; nothing is required. Use it to restore a saved log.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a log of nothing sent.
   *
   * @return the empty log
   */
  public static SentLog empty() {
    return builder().build();
  }

  /**
   * Returns the last message sent to each registrant of each session.
   *
   * @return the entries, at most one per session and e-mail address, in the order first recorded
   */
  public abstract List<SentInvite> entries();

  abstract SentLog withEntries(Iterable<? extends SentInvite> entries);

  /**
   * Returns the last message sent to a registrant about a session.
   *
   * @param sessionId the session
   * @param email the registrant's address, trimmed and ignoring case
   * @return the record, or empty if nothing was sent
   */
  public final Optional<SentInvite> lastSent(SessionId sessionId, EmailAddress email) {
    Integer at = index().get(new Key(Objects.requireNonNull(sessionId, "sessionId"), Objects.requireNonNull(email, "email")));
    return at == null ? Optional.empty() : Optional.of(entries().get(at));
  }

  /**
   * Returns the last message sent to each registrant of a session.
   *
   * @param sessionId the session
   * @return the records, in the order first recorded
   */
  public final List<SentInvite> forSession(SessionId sessionId) {
    Objects.requireNonNull(sessionId, "sessionId");
    return entries().stream()
        .filter(e -> e.sessionId().equals(sessionId))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns a copy that records a message as sent, replacing what was last sent to that recipient
   * about that session.
   *
   * @param message the message that was sent
   * @return the copy
   * @throws SessionValidationException with path {@code sequence} if the message's SEQUENCE is
   *     lower than the last one sent to that recipient about that session
   */
  public final SentLog record(InviteMessage message) {
    return recordAll(List.of(Objects.requireNonNull(message, "message")));
  }

  /**
   * Returns a copy that records messages as sent, in order.
   *
   * @param messages the messages that were sent, in sending order
   * @return the copy
   * @throws SessionValidationException with path {@code sequence} if a message's SEQUENCE is lower
   *     than the last one sent to that recipient about that session
   */
  public final SentLog recordAll(Iterable<InviteMessage> messages) {
    Objects.requireNonNull(messages, "messages");
    List<SentInvite> entries = new ArrayList<>(entries());
    Map<Key, Integer> index = new HashMap<>(index());
    for (InviteMessage message : messages) {
      SentInvite sent = SentInvite.of(message);
      Key key = new Key(sent.sessionId(), sent.recipient().email());
      Integer at = index.get(key);
      if (at == null) {
        index.put(key, entries.size());
        entries.add(sent);
      } else {
        int last = entries.get(at).sequence();
        if (sent.sequence() < last) {
          throw new SessionValidationException(
              "sequence",
              "must not be lower than the last one sent for "
                  + sent.sessionId()
                  + " to this recipient, "
                  + last
                  + " (was "
                  + sent.sequence()
                  + ")");
        }
        entries.set(at, sent);
      }
    }
    return withEntries(entries);
  }

  @Value.Lazy
  Map<Key, Integer> index() {
    Map<Key, Integer> index = new HashMap<>();
    for (int i = 0; i < entries().size(); i++) {
      SentInvite entry = entries().get(i);
      Integer earlier = index.putIfAbsent(new Key(entry.sessionId(), entry.recipient().email()), i);
      if (earlier != null) {
        throw new SessionValidationException(
            "entries[" + i + "]",
            "a second record for the recipient of entries[" + earlier + "] in " + entry.sessionId());
      }
    }
    return Map.copyOf(index);
  }

  @Value.Check
  void check() {
    index();
  }

  /**
   * Describes the log by size, without any registrant.
   *
   * @return such as {@code SentLog{entries=12}}
   */
  @Override
  public String toString() {
    return "SentLog{entries=" + entries().size() + "}";
  }

  /** One recipient of one session. */
  record Key(SessionId sessionId, EmailAddress email) {}

  /** Builds a {@link SentLog}; each attribute may be set once. */
  public static final class Builder extends ImmutableSentLog.Builder {
    Builder() {}
  }
}
