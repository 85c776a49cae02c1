package ca.cma.wellness.sessions.registration;

import static ca.cma.wellness.sessions.testing.RegistrationGenerators.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Role;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many threads register and cancel for one session of capacity 25 through one ledger. Every
 * result carries the book it produced, whose version orders the changes; replaying the operations
 * one at a time in that order must give exactly the same books and notices. That proves the
 * ledger behaved as some serial order of the requests: nothing overbooked, nothing lost, and the
 * waitlist in the order the requests took effect.
 */
class RegistrationLedgerConcurrencyTest {
  private static final int THREADS = 12;
  private static final int OPERATIONS_PER_THREAD = 500;
  private static final int PEOPLE = 90;
  private static final Session SESSION = Fixtures.IMPOSTER_SYNDROME;
  private static final Instant NOW = Fixtures.CLOCK.instant();
  private static final Set<NoticeKind> CHANGES =
      EnumSet.of(NoticeKind.CONFIRMED, NoticeKind.WAITLISTED, NoticeKind.WITHDRAWN, NoticeKind.PROMOTED);

  /** One request a thread made and what the ledger answered. */
  record Call(boolean register, Registrant who, LedgerChange result) {
    boolean changed() {
      return result.notices().stream().anyMatch(n -> CHANGES.contains(n.kind()));
    }

    long version() {
      return result.version();
    }

    BookChange replay(RegistrationBook book) {
      return register ? book.register(SESSION, who, NOW) : book.withdraw(SESSION, who, NOW);
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void registerAndCancel_manyThreads_behaveAsSomeSerialOrder() throws Exception {
    RegistrationLedger ledger = RegistrationLedger.inMemory(Fixtures.CLOCK);
    List<Registrant> people = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      people.add(person(i, i % 3 == 0 ? Role.RESIDENT : Role.PHYSICIAN));
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<List<Call>>> futures = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        SplittableRandom random = new SplittableRandom(1000 + t);
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  List<Call> calls = new ArrayList<>(OPERATIONS_PER_THREAD);
                  for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                    Registrant who = people.get(random.nextInt(PEOPLE));
                    boolean register = random.nextInt(10) < 7;
                    LedgerChange result = register ? ledger.register(SESSION, who) : ledger.withdraw(SESSION, who);
                    calls.add(new Call(register, who, result));
                  }
                  return calls;
                }));
      }
      start.countDown();
      List<Call> calls = new ArrayList<>();
      for (Future<List<Call>> future : futures) {
        calls.addAll(future.get(60, TimeUnit.SECONDS));
      }
      check(ledger, calls);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void check(RegistrationLedger ledger, List<Call> calls) {
    assertEquals(THREADS * OPERATIONS_PER_THREAD, calls.size());
    List<Call> changes = new ArrayList<>();
    for (Call call : calls) {
      if (call.changed()) {
        changes.add(call);
      }
    }
    changes.sort(Comparator.comparingLong(Call::version));
    RegistrationBook[] states = new RegistrationBook[changes.size() + 1];
    states[0] = RegistrationBook.empty();
    for (int v = 1; v <= changes.size(); v++) {
      Call call = changes.get(v - 1);
      assertEquals(v, call.version(), "versions of changes are 1, 2, 3… with no gap or repeat");
      BookChange replayed = call.replay(states[v - 1]);
      assertEquals(replayed.notices(), call.result().notices(), "notices of change " + v);
      assertEquals(v, replayed.book().version(), "the replayed book of change " + v);
      states[v] = replayed.book();
      Roster roster = states[v].roster(SESSION.id());
      assertTrue(roster.confirmed().size() <= 25, "overbooked at version " + v);
      assertTrue(
          roster.waitlist().isEmpty() || roster.confirmed().size() == 25,
          "someone waits while a place is free at version " + v);
    }
    for (Call call : calls) {
      if (!call.changed()) {
        RegistrationBook at = states[(int) call.version()];
        BookChange replayed = call.replay(at);
        assertSame(at, replayed.book(), "an answer that changed nothing");
        assertEquals(replayed.notices(), call.result().notices(), "notices at version " + call.version());
      }
    }
    RegistrationBook last = states[changes.size()];
    assertEquals(last, ledger.snapshot());
    Roster roster = last.roster(SESSION.id());
    long accepted =
        calls.stream()
            .flatMap(c -> c.result().answers().stream())
            .filter(n -> n.kind() == NoticeKind.CONFIRMED || n.kind() == NoticeKind.WAITLISTED)
            .count();
    assertEquals(accepted, roster.registrations().size(), "every accepted request is in the roster");
    assertTrue(changes.size() > 1000, "the threads really raced: " + changes.size() + " changes");
  }
}
