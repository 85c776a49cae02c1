package ca.cma.wellness.sessions.examples.bench;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Province;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Role;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.registration.LedgerChange;
import ca.cma.wellness.sessions.registration.RegistrationLedger;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The in-memory registration ledger under load: one operation is a register and a withdraw of the
 * same person in a busy session (capacity 25, 24 people confirmed, and 1,000 withdrawn
 * registrations in its history when each iteration starts; every pair adds one more). {@code
 * oneThread} runs it on one thread; {@code twoThreads} on two threads, each on a session of its
 * own, which per-session locking lets run side by side. Throughput is pairs per second, for all
 * threads together. Results: {@link Benchmarks}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {Benchmarks.NO_TZ_UPDATES, Benchmarks.HEAP_MIN, Benchmarks.HEAP_MAX})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LedgerBenchmark {
  /** How many withdrawn registrations each busy session has in its history. */
  static final int HISTORY = 1_000;

  /** The busy sessions, one per thread, and the ledger that holds them. */
  @State(Scope.Benchmark)
  public static class Busy {
    final List<Session> sessions = new ArrayList<>();
    final AtomicInteger threads = new AtomicInteger();
    RegistrationLedger ledger;

    /** Builds a fresh ledger with the history of every busy session. */
    @Setup(Level.Iteration)
    public void setUp() {
      threads.set(0);
      ledger = RegistrationLedger.inMemory(BenchData.CLOCK);
      sessions.clear();
      for (int s = 0; s < 2; s++) {
        Session session = Fixtures.IMPOSTER_SYNDROME.withId(SessionId.of("busy-session-" + s));
        sessions.add(session);
        for (int i = 0; i < HISTORY; i++) {
          Registrant gone = person("gone-" + i);
          ledger.register(session, gone);
          ledger.withdraw(session, gone);
        }
        for (int i = 0; i < 24; i++) {
          ledger.register(session, person("stays-" + i));
        }
      }
    }
  }

  /** One thread's session and person. */
  @State(Scope.Thread)
  public static class Worker {
    Session session;
    Registrant person;

    /**
     * Takes the next busy session.
     *
     * @param busy the shared state
     */
    @Setup(Level.Iteration)
    public void setUp(Busy busy) {
      int index = busy.threads.getAndIncrement();
      session = busy.sessions.get(index % busy.sessions.size());
      person = person("worker-" + index);
    }
  }

  static Registrant person(String name) {
    return Registrant.builder()
        .name(name)
        .email(EmailAddress.of(name + "@example.org"))
        .role(Role.PHYSICIAN)
        .province(Province.ONTARIO)
        .language(Language.ENGLISH)
        .build();
  }

  private static void pair(Busy busy, Worker worker, Blackhole blackhole) {
    LedgerChange in = busy.ledger.register(worker.session, worker.person);
    LedgerChange out = busy.ledger.withdraw(worker.session, worker.person);
    blackhole.consume(in);
    blackhole.consume(out);
  }

  /**
   * One thread on one busy session.
   *
   * @param busy the ledger
   * @param worker the session and person
   * @param blackhole JMH's sink
   */
  @Benchmark
  @Threads(1)
  public void oneThread(Busy busy, Worker worker, Blackhole blackhole) {
    pair(busy, worker, blackhole);
  }

  /**
   * Two threads, each on a busy session of its own.
   *
   * @param busy the ledger
   * @param worker the session and person
   * @param blackhole JMH's sink
   */
  @Benchmark
  @Threads(2)
  public void twoThreads(Busy busy, Worker worker, Blackhole blackhole) {
    pair(busy, worker, blackhole);
  }
}
