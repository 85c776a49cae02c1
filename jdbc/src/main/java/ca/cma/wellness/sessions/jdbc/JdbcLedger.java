package ca.cma.wellness.sessions.jdbc;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.SeriesId;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InvitePlan;
import ca.cma.wellness.sessions.invites.InvitePlanner;
import ca.cma.wellness.sessions.invites.SentInvite;
import ca.cma.wellness.sessions.invites.SentLog;
import ca.cma.wellness.sessions.registration.Availability;
import ca.cma.wellness.sessions.registration.LedgerChange;
import ca.cma.wellness.sessions.registration.Registration;
import ca.cma.wellness.sessions.registration.RegistrationBook;
import ca.cma.wellness.sessions.registration.RegistrationLedger;
import ca.cma.wellness.sessions.registration.Roster;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A {@link RegistrationLedger} in a database: the same answers as {@link
 * RegistrationLedger#inMemory(java.time.Clock)} for the same history, kept durably, and safe when
 * several processes share the database. PostgreSQL 13 or later for production; H2 2.x embedded.
 *
 * <pre>{@code
 * JdbcLedger.migrate(dataSource);                       // or apply the migrations with your own tool
 * JdbcLedger ledger = JdbcLedger.of(dataSource, clock);
 * LedgerChange change = ledger.register(session, registrant);
 * for (OutboxMessage due : ledger.outbox().claim(50, Duration.ofMinutes(2))) { ... }   // see Outbox
 * }</pre>
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Each operation is one transaction. It locks the rows of the sessions it touches ({@code
 *       SELECT ... FOR UPDATE}, in session id order, so two operations never deadlock each other),
 *       reads their rosters, applies core's rules to them (the in-memory ledger's own code, on a
 *       copy), writes what changed, and stores in the {@link Outbox} the invite messages that
 *       {@link InvitePlanner} plans for those sessions. Operations on one session take effect one
 *       at a time in every process: capacity is never exceeded and each waitlist is first come,
 *       first served in commit order.
 *   <li>When the database abandons a transaction because of another one (SQLSTATE class 40,
 *       serialization failure or deadlock; H2's lock timeout HYT00), the operation runs again,
 *       {@link #MAX_ATTEMPTS} times at most. Every other failure, and an unreachable database, is a
 *       {@link LedgerStoreException} that names the operation; the transaction is rolled back, so
 *       nothing of the operation remains.
 *   <li>Versions: the {@code ws_ledger} row numbers every change 1, 2, 3… across sessions and
 *       processes, a total order that the {@link RegistrationLedger} contract allows but does not
 *       require (the in-memory ledger numbers changes per session).
 *   <li>{@link #roster} is one query, whatever the number of registrants.
 * </ul>
 *
 * <p>Thread-safe: it holds no state but the data source and the clock. Use a connection pool.
 */
public final class JdbcLedger implements RegistrationLedger {
  /**
   * How many times an operation runs at most when the database abandons its transaction because
   * of another one: 5.
   */
  public static final int MAX_ATTEMPTS = 5;

  /** Where the SQL migrations are, in Flyway's notation: one file per version, {@code V1__...sql}. */
  public static final String MIGRATIONS = "classpath:ca/cma/wellness/sessions/jdbc/migration";

  /** The table in which Flyway records the applied migrations. */
  public static final String SCHEMA_HISTORY_TABLE = "ws_schema_history";

  /** The schema version this library reads and writes. */
  public static final int SCHEMA_VERSION = 1;

  private final Transactor transactor;
  private final Clock clock;
  private final Outbox outbox;

  private JdbcLedger(DataSource dataSource, Clock clock) {
    this.transactor = new Transactor(dataSource);
    this.clock = clock;
    this.outbox = new Outbox(transactor, clock);
  }

  /**
   * Creates or upgrades the schema with Flyway: applies the migrations under {@link #MIGRATIONS}
   * that the database lacks, recording them in {@link #SCHEMA_HISTORY_TABLE}. A database with
   * other tables but no history starts its history at version 0 (Flyway's baseline). Safe to call
   * on every start, from several processes.
   *
   * @param dataSource the database
   * @throws LedgerStoreException if the database is unreachable, a migration fails, or the
   *     schema is newer than this library knows
   */
  public static void migrate(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    try {
      Flyway.configure(JdbcLedger.class.getClassLoader())
          .dataSource(dataSource)
          .locations(MIGRATIONS)
          .table(SCHEMA_HISTORY_TABLE)
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      SQLException sql = sqlCause(e);
      throw new LedgerStoreException(
          "migrate",
          "applying the schema migrations failed: " + firstLine(e.getMessage()),
          sql == null || sql.getSQLState() == null ? "" : sql.getSQLState(),
          e);
    }
    checkSchema(new Transactor(dataSource), "migrate");
  }

  /**
   * Returns a ledger on a database whose schema is at {@link #SCHEMA_VERSION}.
   *
   * @param dataSource the database; a pool such as HikariCP
   * @param clock the source of "now" for every timestamp and every lease
   * @return the ledger
   * @throws LedgerStoreException if the database is unreachable, holds no schema (apply the
   *     migrations first, with {@link #migrate}), or holds a schema version this library does not
   *     know
   */
  public static JdbcLedger of(DataSource dataSource, Clock clock) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(clock, "clock");
    JdbcLedger ledger = new JdbcLedger(dataSource, clock);
    checkSchema(ledger.transactor, "open");
    return ledger;
  }

  private static void checkSchema(Transactor transactor, String operation) {
    int version =
        transactor.run(
            operation,
            connection -> {
              if (!hasLedgerTable(connection)) {
                return 0;
              }
              try (PreparedStatement select =
                      connection.prepareStatement("SELECT schema_version FROM ws_ledger WHERE id = 1");
                  ResultSet row = select.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
              }
            });
    if (version == 0) {
      throw new LedgerStoreException(
          operation,
          "the database holds no wellness-sessions schema; apply the migrations in "
              + MIGRATIONS
              + " (JdbcLedger.migrate does)",
          "",
          null);
    }
    if (version != SCHEMA_VERSION) {
      throw new LedgerStoreException(
          operation,
          "the database schema is at version "
              + version
              + ", which this library does not know (it knows version "
              + SCHEMA_VERSION
              + "); use the library version that migrated it, or a later one",
          "",
          null);
    }
  }

  private static boolean hasLedgerTable(Connection connection) throws SQLException {
    for (String name : List.of("ws_ledger", "WS_LEDGER")) {
      try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }

  private static SQLException sqlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "no detail";
    }
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).strip();
  }

  /**
   * Returns the outbox of the invite messages that this ledger's operations planned.
   *
   * @return the outbox, on the same database and clock
   */
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public RegistrationBook snapshot() {
    return transactor.run(
        "snapshot",
        Connection.TRANSACTION_REPEATABLE_READ,
        connection -> {
          long version = version(connection);
          Map<SessionId, List<Registration>> rows = new LinkedHashMap<>();
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT " + Rows.REGISTRATION + " FROM ws_registration ORDER BY session_id, number");
              ResultSet row = select.executeQuery()) {
            while (row.next()) {
              Registration registration = Rows.registration(row);
              rows.computeIfAbsent(registration.sessionId(), id -> new ArrayList<>()).add(registration);
            }
          }
          RegistrationBook.Builder book = RegistrationBook.builder().version(version);
          rows.forEach((id, list) -> book.putRoster(id, Roster.builder().sessionId(id).addAllRegistrations(list).build()));
          return book.build();
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>One query, whatever the number of registrants.
   *
   * @throws LedgerStoreException if the database fails
   */
  @Override
  public Roster roster(SessionId sessionId) {
    Objects.requireNonNull(sessionId, "sessionId");
    return transactor.run(
        "roster", connection -> load(connection, List.of(sessionId)).getOrDefault(sessionId, Roster.empty(sessionId)));
  }

  @Override
  public Availability availability(Session session) {
    Objects.requireNonNull(session, "session");
    return roster(session.id()).availability(session, clock.instant());
  }

  @Override
  public LedgerChange register(Session session, Registrant registrant) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(registrant, "registrant");
    return change("register", List.of(session), ledger -> ledger.register(session, registrant));
  }

  @Override
  public LedgerChange registerForSeries(Program program, SeriesId seriesId, Registrant registrant) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(seriesId, "seriesId");
    Objects.requireNonNull(registrant, "registrant");
    return change(
        "registerForSeries",
        partsInOrder(program, seriesId),
        ledger -> ledger.registerForSeries(program, seriesId, registrant));
  }

  @Override
  public LedgerChange registerForParts(
      Program program, SeriesId seriesId, Collection<Integer> parts, Registrant registrant) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(seriesId, "seriesId");
    Objects.requireNonNull(parts, "parts");
    Objects.requireNonNull(registrant, "registrant");
    List<Integer> chosen = List.copyOf(parts);
    return change(
        "registerForParts",
        partsInOrder(program, seriesId),
        ledger -> ledger.registerForParts(program, seriesId, chosen, registrant));
  }

  /** The series' parts in start order, the order in which the planner plans a program. */
  private static List<Session> partsInOrder(Program program, SeriesId seriesId) {
    return program.sessionsInOrder().stream()
        .filter(s -> s.seriesPart().map(p -> p.seriesId().equals(seriesId)).orElse(false))
        .toList();
  }

  @Override
  public LedgerChange withdraw(Session session, Registrant registrant) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(registrant, "registrant");
    return change("withdraw", List.of(session), ledger -> ledger.withdraw(session, registrant));
  }

  @Override
  public LedgerChange remove(Session session, Registrant registrant) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(registrant, "registrant");
    return change("remove", List.of(session), ledger -> ledger.remove(session, registrant));
  }

  @Override
  public LedgerChange reconcile(Session session) {
    Objects.requireNonNull(session, "session");
    return change("reconcile", List.of(session), ledger -> ledger.reconcile(session));
  }

  @Override
  public LedgerChange reconcile(Program program) {
    Objects.requireNonNull(program, "program");
    return change("reconcile", program.sessionsInOrder(), ledger -> ledger.reconcile(program));
  }

  /**
   * Returns, for each registrant and session, the last invite message this ledger planned: what
   * the registrant's calendar holds once the {@link #outbox()} is sent. The planner works from it;
   * there is nothing for the host to save.
   *
   * @return the log, by session id and then in the order the messages were planned
   * @throws LedgerStoreException if the database fails
   */
  public SentLog sentLog() {
    return transactor.run(
        "sentLog",
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT " + Rows.INVITE + " FROM ws_outbox WHERE latest = TRUE ORDER BY session_id, id")) {
            return log(select);
          }
        });
  }

  /**
   * Erases one registrant's personal data, as Canadian privacy law lets a person ask: their name,
   * e-mail address, language, province and time zone leave every registration and every message,
   * sent or not. In their place stands {@code Erased registrant <n>} with the address {@code
   * erased-<n>@erased.invalid} (a domain that never receives mail, RFC 2606), reading English in
   * Ontario; the registrations keep their numbers, status and positions, so that counts and the
   * order of everyone else stay as they were. Their messages not yet sent are dropped: no claim
   * returns them.
   *
   * @param email the registrant's address, compared trimmed and ignoring case
   * @return how many registrations were erased; zero if the address has none and no message
   * @throws LedgerStoreException if the database fails
   */
  public int erase(EmailAddress email) {
    Objects.requireNonNull(email, "email");
    return transactor.run("erase", connection -> erase(connection, email.canonical()));
  }

  private int erase(Connection connection, String key) throws SQLException {
    TreeSet<String> sessions = new TreeSet<>();
    for (String table : List.of("ws_registration", "ws_outbox")) {
      try (PreparedStatement select =
          connection.prepareStatement("SELECT DISTINCT session_id FROM " + table + " WHERE email_key = ?")) {
        select.setString(1, key);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            sessions.add(rows.getString(1));
          }
        }
      }
    }
    if (sessions.isEmpty()) {
      return 0;
    }
    lock(connection, sessions);
    long number;
    try (PreparedStatement bump = connection.prepareStatement("UPDATE ws_ledger SET erased = erased + 1 WHERE id = 1");
        PreparedStatement select = connection.prepareStatement("SELECT erased FROM ws_ledger WHERE id = 1")) {
      bump.executeUpdate();
      try (ResultSet row = select.executeQuery()) {
        row.next();
        number = row.getLong(1);
      }
    }
    String name = "Erased registrant " + number;
    String address = "erased-" + number + "@erased.invalid";
    int erased;
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE ws_registration SET name = ?, email = ?, email_key = ?, province = NULL, language = NULL,"
                + " time_zone = NULL WHERE email_key = ?")) {
      update.setString(1, name);
      update.setString(2, address);
      update.setString(3, address);
      update.setString(4, key);
      erased = update.executeUpdate();
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE ws_outbox SET name = ?, email = ?, email_key = ?, province = NULL, language = NULL,"
                + " time_zone = NULL, dropped = (sent = FALSE) WHERE email_key = ?")) {
      update.setString(1, name);
      update.setString(2, address);
      update.setString(3, address);
      update.setString(4, key);
      update.executeUpdate();
    }
    if (erased > 0) {
      bumpVersion(connection);
    }
    return erased;
  }

  /**
   * Runs one operation: locks the sessions' rows, applies the in-memory ledger's operation to
   * their rosters, writes the difference, plans the sessions' messages into the outbox.
   */
  private LedgerChange change(
      String operation, List<Session> sessions, Function<RegistrationLedger, LedgerChange> apply) {
    TreeSet<String> ids = new TreeSet<>();
    sessions.forEach(s -> ids.add(s.id().value()));
    Transactor.Work<LedgerChange> work = connection -> change(connection, ids, sessions, apply);
    try {
      return transactor.run(operation, work);
    } catch (MissingSessionRows e) {
      // The first operation on a session: create its lock row, then run the operation again.
      ensureSessions(operation, ids);
      return transactor.run(operation, work);
    }
  }

  /** Thrown inside an operation's transaction when a session has no lock row yet. */
  private static final class MissingSessionRows extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingSessionRows() {
      super("a session has no lock row yet", null, false, false);
    }
  }

  private LedgerChange change(
      Connection connection,
      TreeSet<String> ids,
      List<Session> sessions,
      Function<RegistrationLedger, LedgerChange> apply)
      throws SQLException {
    if (lock(connection, ids) < ids.size()) {
      throw new MissingSessionRows();
    }
    long version = version(connection);
    List<SessionId> sessionIds = ids.stream().map(SessionId::of).toList();
    Map<SessionId, Roster> before = load(connection, sessionIds);
    RegistrationBook.Builder book = RegistrationBook.builder().version(version);
    before.forEach(book::putRoster);
    Instant now = clock.instant();
    RegistrationLedger memory = RegistrationLedger.inMemory(book.build(), sessions, Clock.fixed(now, ZoneOffset.UTC));
    LedgerChange change = apply.apply(memory);
    RegistrationBook after = memory.snapshot();
    long newVersion = version;
    if (after.version() != version) {
      write(connection, sessionIds, before, after);
      newVersion = bumpVersion(connection);
    }
    plan(connection, sessions, after, now);
    return new LedgerChange(newVersion, change.notices());
  }

  /** Inserts the sessions' lock rows that do not exist yet, each in a transaction of its own. */
  private void ensureSessions(String operation, TreeSet<String> ids) {
    transactor.run(
        operation,
        connection -> {
          connection.commit();
          List<String> missing = new ArrayList<>(ids);
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT session_id FROM ws_session WHERE session_id IN (" + Rows.parameters(ids.size()) + ")")) {
            int at = 1;
            for (String id : ids) {
              select.setString(at++, id);
            }
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                missing.remove(rows.getString(1));
              }
            }
          }
          connection.commit();
          for (String id : missing) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ws_session (session_id) VALUES (?)")) {
              insert.setString(1, id);
              insert.executeUpdate();
              connection.commit();
            } catch (SQLException e) {
              connection.rollback();
              if (!"23505".equals(e.getSQLState())) {
                throw e; // another process inserted the same row at the same time: that is fine
              }
            }
          }
          return null;
        });
  }

  /** Locks the sessions' rows; returns how many exist. */
  private static int lock(Connection connection, Collection<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return 0;
    }
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT session_id FROM ws_session WHERE session_id IN ("
                + Rows.parameters(ids.size())
                + ") ORDER BY session_id FOR UPDATE")) {
      int at = 1;
      for (String id : ids) {
        select.setString(at++, id);
      }
      int locked = 0;
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          locked++; // each row read is a row locked
        }
      }
      return locked;
    }
  }

  private static long version(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT version FROM ws_ledger WHERE id = 1");
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static long bumpVersion(Connection connection) throws SQLException {
    try (PreparedStatement bump = connection.prepareStatement("UPDATE ws_ledger SET version = version + 1 WHERE id = 1")) {
      bump.executeUpdate();
    }
    return version(connection);
  }

  /** The rosters of the sessions that have registrations, in one query. */
  private static Map<SessionId, Roster> load(Connection connection, List<SessionId> ids) throws SQLException {
    Map<SessionId, List<Registration>> rows = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return Map.of();
    }
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT "
                + Rows.REGISTRATION
                + " FROM ws_registration WHERE session_id IN ("
                + Rows.parameters(ids.size())
                + ") ORDER BY session_id, number")) {
      int at = 1;
      for (SessionId id : ids) {
        select.setString(at++, id.value());
      }
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          Registration registration = Rows.registration(row);
          rows.computeIfAbsent(registration.sessionId(), id -> new ArrayList<>()).add(registration);
        }
      }
    }
    Map<SessionId, Roster> rosters = new LinkedHashMap<>();
    rows.forEach((id, list) -> rosters.put(id, Roster.builder().sessionId(id).addAllRegistrations(list).build()));
    return rosters;
  }

  /** Inserts the new registrations and updates the changed ones. */
  private static void write(
      Connection connection, List<SessionId> ids, Map<SessionId, Roster> before, RegistrationBook after)
      throws SQLException {
    try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO ws_registration (" + Rows.REGISTRATION + ") VALUES (" + Rows.parameters(15) + ")");
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE ws_registration SET status = ?, registered_at = ?, confirmed_at = ?, cancelled_at = ?,"
                    + " waitlist_position = ?, promoted = ? WHERE session_id = ? AND number = ?")) {
      int inserts = 0;
      int updates = 0;
      for (SessionId id : ids) {
        Map<Integer, Registration> old = new HashMap<>();
        Roster previous = before.get(id);
        if (previous != null) {
          previous.registrations().forEach(r -> old.put(r.id().number(), r));
        }
        for (Registration registration : after.roster(id).registrations()) {
          Registration was = old.get(registration.id().number());
          if (was == null) {
            Rows.setRegistration(insert, registration);
            insert.addBatch();
            inserts++;
          } else if (!was.equals(registration)) {
            int at = Rows.setState(update, 1, registration);
            update.setString(at++, id.value());
            update.setInt(at, registration.id().number());
            update.addBatch();
            updates++;
          }
        }
      }
      if (inserts > 0) {
        insert.executeBatch();
      }
      if (updates > 0) {
        update.executeBatch();
      }
    }
  }

  /** Plans each session's messages from the outbox's latest entries and stores them. */
  private static void plan(Connection connection, List<Session> sessions, RegistrationBook after, Instant now)
      throws SQLException {
    if (sessions.isEmpty()) {
      return;
    }
    SentLog log;
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT "
                + Rows.INVITE
                + " FROM ws_outbox WHERE latest = TRUE AND session_id IN ("
                + Rows.parameters(sessions.size())
                + ") ORDER BY id")) {
      int at = 1;
      for (Session session : sessions) {
        select.setString(at++, session.id().value());
      }
      log = log(select);
    }
    List<InviteMessage> messages = new ArrayList<>();
    for (Session session : sessions) {
      InvitePlan plan = InvitePlanner.plan(session, after.roster(session.id()), log);
      messages.addAll(plan.messages());
      log = plan.log();
    }
    if (messages.isEmpty()) {
      return;
    }
    try (PreparedStatement supersede =
            connection.prepareStatement(
                "UPDATE ws_outbox SET latest = FALSE WHERE session_id = ? AND email_key = ? AND latest = TRUE");
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO ws_outbox ("
                    + Rows.INVITE
                    + ", reason, planned_at, latest, sent, dropped, claims) VALUES ("
                    + Rows.parameters(16)
                    + ", ?, ?, TRUE, FALSE, FALSE, 0)")) {
      for (InviteMessage message : messages) {
        supersede.setString(1, message.session().id().value());
        supersede.setString(2, message.recipient().email().canonical());
        supersede.addBatch();
        int at = Rows.setInvite(insert, 1, message);
        insert.setString(at++, message.reason().name());
        insert.setString(at, now.toString());
        insert.addBatch();
      }
      supersede.executeBatch();
      insert.executeBatch();
    }
  }

  private static SentLog log(PreparedStatement select) throws SQLException {
    List<SentInvite> entries = new ArrayList<>();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        entries.add(Rows.invite(row, 1));
      }
    }
    return SentLog.builder().addAllEntries(entries).build();
  }

  /**
   * Describes the ledger without reading the database.
   *
   * @return {@code JdbcLedger}
   */
  @Override
  public String toString() {
    return "JdbcLedger";
  }
}
