package ca.cma.wellness.sessions.registration;

import static ca.cma.wellness.sessions.testing.RegistrationGenerators.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Role;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Threads work on different sessions of one ledger, and on a whole series at once, while another
 * takes snapshots. With a lock per session, two changes to one session never share a version, the
 * changes replay one at a time in version order (those that share one in any order) to the same
 * notices, and every snapshot is the state that replay reaches once every change numbered up to its
 * version is in: a state some serial order of the operations reached.
 */
class LedgerPerSessionConcurrencyTest {
  private static final int THREADS = 6;
  private static final int OPERATIONS_PER_THREAD = 400;
  private static final int PEOPLE = 60;
  private static final Instant NOW = Fixtures.CLOCK.instant();
  private static final List<Session> SESSIONS =
      List.of(
          Fixtures.IMPOSTER_SYNDROME,
          Fixtures.MEDICINE_ON_THE_ROCKS,
          Fixtures.WEEKLY_CIRCLE_PARTS.get(0),
          Fixtures.WEEKLY_CIRCLE_PARTS.get(1));
  private static final Set<NoticeKind> CHANGES =
      EnumSet.of(
          NoticeKind.CONFIRMED, NoticeKind.WAITLISTED, NoticeKind.WITHDRAWN, NoticeKind.PROMOTED,
          NoticeKind.MOVED_UP);

  /** One request: register, withdraw, or register for the whole weekly circle (session null). */
  record Call(boolean register, Session session, Registrant who, LedgerChange result) {
    boolean changed() {
      return result.notices().stream().anyMatch(n -> CHANGES.contains(n.kind()));
    }

    /** The sessions the request locked: one, or every part of the weekly circle. */
    Set<SessionId> sessionIds() {
      if (session == null) {
        return Fixtures.WEEKLY_CIRCLE_PARTS.stream().map(Session::id).collect(Collectors.toSet());
      }
      return Set.of(session.id());
    }

    BookChange replay(RegistrationBook book) {
      if (session == null) {
        return book.registerForSeries(Fixtures.PROGRAM, Fixtures.WEEKLY_CIRCLE.id(), who, NOW);
      }
      return register ? book.register(session, who, NOW) : book.withdraw(session, who, NOW);
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void differentSessionsAndASeries_manyThreads_replayInVersionOrderAndSnapshotsAreSerialStates()
      throws Exception {
    RegistrationLedger ledger = RegistrationLedger.inMemory(Fixtures.CLOCK);
    List<Registrant> people = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      people.add(person(i, i % 3 == 0 ? Role.RESIDENT : Role.PHYSICIAN));
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
    List<Future<List<Call>>> futures = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        SplittableRandom random = new SplittableRandom(2000 + t);
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  List<Call> calls = new ArrayList<>(OPERATIONS_PER_THREAD);
                  for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                    Registrant who = people.get(random.nextInt(PEOPLE));
                    int pick = random.nextInt(SESSIONS.size() + 1);
                    if (pick == SESSIONS.size()) {
                      LedgerChange result =
                          ledger.registerForSeries(Fixtures.PROGRAM, Fixtures.WEEKLY_CIRCLE.id(), who);
                      calls.add(new Call(true, null, who, result));
                    } else {
                      Session session = SESSIONS.get(pick);
                      boolean register = random.nextInt(10) < 6;
                      LedgerChange result =
                          register ? ledger.register(session, who) : ledger.withdraw(session, who);
                      calls.add(new Call(register, session, who, result));
                    }
                  }
                  return calls;
                }));
      }
      Future<List<RegistrationBook>> snapshots =
          pool.submit(
              () -> {
                start.await();
                List<RegistrationBook> seen = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                  seen.add(ledger.snapshot());
                  Thread.yield();
                }
                return seen;
              });
      start.countDown();
      List<Call> calls = new ArrayList<>();
      for (Future<List<Call>> future : futures) {
        calls.addAll(future.get(60, TimeUnit.SECONDS));
      }
      List<Call> changes = new ArrayList<>();
      for (Call call : calls) {
        if (call.changed()) {
          changes.add(call);
        }
      }
      changes.sort(Comparator.comparingLong(c -> c.result().version()));
      for (int i = 1; i < changes.size(); i++) {
        for (int j = i - 1; j >= 0 && changes.get(j).result().version() == changes.get(i).result().version(); j--) {
          Set<SessionId> shared = new HashSet<>(changes.get(i).sessionIds());
          shared.retainAll(changes.get(j).sessionIds());
          assertEquals(Set.of(), shared, "two changes to one session share version " + changes.get(i).result().version());
        }
      }
      TreeMap<Long, RegistrationBook> states = new TreeMap<>();
      RegistrationBook state = RegistrationBook.empty();
      states.put(0L, state);
      for (Call call : changes) {
        BookChange replayed = call.replay(state);
        assertEquals(replayed.notices(), call.result().notices(), "notices of the change at version " + call.result().version());
        state = replayed.book();
        states.put(call.result().version(), state);
      }
      for (RegistrationBook snapshot : snapshots.get(60, TimeUnit.SECONDS)) {
        assertEquals(
            states.floorEntry(snapshot.version()).getValue().rosters(),
            snapshot.rosters(),
            "the snapshot at version " + snapshot.version() + " holds exactly the changes numbered up to it");
      }
      RegistrationBook last = ledger.snapshot();
      assertEquals(state.rosters(), last.rosters());
      assertEquals(changes.get(changes.size() - 1).result().version(), last.version());
      assertTrue(changes.size() > 500, "the threads really raced: " + changes.size() + " changes");
    } finally {
      pool.shutdownNow();
    }
  }
}
