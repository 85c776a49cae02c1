package ca.cma.wellness.sessions.registration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteMethod;
import ca.cma.wellness.sessions.invites.InvitePlan;
import ca.cma.wellness.sessions.invites.InvitePlanner;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.invites.SentLog;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.Generators;
import ca.cma.wellness.sessions.testing.RegistrationGenerators;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Peer support is confidential: on generated data, no text this package produces for logs or
 * errors names a registrant or shows their address.
 */
class RegistrationPrivacyProperties {
  private static final Instant NOW = Fixtures.CLOCK.instant();
  private static final String MARK = "Zqxjvw";

  /** Generated registrants whose names carry a mark that no other text contains. */
  record World(Session session, List<Registrant> people, Roster roster) {}

  static World world(RandomGenerator random) {
    Session session = RegistrationGenerators.openSession(random, NOW).withCapacity(random.nextInt(4));
    List<Registrant> people = new ArrayList<>();
    for (Registrant registrant : RegistrationGenerators.registrants(random, 1 + random.nextInt(6))) {
      people.add(registrant.withName(Generators.hostileTitle(random) + " " + MARK + people.size()));
    }
    Roster roster = RegistrationGenerators.roster(random, session, people, NOW);
    return new World(session, people, roster);
  }

  @Test
  void texts_generatedRegistrations_nameNoRegistrant() {
    WellnessGens.theory()
        .forAll(WellnessGens.from(RegistrationPrivacyProperties::world))
        .checkAssert(
            world -> {
              List<Object> values = new ArrayList<>();
              values.add(world.roster());
              values.addAll(world.roster().registrations());
              for (Registrant person : world.people()) {
                values.add(world.roster().register(world.session(), person, NOW));
                values.add(world.roster().withdraw(world.session(), person, NOW));
              }
              values.add(world.roster().reconcile(world.session().withStatus(SessionStatus.CANCELLED), NOW));
              RegistrationBook book = RegistrationBook.empty().withRoster(world.roster());
              values.add(book);
              values.add(book.register(world.session(), world.people().get(0), NOW));
              InvitePlan plan = InvitePlanner.plan(world.session(), world.roster(), SentLog.empty());
              values.add(plan);
              values.add(plan.log());
              values.addAll(plan.log().entries());
              RegistrationLedger ledger = RegistrationLedger.inMemory(book, Fixtures.PROGRAM.withSessions(java.util.List.of(world.session())), Fixtures.CLOCK);
              values.add(ledger);
              String text = values.toString();
              assertClean(text, world.people());
            });
  }

  @Test
  void errors_inconsistentData_nameNoRegistrant() {
    Registrant someone = Fixtures.REGINA_PHYSICIAN;
    Registration confirmed =
        Registration.builder()
            .id(RegistrationId.of(Fixtures.IMPOSTER_SYNDROME.id(), 1))
            .registrant(someone)
            .status(RegistrationStatus.CONFIRMED)
            .registeredAt(NOW)
            .confirmedAt(NOW)
            .build();
    Registration again =
        Registration.builder()
            .id(RegistrationId.of(Fixtures.IMPOSTER_SYNDROME.id(), 2))
            .registrant(someone)
            .status(RegistrationStatus.CONFIRMED)
            .registeredAt(NOW)
            .confirmedAt(NOW)
            .build();
    List<String> messages = new ArrayList<>();
    messages.add(
        assertThrows(
                SessionValidationException.class,
                () -> Roster.builder().sessionId(confirmed.sessionId()).addRegistrations(confirmed, again).build())
            .getMessage());
    SentLog log = SentLog.empty().record(message(someone, 2));
    messages.add(assertThrows(SessionValidationException.class, () -> log.record(message(someone, 1))).getMessage());
    messages.add(
        assertThrows(
                SessionValidationException.class,
                () -> SentLog.builder().addEntries(log.entries().get(0), log.entries().get(0)).build())
            .getMessage());

    assertClean(messages.toString(), List.of(someone));
  }

  private static InviteMessage message(Registrant recipient, int sequence) {
    return InviteMessage.builder()
        .method(InviteMethod.REQUEST)
        .sequence(sequence)
        .recipient(recipient)
        .session(Fixtures.IMPOSTER_SYNDROME)
        .reason(InviteReason.CONFIRMED)
        .build();
  }

  private static void assertClean(String text, List<Registrant> people) {
    String lower = text.toLowerCase(Locale.ROOT);
    assertFalse(text.contains(MARK), () -> "a name leaked: " + text);
    for (Registrant person : people) {
      assertFalse(lower.contains(person.email().canonical()), () -> "an address leaked: " + text);
      assertFalse(text.contains(person.name()), () -> "a name leaked: " + text);
    }
  }
}
