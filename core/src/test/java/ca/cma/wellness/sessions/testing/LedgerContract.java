package ca.cma.wellness.sessions.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Role;
import ca.cma.wellness.sessions.SeriesId;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.invites.InvitePlanner;
import ca.cma.wellness.sessions.invites.SentLog;
import ca.cma.wellness.sessions.registration.Availability;
import ca.cma.wellness.sessions.registration.LedgerChange;
import ca.cma.wellness.sessions.registration.Notice;
import ca.cma.wellness.sessions.registration.NoticeKind;
import ca.cma.wellness.sessions.registration.RefusalReason;
import ca.cma.wellness.sessions.registration.RegistrationBook;
import ca.cma.wellness.sessions.registration.RegistrationLedger;
import ca.cma.wellness.sessions.registration.Roster;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link RegistrationLedger}: the same answers as the in-memory ledger for
 * the same history. A store's test extends it and says how to make an empty ledger; the
 * scenarios and the model-based property then run against that store, the in-memory ledger being
 * the reference.
 *
 * <pre>{@code
 * class MyStoreLedgerProperties extends LedgerContract {
 *   @Override protected RegistrationLedger newLedger(Clock clock) { return MyStore.emptyLedger(clock); }
 * }
 * }</pre>
 *
 * <p>Needs JUnit Jupiter and {@code org.quicktheories:quicktheories} on the test class path.
 */
public abstract class LedgerContract {
  private static final Program PROGRAM = Fixtures.PROGRAM;
  private static final SeriesId CIRCLE = Fixtures.WEEKLY_CIRCLE.id();

  /**
   * Returns an empty ledger of the store under test; each call starts afresh.
   *
   * @param clock the ledger's clock
   * @return the ledger, without registrations
   */
  protected abstract RegistrationLedger newLedger(Clock clock);

  /**
   * Checks what the store planned to send, for stores that plan invite messages themselves; the
   * in-memory ledger plans nothing, so by default this checks nothing.
   *
   * @param ledger the ledger under test, after a step
   * @param expected what {@link InvitePlanner} plans, step by step, for the sessions each step
   *     touched, on the reference ledger
   */
  protected void checkPlanned(RegistrationLedger ledger, SentLog expected) {}

  /**
   * Returns how many random histories the model-based property tries.
   *
   * @return {@code wellness.examples}, or 200
   */
  protected int examples() {
    return Integer.getInteger("wellness.examples", 200);
  }

  @Test
  void register_beyondCapacity_waitlistsThenRefusesAtTheLimit() {
    RegistrationLedger ledger = newLedger(Fixtures.CLOCK);
    Session session = Fixtures.IMPOSTER_SYNDROME.withCapacity(2).withWaitlistLimit(OptionalInt.of(1));
    List<NoticeKind> kinds = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      kinds.add(ledger.register(session, RegistrationGenerators.person(i, Role.PHYSICIAN)).answers().get(0).kind());
    }
    assertEquals(List.of(NoticeKind.CONFIRMED, NoticeKind.CONFIRMED, NoticeKind.WAITLISTED, NoticeKind.REFUSED), kinds);
    assertEquals(2, ledger.roster(session.id()).confirmed().size());
    assertEquals(1, ledger.roster(session.id()).waitlist().size());
    assertEquals(Availability.State.FULL, ledger.availability(session).state());
    assertEquals(3, ledger.snapshot().version());
  }

  @Test
  void withdraw_confirmed_promotesTheHeadOfTheWaitlist() {
    RegistrationLedger ledger = newLedger(Fixtures.CLOCK);
    Session session = Fixtures.IMPOSTER_SYNDROME.withCapacity(1);
    Registrant first = RegistrationGenerators.person(1, Role.PHYSICIAN);
    Registrant second = RegistrationGenerators.person(2, Role.RESIDENT);
    ledger.register(session, first);
    ledger.register(session, second);
    LedgerChange change = ledger.withdraw(session, first);
    assertEquals(
        List.of(NoticeKind.WITHDRAWN, NoticeKind.PROMOTED),
        change.notices().stream().map(Notice::kind).collect(Collectors.toList()));
    assertEquals(second.email(), ledger.roster(session.id()).confirmed().get(0).registrant().email());
  }

  @Test
  void registerForSeries_unknownSeries_isRefusedAsBadInputAndChangesNothing() {
    RegistrationLedger ledger = newLedger(Fixtures.CLOCK);
    assertThrows(
        IllegalArgumentException.class,
        () -> ledger.registerForSeries(PROGRAM, SeriesId.of("no-such-series"), Fixtures.HALIFAX_PHYSICIAN));
    assertThrows(
        IllegalArgumentException.class,
        () -> ledger.registerForParts(PROGRAM, CIRCLE, List.of(9), Fixtures.HALIFAX_PHYSICIAN));
    assertEquals(0, ledger.snapshot().version());
    assertTrue(ledger.snapshot().rosters().isEmpty());
  }

  @Test
  void reconcile_cancelledSession_removesEveryone() {
    RegistrationLedger ledger = newLedger(Fixtures.CLOCK);
    Session session = Fixtures.MEDICINE_ON_THE_ROCKS;
    ledger.register(session, Fixtures.WINNIPEG_PHYSICIAN);
    ledger.register(session, Fixtures.ST_JOHNS_LEARNER);
    LedgerChange change = ledger.reconcile(session.withStatus(SessionStatus.CANCELLED));
    assertEquals(2, change.notices().size());
    assertTrue(change.notices().stream().allMatch(n -> n.kind() == NoticeKind.SESSION_CANCELLED));
    assertTrue(ledger.roster(session.id()).confirmed().isEmpty());
  }

  @Test
  void register_cancelledSession_isRefusedAndLeavesTheVersion() {
    RegistrationLedger ledger = newLedger(Fixtures.CLOCK);
    LedgerChange change = ledger.register(Fixtures.CANCELLED_SESSION, Fixtures.TORONTO_LEARNER);
    assertEquals(RefusalReason.SESSION_CANCELLED, change.answers().get(0).refusal().orElseThrow());
    assertEquals(0, change.version());
  }

  /** One step of a random history. */
  private record Step(String name, Set<Session> touched, java.util.function.Function<RegistrationLedger, LedgerChange> apply) {}

  @Test
  void anyHistory_sameAnswersAsTheInMemoryLedger() {
    WellnessGens.theory().withExamples(examples()).forAll(WellnessGens.randoms()).checkAssert(this::sameAnswers);
  }

  private void sameAnswers(RandomGenerator random) {
    Clock clock = Fixtures.CLOCK;
    RegistrationLedger tested = newLedger(clock);
    RegistrationLedger reference = RegistrationLedger.inMemory(clock);
    List<Registrant> people = RegistrationGenerators.registrants(random, 1 + random.nextInt(6));
    Program program = PROGRAM;
    for (Session session : PROGRAM.sessions()) {
      program =
          program.withSession(
              session.withCapacity(OptionalInt.of(random.nextInt(4)))
                  .withWaitlistLimit(random.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(random.nextInt(3))));
    }
    SentLog log = SentLog.empty();
    // The versions a store gave: the last change to each session, and the highest so far. A change
    // is numbered above its sessions' last, and above any snapshot taken before it.
    Map<SessionId, Long> versions = new HashMap<>();
    long highest = 0;
    Map<SessionId, Roster> rosters = reference.snapshot().rosters();
    int steps = 1 + random.nextInt(25);
    for (int i = 0; i < steps; i++) {
      List<Session> sessions = program.sessionsInOrder();
      Session session = sessions.get(random.nextInt(sessions.size()));
      Registrant person = people.get(random.nextInt(people.size()));
      Registrant spelled = random.nextInt(5) == 0 ? RegistrationGenerators.respelled(random, person) : person;
      Step step = step(random, program, session, spelled);
      if (step.name().startsWith("change")) {
        program = program.withSession(step.touched().iterator().next());
      }
      LedgerChange expected;
      try {
        expected = step.apply().apply(reference);
      } catch (IllegalArgumentException refusedInput) {
        assertThrows(IllegalArgumentException.class, () -> step.apply().apply(tested), step.name());
        continue;
      }
      LedgerChange actual = step.apply().apply(tested);
      assertEquals(expected.notices(), actual.notices(), () -> "after " + step.name());
      List<Session> touched = step.name().equals("reconcileProgram") ? program.sessionsInOrder() : sortedByStart(step.touched());
      Map<SessionId, Roster> after = reference.snapshot().rosters();
      Map<SessionId, Roster> before = rosters;
      List<SessionId> changed =
          after.keySet().stream().filter(id -> !after.get(id).equals(before.get(id))).collect(Collectors.toList());
      long top = highest;
      if (changed.isEmpty()) {
        assertTrue(actual.version() <= top, () -> step.name() + " changed nothing, so it keeps a version: " + actual + " above " + top);
      } else {
        for (SessionId id : changed) {
          long last = versions.getOrDefault(id, 0L);
          assertTrue(actual.version() > last, () -> step.name() + " changed " + id + ", so its version passes the session's last: " + actual + " after " + last);
          versions.put(id, actual.version());
        }
        highest = Math.max(highest, actual.version());
      }
      rosters = after;
      if (random.nextInt(5) == 0) {
        RegistrationBook snapshot = tested.snapshot();
        assertEquals(rosters, snapshot.rosters(), "snapshot");
        long held = highest;
        assertTrue(snapshot.version() >= held, () -> "a snapshot's version is at least every change it holds: " + snapshot.version() + " < " + held);
        for (Session s : program.sessionsInOrder()) {
          versions.put(s.id(), snapshot.version());
        }
        highest = snapshot.version();
      }
      for (Session s : touched) {
        assertEquals(reference.roster(s.id()), tested.roster(s.id()), () -> "roster after " + step.name());
        assertEquals(reference.availability(s), tested.availability(s), () -> "availability after " + step.name());
        log = InvitePlanner.plan(s, reference.roster(s.id()), log).log();
      }
      checkPlanned(tested, log);
    }
    RegistrationBook last = tested.snapshot();
    assertEquals(reference.snapshot().rosters(), last.rosters(), "snapshot");
    assertTrue(last.version() >= highest, "the last snapshot's version");
  }

  private static List<Session> sortedByStart(Set<Session> sessions) {
    return sessions.stream()
        .sorted(java.util.Comparator.comparing(Session::startInstant).thenComparing(s -> s.id().value()))
        .collect(Collectors.toList());
  }

  private static Step step(RandomGenerator random, Program program, Session session, Registrant person) {
    int roll = random.nextInt(20);
    if (roll < 9) {
      return new Step("register", Set.of(session), l -> l.register(session, person));
    } else if (roll < 12) {
      return new Step("withdraw", Set.of(session), l -> l.withdraw(session, person));
    } else if (roll < 13) {
      return new Step("remove", Set.of(session), l -> l.remove(session, person));
    } else if (roll < 14) {
      return new Step(
          "registerForSeries", new HashSet<>(program.partsOf(CIRCLE)), l -> l.registerForSeries(program, CIRCLE, person));
    } else if (roll < 15) {
      TreeSet<Integer> parts = new TreeSet<>();
      int count = random.nextInt(3);
      for (int i = 0; i < count; i++) {
        parts.add(1 + random.nextInt(6)); // part 6 does not exist: bad input
      }
      return new Step(
          "registerForParts", new HashSet<>(program.partsOf(CIRCLE)), l -> l.registerForParts(program, CIRCLE, parts, person));
    } else if (roll < 17) {
      Session changed = session.withCapacity(random.nextInt(5) == 0 ? OptionalInt.empty() : OptionalInt.of(random.nextInt(5)));
      return new Step("change capacity then reconcile", Set.of(changed), l -> l.reconcile(changed));
    } else if (roll < 18) {
      Session changed = session.withStatus(SessionStatus.CANCELLED).withRevision(session.revision() + 1);
      return new Step("change status then reconcile", Set.of(changed), l -> l.reconcile(changed));
    } else {
      return new Step("reconcileProgram", Set.copyOf(program.sessions()), l -> l.reconcile(program));
    }
  }
}
