package ca.cma.wellness.sessions.registration;

import static ca.cma.wellness.sessions.testing.RegistrationGenerators.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Role;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RegistrationLedgerTest {
  private static final Session SMALL = Fixtures.IMPOSTER_SYNDROME.withCapacity(1);

  @Test
  void register_readsNowFromTheInjectedClock() {
    Clock clock = Clock.fixed(Instant.parse("2023-01-20T15:30:00Z"), ZoneOffset.UTC);
    RegistrationLedger ledger = RegistrationLedger.inMemory(clock);

    Registration registration =
        ledger.register(SMALL, Fixtures.REGINA_PHYSICIAN).answers().get(0).registration().orElseThrow();

    assertEquals(clock.instant(), registration.registeredAt());
    assertEquals(Optional.of(clock.instant()), registration.confirmedAt());
  }

  @Test
  void snapshot_restoredElsewhere_continuesWhereItLeftOff() {
    RegistrationLedger first = RegistrationLedger.inMemory(Fixtures.CLOCK);
    first.register(SMALL, person(1, Role.PHYSICIAN));
    first.register(SMALL, person(2, Role.PHYSICIAN));
    RegistrationBook saved = first.snapshot();
    Clock later = Clock.offset(Fixtures.CLOCK, Duration.ofDays(1));

    RegistrationLedger second = RegistrationLedger.inMemory(saved, Fixtures.PROGRAM, later);
    LedgerChange change = second.withdraw(SMALL, person(1, Role.PHYSICIAN));

    assertEquals(List.of(NoticeKind.WITHDRAWN, NoticeKind.PROMOTED),
        change.notices().stream().map(Notice::kind).toList());
    assertEquals(Optional.of(later.instant()), change.notices().get(1).registration().orElseThrow().confirmedAt());
    assertSame(saved, first.snapshot());
    assertEquals(3, second.snapshot().version());
    assertEquals(2, second.roster(SMALL.id()).confirmed().get(0).id().number());
  }

  @Test
  void availability_usesTheClock() {
    RegistrationLedger open = RegistrationLedger.inMemory(Fixtures.CLOCK);
    RegistrationLedger late =
        RegistrationLedger.inMemory(Clock.fixed(SMALL.startInstant(), ZoneOffset.UTC));

    assertEquals(Availability.of(Availability.State.OPEN, OptionalInt.of(1)), open.availability(SMALL));
    assertEquals(Availability.of(Availability.State.CLOSED, OptionalInt.empty()), late.availability(SMALL));
  }

  @Test
  void registerForSeriesAndParts_throughTheLedger_registerPerPart() {
    RegistrationLedger ledger = RegistrationLedger.inMemory(Fixtures.CLOCK);

    LedgerChange series =
        ledger.registerForSeries(Fixtures.PROGRAM, Fixtures.WEEKLY_CIRCLE.id(), Fixtures.TORONTO_LEARNER);
    LedgerChange parts =
        ledger.registerForParts(
            Fixtures.PROGRAM, Fixtures.WEEKLY_CIRCLE.id(), List.of(1), Fixtures.HALIFAX_PHYSICIAN);

    assertEquals(5, series.answers().size());
    assertEquals(1, parts.answers().size());
    assertEquals(2, ledger.roster(Fixtures.WEEKLY_CIRCLE_PARTS.get(0).id()).confirmed().size());
  }

  @Test
  void reconcileAndRemove_throughTheLedger_changeTheSnapshot() {
    RegistrationLedger ledger = RegistrationLedger.inMemory(Fixtures.CLOCK);
    ledger.register(SMALL, person(1, Role.PHYSICIAN));
    ledger.register(SMALL, person(2, Role.PHYSICIAN));

    ledger.reconcile(SMALL.withCapacity(2));
    ledger.remove(SMALL, person(1, Role.PHYSICIAN));

    assertEquals(1, ledger.roster(SMALL.id()).confirmed().size());
    assertFalse(ledger.toString().contains("person"));
  }

  @Test
  void register_waitlistLimitOfTheSession_isReachableThroughTheLedger() {
    RegistrationLedger ledger = RegistrationLedger.inMemory(Fixtures.CLOCK);
    Session oneWaiting = SMALL.withWaitlistLimit(1);
    ledger.register(oneWaiting, person(1, Role.PHYSICIAN));
    assertEquals(NoticeKind.WAITLISTED, ledger.register(oneWaiting, person(2, Role.PHYSICIAN)).answers().get(0).kind());

    Notice refused = ledger.register(oneWaiting, person(3, Role.PHYSICIAN)).answers().get(0);

    assertEquals(RefusalReason.FULL, refused.refusal().orElseThrow());
    assertEquals(Availability.State.FULL, ledger.availability(oneWaiting).state());
    assertEquals(Availability.State.WAITLIST, ledger.availability(SMALL).state(), "the limit is the session's");
  }

  @Test
  void withdraw_confirmed_promotesTheHeadAndTellsTheNextTheirNewPlace() {
    RegistrationLedger ledger = RegistrationLedger.inMemory(Fixtures.CLOCK);
    for (int i = 1; i <= 4; i++) {
      ledger.register(SMALL, person(i, Role.PHYSICIAN));
    }

    LedgerChange change = ledger.withdraw(SMALL, person(1, Role.PHYSICIAN));

    assertEquals(
        List.of(NoticeKind.WITHDRAWN, NoticeKind.PROMOTED, NoticeKind.MOVED_UP, NoticeKind.MOVED_UP),
        change.notices().stream().map(Notice::kind).toList());
    assertEquals(person(3, Role.PHYSICIAN).email(), change.notices().get(2).registrant().email());
    assertEquals(OptionalInt.of(1), change.notices().get(2).waitlistPosition());
    assertEquals(OptionalInt.of(2), change.notices().get(3).waitlistPosition());
    assertEquals(List.of(NoticeKind.WITHDRAWN), change.answers().stream().map(Notice::kind).toList());
  }

  @Test
  void reconcile_program_bringsEveryRosterInLineInOneOperation() {
    RegistrationLedger ledger = RegistrationLedger.inMemory(Fixtures.CLOCK);
    Session rocks = Fixtures.MEDICINE_ON_THE_ROCKS.withCapacity(1);
    for (int i = 1; i <= 2; i++) {
      ledger.register(SMALL, person(i, Role.PHYSICIAN));
      ledger.register(rocks, person(i, Role.PHYSICIAN));
    }
    long before = ledger.snapshot().version();
    ca.cma.wellness.sessions.Program program =
        Fixtures.PROGRAM.withSession(SMALL.withCapacity(2)).withSession(rocks.withStatus(ca.cma.wellness.sessions.SessionStatus.CANCELLED));

    LedgerChange change = ledger.reconcile(program);

    assertEquals(
        List.of(NoticeKind.PROMOTED, NoticeKind.SESSION_CANCELLED, NoticeKind.SESSION_CANCELLED),
        change.notices().stream().map(Notice::kind).toList());
    assertEquals(before + 1, change.version(), "one operation");
    assertEquals(before + 1, ledger.snapshot().version());
    assertEquals(List.of(), ledger.reconcile(program).notices(), "nothing left to do");
  }

  /** Issue 9 §9: a restored book is verified; impossible states are refused with a path. */
  @Test
  void inMemory_impossibleBook_isRefusedNamingTheRegistration() {
    Instant now = Fixtures.CLOCK.instant();
    Registration waiting1 = Registration.builder().id(RegistrationId.of(SMALL.id(), 1))
        .registrant(Fixtures.REGINA_PHYSICIAN).status(RegistrationStatus.WAITLISTED)
        .registeredAt(now.minusSeconds(10)).waitlistPosition(1).build();
    Registration waiting2 = Registration.builder().id(RegistrationId.of(SMALL.id(), 2))
        .registrant(Fixtures.ST_JOHNS_LEARNER).status(RegistrationStatus.WAITLISTED)
        .registeredAt(now.minusSeconds(20)).waitlistPosition(2).build();
    RegistrationBook outOfOrder = RegistrationBook.empty()
        .withRoster(Roster.builder().sessionId(SMALL.id()).addRegistrations(waiting1, waiting2).build());
    var order = ca.cma.wellness.sessions.testing.Refusals.assertRefused(
        "rosters[" + SMALL.id() + "].waitlist[1]",
        () -> RegistrationLedger.inMemory(outOfOrder, Fixtures.PROGRAM, Fixtures.CLOCK));
    assertTrue(order.problem().contains("order of registration"), order.problem());

    Registration future = Registration.builder().id(RegistrationId.of(SMALL.id(), 1))
        .registrant(Fixtures.REGINA_PHYSICIAN).status(RegistrationStatus.CONFIRMED)
        .registeredAt(now.plusSeconds(1)).confirmedAt(now.plusSeconds(1)).build();
    RegistrationBook fromTheFuture = RegistrationBook.empty()
        .withRoster(Roster.builder().sessionId(SMALL.id()).addRegistration(future).build());
    ca.cma.wellness.sessions.testing.Refusals.assertRefused(
        "rosters[" + SMALL.id() + "].registrations[0].registeredAt",
        () -> RegistrationLedger.inMemory(fromTheFuture, Fixtures.PROGRAM, Fixtures.CLOCK));

    ca.cma.wellness.sessions.SessionId unknown = ca.cma.wellness.sessions.SessionId.of("no-such-session");
    RegistrationBook stranger = RegistrationBook.empty().withRoster(Roster.empty(unknown));
    ca.cma.wellness.sessions.testing.Refusals.assertRefused(
        "rosters[no-such-session]", () -> RegistrationLedger.inMemory(stranger, Fixtures.PROGRAM, Fixtures.CLOCK));
  }
}
