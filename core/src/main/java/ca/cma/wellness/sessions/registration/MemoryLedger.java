package ca.cma.wellness.sessions.registration;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.SeriesId;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The in-memory {@link RegistrationLedger}: a {@link RegistrationBook} whose pure operations are
 * applied under one lock. Reading a snapshot, a roster or an availability never blocks.
 */
final class MemoryLedger implements RegistrationLedger {
  private final Clock clock;
  private final Object lock = new Object();
  private volatile RegistrationBook book;

  MemoryLedger(RegistrationBook book, Clock clock) {
    this.book = book;
    this.clock = clock;
  }

  @Override
  public RegistrationBook snapshot() {
    return book;
  }

  @Override
  public Roster roster(SessionId sessionId) {
    return book.roster(sessionId);
  }

  @Override
  public Availability availability(Session session) {
    return book.availability(session, clock.instant());
  }

  @Override
  public LedgerChange register(Session session, Registrant registrant) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(registrant, "registrant");
    return apply((book, now) -> book.register(session, registrant, now));
  }

  @Override
  public LedgerChange registerForSeries(Program program, SeriesId seriesId, Registrant registrant) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(seriesId, "seriesId");
    Objects.requireNonNull(registrant, "registrant");
    return apply((book, now) -> book.registerForSeries(program, seriesId, registrant, now));
  }

  @Override
  public LedgerChange registerForParts(
      Program program, SeriesId seriesId, Collection<Integer> parts, Registrant registrant) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(seriesId, "seriesId");
    Objects.requireNonNull(parts, "parts");
    Objects.requireNonNull(registrant, "registrant");
    return apply((book, now) -> book.registerForParts(program, seriesId, parts, registrant, now));
  }

  @Override
  public LedgerChange withdraw(Session session, Registrant registrant) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(registrant, "registrant");
    return apply((book, now) -> book.withdraw(session, registrant, now));
  }

  @Override
  public LedgerChange remove(Session session, Registrant registrant) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(registrant, "registrant");
    return apply((book, now) -> book.remove(session, registrant, now));
  }

  @Override
  public LedgerChange reconcile(Session session) {
    Objects.requireNonNull(session, "session");
    return apply((book, now) -> book.reconcile(session, now));
  }

  @Override
  public LedgerChange reconcile(Program program) {
    Objects.requireNonNull(program, "program");
    return apply((book, now) -> book.reconcile(program, now));
  }

  private LedgerChange apply(BiFunction<RegistrationBook, Instant, BookChange> operation) {
    synchronized (lock) {
      BookChange change = operation.apply(book, clock.instant());
      book = change.book();
      return new LedgerChange(book.version(), change.notices());
    }
  }

  /**
   * Describes the ledger by its book's version and size, without any registrant.
   *
   * @return such as {@code RegistrationLedger{version=12, rosters=3}}
   */
  @Override
  public String toString() {
    RegistrationBook current = book;
    return "RegistrationLedger{version=" + current.version() + ", rosters=" + current.rosters().size() + "}";
  }
}
