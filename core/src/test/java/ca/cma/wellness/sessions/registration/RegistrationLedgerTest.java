package ca.cma.wellness.sessions.registration;

import static ca.cma.wellness.sessions.testing.RegistrationGenerators.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

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

    RegistrationLedger second = RegistrationLedger.inMemory(saved, later);
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
}
