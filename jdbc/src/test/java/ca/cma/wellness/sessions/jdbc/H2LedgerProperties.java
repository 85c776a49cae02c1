package ca.cma.wellness.sessions.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.cma.wellness.sessions.invites.SentLog;
import ca.cma.wellness.sessions.registration.RegistrationLedger;
import ca.cma.wellness.sessions.testing.LedgerContract;
import java.time.Clock;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The ledger contract on H2 in this JVM: the same answers as the in-memory ledger, and the outbox
 * holds what the invite planner plans.
 */
class H2LedgerProperties extends LedgerContract {
  private static final DataSource DATABASE = Databases.h2();

  @Override
  protected RegistrationLedger newLedger(Clock clock) {
    Databases.clear(DATABASE);
    return JdbcLedger.of(DATABASE, clock);
  }

  @Override
  protected void checkPlanned(RegistrationLedger ledger, SentLog expected) {
    assertEquals(Set.copyOf(expected.entries()), Set.copyOf(((JdbcLedger) ledger).sentLog().entries()));
  }
}
