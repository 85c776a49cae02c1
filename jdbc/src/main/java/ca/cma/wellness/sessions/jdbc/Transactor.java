package ca.cma.wellness.sessions.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs a unit of work in one transaction, retrying it when the database gives up on it because
 * of other transactions (serialization failure, deadlock, lock timeout).
 */
final class Transactor {
  /** Work to run in a transaction; it may run several times, so it has no other effect. */
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;

  Transactor(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  <T> T run(String operation, int isolation, Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return once(isolation, work);
      } catch (SQLException e) {
        if (isConflict(e) && attempt < JdbcLedger.MAX_ATTEMPTS) {
          pause(attempt);
          continue;
        }
        throw LedgerStoreException.of(operation, attempt, e);
      }
    }
  }

  <T> T run(String operation, Work<T> work) {
    return run(operation, Connection.TRANSACTION_READ_COMMITTED, work);
  }

  private <T> T once(int isolation, Work<T> work) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(isolation);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        try {
          connection.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e;
      }
    }
  }

  /**
   * Tells whether the database abandoned the transaction because of another one: SQLSTATE class
   * 40 (serialization failure, deadlock) or H2's lock timeout, HYT00.
   */
  static boolean isConflict(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("40") || state.equals("HYT00")) {
          return true;
        }
      }
    }
    return false;
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(2L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
