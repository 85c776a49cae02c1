package ca.cma.wellness.sessions.jdbc;

import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Role;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.registration.LedgerChange;
import ca.cma.wellness.sessions.registration.Notice;
import ca.cma.wellness.sessions.registration.NoticeKind;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.RegistrationGenerators;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * One application instance of {@link ConcurrentProcessesTest}, in a JVM of its own: threads that
 * register and withdraw people on one small session, printing a line after each commit.
 *
 * <p>Arguments: JDBC URL, process number, threads, operations per thread. Each line is {@code
 * <version> <register|withdraw> <person> <answer kind> <changed>}.
 */
final class LedgerWorker {
  /** The session every process works on: 5 places, 10 on the waitlist. */
  static final Session SESSION =
      Fixtures.IMPOSTER_SYNDROME.withCapacity(5).withWaitlistLimit(OptionalInt.of(10));

  private LedgerWorker() {}

  static Registrant person(int number) {
    return RegistrationGenerators.person(number, Role.PHYSICIAN);
  }

  public static void main(String[] args) throws InterruptedException {
    String url = args[0];
    int process = Integer.parseInt(args[1]);
    int threads = Integer.parseInt(args[2]);
    int operations = Integer.parseInt(args[3]);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername("postgres");
    config.setMaximumPoolSize(threads);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      JdbcLedger ledger = JdbcLedger.of(pool, Fixtures.CLOCK);
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        Thread worker =
            new Thread(
                () -> {
                  SplittableRandom random = new SplittableRandom(process * 1000L + thread);
                  List<Integer> mine = new ArrayList<>();
                  for (int i = 0; i < operations; i++) {
                    boolean withdraw = !mine.isEmpty() && random.nextInt(10) < 3;
                    int person =
                        withdraw ? mine.remove(random.nextInt(mine.size())) : process * 100_000 + thread * 1000 + i;
                    LedgerChange change =
                        withdraw
                            ? ledger.withdraw(SESSION, person(person))
                            : ledger.register(SESSION, person(person));
                    if (!withdraw) {
                      mine.add(person);
                    }
                    Notice answer = change.answers().get(0);
                    boolean changed =
                        answer.kind() != NoticeKind.REFUSED && answer.kind() != NoticeKind.ALREADY_REGISTERED;
                    synchronized (out) {
                      out.println(
                          change.version() + " " + (withdraw ? "withdraw" : "register") + " " + person + " "
                              + answer.kind() + " " + changed);
                      out.flush();
                    }
                  }
                });
        worker.setUncaughtExceptionHandler(
            (failed, e) -> {
              e.printStackTrace();
              Runtime.getRuntime().halt(1); // a failed operation fails the process
            });
        worker.start();
        workers.add(worker);
      }
      for (Thread worker : workers) {
        worker.join();
      }
    }
  }
}
