package ca.cma.wellness.sessions.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.WeeklySchedule;
import ca.cma.wellness.sessions.invites.InvitePlan;
import ca.cma.wellness.sessions.invites.InvitePlanner;
import ca.cma.wellness.sessions.invites.SentInvite;
import ca.cma.wellness.sessions.invites.SentLog;
import ca.cma.wellness.sessions.registration.LedgerChange;
import ca.cma.wellness.sessions.registration.Notice;
import ca.cma.wellness.sessions.registration.Registration;
import ca.cma.wellness.sessions.registration.RegistrationBook;
import ca.cma.wellness.sessions.registration.RegistrationLedger;
import ca.cma.wellness.sessions.registration.Roster;
import ca.cma.wellness.sessions.registration.RosterChange;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.RegistrationGenerators;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson module's round trips over generated values with hostile text and every zone. */
class WellnessSessionsModuleProperties {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new WellnessSessionsModule()).build();

  @Test
  void roundTrip_anyProgram_givesAnEqualProgram() {
    WellnessGens.theory()
        .forAll(WellnessGens.programs())
        .checkAssert(p -> assertEquals(p, MAPPER.readValue(MAPPER.writeValueAsString(p), Program.class)));
  }

  /**
   * Registration values as a host stores them: a roster after random registrations and
   * cancellations, the book holding it, the change and notices of one more registration, and the
   * invite plan with its sent log.
   */
  @Test
  void roundTrip_anyRegistrationState_givesEqualValues() {
    Instant now = Fixtures.CLOCK.instant();
    WellnessGens.theory()
        .forAll(
            WellnessGens.from(
                random -> {
                  Session session = RegistrationGenerators.openSession(random, now);
                  List<Registrant> people = RegistrationGenerators.registrants(random, 1 + random.nextInt(8));
                  Roster roster = RegistrationGenerators.roster(random, session, people, now);
                  return Map.entry(session, Map.entry(roster, people));
                }))
        .checkAssert(
            generated -> {
              Session session = generated.getKey();
              Roster roster = generated.getValue().getKey();
              Registrant someone = generated.getValue().getValue().get(0);
              assertRoundTrip(roster, Roster.class);
              roster.registrations().forEach(r -> assertRoundTrip(r, Registration.class));
              RosterChange change = roster.register(session, someone, now);
              assertRoundTrip(change, RosterChange.class);
              change.notices().forEach(n -> assertRoundTrip(n, Notice.class));
              RegistrationBook book = RegistrationBook.empty().withRoster(roster);
              assertRoundTrip(book, RegistrationBook.class);
              LedgerChange ledgerChange =
                  RegistrationLedger.inMemory(book, Fixtures.PROGRAM.withSessions(java.util.List.of(session)),
                          java.time.Clock.fixed(now, java.time.ZoneOffset.UTC))
                      .withdraw(session, someone);
              assertRoundTrip(ledgerChange, LedgerChange.class);
              InvitePlan plan = InvitePlanner.plan(session, change.roster(), SentLog.empty());
              assertRoundTrip(plan, InvitePlan.class);
              assertRoundTrip(plan.log(), SentLog.class);
              plan.log().entries().forEach(e -> assertRoundTrip(e, SentInvite.class));
              InvitePlan again = InvitePlanner.plan(session.withRevision(session.revision() + 1).withTitle("Moved"), change.roster(), plan.log());
              assertRoundTrip(again, InvitePlan.class);
            });
  }

  private static <T> void assertRoundTrip(T value, Class<T> type) {
    assertEquals(value, MAPPER.readValue(MAPPER.writeValueAsString(value), type));
  }

  @Test
  void roundTrip_anySessionRegistrantAndSchedule_givesEqualValues() {
    WellnessGens.theory()
        .forAll(WellnessGens.sessions(), WellnessGens.registrants(), WellnessGens.weeklySchedules())
        .checkAssert(
            (session, registrant, schedule) -> {
              assertEquals(session, MAPPER.readValue(MAPPER.writeValueAsString(session), Session.class));
              assertEquals(
                  registrant, MAPPER.readValue(MAPPER.writeValueAsString(registrant), Registrant.class));
              assertEquals(
                  schedule, MAPPER.readValue(MAPPER.writeValueAsString(schedule), WeeklySchedule.class));
            });
  }
}
