package ca.cma.wellness.sessions.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.ical.CalendarSimulationTest.Entry;
import ca.cma.wellness.sessions.ical.CalendarSimulationTest.SimulatedCalendar;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InvitePlan;
import ca.cma.wellness.sessions.invites.InvitePlanner;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.registration.RegistrationLedger;
import ca.cma.wellness.sessions.invites.SentLog;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.Generators;
import ca.cma.wellness.sessions.testing.RegistrationGenerators;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * End to end with the real planner: random registrations, withdrawals, capacity changes,
 * reschedules, renames, new join links and cancellations run through {@link RegistrationLedger}
 * and {@link InvitePlanner}; every message it plans is written by {@link Ical}, parsed by ical4j
 * and applied in order to the calendar of the one registrant it names (RFC 5546 §2.1.5). In the
 * end every confirmed registrant's calendar holds the session exactly as it now is, once, with
 * the last SEQUENCE sent, and everyone else's holds nothing. Pins docs/client-compatibility.md
 * §10, §11, §14 and §15 across the planner and the writer together.
 */
class PlannerEndToEndProperties {
  @Test
  void plannerMessages_writtenParsedAndApplied_leaveEveryCalendarAsTheSessionNowIs() {
    Set<InviteReason> seen = EnumSet.noneOf(InviteReason.class);
    WellnessGens.theory()
        .withExamples(100)
        .forAll(WellnessGens.randoms())
        .checkAssert(random -> runScenario(random, seen));
    assertEquals(EnumSet.allOf(InviteReason.class), seen, "every kind of message was exercised");
  }

  private static void runScenario(RandomGenerator random, Set<InviteReason> seen) {
    Session session =
        RegistrationGenerators.openSession(random, Fixtures.CLOCK.instant())
            .withTitle("Peer support circle")
            .withSeriesPart(Optional.empty())
            .withCapacity(random.nextInt(4))
            .withRegistrationOpens(Optional.empty())
            .withRegistrationCloses(Optional.empty());
    List<Registrant> people = RegistrationGenerators.registrants(random, 1 + random.nextInt(5));
    RegistrationLedger ledger = RegistrationLedger.inMemory(Fixtures.CLOCK);
    SentLog log = SentLog.empty();
    List<InviteMessage> sent = new ArrayList<>();
    int steps = 1 + random.nextInt(25);
    for (int step = 0; step < steps && !session.isCancelled(); step++) {
      Registrant someone = Generators.oneOf(random, people);
      switch (random.nextInt(8)) {
        case 0:
        case 1:
        case 2:
          ledger.register(session, someone);
          break;
        case 3:
          ledger.withdraw(session, someone);
          break;
        case 4:
          session = session.withCapacity(random.nextInt(5));
          break;
        case 5:
          session =
              session
                  .withStart(session.start().plusMinutes(30L * (1 + random.nextInt(96))))
                  .withRevision(session.revision() + 1);
          break;
        case 6:
          session =
              (random.nextBoolean()
                      ? session.withTitle("Peer support circle, take " + step)
                      : session.withJoinUrl(URI.create("https://meet.example.org/j/" + step + "?pwd=a;b,c")))
                  .withRevision(session.revision() + 1);
          break;
        default:
          if (random.nextInt(4) == 0) {
            session = session.withStatus(SessionStatus.CANCELLED).withRevision(session.revision() + 1);
          }
          break;
      }
      ledger.reconcile(session);
      InvitePlan plan = InvitePlanner.plan(session, ledger.roster(session.id()), log);
      sent.addAll(plan.messages());
      plan.messages().forEach(message -> seen.add(message.reason()));
      log = plan.log();
    }

    Program program = Fixtures.PROGRAM.withSession(session);
    Ical ical = Ical.of(program, Fixtures.CLOCK);
    Map<EmailAddress, SimulatedCalendar> calendars = CalendarSimulationTest.deliver(ical, sent);
    String uid = program.uidOf(session).toString();
    for (Registrant person : people) {
      Map<String, Entry> events =
          calendars.getOrDefault(person.email(), new SimulatedCalendar()).events;
      boolean confirmed =
          !session.isCancelled()
              && ledger.roster(session.id()).confirmed().stream()
                  .anyMatch(r -> r.registrant().isSamePersonAs(person));
      if (!confirmed) {
        assertTrue(events.isEmpty(), () -> "a calendar that should be empty holds " + events);
        continue;
      }
      assertEquals(List.of(uid), new ArrayList<>(events.keySet()), "exactly this session, once");
      Entry entry = events.get(uid);
      assertEquals(session.startInstant(), entry.start());
      assertEquals(session.end().toInstant(), entry.end());
      assertEquals(program.displayTitle(session), entry.summary());
      assertEquals(session.joinUrl().toString(), entry.location());
      assertEquals(
          log.lastSent(session.id(), person.email()).orElseThrow().sequence(), entry.sequence());
      assertTrue(entry.sequence() >= session.revision(), "SEQUENCE never below the revision");
    }
  }
}
