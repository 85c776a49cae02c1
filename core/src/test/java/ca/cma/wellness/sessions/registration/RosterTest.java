package ca.cma.wellness.sessions.registration;

import static ca.cma.wellness.sessions.testing.RegistrationGenerators.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Role;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.Refusals;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RosterTest {
  private static final Instant NOW = Fixtures.CLOCK.instant();
  private static final Session IMPOSTER = Fixtures.IMPOSTER_SYNDROME;
  private static final Session SMALL = IMPOSTER.withCapacity(2);
  private static final Roster EMPTY = Roster.empty(IMPOSTER.id());

  private static int number(Notice notice) {
    return notice.registration().orElseThrow().id().number();
  }

  private static Roster registerAll(Session session, Roster roster, int from, int toInclusive) {
    for (int i = from; i <= toInclusive; i++) {
      roster = roster.register(session, person(i, Role.PHYSICIAN), NOW).roster();
    }
    return roster;
  }

  private static List<Integer> numbers(List<Registration> registrations) {
    return registrations.stream().map(r -> r.id().number()).collect(Collectors.toList());
  }

  private static RefusalReason refusal(RosterChange change) {
    Notice answer = change.answer().orElseThrow();
    assertEquals(NoticeKind.REFUSED, answer.kind());
    return answer.refusal().orElseThrow();
  }

  @Test
  void register_openSession_confirmsWithClockTimestamps() {
    RosterChange change = EMPTY.register(IMPOSTER, Fixtures.REGINA_PHYSICIAN, NOW);

    Registration registration = change.roster().confirmed().get(0);
    assertEquals(RegistrationId.of(IMPOSTER.id(), 1), registration.id());
    assertEquals(RegistrationStatus.CONFIRMED, registration.status());
    assertEquals(NOW, registration.registeredAt());
    assertEquals(Optional.of(NOW), registration.confirmedAt());
    assertEquals(OptionalInt.empty(), registration.waitlistPosition());
    assertFalse(registration.promotedFromWaitlist());
    assertEquals(List.of(Notice.of(NoticeKind.CONFIRMED, registration)), change.notices());
  }

  @Test
  void register_sameAddressOtherCaseAndSpaces_returnsExistingAndChangesNothing() {
    Roster roster = EMPTY.register(IMPOSTER, Fixtures.REGINA_PHYSICIAN, NOW).roster();
    Registrant again =
        Registrant.builder()
            .name("Priya N.")
            .email(EmailAddress.of("  PRIYA.Natarajan@Example.ORG "))
            .role(Role.PHYSICIAN)
            .province(Fixtures.REGINA_PHYSICIAN.province())
            .language(Fixtures.REGINA_PHYSICIAN.language())
            .build();

    RosterChange change = roster.register(IMPOSTER, again, NOW);

    assertSame(roster, change.roster());
    assertEquals(NoticeKind.ALREADY_REGISTERED, change.answer().orElseThrow().kind());
    assertEquals(roster.confirmed().get(0), change.answer().orElseThrow().registration().orElseThrow());
  }

  @Test
  void register_physicianForLearnersOnlySession_refusesAudience() {
    Session learnersOnly = Fixtures.CANCELLED_SESSION.withStatus(SessionStatus.SCHEDULED);

    RosterChange change =
        Roster.empty(learnersOnly.id()).register(learnersOnly, Fixtures.REGINA_PHYSICIAN, NOW);

    assertEquals(RefusalReason.AUDIENCE, refusal(change));
    assertTrue(change.roster().registrations().isEmpty());
  }

  @Test
  void register_learnerForPhysiciansOnlySession_refusesAudience() {
    Session physiciansOnly = Fixtures.COMPASSION_ROUNDS_PART_I;

    RosterChange change =
        Roster.empty(physiciansOnly.id()).register(physiciansOnly, Fixtures.ST_JOHNS_LEARNER, NOW);

    assertEquals(RefusalReason.AUDIENCE, refusal(change));
  }

  @Test
  void register_cancelledSession_refusesCancelled() {
    Session cancelled = Fixtures.CANCELLED_SESSION;

    RosterChange change =
        Roster.empty(cancelled.id()).register(cancelled, Fixtures.ST_JOHNS_LEARNER, NOW);

    assertEquals(RefusalReason.SESSION_CANCELLED, refusal(change));
  }

  @Test
  void register_atStartAndAfter_refusesStarted() {
    assertEquals(
        RefusalReason.SESSION_STARTED,
        refusal(EMPTY.register(IMPOSTER, Fixtures.REGINA_PHYSICIAN, IMPOSTER.startInstant())));
    assertEquals(
        RefusalReason.SESSION_STARTED,
        refusal(EMPTY.register(IMPOSTER, Fixtures.REGINA_PHYSICIAN, IMPOSTER.end().toInstant())));
  }

  @Test
  void register_withoutWindowOneSecondBeforeStart_confirms() {
    Instant justBefore = IMPOSTER.startInstant().minusSeconds(1);

    RosterChange change = EMPTY.register(IMPOSTER, Fixtures.REGINA_PHYSICIAN, justBefore);

    assertEquals(NoticeKind.CONFIRMED, change.answer().orElseThrow().kind());
  }

  @Test
  void register_beforeRegistrationOpens_refusesNotYetOpen() {
    Instant opens = Instant.parse("2023-01-20T14:00:00Z");
    Session windowed = IMPOSTER.withRegistrationOpens(Optional.of(opens));

    assertEquals(
        RefusalReason.NOT_YET_OPEN,
        refusal(EMPTY.register(windowed, Fixtures.REGINA_PHYSICIAN, opens.minusSeconds(1))));
    assertEquals(
        NoticeKind.CONFIRMED,
        EMPTY.register(windowed, Fixtures.REGINA_PHYSICIAN, opens).answer().orElseThrow().kind());
  }

  @Test
  void register_oneHourBeforeStartOnDaylightSavingDay_closesAtTheRightInstant() {
    // 7 pm on March 12, 2023 in Toronto is already daylight time (UTC-4): 23:00Z, so closing one
    // hour before is 22:00Z, not the 23:00Z that standard time would give.
    ZoneId toronto = ZoneId.of("America/Toronto");
    Session dstDay =
        IMPOSTER
            .withStart(LocalDateTime.of(2023, 3, 12, 19, 0), toronto);
    dstDay = dstDay.withRegistrationCloses(Optional.of(dstDay.start().minusHours(1).toInstant()));
    assertEquals(Instant.parse("2023-03-12T22:00:00Z"), dstDay.registrationCloses().orElseThrow());

    assertEquals(
        NoticeKind.CONFIRMED,
        EMPTY
            .register(dstDay, Fixtures.ST_JOHNS_LEARNER, Instant.parse("2023-03-12T21:59:59Z"))
            .answer()
            .orElseThrow()
            .kind());
    assertEquals(
        RefusalReason.CLOSED,
        refusal(EMPTY.register(dstDay, Fixtures.ST_JOHNS_LEARNER, Instant.parse("2023-03-12T22:00:00Z"))));
  }

  @Test
  void register_beyondCapacity_waitlistsInArrivalOrder() {
    Roster roster = registerAll(SMALL, EMPTY, 1, 2);

    RosterChange third = roster.register(SMALL, person(3, Role.PHYSICIAN), NOW);
    RosterChange fourth = third.roster().register(SMALL, person(4, Role.RESIDENT), NOW);

    assertEquals(NoticeKind.WAITLISTED, third.answer().orElseThrow().kind());
    assertEquals(OptionalInt.of(1), third.answer().orElseThrow().waitlistPosition());
    assertEquals(OptionalInt.of(2), fourth.answer().orElseThrow().waitlistPosition());
    assertEquals(List.of(1, 2), numbers(fourth.roster().confirmed()));
    assertEquals(List.of(3, 4), numbers(fourth.roster().waitlist()));
  }

  @Test
  void register_waitlistLimitReached_refusesFull() {
    Session limited = SMALL.withWaitlistLimit(1);
    Roster roster = registerAll(limited, EMPTY, 1, 3);

    RosterChange change = roster.register(limited, person(4, Role.PHYSICIAN), NOW);

    assertEquals(RefusalReason.FULL, refusal(change));
    assertSame(roster, change.roster());
  }

  @Test
  void register_noWaitlistOffered_refusesFullOnceCapacityIsReached() {
    Session noWaitlist = SMALL.withWaitlistLimit(0);
    Roster roster = registerAll(noWaitlist, EMPTY, 1, 2);

    assertEquals(RefusalReason.FULL, refusal(roster.register(noWaitlist, person(3, Role.PHYSICIAN), NOW)));
  }

  @Test
  void register_capacityZero_waitlistsEveryone() {
    Session none = IMPOSTER.withCapacity(0);

    Roster roster = registerAll(none, EMPTY, 1, 3);

    assertTrue(roster.confirmed().isEmpty());
    assertEquals(List.of(1, 2, 3), numbers(roster.waitlist()));
  }

  @Test
  void register_noCapacity_confirmsEveryone() {
    Session unlimited = IMPOSTER.withCapacity(OptionalInt.empty());

    Roster roster = registerAll(unlimited, EMPTY, 1, 40);

    assertEquals(40, roster.confirmed().size());
    assertTrue(roster.waitlist().isEmpty());
  }

  @Test
  void register_imposterSyndromeCapacity25_confirms25ThenWaitlists() {
    Roster roster = registerAll(IMPOSTER, EMPTY, 1, 30);

    assertEquals(25, roster.confirmed().size());
    assertEquals(List.of(26, 27, 28, 29, 30), numbers(roster.waitlist()));
  }

  @Test
  void register_afterCancelling_createsNewRegistrationWithNextNumber() {
    Roster roster = registerAll(IMPOSTER, EMPTY, 1, 2);
    roster = roster.withdraw(IMPOSTER, person(1, Role.PHYSICIAN), NOW).roster();

    RosterChange again = roster.register(IMPOSTER, person(1, Role.PHYSICIAN), NOW);

    assertEquals(RegistrationId.of(IMPOSTER.id(), 3), again.answer().orElseThrow().registration().orElseThrow().id());
    assertEquals(3, again.roster().registrations().size());
  }

  @Test
  void cancel_confirmed_promotesHeadOfWaitlistAndRenumbers() {
    Roster roster = registerAll(SMALL, EMPTY, 1, 5);
    Instant later = NOW.plus(Duration.ofHours(2));

    RosterChange change = roster.withdraw(SMALL, person(2, Role.PHYSICIAN), later);

    assertEquals(
        List.of(NoticeKind.WITHDRAWN, NoticeKind.PROMOTED, NoticeKind.MOVED_UP, NoticeKind.MOVED_UP),
        change.notices().stream().map(Notice::kind).collect(Collectors.toList()));
    // Numbers 4 and 5 each moved up one place, and are told so with their new positions.
    assertEquals(List.of(4, 5), List.of(number(change.notices().get(2)), number(change.notices().get(3))));
    assertEquals(OptionalInt.of(1), change.notices().get(2).waitlistPosition());
    assertEquals(OptionalInt.of(2), change.notices().get(3).waitlistPosition());
    Registration cancelled = change.notices().get(0).registration().orElseThrow();
    assertEquals(RegistrationStatus.WITHDRAWN, cancelled.status());
    assertEquals(Optional.of(later), cancelled.cancelledAt());
    Registration promoted = change.notices().get(1).registration().orElseThrow();
    assertEquals(3, promoted.id().number());
    assertTrue(promoted.promotedFromWaitlist());
    assertEquals(Optional.of(later), promoted.confirmedAt());
    assertEquals(List.of(1, 3), numbers(change.roster().confirmed()));
    assertEquals(List.of(4, 5), numbers(change.roster().waitlist()));
    assertEquals(OptionalInt.of(1), change.roster().waitlist().get(0).waitlistPosition());
    assertEquals(OptionalInt.of(2), change.roster().waitlist().get(1).waitlistPosition());
  }

  @Test
  void cancel_waitlisted_movesLaterPeopleUpWithoutPromotion() {
    Roster roster = registerAll(SMALL, EMPTY, 1, 5);

    RosterChange change = roster.withdraw(SMALL, person(3, Role.PHYSICIAN), NOW);

    assertEquals(
        List.of(NoticeKind.WITHDRAWN, NoticeKind.MOVED_UP, NoticeKind.MOVED_UP),
        change.notices().stream().map(Notice::kind).collect(Collectors.toList()));
    assertEquals(OptionalInt.empty(), change.notices().get(0).waitlistPosition());
    assertEquals(List.of(4, 5), List.of(number(change.notices().get(1)), number(change.notices().get(2))));
    assertEquals(OptionalInt.of(1), change.notices().get(1).waitlistPosition());
    assertEquals(OptionalInt.of(2), change.notices().get(2).waitlistPosition());
    assertEquals(List.of(1, 2), numbers(change.roster().confirmed()));
    assertEquals(List.of(4, 5), numbers(change.roster().waitlist()));
    assertEquals(OptionalInt.of(1), change.roster().waitlist().get(0).waitlistPosition());
  }

  @Test
  void withdraw_lastOnTheWaitlist_movesNobodyUp() {
    Roster roster = registerAll(SMALL, EMPTY, 1, 4);

    RosterChange change = roster.withdraw(SMALL, person(4, Role.PHYSICIAN), NOW);

    assertEquals(List.of(NoticeKind.WITHDRAWN), change.notices().stream().map(Notice::kind).collect(Collectors.toList()));
  }

  @Test
  void cancel_notRegistered_refusesNotRegistered() {
    RosterChange change = EMPTY.withdraw(IMPOSTER, Fixtures.REGINA_PHYSICIAN, NOW);

    assertEquals(RefusalReason.NOT_REGISTERED, refusal(change));
    assertSame(EMPTY, change.roster());
  }

  @Test
  void cancel_twice_refusesTheSecond() {
    Roster roster = registerAll(SMALL, EMPTY, 1, 1);
    roster = roster.withdraw(SMALL, person(1, Role.PHYSICIAN), NOW).roster();

    assertEquals(RefusalReason.NOT_REGISTERED, refusal(roster.withdraw(SMALL, person(1, Role.PHYSICIAN), NOW)));
  }

  @Test
  void cancel_afterStart_recordsButPromotesNobody() {
    Roster roster = registerAll(SMALL, EMPTY, 1, 3);

    RosterChange change =
        roster.withdraw(SMALL, person(1, Role.PHYSICIAN), SMALL.startInstant().plusSeconds(60));

    assertEquals(List.of(NoticeKind.WITHDRAWN), change.notices().stream().map(Notice::kind).collect(Collectors.toList()));
    assertEquals(List.of(3), numbers(change.roster().waitlist()));
  }

  @Test
  void remove_byOrganizer_cancelsByOrganizerAndPromotes() {
    Roster roster = registerAll(SMALL, EMPTY, 1, 3);

    RosterChange change = roster.remove(SMALL, person(1, Role.PHYSICIAN), NOW);

    assertEquals(NoticeKind.REMOVED, change.answer().orElseThrow().kind());
    assertEquals(
        RegistrationStatus.REMOVED,
        change.answer().orElseThrow().registration().orElseThrow().status());
    assertEquals(List.of(2, 3), numbers(change.roster().confirmed()));
  }

  @Test
  void reconcile_capacityIncrease_promotesInArrivalOrder() {
    Roster roster = registerAll(SMALL, EMPTY, 1, 6);

    RosterChange change = roster.reconcile(IMPOSTER.withCapacity(4), NOW);

    assertEquals(
        List.of(3, 4, 5, 6),
        change.notices().stream()
            .map(n -> n.registration().orElseThrow().id().number())
            .collect(Collectors.toList()));
    assertEquals(
        List.of(NoticeKind.PROMOTED, NoticeKind.PROMOTED, NoticeKind.MOVED_UP, NoticeKind.MOVED_UP),
        change.notices().stream().map(Notice::kind).collect(Collectors.toList()));
    assertTrue(change.answer().isEmpty());
    assertEquals(List.of(5, 6), numbers(change.roster().waitlist()));
  }

  @Test
  void reconcile_capacityRemoved_promotesEveryone() {
    Roster roster = registerAll(SMALL, EMPTY, 1, 6);

    RosterChange change = roster.reconcile(IMPOSTER.withCapacity(OptionalInt.empty()), NOW);

    assertEquals(6, change.roster().confirmed().size());
    assertTrue(change.roster().waitlist().isEmpty());
  }

  @Test
  void reconcile_capacityDecrease_keepsConfirmedAndPromotesOnlyBelowNewCapacity() {
    Roster roster = registerAll(IMPOSTER.withCapacity(4), EMPTY, 1, 5);
    Session shrunk = IMPOSTER.withCapacity(2);

    RosterChange change = roster.reconcile(shrunk, NOW);
    assertSame(roster, change.roster());
    assertEquals(4, change.roster().confirmed().size());

    Roster afterOne = roster.withdraw(shrunk, person(1, Role.PHYSICIAN), NOW).roster();
    Roster afterTwo = afterOne.withdraw(shrunk, person(2, Role.PHYSICIAN), NOW).roster();
    Roster afterThree = afterTwo.withdraw(shrunk, person(3, Role.PHYSICIAN), NOW).roster();
    assertEquals(List.of(5), numbers(afterTwo.waitlist()));
    assertEquals(List.of(4, 5), numbers(afterThree.confirmed()));
    assertTrue(afterThree.waitlist().isEmpty());
  }

  @Test
  void reconcile_sessionCancelled_cancelsEveryActiveRegistration() {
    Roster roster = registerAll(SMALL, EMPTY, 1, 3);

    RosterChange change = roster.reconcile(SMALL.withStatus(SessionStatus.CANCELLED), NOW);

    assertEquals(3, change.notices().size());
    assertTrue(change.notices().stream().allMatch(n -> n.kind() == NoticeKind.SESSION_CANCELLED));
    assertTrue(
        change.roster().registrations().stream()
            .allMatch(r -> r.status() == RegistrationStatus.REMOVED));
  }

  @Test
  void reconcile_nothingChanged_returnsSameRosterAndNoNotices() {
    Roster roster = registerAll(SMALL, EMPTY, 1, 3);

    RosterChange change = roster.reconcile(SMALL, NOW);

    assertSame(roster, change.roster());
    assertTrue(change.notices().isEmpty());
  }

  @Test
  void register_capacityRaisedWithoutReconcile_servesWaitlistBeforeNewcomer() {
    Roster roster = registerAll(SMALL, EMPTY, 1, 3);
    Session bigger = IMPOSTER.withCapacity(3);

    RosterChange change = roster.register(bigger, person(4, Role.PHYSICIAN), NOW);

    assertEquals(
        List.of(NoticeKind.PROMOTED, NoticeKind.WAITLISTED),
        change.notices().stream().map(Notice::kind).collect(Collectors.toList()));
    assertEquals(List.of(1, 2, 3), numbers(change.roster().confirmed()));
  }

  @Test
  void availability_eachState_reportsPlacesLeft() {
    Roster two = registerAll(SMALL, EMPTY, 1, 1);
    assertEquals(Availability.of(Availability.State.OPEN, OptionalInt.of(1)), two.availability(SMALL, NOW));
    Roster full = registerAll(SMALL, EMPTY, 1, 2);
    assertEquals(Availability.of(Availability.State.WAITLIST, OptionalInt.of(0)), full.availability(SMALL, NOW));
    assertEquals(
        Availability.of(Availability.State.FULL, OptionalInt.of(0)),
        full.availability(SMALL.withWaitlistLimit(0), NOW));
    // Once registration is closed there are no places to count, whatever the capacity.
    assertEquals(
        Availability.of(Availability.State.CLOSED, OptionalInt.empty()),
        full.availability(SMALL, SMALL.startInstant()));
    Session unlimited = IMPOSTER.withCapacity(OptionalInt.empty());
    assertEquals(
        Availability.of(Availability.State.OPEN, OptionalInt.empty()), EMPTY.availability(unlimited, NOW));
  }

  @Test
  void availability_capacityRaisedWithoutReconcile_countsWaitlistFirst() {
    Roster roster = registerAll(SMALL, EMPTY, 1, 4);

    assertEquals(
        Availability.of(Availability.State.OPEN, OptionalInt.of(1)),
        roster.availability(IMPOSTER.withCapacity(5), NOW));
    assertEquals(
        Availability.of(Availability.State.FULL, OptionalInt.of(0)),
        roster.availability(IMPOSTER.withCapacity(3).withWaitlistLimit(1), NOW));
  }

  @Test
  void register_sessionOfAnotherRoster_throws() {
    Roster other = Roster.empty(SessionId.of("another-session"));

    assertThrows(
        IllegalArgumentException.class, () -> other.register(IMPOSTER, Fixtures.REGINA_PHYSICIAN, NOW));
  }

  @Test
  void register_null_throws() {
    assertThrows(NullPointerException.class, () -> EMPTY.register(IMPOSTER, null, NOW));
    assertThrows(NullPointerException.class, () -> EMPTY.register(null, Fixtures.REGINA_PHYSICIAN, NOW));
    assertThrows(NullPointerException.class, () -> EMPTY.register(IMPOSTER, Fixtures.REGINA_PHYSICIAN, null));
  }

  @Test
  void builder_twoActiveRegistrationsOfOnePerson_isRefused() {
    Registration first = confirmed(1, Fixtures.REGINA_PHYSICIAN);
    Registration second = confirmed(2, Fixtures.REGINA_PHYSICIAN);

    Refusals.assertRefused(
        "registrations[1]",
        () -> Roster.builder().sessionId(IMPOSTER.id()).addRegistrations(first, second).build());
  }

  @Test
  void builder_waitlistPositionsWithGap_isRefused() {
    Registration waiting =
        Registration.builder()
            .id(RegistrationId.of(IMPOSTER.id(), 1))
            .registrant(Fixtures.REGINA_PHYSICIAN)
            .status(RegistrationStatus.WAITLISTED)
            .registeredAt(NOW)
            .waitlistPosition(2)
            .build();

    Refusals.assertRefused(
        "registrations",
        () -> Roster.builder().sessionId(IMPOSTER.id()).addRegistration(waiting).build());
  }

  @Test
  void builder_numbersOutOfOrder_isRefused() {
    Registration first = confirmed(2, Fixtures.REGINA_PHYSICIAN);
    Registration second = confirmed(1, Fixtures.HALIFAX_PHYSICIAN);

    Refusals.assertRefused(
        "registrations[1].id",
        () -> Roster.builder().sessionId(IMPOSTER.id()).addRegistrations(first, second).build());
  }

  @Test
  void builder_negativeWaitlistLimit_isRefused() {
    Refusals.assertRefused("waitlistLimit", () -> SMALL.withWaitlistLimit(-1));
  }

  @Test
  void registrationBuilder_confirmedWithoutConfirmedAt_isRefused() {
    Refusals.assertRefused(
        "confirmedAt",
        () ->
            Registration.builder()
                .id(RegistrationId.of(IMPOSTER.id(), 1))
                .registrant(Fixtures.REGINA_PHYSICIAN)
                .status(RegistrationStatus.CONFIRMED)
                .registeredAt(NOW)
                .build());
  }

  @Test
  void registrationBuilder_waitlistedWithoutPosition_isRefused() {
    Refusals.assertRefused(
        "waitlistPosition",
        () ->
            Registration.builder()
                .id(RegistrationId.of(IMPOSTER.id(), 1))
                .registrant(Fixtures.REGINA_PHYSICIAN)
                .status(RegistrationStatus.WAITLISTED)
                .registeredAt(NOW)
                .build());
  }

  @Test
  void registration_lookups_findByIdAndAddress() {
    Roster roster = registerAll(SMALL, EMPTY, 1, 3);

    assertEquals(3, roster.registration(RegistrationId.of(IMPOSTER.id(), 3)).orElseThrow().id().number());
    assertTrue(roster.registration(RegistrationId.of(IMPOSTER.id(), 4)).isEmpty());
    assertTrue(roster.registration(RegistrationId.of(SessionId.of("other"), 1)).isEmpty());
    assertEquals(
        2,
        roster.activeRegistration(EmailAddress.of("PERSON2@example.org")).orElseThrow().id().number());
  }

  private static Registration confirmed(int number, Registrant registrant) {
    return Registration.builder()
        .id(RegistrationId.of(IMPOSTER.id(), number))
        .registrant(registrant)
        .status(RegistrationStatus.CONFIRMED)
        .registeredAt(NOW)
        .confirmedAt(NOW)
        .build();
  }
}
