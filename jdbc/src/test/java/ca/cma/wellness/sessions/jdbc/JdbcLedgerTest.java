package ca.cma.wellness.sessions.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Role;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteMethod;
import ca.cma.wellness.sessions.invites.InvitePlanner;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.invites.SentLog;
import ca.cma.wellness.sessions.registration.RegistrationLedger;
import ca.cma.wellness.sessions.registration.Roster;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.RegistrationGenerators;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The outbox, erasure and the schema checks, on H2. */
class JdbcLedgerTest {
  private static final Program PROGRAM = Fixtures.PROGRAM;
  private static final Session SESSION = Fixtures.IMPOSTER_SYNDROME.withCapacity(2);

  /** A clock that a test moves forward. */
  private static final class MovingClock extends Clock {
    private Instant now = Fixtures.CLOCK.instant();

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }
  }

  @Test
  void register_storesThePlannersMessagesInTheOutbox() {
    JdbcLedger ledger = JdbcLedger.of(Databases.h2(), Fixtures.CLOCK);
    RegistrationLedger reference = RegistrationLedger.inMemory(Fixtures.CLOCK);
    for (Registrant person : List.of(Fixtures.REGINA_PHYSICIAN, Fixtures.HALIFAX_PHYSICIAN, Fixtures.MONCTON_PHYSICIAN)) {
      ledger.register(SESSION, person);
      reference.register(SESSION, person);
    }
    ledger.withdraw(SESSION, Fixtures.REGINA_PHYSICIAN);
    reference.withdraw(SESSION, Fixtures.REGINA_PHYSICIAN);
    List<InviteMessage> claimed =
        ledger.outbox().claim(10, Duration.ofMinutes(1)).stream().map(m -> m.toMessage(PROGRAM)).collect(Collectors.toList());
    // The planner, called after every operation, plans the same messages in the same order.
    List<InviteMessage> expected = new ArrayList<>();
    SentLog log = SentLog.empty();
    RegistrationLedger replay = RegistrationLedger.inMemory(Fixtures.CLOCK);
    for (Registrant person : List.of(Fixtures.REGINA_PHYSICIAN, Fixtures.HALIFAX_PHYSICIAN, Fixtures.MONCTON_PHYSICIAN)) {
      replay.register(SESSION, person);
      var plan = InvitePlanner.plan(SESSION, replay.roster(SESSION.id()), log);
      expected.addAll(plan.messages());
      log = plan.log();
    }
    replay.withdraw(SESSION, Fixtures.REGINA_PHYSICIAN);
    var plan = InvitePlanner.plan(SESSION, replay.roster(SESSION.id()), log);
    expected.addAll(plan.messages());
    List<InviteMessage> expectedFromProgram =
        expected.stream()
            .map(
                m ->
                        InviteMessage.builder()
                            .method(m.method())
                            .sequence(m.sequence())
                            .recipient(m.recipient())
                            .reason(m.reason())
                            .session(PROGRAM.sessionById(SESSION.id()).orElseThrow())
                            .build())
            .collect(Collectors.toList());
    assertEquals(expectedFromProgram, claimed);
    assertEquals(
        List.of(InviteReason.CONFIRMED, InviteReason.CONFIRMED, InviteReason.WITHDRAWN, InviteReason.PROMOTED),
        claimed.stream().map(InviteMessage::reason).collect(Collectors.toList()));
    assertEquals(Set.copyOf(plan.log().entries()), Set.copyOf(ledger.sentLog().entries()));
  }

  @Test
  void claim_twoSenders_neverShareAMessage_andAnExpiredLeaseResendsWithTheSameMessageId() {
    claimScenario(Databases.h2());
  }

  /** Two senders, a lease that runs out, a resend with the same Message-ID. */
  static void claimScenario(DataSource database) {
    MovingClock clock = new MovingClock();
    JdbcLedger ledger = JdbcLedger.of(database, clock);
    Session roomy = SESSION.withCapacity(10);
    for (int i = 0; i < 5; i++) {
      ledger.register(roomy, RegistrationGenerators.person(i, Role.PHYSICIAN));
    }
    Outbox outbox = ledger.outbox();
    List<OutboxMessage> first = outbox.claim(3, Duration.ofMinutes(2));
    List<OutboxMessage> second = outbox.claim(3, Duration.ofMinutes(2));
    assertEquals(3, first.size());
    assertEquals(2, second.size());
    assertTrue(outbox.claim(3, Duration.ofMinutes(2)).isEmpty(), "everything is leased");
    second.forEach(outbox::markSent);
    outbox.markSent(second.get(0));
    assertEquals(3, outbox.pending());
    // The first sender dies before marking: after the lease, the messages come back, same ids.
    clock.advance(Duration.ofMinutes(2));
    List<OutboxMessage> again = outbox.claim(10, Duration.ofMinutes(2));
    assertEquals(
        first.stream().map(m -> m.messageId("example.org")).collect(Collectors.toList()),
        again.stream().map(m -> m.messageId("example.org")).collect(Collectors.toList()));
    assertTrue(again.stream().allMatch(m -> m.claims() == 2));
    again.forEach(outbox::markSent);
    assertEquals(0, outbox.pending());
    assertThrows(IllegalArgumentException.class, () -> outbox.claim(0, Duration.ofMinutes(1)));
    assertThrows(IllegalArgumentException.class, () -> outbox.claim(1, Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> first.get(0).messageId("example.org>\r\nBcc: x"));
  }

  @Test
  void toString_showsNoRegistrant() {
    JdbcLedger ledger = JdbcLedger.of(Databases.h2(), Fixtures.CLOCK);
    ledger.register(SESSION, Fixtures.REGINA_PHYSICIAN);
    OutboxMessage message = ledger.outbox().claim(1, Duration.ofMinutes(1)).get(0);
    assertFalse(message.toString().contains(Fixtures.REGINA_PHYSICIAN.email().address()), message.toString());
    assertFalse(message.toString().contains(Fixtures.REGINA_PHYSICIAN.name()), message.toString());
  }

  @Test
  void erase_removesThePersonFromEveryRowAndKeepsTheOthersInOrder() throws SQLException {
    eraseScenario(Databases.h2());
  }

  /** Erases one of six people who registered for a session and a series, then reads every cell. */
  static void eraseScenario(DataSource database) throws SQLException {
    JdbcLedger ledger = JdbcLedger.of(database, Fixtures.CLOCK);
    List<Registrant> people = RegistrationGenerators.registrants(new SplittableRandom(11), 6);
    Session small = SESSION.withCapacity(2).withAudience(java.util.EnumSet.allOf(ca.cma.wellness.sessions.Audience.class));
    for (Registrant person : people) {
      ledger.register(small, person);
      ledger.registerForSeries(PROGRAM, Fixtures.WEEKLY_CIRCLE.id(), person);
    }
    ledger.withdraw(small, people.get(0));
    Registrant erased = people.get(2);
    Roster before = ledger.roster(small.id());
    assertTrue(ledger.erase(erased.email()) > 1);
    Roster after = ledger.roster(small.id());
    assertEquals(before.registrations().size(), after.registrations().size());
    for (int i = 0; i < before.registrations().size(); i++) {
      var was = before.registrations().get(i);
      var is = after.registrations().get(i);
      assertEquals(was.status(), is.status());
      assertEquals(was.waitlistPosition(), is.waitlistPosition());
      if (!was.registrant().isSamePersonAs(erased)) {
        assertEquals(was, is);
      } else {
        assertTrue(is.registrant().email().address().endsWith("@erased.invalid"));
      }
    }
    assertNoCellHolds(database, erased.email().address(), erased.name());
    assertEquals(0, ledger.erase(erased.email()), "nothing left to erase");
    // Their unsent messages are dropped; everyone else's still wait.
    assertTrue(
        ledger.outbox().claim(1000, Duration.ofMinutes(1)).stream()
            .noneMatch(m -> m.recipient().email().address().endsWith("@erased.invalid")));
  }

  /** Reads every column of every table as text and checks that none holds the values. */
  private static void assertNoCellHolds(DataSource database, String... values) throws SQLException {
    int cells = 0;
    try (Connection connection = database.getConnection()) {
      List<String> tables = new ArrayList<>();
      String schema = connection.getMetaData().getDatabaseProductName().equals("H2") ? "PUBLIC" : "public";
      try (ResultSet rows = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
        while (rows.next()) {
          tables.add(rows.getString("TABLE_NAME"));
        }
      }
      assertTrue(tables.size() >= 5, "tables " + tables);
      for (String table : tables) {
        try (Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
          int columns = rows.getMetaData().getColumnCount();
          while (rows.next()) {
            for (int c = 1; c <= columns; c++) {
              String cell = rows.getString(c);
              cells++;
              for (String value : values) {
                assertFalse(
                    cell != null && cell.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT)),
                    table + "." + rows.getMetaData().getColumnName(c) + " still holds it");
              }
            }
          }
        }
      }
    }
    assertTrue(cells > 100, "cells read " + cells);
  }

  @Test
  void of_withoutSchema_saysToMigrate() {
    LedgerStoreException e =
        assertThrows(LedgerStoreException.class, () -> JdbcLedger.of(Databases.h2Unmigrated(), Fixtures.CLOCK));
    assertEquals(
        "open: the database holds no wellness-sessions schema; apply the migrations in"
            + " classpath:ca/cma/wellness/sessions/jdbc/migration (JdbcLedger.migrate does)",
        e.getMessage());
  }

  @Test
  void migrate_twice_changesNothing_andANewerSchemaIsRefused() throws SQLException {
    DataSource database = Databases.h2();
    JdbcLedger.of(database, Fixtures.CLOCK).register(SESSION, Fixtures.REGINA_PHYSICIAN);
    JdbcLedger.migrate(database);
    assertEquals(1, JdbcLedger.of(database, Fixtures.CLOCK).roster(SESSION.id()).registrations().size());
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("UPDATE ws_ledger SET schema_version = 2");
    }
    LedgerStoreException e = assertThrows(LedgerStoreException.class, () -> JdbcLedger.of(database, Fixtures.CLOCK));
    assertEquals(
        "open: the database schema is at version 2, which this library does not know (it knows version 1);"
            + " use the library version that migrated it, or a later one",
        e.getMessage());
    assertThrows(LedgerStoreException.class, () -> JdbcLedger.migrate(database));
  }

  @Test
  void migrate_databaseWithOtherTables_baselinesAndAddsTheSchema() throws SQLException {
    DataSource database = Databases.h2Unmigrated();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE host_accounts (id INTEGER PRIMARY KEY)");
    }
    JdbcLedger.migrate(database);
    JdbcLedger ledger = JdbcLedger.of(database, Fixtures.CLOCK);
    assertEquals(1, ledger.register(SESSION, Fixtures.REGINA_PHYSICIAN).version());
  }

  @Test
  void roster_hostileNames_roundTrip() {
    JdbcLedger ledger = JdbcLedger.of(Databases.h2(), Fixtures.CLOCK);
    RegistrationLedger reference = RegistrationLedger.inMemory(Fixtures.CLOCK);
    Session roomy = SESSION.withCapacity(OptionalInt.empty()).withAudience(java.util.EnumSet.allOf(ca.cma.wellness.sessions.Audience.class));
    for (Registrant person : RegistrationGenerators.registrants(new SplittableRandom(5), 30)) {
      assertEquals(reference.register(roomy, person), ledger.register(roomy, person));
    }
    assertEquals(reference.roster(roomy.id()), ledger.roster(roomy.id()));
    assertEquals(InviteMethod.REQUEST, ledger.sentLog().entries().get(0).method());
  }
}
