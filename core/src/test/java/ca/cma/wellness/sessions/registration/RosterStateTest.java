package ca.cma.wellness.sessions.registration;

import static ca.cma.wellness.sessions.testing.RegistrationGenerators.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Role;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The working state's indexes follow every change, and a rollback restores them. */
class RosterStateTest {
  private static final Session SMALL = Fixtures.IMPOSTER_SYNDROME.withCapacity(2).withWaitlistLimit(5);
  private static final Instant NOW = Fixtures.CLOCK.instant();

  private static Roster roster(int people) {
    Roster roster = Roster.empty(SMALL.id());
    for (int i = 0; i < people; i++) {
      roster = roster.register(SMALL, person(i, Role.PHYSICIAN), NOW).roster();
    }
    return roster.withdraw(SMALL, person(0, Role.PHYSICIAN), NOW).roster();
  }

  private static void assertIndexesMatch(Roster roster, RosterState state) {
    assertEquals(roster.confirmed().size(), state.confirmedCount());
    assertEquals(roster.waitlist().size(), state.waitlistCount());
    List<Registration> waitlist = state.waitlistIndices().stream().map(state::get).toList();
    assertEquals(roster.waitlist(), waitlist);
    for (int i = 0; i < 6; i++) {
      Registrant who = person(i, Role.PHYSICIAN);
      int at = state.activeIndex(who.email());
      assertEquals(roster.activeRegistration(who.email()), at < 0 ? java.util.Optional.empty() : java.util.Optional.of(state.get(at)));
    }
  }

  @Test
  void of_roster_indexesInOnePassWhatTheRosterSays() {
    Roster roster = roster(5);
    RosterState state = RosterState.of(roster);
    assertIndexesMatch(roster, state);
    List<Integer> active = state.activeIndices();
    assertEquals(roster.registrations().stream().filter(Registration::isActive).count(), active.size());
    assertTrue(active.stream().allMatch(i -> state.get(i).isActive()));
    assertEquals(active.stream().sorted().toList(), active);
    assertFalse(state.changed());
    assertSame(roster, state.roster(roster));
  }

  @Test
  void editor_changes_keepTheIndexesInStepWithTheRoster() {
    Roster roster = roster(5);
    RosterState state = RosterState.of(roster);
    RosterEditor editor = new RosterEditor(state, SMALL, NOW);
    editor.reconcile();
    editor.leave(person(1, Role.PHYSICIAN), RegistrationStatus.WITHDRAWN);
    editor.register(person(5, Role.PHYSICIAN));
    Roster expected = roster.withdraw(SMALL, person(1, Role.PHYSICIAN), NOW).roster().register(SMALL, person(5, Role.PHYSICIAN), NOW).roster();
    assertTrue(state.changed());
    assertEquals(expected.registrations(), state.registrations());
    assertIndexesMatch(expected, state);
    state.commit();
    assertFalse(state.changed());
    assertEquals(expected, state.roster(roster));
  }

  @Test
  void rollback_afterChanges_restoresRegistrationsAndIndexes() {
    Roster roster = roster(5);
    RosterState state = RosterState.of(roster);
    RosterEditor editor = new RosterEditor(state, SMALL, NOW);
    editor.leave(person(1, Role.PHYSICIAN), RegistrationStatus.REMOVED);
    editor.register(person(5, Role.PHYSICIAN));
    editor.leave(person(3, Role.PHYSICIAN), RegistrationStatus.WITHDRAWN);
    new RosterEditor(state, SMALL.withStatus(ca.cma.wellness.sessions.SessionStatus.CANCELLED), NOW).reconcile();
    assertEquals(0, state.confirmedCount());
    state.rollback();
    assertFalse(state.changed());
    assertEquals(roster.registrations(), state.registrations());
    assertIndexesMatch(roster, state);
    assertEquals(roster, state.roster(roster));
  }
}
