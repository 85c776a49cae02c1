package ca.cma.wellness.sessions.registration;

import ca.cma.wellness.sessions.testing.LedgerContract;
import java.time.Clock;

/** The in-memory ledger against the shared ledger contract, which takes it as the reference. */
class MemoryLedgerContractTest extends LedgerContract {
  @Override
  protected RegistrationLedger newLedger(Clock clock) {
    return RegistrationLedger.inMemory(clock);
  }
}
