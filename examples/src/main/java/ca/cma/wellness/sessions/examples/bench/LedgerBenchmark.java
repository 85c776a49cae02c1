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

/**
 * The in-memory registration ledger under load: one operation is a register and a withdraw of the
 * same person in a busy session (capacity 25, 24 people confirmed, and 1,000 withdrawn
 * registrations in its history). Every pair adds a withdrawn registration, so after {@value
 * #PAIRS_PER_SESSION} pairs a thread moves on to its next busy session: the history it works on
 * stays between 1,000 and 2,000 registrations however long the run. {@code oneThread} runs it on
 * one thread; {@code twoThreads} on two threads, each on busy sessions of its own in the same
 * ledger, which per-session locking lets run side by side. Throughput is pairs per second, for all
 * threads together. Iterations are short (100 ms), and each starts from a fresh ledger whose
 * sessions are built, and collected once, before it is timed. Results: {@link Benchmarks}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {Benchmarks.NO_TZ_UPDATES, Benchmarks.HEAP_MIN, Benchmarks.HEAP_MAX})
@Warmup(iterations = 10, time = 100, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 30, time = 100, timeUnit = TimeUnit.MILLISECONDS)
public class LedgerBenchmark {
  /** How many withdrawn registrations each busy session has in its history when a thread starts on it. */
  static final int HISTORY = 1_000;

  /** How many pairs a thread runs on one busy session before it moves on to its next one. */
  static final int PAIRS_PER_SESSION = 1_000;

  /**
   * How many busy sessions each thread has per iteration: enough for 5 million pairs a second in
   * 100 ms; a faster thread starts again from its first session.
   */
  static final int SESSIONS_PER_THREAD = 500;

  /** The ledger, fresh for each iteration, and the count of threads that took their sessions. */
  @State(Scope.Benchmark)
  public static class Busy {
    final AtomicInteger threads = new AtomicInteger();
    RegistrationLedger ledger;

    /** Starts a fresh ledger. */
    @Setup(Level.Iteration)
    public void setUp() {
      threads.set(0);
      ledger = RegistrationLedger.inMemory(BenchData.CLOCK);
    }
  }

  /** One thread's busy sessions, which no other thread touches, and its person. */
  @State(Scope.Thread)
  public static class Worker {
    final List<Session> sessions = new ArrayList<>();
    Registrant person;
    int current;
    int pairs;

    /**
     * Builds this thread's busy sessions in the shared ledger, then collects the garbage that
     * took, so that the timed part does not pay for it.
     *
     * @param busy the shared ledger
     */
    @Setup(Level.Iteration)
    public void setUp(Busy busy) {
      int index = busy.threads.getAndIncrement();
      person = person("worker-" + index);
      sessions.clear();
      for (int s = 0; s < SESSIONS_PER_THREAD; s++) {
        Session session = Fixtures.IMPOSTER_SYNDROME.withId(SessionId.of("busy-" + index + "-" + s));
        for (int i = 0; i < HISTORY; i++) {
          Registrant gone = person("gone-" + i);
          busy.ledger.register(session, gone);
          busy.ledger.withdraw(session, gone);
        }
        for (int i = 0; i < 24; i++) {
          busy.ledger.register(session, person("stays-" + i));
        }
        sessions.add(session);
      }
      current = 0;
      pairs = 0;
      System.gc();
    }

    /** The busy session for the next pair. */
    Session session() {
      if (pairs == PAIRS_PER_SESSION) {
        pairs = 0;
        current = (current + 1) % sessions.size();
      }
      pairs++;
      return sessions.get(current);
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

  /**
   * Registers and withdraws the worker's person in its next busy session.
   *
   * @param ledger the shared ledger
   * @param worker the thread's sessions and person
   * @return the withdrawal; the registration's change is its own side effect, which the JIT
   *     cannot drop
   */
  static LedgerChange pair(RegistrationLedger ledger, Worker worker) {
    Session session = worker.session();
    ledger.register(session, worker.person);
    return ledger.withdraw(session, worker.person);
  }

  /**
   * One thread on its busy sessions.
   *
   * @param busy the ledger
   * @param worker the sessions and person
   * @return the withdrawal, which JMH consumes
   */
  @Benchmark
  @Threads(1)
  public LedgerChange oneThread(Busy busy, Worker worker) {
    return pair(busy.ledger, worker);
  }

  /**
   * Two threads, each on busy sessions of its own in the same ledger.
   *
   * @param busy the ledger
   * @param worker the sessions and person
   * @return the withdrawal, which JMH consumes
   */
  @Benchmark
  @Threads(2)
  public LedgerChange twoThreads(Busy busy, Worker worker) {
    return pair(busy.ledger, worker);
  }
}
