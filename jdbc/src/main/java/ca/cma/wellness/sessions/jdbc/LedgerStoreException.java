package ca.cma.wellness.sessions.jdbc;

import java.sql.SQLException;
import java.util.Objects;

/**
 * A {@link JdbcLedger} or {@link Outbox} operation failed in the database: it was unreachable, it
 * refused the statement, or a conflict with other transactions persisted after {@link
 * JdbcLedger#MAX_ATTEMPTS} attempts. The operation's transaction was rolled back, so it left no
 * trace; if the failure came while committing, the database alone knows whether it took effect.
 *
 * <p>The message names the operation and the SQLSTATE, never a registrant or a session's details;
 * the database driver's own exception, which may quote values, is the {@linkplain #getCause()
 * cause}, for the host's logs.
 */
public final class LedgerStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The operation that failed. */
  private final String operation;

  /** The database's SQLSTATE, or empty. */
  private final String sqlState;

  LedgerStoreException(String operation, String problem, String sqlState, Throwable cause) {
    super(operation + ": " + problem + (sqlState.isEmpty() ? "" : " (SQLSTATE " + sqlState + ")"), cause);
    this.operation = Objects.requireNonNull(operation, "operation");
    this.sqlState = sqlState;
  }

  static LedgerStoreException of(String operation, int attempts, SQLException cause) {
    String state = cause.getSQLState() == null ? "" : cause.getSQLState();
    String problem;
    if (state.startsWith("08")) {
      problem = "the database is unreachable";
    } else if (Transactor.isConflict(cause)) {
      problem = "conflicting transactions, still after " + attempts + " attempts";
    } else {
      problem = "the database refused the operation";
    }
    return new LedgerStoreException(operation, problem, state, cause);
  }

  /**
   * Returns the operation that failed, as the ledger's method name.
   *
   * @return such as {@code "register"} or {@code "outbox.claim"}
   */
  public String operation() {
    return operation;
  }

  /**
   * Returns the SQLSTATE the database gave.
   *
   * @return such as {@code "08001"}; empty when there was none
   */
  public String sqlState() {
    return sqlState;
  }
}
