package ca.cma.wellness.sessions.invites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.registration.Roster;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.RegistrationGenerators;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * For any sequence of registrations and session changes, the planner's messages, applied in order
 * to a simulated calendar per registrant, leave every confirmed registrant's calendar holding the
 * session as it now is and everyone else's holding nothing; each registrant's sequences strictly
 * increase; and a step that changes nothing a registrant sees sends nothing.
 */
class InvitePlannerProperties {
  private static final Instant NOW = Fixtures.CLOCK.instant();

  /** What happens between two runs of the planner. */
  enum Kind {
    REGISTER,
    CANCEL,
    REMOVE,
    CAPACITY,
    RESCHEDULE,
    RETITLE,
    LONGER,
    NEW_JOIN_LINK,
    NEW_MODERATOR,
    DESCRIBE,
    REVISE,
    NOTHING,
    CANCEL_SESSION
  }

  /** One step: its kind, a person, and a number for the kinds that need one. */
  record Step(Kind kind, int person, int number) {}

  /** What a registrant's calendar holds: what they see of the session, and its revision. */
  record Held(InviteDetails details, int revision) {
    static Held of(Session session) {
      return new Held(InviteDetails.of(session), session.revision());
    }
  }

  /** A session, a pool of people, and what happens. */
  record Scenario(Session session, List<Registrant> people, List<Step> steps) {}

  static Gen<Scenario> scenarios() {
    return WellnessGens.from(InvitePlannerProperties::scenario);
  }

  static Scenario scenario(RandomGenerator random) {
    Session session =
        RegistrationGenerators.openSession(random, NOW)
            .withCapacity(random.nextInt(5))
            .withRegistrationOpens(Optional.empty())
            .withRegistrationCloses(Optional.empty());
    List<Registrant> people = RegistrationGenerators.registrants(random, 1 + random.nextInt(6));
    List<Step> steps = new ArrayList<>();
    int count = 1 + random.nextInt(30);
    for (int i = 0; i < count; i++) {
      int roll = random.nextInt(30);
      Kind kind =
          roll < 10
              ? Kind.REGISTER
              : roll < 13
                  ? Kind.CANCEL
                  : roll == 13 ? Kind.REMOVE : roll == 29 && random.nextInt(3) == 0
                      ? Kind.CANCEL_SESSION
                      : Kind.values()[3 + random.nextInt(Kind.values().length - 4)];
      steps.add(new Step(kind, random.nextInt(people.size()), random.nextInt(1000)));
    }
    return new Scenario(session, people, steps);
  }

  @Test
  void plannedMessages_anyChanges_leaveCalendarsMatchingTheRoster() {
    WellnessGens.theory().forAll(scenarios()).checkAssert(InvitePlannerProperties::run);
  }

  static void run(Scenario scenario) {
    Session session = scenario.session();
    Roster roster = Roster.empty(session.id());
    SentLog log = SentLog.empty();
    Map<String, Held> calendars = new HashMap<>();
    Map<String, Integer> lastSequence = new HashMap<>();
    for (Step step : scenario.steps()) {
      Registrant who = scenario.people().get(step.person());
      Session before = session;
      Set<String> confirmedBefore = confirmed(roster);
      switch (step.kind()) {
        case REGISTER -> roster = roster.register(session, who, NOW).roster();
        case CANCEL -> roster = roster.withdraw(session, who, NOW).roster();
        case REMOVE -> roster = roster.remove(session, who, NOW).roster();
        case CAPACITY -> session = session.withCapacity(step.number() % 6);
        case RESCHEDULE -> {
          session = session.withStart(session.start().plusMinutes(15 + step.number()));
          if (step.number() % 2 == 0) {
            session = session.withRevision(session.revision() + 1 + step.number() % 3);
          }
        }
        case RETITLE -> session = session.withTitle("Title " + step.number());
        case LONGER -> session = session.withDuration(Duration.ofMinutes(60 + step.number() % 120 + 1));
        case NEW_JOIN_LINK -> session = session.withJoinUrl(URI.create("https://meet.example.org/j/" + step.number()));
        case NEW_MODERATOR ->
            session =
                session.withModerators(
                    List.of(session.moderators().get(0).withDisplayName("Dr. Moderator " + step.number())));
        case DESCRIBE -> session = session.withDescription("Description " + step.number());
        case REVISE -> session = session.withRevision(session.revision() + 1);
        case NOTHING -> { }
        case CANCEL_SESSION -> session = session.withStatus(SessionStatus.CANCELLED);
      }
      if (session != before) {
        roster = roster.reconcile(session, NOW).roster();
      }

      InvitePlan plan = InvitePlanner.plan(session, roster, log);

      Set<String> recipients = new HashSet<>();
      for (InviteMessage message : plan.messages()) {
        String key = message.recipient().email().canonical();
        assertTrue(recipients.add(key), "one message per registrant per plan");
        Integer last = lastSequence.get(key);
        assertTrue(last == null || message.sequence() > last, () -> "sequence " + message.sequence() + " after " + last);
        assertTrue(message.sequence() >= session.revision(), "never below the revision");
        assertSame(session, message.session());
        lastSequence.put(key, message.sequence());
        if (message.method() == InviteMethod.REQUEST) {
          calendars.put(key, Held.of(message.session()));
        } else {
          assertTrue(calendars.containsKey(key), "a CANCEL only to someone whose calendar holds the session");
          assertEquals(
              session.isCancelled() ? InviteReason.SESSION_CANCELLED : InviteReason.WITHDRAWN,
              message.reason());
          calendars.remove(key);
        }
      }
      log = plan.log();

      Set<String> confirmed = session.isCancelled() ? Set.of() : confirmed(roster);
      for (Registrant person : scenario.people()) {
        String key = person.email().canonical();
        if (confirmed.contains(key)) {
          assertEquals(Held.of(session), calendars.get(key), () -> "calendar after " + step);
        } else {
          assertFalse(calendars.containsKey(key), () -> "calendar still holds the session after " + step);
        }
      }
      boolean visibleChange =
          !confirmed(roster).equals(confirmedBefore)
              || !InviteDetails.of(session).equals(InviteDetails.of(before))
              || session.revision() != before.revision()
              || session.isCancelled() != before.isCancelled();
      if (!visibleChange) {
        assertTrue(plan.isEmpty(), () -> "nothing visible changed in " + step + " but sent " + plan.messages());
      }
      assertTrue(InvitePlanner.plan(session, roster, log).isEmpty(), "a second plan sends nothing");
    }
  }

  private static Set<String> confirmed(Roster roster) {
    return roster.confirmed().stream()
        .map(r -> r.registrant().email().canonical())
        .collect(Collectors.toSet());
  }

  @Test
  void scenarios_generated_sendEveryKindOfMessage() {
    Set<InviteReason> seen = new HashSet<>();
    WellnessGens.theory()
        .forAll(scenarios())
        .checkAssert(
            scenario -> {
              Session session = scenario.session();
              Roster roster = Roster.empty(session.id());
              SentLog log = SentLog.empty();
              for (Step step : scenario.steps()) {
                Registrant who = scenario.people().get(step.person());
                switch (step.kind()) {
                  case REGISTER -> roster = roster.register(session, who, NOW).roster();
                  case CANCEL -> roster = roster.withdraw(session, who, NOW).roster();
                  case RETITLE -> session = session.withTitle("Title " + step.number());
                  case CANCEL_SESSION -> session = session.withStatus(SessionStatus.CANCELLED);
                  default -> { }
                }
                InvitePlan plan = InvitePlanner.plan(session, roster, log);
                plan.messages().forEach(m -> seen.add(m.reason()));
                log = plan.log();
              }
            });
    assertEquals(Set.of(InviteReason.values()), seen);
  }
}
