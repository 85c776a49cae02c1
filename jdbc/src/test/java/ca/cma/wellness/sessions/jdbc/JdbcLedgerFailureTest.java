package ca.cma.wellness.sessions.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Role;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.registration.RegistrationBook;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.RegistrationGenerators;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What a host sees when the database fails, and how many statements the reads cost. */
class JdbcLedgerFailureTest {
  private static final Session SESSION = Fixtures.IMPOSTER_SYNDROME.withCapacity(3).withWaitlistLimit(OptionalInt.of(50));

  @Test
  void roster_manyRegistrants_isOneStatement() {
    CountingDataSource database = new CountingDataSource(Databases.h2());
    JdbcLedger ledger = JdbcLedger.of(database, Fixtures.CLOCK);
    for (int i = 0; i < 40; i++) {
      ledger.register(SESSION, RegistrationGenerators.person(i, Role.PHYSICIAN));
    }
    database.reset();
    assertEquals(40, ledger.roster(SESSION.id()).registrations().size());
    assertEquals(1, database.statements());
    database.reset();
    ledger.availability(SESSION);
    assertEquals(1, database.statements());
  }

  @Test
  void register_databaseUnreachable_namesTheOperation() {
    JdbcLedger ledger = JdbcLedger.of(Databases.h2(), Fixtures.CLOCK);
    JdbcLedger unreachable =
        ledgerOn(new UrlDataSource("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "nobody", "secret-password"));
    LedgerStoreException e =
        assertThrows(LedgerStoreException.class, () -> unreachable.register(SESSION, Fixtures.TORONTO_LEARNER));
    assertEquals("register", e.operation());
    assertTrue(e.getMessage().startsWith("register: the database is unreachable (SQLSTATE 08"), e.getMessage());
    assertFalse(e.getMessage().contains(Fixtures.TORONTO_LEARNER.email().address()), e.getMessage());
    assertFalse(e.getMessage().contains("secret-password"), e.getMessage());
    assertEquals(0, ledger.snapshot().version());
  }

  /** A ledger on a data source whose schema check cannot run: built on a reachable one first. */
  private static JdbcLedger ledgerOn(javax.sql.DataSource unreachable) {
    SwitchableDataSource source = new SwitchableDataSource(Databases.h2());
    JdbcLedger ledger = JdbcLedger.of(source, Fixtures.CLOCK);
    source.switchTo(unreachable);
    return ledger;
  }

  @Test
  void of_databaseUnreachable_namesTheOpening() {
    LedgerStoreException e =
        assertThrows(
            LedgerStoreException.class,
            () -> JdbcLedger.of(new UrlDataSource("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "x", "y"), Fixtures.CLOCK));
    assertEquals("open", e.operation());
  }

  @Test
  void register_connectionLostAtEachStatement_leavesNoTrace() {
    CountingDataSource database = new CountingDataSource(Databases.h2());
    JdbcLedger ledger = JdbcLedger.of(database, Fixtures.CLOCK);
    Session one = SESSION.withCapacity(1);
    ledger.register(one, RegistrationGenerators.person(1, Role.PHYSICIAN));
    ledger.register(one, RegistrationGenerators.person(2, Role.PHYSICIAN));
    RegistrationBook before = ledger.snapshot();
    int pending = ledger.outbox().pending();
    // A withdrawal that promotes: registration rows, the version and the outbox change together.
    database.reset();
    ledger.withdraw(one, RegistrationGenerators.person(1, Role.PHYSICIAN));
    int statements = database.statements();
    assertTrue(statements > 5, "statements " + statements);
    RegistrationBook after = ledger.snapshot();
    for (int failAt = 1; failAt <= statements; failAt++) {
      CountingDataSource fresh = new CountingDataSource(Databases.h2());
      JdbcLedger other = JdbcLedger.of(fresh, Fixtures.CLOCK);
      other.register(one, RegistrationGenerators.person(1, Role.PHYSICIAN));
      other.register(one, RegistrationGenerators.person(2, Role.PHYSICIAN));
      fresh.failAtStatement(failAt);
      LedgerStoreException e =
          assertThrows(LedgerStoreException.class, () -> other.withdraw(one, RegistrationGenerators.person(1, Role.PHYSICIAN)));
      assertEquals("withdraw", e.operation());
      fresh.reset();
      assertEquals(before, other.snapshot(), "failure at statement " + failAt);
      assertEquals(pending, other.outbox().pending(), "failure at statement " + failAt);
    }
    assertEquals(before.version() + 1, after.version());
  }
}
