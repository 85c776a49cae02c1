package ca.cma.wellness.sessions.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.invites.InviteMethod;
import ca.cma.wellness.sessions.invites.SentInvite;
import ca.cma.wellness.sessions.registration.LedgerChange;
import ca.cma.wellness.sessions.registration.Notice;
import ca.cma.wellness.sessions.registration.Registration;
import ca.cma.wellness.sessions.registration.RegistrationLedger;
import ca.cma.wellness.sessions.registration.RegistrationStatus;
import ca.cma.wellness.sessions.registration.Roster;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Several application instances on one PostgreSQL: 4 JVMs of 8 threads each register and withdraw
 * on a session of 5 places and 10 waitlist places; then every invariant is checked from the
 * database alone, and the committed history, replayed one operation at a time in version order on
 * the in-memory ledger, gives the same answers and the same roster. A second run kills one JVM with
 * SIGKILL in the middle.
 */
class ConcurrentProcessesTest {
  private static final int PROCESSES = 4;
  private static final int THREADS = 8;

  /** One line a worker printed after a commit. */
  private record Done(long version, boolean withdraw, int person, String answer, boolean changed) {
    static Done parse(String line) {
      String[] parts = line.split(" ");
      return new Done(
          Long.parseLong(parts[0]), parts[1].equals("withdraw"), Integer.parseInt(parts[2]), parts[3], Boolean.parseBoolean(parts[4]));
    }
  }

  @Test
  void fourProcessesOfEightThreads_keepEveryInvariant_andEqualTheirHistoryReplayed() throws Exception {
    String database = Databases.newPostgresDatabase();
    List<Process> processes = start(database, 25);
    List<List<Done>> done = collect(processes, -1);
    for (Process process : processes) {
      assertEquals(0, process.exitValue(), "a worker failed");
    }
    List<Done> all = done.stream().flatMap(List::stream).collect(Collectors.toList());
    assertEquals(PROCESSES * THREADS * 25, all.size());
    JdbcLedger ledger = JdbcLedger.of(Databases.postgresPool(database), Fixtures.CLOCK);
    Roster roster = checkInvariants(ledger);
    // Every change took its own version: the changes were serialized, none lost.
    List<Long> versions = all.stream().filter(Done::changed).map(Done::version).sorted().collect(Collectors.toList());
    assertEquals(versions.size(), new HashSet<>(versions).size(), "two changes took one version");
    assertEquals(ledger.snapshot().version(), versions.size());
    assertEquals(versions.size(), (long) versions.get(versions.size() - 1));
    // Replayed in commit (version) order on the in-memory ledger: the same roster.
    RegistrationLedger replay = RegistrationLedger.inMemory(Fixtures.CLOCK);
    for (Done step : all.stream().filter(Done::changed).sorted((a, b) -> Long.compare(a.version(), b.version())).collect(Collectors.toList())) {
      LedgerChange change =
          step.withdraw()
              ? replay.withdraw(LedgerWorker.SESSION, LedgerWorker.person(step.person()))
              : replay.register(LedgerWorker.SESSION, LedgerWorker.person(step.person()));
      assertEquals(step.answer(), change.answers().get(0).kind().name(), () -> "version " + step.version());
    }
    assertEquals(replay.roster(LedgerWorker.SESSION.id()), roster);
  }

  @Test
  void oneProcessKilledMidRun_everyCommittedChangeIsThere_noneHalfDone() throws Exception {
    String database = Databases.newPostgresDatabase();
    List<Process> processes = start(database, 40);
    List<List<Done>> done = collect(processes, 60);
    assertTrue(done.get(0).size() >= 60 && done.get(0).size() < THREADS * 40, "killed mid-run: " + done.get(0).size());
    for (Process process : processes.subList(1, PROCESSES)) {
      assertEquals(0, process.exitValue(), "a surviving worker failed");
    }
    JdbcLedger ledger = JdbcLedger.of(Databases.postgresPool(database), Fixtures.CLOCK);
    Roster roster = checkInvariants(ledger);
    // Every change a worker saw committed is in the database, the killed one's included.
    Map<Integer, Registration> latest = new HashMap<>();
    for (Registration registration : roster.registrations()) {
      latest.put(Integer.parseInt(registration.registrant().email().address().replaceAll("\\D", "")), registration);
    }
    List<Done> all = done.stream().flatMap(List::stream).collect(Collectors.toList());
    for (Done step : all) {
      if (!step.changed()) {
        continue;
      }
      Registration registration = latest.get(step.person());
      assertTrue(registration != null, "a committed change is missing: version " + step.version());
      if (step.withdraw()) {
        assertEquals(RegistrationStatus.WITHDRAWN, registration.status(), "version " + step.version());
      }
    }
    List<Long> versions = all.stream().filter(Done::changed).map(Done::version).collect(Collectors.toList());
    assertEquals(versions.size(), new HashSet<>(versions).size(), "two changes took one version");
    long total = ledger.snapshot().version();
    assertTrue(total >= versions.size() && total <= versions.size() + THREADS, "versions " + total + " for " + versions.size() + " seen");
  }

  /** Checks the roster's rules and the outbox from the database; returns the roster. */
  private static Roster checkInvariants(JdbcLedger ledger) {
    Roster roster = ledger.roster(LedgerWorker.SESSION.id()); // Roster's own checks: numbers, positions, one active each
    int capacity = LedgerWorker.SESSION.capacity().getAsInt();
    assertTrue(roster.confirmed().size() <= capacity, "overbooked: " + roster);
    assertTrue(roster.waitlist().size() <= LedgerWorker.SESSION.waitlistLimit().getAsInt(), "waitlist beyond its limit: " + roster);
    assertTrue(roster.confirmed().size() == capacity || roster.waitlist().isEmpty(), "a free place and someone waiting: " + roster);
    List<Integer> numbers = roster.waitlist().stream().map(r -> r.id().number()).collect(Collectors.toList());
    List<Integer> sorted = new ArrayList<>(numbers);
    Collections.sort(sorted);
    assertEquals(sorted, numbers, "the waitlist is first come, first served");
    // The outbox: whoever holds a place has a REQUEST last; whoever had one and left, a CANCEL.
    Map<String, SentInvite> last = new TreeMap<>();
    for (SentInvite sent : ledger.sentLog().entries()) {
      last.put(sent.recipient().email().canonical(), sent);
    }
    for (Registration registration : roster.registrations()) {
      Optional<Registration> active = roster.activeRegistration(registration.registrant().email());
      if (active.isPresent() && active.get() != registration) {
        continue;
      }
      SentInvite sent = last.get(registration.registrant().email().canonical());
      String who = registration.toString();
      if (registration.isConfirmed()) {
        assertTrue(sent != null && sent.method() == InviteMethod.REQUEST, "no invite for " + who);
      } else if (registration.confirmedAt().isPresent()) {
        assertTrue(sent != null && sent.method() == InviteMethod.CANCEL, "no cancellation for " + who);
      } else {
        assertTrue(sent == null, "an invite for " + who + ", who never had a place");
      }
    }
    return roster;
  }

  private static List<Process> start(String database, int operations) throws IOException {
    Path tests;
    try {
      tests = Path.of(LedgerWorker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    String classPath =
        String.join(
            File.pathSeparator,
            tests.toString(),
            System.getProperty("java.class.path", ""),
            System.getProperty("jdk.module.path", ""));
    List<Process> processes = new ArrayList<>();
    for (int p = 0; p < PROCESSES; p++) {
      processes.add(
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx128m",
                  "-XX:TieredStopAtLevel=1",
                  "-cp",
                  classPath,
                  LedgerWorker.class.getName(),
                  Databases.postgresUrl(database),
                  Integer.toString(p),
                  Integer.toString(THREADS),
                  Integer.toString(operations))
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start());
    }
    return processes;
  }

  /**
   * Reads every worker's lines until it exits; with {@code killAfter} at 0 or more, kills the first
   * worker with SIGKILL once it printed that many.
   */
  private static List<List<Done>> collect(List<Process> processes, int killAfter) throws Exception {
    List<List<Done>> done = new ArrayList<>();
    List<Thread> readers = new ArrayList<>();
    for (int p = 0; p < processes.size(); p++) {
      Process process = processes.get(p);
      List<Done> lines = Collections.synchronizedList(new ArrayList<>());
      done.add(lines);
      boolean kill = p == 0 && killAfter >= 0;
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  String line;
                  while ((line = in.readLine()) != null) {
                    lines.add(Done.parse(line));
                    if (kill && lines.size() == killAfter) {
                      process.destroyForcibly(); // SIGKILL on Linux and macOS
                    }
                  }
                } catch (IOException e) {
                  if (!kill) { // a killed worker's output may end abruptly
                    throw new UncheckedIOException(e);
                  }
                }
              });
      reader.start();
      readers.add(reader);
    }
    for (Process process : processes) {
      assertTrue(process.waitFor(120, TimeUnit.SECONDS), "a worker did not finish");
    }
    for (Thread reader : readers) {
      reader.join();
    }
    return done;
  }
}
