package ca.cma.wellness.sessions.jdbc;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The outbox's claims and the erasure on a real PostgreSQL, as {@link JdbcLedgerTest} on H2. */
class PostgresOutboxTest {
  @Test
  void claim_twoSenders_neverShareAMessage_andAnExpiredLeaseResendsWithTheSameMessageId() {
    JdbcLedgerTest.claimScenario(Databases.postgres());
  }

  @Test
  void erase_removesThePersonFromEveryRowAndKeepsTheOthersInOrder() throws SQLException {
    JdbcLedgerTest.eraseScenario(Databases.postgres());
  }
}
