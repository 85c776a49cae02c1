/**
 * Durable registrations in the host's database: {@link ca.cma.wellness.sessions.jdbc.JdbcLedger}
 * keeps registrations with the same answers as the in-memory ledger, safely across several
 * application instances, and puts the invite messages each change causes into an {@link
 * ca.cma.wellness.sessions.jdbc.Outbox} in the same transaction. PostgreSQL 13 or later for
 * production, H2 2.x embedded.
 */
// Flyway's jar names no module: its name comes from the file name, flyway.core.
@SuppressWarnings("requires-automatic")
module ca.cma.wellness.sessions.jdbc {
  requires transitive ca.cma.wellness.sessions;
  requires transitive java.sql;
  requires flyway.core;
  requires static org.jspecify;

  exports ca.cma.wellness.sessions.jdbc;
  // The SQL migrations, which Flyway (another module) reads as resources.
  opens ca.cma.wellness.sessions.jdbc.migration;
}
