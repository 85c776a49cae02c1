package ca.cma.wellness.sessions.jdbc;

import ca.cma.wellness.sessions.invites.InviteReason;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The invite messages that registration changes caused, stored in the same transaction as each
 * change, for the host to send. Several senders, in one or several processes, may work the same
 * outbox: a claim takes a lease on each message, and no two senders hold a lease on the same one.
 *
 * <p>The loop a host writes:
 *
 * <pre>{@code
 * Outbox outbox = ledger.outbox();
 * for (OutboxMessage due : outbox.claim(50, Duration.ofMinutes(2))) {
 *   InviteMessage message = due.toMessage(program);
 *   mailer.send(ical.invite(message), due.messageId("example.org"));  // the host's e-mail
 *   outbox.markSent(due);
 * }
 * }</pre>
 *
 * <p>Delivery is at least once: when a sender dies between sending and {@link #markSent}, the
 * lease runs out and another claim returns the message again, with the same {@link
 * OutboxMessage#messageId}. Thread-safe.
 */
public final class Outbox {
  private static final String CLAIMED =
      "SELECT id, " + Rows.INVITE + ", reason, claims FROM ws_outbox WHERE id = ?";

  private final Transactor transactor;
  private final Clock clock;

  Outbox(Transactor transactor, Clock clock) {
    this.transactor = transactor;
    this.clock = clock;
  }

  /**
   * Claims up to {@code max} messages that are due: not sent, and not leased or with a lease
   * that ran out, oldest first. Each is leased for {@code lease} from now, by the ledger's clock;
   * send it and {@link #markSent mark it sent} before then.
   *
   * @param max how many at most, 1 or more
   * @param lease how long the claim holds, positive
   * @return the messages, in the order they were planned; empty when nothing is due
   * @throws IllegalArgumentException if {@code max} is below 1 or {@code lease} is not positive
   * @throws LedgerStoreException if the database fails
   */
  public List<OutboxMessage> claim(int max, Duration lease) {
    Objects.requireNonNull(lease, "lease");
    if (max < 1) {
      throw new IllegalArgumentException("max: must be at least 1 (was " + max + ")");
    }
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease: must be positive (was " + lease + ")");
    }
    return transactor.run("outbox.claim", connection -> claim(connection, max, lease));
  }

  private List<OutboxMessage> claim(Connection connection, int max, Duration lease) throws SQLException {
    long now = clock.millis();
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id FROM ws_outbox WHERE sent = FALSE AND dropped = FALSE"
                + " AND (lease_until IS NULL OR lease_until <= ?) ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")) {
      select.setLong(1, now);
      select.setInt(2, max);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    List<OutboxMessage> claimed = new ArrayList<>();
    try (PreparedStatement update =
            connection.prepareStatement("UPDATE ws_outbox SET lease_until = ?, claims = claims + 1 WHERE id = ?");
        PreparedStatement read = connection.prepareStatement(CLAIMED)) {
      for (long id : ids) {
        update.setLong(1, now + lease.toMillis());
        update.setLong(2, id);
        update.addBatch();
      }
      if (!ids.isEmpty()) {
        update.executeBatch();
      }
      for (long id : ids) {
        read.setLong(1, id);
        try (ResultSet row = read.executeQuery()) {
          row.next();
          claimed.add(
              new OutboxMessage(
                  row.getLong(1), Rows.invite(row, 2), InviteReason.valueOf(row.getString(18)), row.getInt(19)));
        }
      }
    }
    return claimed;
  }

  /**
   * Records that a claimed message was sent, so that no claim returns it again. Marking a message
   * twice changes nothing.
   *
   * @param message a message from {@link #claim}
   * @throws LedgerStoreException if the database fails
   */
  public void markSent(OutboxMessage message) {
    Objects.requireNonNull(message, "message");
    String now = clock.instant().toString();
    transactor.run(
        "outbox.markSent",
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE ws_outbox SET sent = TRUE, sent_at = ?, lease_until = NULL WHERE id = ? AND sent = FALSE")) {
            update.setString(1, now);
            update.setLong(2, message.id());
            return update.executeUpdate();
          }
        });
  }

  /**
   * Counts the messages not yet sent, leased or not.
   *
   * @return zero or more
   * @throws LedgerStoreException if the database fails
   */
  public int pending() {
    return transactor.run(
        "outbox.pending",
        connection -> {
          try (PreparedStatement count =
                  connection.prepareStatement("SELECT COUNT(*) FROM ws_outbox WHERE sent = FALSE AND dropped = FALSE");
              ResultSet row = count.executeQuery()) {
            row.next();
            return row.getInt(1);
          }
        });
  }

  /**
   * Describes the outbox without reading the database.
   *
   * @return {@code Outbox}
   */
  @Override
  public String toString() {
    return "Outbox";
  }
}
