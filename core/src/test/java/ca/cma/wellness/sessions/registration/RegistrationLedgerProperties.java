package ca.cma.wellness.sessions.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.RegistrationGenerators;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Model-based: random sequences of registrations, cancellations, removals, capacity changes,
 * session cancellations and reschedules are applied both to a {@link RegistrationLedger} and to a
 * deliberately simple reference model (a set and a list of addresses); after every step they
 * agree, and the roster's invariants hold.
 */
class RegistrationLedgerProperties {
  private static final Instant NOW = Fixtures.CLOCK.instant();

  /** One thing that happens to the session or its registrations. */
  sealed interface Step permits Register, Cancel, Remove, Capacity, CancelSession, Reschedule {}

  /** A person asks for a place, with their address spelled as given. */
  record Register(int person, Registrant spelledAs) implements Step {}

  /** A person withdraws. */
  record Cancel(int person) implements Step {}

  /** The organizer removes a person. */
  record Remove(int person) implements Step {}

  /** The organizer changes the capacity, and reconciles at once or leaves it to the next step. */
  record Capacity(OptionalInt capacity, boolean reconcile) implements Step {}

  /** The organizer calls the session off. */
  record CancelSession() implements Step {}

  /** The organizer moves the session, possibly into the past, with a new registration window. */
  record Reschedule(ZonedDateTime start, Optional<Instant> opens, Optional<Instant> closes) implements Step {}

  /** A session, a pool of people, a waitlist limit, and what happens. */
  record Scenario(Session session, OptionalInt waitlistLimit, List<Registrant> people, List<Step> steps) {}

  static Gen<Scenario> scenarios() {
    return WellnessGens.from(RegistrationLedgerProperties::scenario);
  }

  static Scenario scenario(RandomGenerator random) {
    Session session =
        RegistrationGenerators.openSession(random, NOW).withCapacity(random.nextInt(5));
    OptionalInt limit = random.nextInt(3) == 0 ? OptionalInt.of(random.nextInt(4)) : OptionalInt.empty();
    List<Registrant> people = RegistrationGenerators.registrants(random, 1 + random.nextInt(8));
    List<Step> steps = new ArrayList<>();
    int count = 1 + random.nextInt(40);
    for (int i = 0; i < count; i++) {
      int roll = random.nextInt(20);
      int person = random.nextInt(people.size());
      if (roll < 10) {
        steps.add(new Register(person, RegistrationGenerators.respelled(random, people.get(person))));
      } else if (roll < 14) {
        steps.add(new Cancel(person));
      } else if (roll < 15) {
        steps.add(new Remove(person));
      } else if (roll < 18) {
        steps.add(
            new Capacity(
                random.nextInt(5) == 0 ? OptionalInt.empty() : OptionalInt.of(random.nextInt(7)),
                random.nextBoolean()));
      } else if (roll < 19) {
        steps.add(reschedule(random, session));
      } else if (random.nextInt(3) == 0) {
        steps.add(new CancelSession());
      } else {
        steps.add(new Register(person, people.get(person)));
      }
    }
    return new Scenario(session, limit, people, steps);
  }

  private static Reschedule reschedule(RandomGenerator random, Session session) {
    Instant startInstant = NOW.plus(Duration.ofMinutes(random.nextInt(5 * 24 * 60) - 180));
    ZonedDateTime start =
        ZonedDateTime.ofInstant(startInstant, session.timeZone()).withEarlierOffsetAtOverlap();
    Instant start0 = start.toInstant();
    Instant end = start0.plus(session.duration());
    Optional<Instant> closes = Optional.empty();
    Optional<Instant> opens = Optional.empty();
    int window = random.nextInt(4);
    if (window == 1 && NOW.minusSeconds(60).isBefore(end)) {
      closes = Optional.of(NOW.minusSeconds(60)); // closed already
    } else if (window == 2 && NOW.plusSeconds(3600).isBefore(start0)) {
      opens = Optional.of(NOW.plusSeconds(3600)); // not open yet
    } else if (window == 3 && NOW.plusSeconds(60).isBefore(start0)) {
      opens = Optional.of(NOW.minusSeconds(60));
      closes = Optional.of(NOW.plusSeconds(60)); // open now
    }
    return new Reschedule(start, opens, closes);
  }

  @Test
  void ledgerAndModel_anySteps_agreeAndKeepInvariants() {
    WellnessGens.theory().forAll(scenarios()).checkAssert(RegistrationLedgerProperties::run);
  }

  static void run(Scenario scenario) {
    Session session = scenario.session().withWaitlistLimit(scenario.waitlistLimit());
    RegistrationLedger ledger = RegistrationLedger.inMemory(Fixtures.CLOCK);
    Model model = new Model(session, scenario.waitlistLimit());
    int requests = 0;
    int answered = 0;
    for (Step step : scenario.steps()) {
      int confirmedBefore = ledger.roster(session.id()).confirmed().size();
      LedgerChange change;
      List<String> expected;
      if (step instanceof Register register) {
        requests++;
        change = ledger.register(session, register.spelledAs());
        expected = model.register(session, register.spelledAs());
      } else if (step instanceof Cancel cancel) {
        requests++;
        Registrant who = scenario.people().get(cancel.person());
        change = ledger.withdraw(session, who);
        expected = model.withdraw(session, who, "WITHDRAWN");
      } else if (step instanceof Remove remove) {
        requests++;
        Registrant who = scenario.people().get(remove.person());
        change = ledger.remove(session, who);
        expected = model.withdraw(session, who, "REMOVED");
      } else if (step instanceof Capacity capacity) {
        session = session.withCapacity(capacity.capacity());
        if (capacity.reconcile()) {
          change = ledger.reconcile(session);
          expected = model.reconcile(session);
        } else {
          change = new LedgerChange(ledger.snapshot().version(), List.of());
          expected = List.of();
        }
      } else if (step instanceof CancelSession) {
        session = session.withStatus(SessionStatus.CANCELLED);
        change = ledger.reconcile(session);
        expected = model.reconcile(session);
      } else {
        Reschedule reschedule = (Reschedule) step;
        session =
            session
                .withRegistrationOpens(Optional.empty())
                .withRegistrationCloses(Optional.empty())
                .withStart(reschedule.start())
                .withRegistrationCloses(reschedule.closes())
                .withRegistrationOpens(reschedule.opens());
        change = ledger.reconcile(session);
        expected = model.reconcile(session);
      }
      answered += change.answers().size();
      assertEquals(expected, describe(change.notices()), () -> "notices after " + step);

      Roster roster = ledger.roster(session.id());
      assertEquals(model.confirmed, keys(roster.confirmed()), () -> "confirmed after " + step);
      assertEquals(model.waitlist, new ArrayList<>(keys(roster.waitlist())), () -> "waitlist after " + step);
      checkInvariants(roster, session, confirmedBefore, change);
    }
    assertEquals(requests, answered, "every request is answered exactly once");
  }

  private static void checkInvariants(Roster roster, Session session, int confirmedBefore, LedgerChange change) {
    int confirmed = roster.confirmed().size();
    if (session.capacity().isPresent()) {
      int capacity = session.capacity().getAsInt();
      assertTrue(confirmed <= Math.max(capacity, confirmedBefore), "confirmed grew beyond capacity");
      boolean confirmedSomeone =
          change.notices().stream()
              .anyMatch(n -> n.kind() == NoticeKind.CONFIRMED || n.kind() == NoticeKind.PROMOTED);
      if (confirmedSomeone) {
        assertTrue(confirmed <= capacity, "confirmed " + confirmed + " > capacity " + capacity);
      }
    }
    List<Registration> waitlist = roster.waitlist();
    for (int i = 0; i < waitlist.size(); i++) {
      assertEquals(OptionalInt.of(i + 1), waitlist.get(i).waitlistPosition());
      if (i > 0) {
        assertTrue(
            waitlist.get(i - 1).id().number() < waitlist.get(i).id().number(),
            "waitlist is first come, first served");
      }
    }
    Set<String> active = new LinkedHashSet<>();
    roster.registrations().stream()
        .filter(Registration::isActive)
        .forEach(r -> assertTrue(active.add(r.registrant().email().canonical()), "one active registration per address"));
    for (Notice promoted : change.notices()) {
      if (promoted.kind() == NoticeKind.PROMOTED) {
        int number = promoted.registration().orElseThrow().id().number();
        assertTrue(waitlist.stream().allMatch(w -> w.id().number() > number), "promoted before later arrivals");
      }
    }
  }

  private static Set<String> keys(List<Registration> registrations) {
    return registrations.stream()
        .map(r -> r.registrant().email().canonical())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** Notices as the model writes them: kind, the person's address, and a reason or position. */
  private static List<String> describe(List<Notice> notices) {
    List<String> out = new ArrayList<>();
    for (Notice notice : notices) {
      String detail =
          notice.refusal().map(Enum::name).orElse(
              notice.waitlistPosition().isPresent() ? "#" + notice.waitlistPosition().getAsInt() : "");
      out.add(notice.kind() + " " + notice.registrant().email().canonical() + " " + detail);
    }
    return out;
  }

  /** The reference: who is confirmed (a set) and who waits (a list), by canonical address. */
  static final class Model {
    final Set<String> confirmed = new LinkedHashSet<>();
    final List<String> waitlist = new ArrayList<>();
    private final OptionalInt limit;

    Model(Session session, OptionalInt limit) {
      this.limit = limit;
    }

    List<String> reconcile(Session session) {
      List<String> out = new ArrayList<>();
      if (session.isCancelled()) {
        for (String key : confirmed) {
          out.add("SESSION_CANCELLED " + key + " ");
        }
        for (String key : waitlist) {
          out.add("SESSION_CANCELLED " + key + " ");
        }
        confirmed.clear();
        waitlist.clear();
      } else {
        promote(session, out);
      }
      return out;
    }

    private void promote(Session session, List<String> out) {
      if (!NOW.isBefore(session.startInstant())) {
        return;
      }
      int promoted = 0;
      while (!waitlist.isEmpty() && room(session)) {
        String key = waitlist.remove(0);
        confirmed.add(key);
        out.add("PROMOTED " + key + " ");
        promoted++;
      }
      if (promoted > 0) {
        movedUp(0, out);
      }
    }

    /** Everyone from {@code from} on moved closer to a place: a notice each, head first. */
    private void movedUp(int from, List<String> out) {
      for (int i = from; i < waitlist.size(); i++) {
        out.add("MOVED_UP " + waitlist.get(i) + " #" + (i + 1));
      }
    }

    private boolean room(Session session) {
      return session.capacity().isEmpty() || confirmed.size() < session.capacity().getAsInt();
    }

    List<String> register(Session session, Registrant registrant) {
      List<String> out = reconcile(session);
      String key = registrant.email().canonical();
      if (session.isCancelled()) {
        out.add("REFUSED " + key + " SESSION_CANCELLED");
      } else if (!NOW.isBefore(session.startInstant())) {
        out.add("REFUSED " + key + " SESSION_STARTED");
      } else if (confirmed.contains(key)) {
        out.add("ALREADY_REGISTERED " + key + " ");
      } else if (waitlist.contains(key)) {
        out.add("ALREADY_REGISTERED " + key + " #" + (waitlist.indexOf(key) + 1));
      } else if (!session.admits(registrant.role())) {
        out.add("REFUSED " + key + " AUDIENCE");
      } else if (session.registrationOpens().isPresent() && NOW.isBefore(session.registrationOpens().get())) {
        out.add("REFUSED " + key + " NOT_YET_OPEN");
      } else if (!NOW.isBefore(session.registrationCloses().orElse(session.startInstant()))) {
        out.add("REFUSED " + key + " CLOSED");
      } else if (waitlist.isEmpty() && room(session)) {
        confirmed.add(key);
        out.add("CONFIRMED " + key + " ");
      } else if (limit.isEmpty() || waitlist.size() < limit.getAsInt()) {
        waitlist.add(key);
        out.add("WAITLISTED " + key + " #" + waitlist.size());
      } else {
        out.add("REFUSED " + key + " FULL");
      }
      return out;
    }

    List<String> withdraw(Session session, Registrant registrant, String kind) {
      List<String> out = reconcile(session);
      String key = registrant.email().canonical();
      if (confirmed.remove(key)) {
        out.add(kind + " " + key + " ");
        if (!session.isCancelled()) {
          promote(session, out);
        }
      } else if (waitlist.contains(key)) {
        int at = waitlist.indexOf(key);
        waitlist.remove(at);
        out.add(kind + " " + key + " ");
        movedUp(at, out);
      } else {
        out.add("REFUSED " + key + " NOT_REGISTERED");
      }
      return out;
    }
  }

  @Test
  void scenarios_generated_coverEveryOutcome() {
    // Guards the generator: over the theory's examples, every kind of answer and refusal occurs,
    // so the agreement above is not vacuous.
    Set<String> seen = new LinkedHashSet<>();
    WellnessGens.theory()
        .forAll(scenarios())
        .checkAssert(
            scenario -> {
              RegistrationLedger ledger = RegistrationLedger.inMemory(Fixtures.CLOCK);
              Session session = scenario.session().withWaitlistLimit(scenario.waitlistLimit());
              for (Step step : scenario.steps()) {
                if (step instanceof Register register) {
                  ledger.register(session, register.spelledAs()).notices().forEach(n -> seen.add(label(n)));
                } else if (step instanceof Cancel cancel) {
                  ledger.withdraw(session, scenario.people().get(cancel.person())).notices().forEach(n -> seen.add(label(n)));
                } else if (step instanceof Capacity capacity) {
                  session = session.withCapacity(capacity.capacity());
                  ledger.reconcile(session).notices().forEach(n -> seen.add(label(n)));
                }
              }
            });
    for (String expected :
        List.of(
            "CONFIRMED", "WAITLISTED", "ALREADY_REGISTERED", "PROMOTED", "MOVED_UP", "WITHDRAWN", "AUDIENCE", "FULL",
            "NOT_REGISTERED")) {
      assertTrue(seen.contains(expected), () -> expected + " never occurred; saw " + seen);
    }
  }

  private static String label(Notice notice) {
    return notice.refusal().map(Enum::name).orElse(notice.kind().name());
  }
}
