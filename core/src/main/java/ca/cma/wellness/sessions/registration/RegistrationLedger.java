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
 * A thread-safe, in-memory home for a {@link RegistrationBook}, for hosts without a store of their
 * own. Every operation reads "now" from the injected {@link Clock} and applies the book's pure
 * function under one lock, so concurrent requests behave as if they came one at a time: nobody is
 * overbooked, no request is lost, and the waitlist keeps the order in which requests took effect.
 *
 * <p>Its state is a value: {@link #snapshot()} returns the current book, which the host may save
 * and later pass to {@link #restore(RegistrationBook, Clock)}. Reading a snapshot never blocks.
 *
 * <pre>{@code
 * RegistrationLedger ledger = RegistrationLedger.create(Clock.systemUTC());
 * BookChange change = ledger.register(session, registrant);
 * Notice answer = change.answers().get(0);   // CONFIRMED, WAITLISTED (with position) or REFUSED
 * change.notices().forEach(host::tell);       // includes promotions of other people
 * Availability availability = ledger.availability(session);   // for the public feed
 * }</pre>
 */
public final class RegistrationLedger {
  private final Clock clock;
  private final Object lock = new Object();
  private volatile RegistrationBook book;

  private RegistrationLedger(RegistrationBook book, Clock clock) {
    this.book = book;
    this.clock = clock;
  }

  /**
   * Returns a ledger without registrations.
   *
   * @param clock the source of "now" for every timestamp
   * @return the ledger
   */
  public static RegistrationLedger create(Clock clock) {
    return restore(RegistrationBook.empty(), clock);
  }

  /**
   * Returns a ledger that continues from a saved book.
   *
   * @param book the saved state, such as an earlier {@link #snapshot()}
   * @param clock the source of "now" for every timestamp
   * @return the ledger
   */
  public static RegistrationLedger restore(RegistrationBook book, Clock clock) {
    return new RegistrationLedger(
        Objects.requireNonNull(book, "book"), Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Returns the current state, to save or inspect; later operations do not change it.
   *
   * @return the book as it now is
   */
  public RegistrationBook snapshot() {
    return book;
  }

  /**
   * Returns the current roster of a session.
   *
   * @param sessionId the session
   * @return as {@link RegistrationBook#roster(SessionId)}
   */
  public Roster roster(SessionId sessionId) {
    return book.roster(sessionId);
  }

  /**
   * Tells a public feed whether a session takes registrations now, by the ledger's clock.
   *
   * @param session the session as it now is
   * @return as {@link Roster#availability(Session, Instant)}
   */
  public Availability availability(Session session) {
    return book.availability(session, clock.instant());
  }

  /**
   * Asks for a place in one session.
   *
   * @param session the session as it now is
   * @param registrant who asks
   * @return as {@link RegistrationBook#register(Session, Registrant, Instant)}
   */
  public BookChange register(Session session, Registrant registrant) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(registrant, "registrant");
    return apply((book, now) -> book.register(session, registrant, now));
  }

  /**
   * Asks for a place in every scheduled part of a series.
   *
   * @param program the program as it now is
   * @param seriesId the series
   * @param registrant who asks
   * @return as {@link RegistrationBook#registerForSeries(Program, SeriesId, Registrant, Instant)}
   * @throws IllegalArgumentException if the program has no such series
   */
  public BookChange registerForSeries(Program program, SeriesId seriesId, Registrant registrant) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(seriesId, "seriesId");
    Objects.requireNonNull(registrant, "registrant");
    return apply((book, now) -> book.registerForSeries(program, seriesId, registrant, now));
  }

  /**
   * Asks for a place in chosen parts of a series.
   *
   * @param program the program as it now is
   * @param seriesId the series
   * @param parts the part numbers, 1 for part I
   * @param registrant who asks
   * @return as {@link RegistrationBook#registerForParts(Program, SeriesId, Collection, Registrant,
   *     Instant)}
   * @throws IllegalArgumentException if the program has no such series, {@code parts} is empty, or
   *     a part is not listed in the program
   */
  public BookChange registerForParts(
      Program program, SeriesId seriesId, Collection<Integer> parts, Registrant registrant) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(seriesId, "seriesId");
    Objects.requireNonNull(parts, "parts");
    Objects.requireNonNull(registrant, "registrant");
    return apply((book, now) -> book.registerForParts(program, seriesId, parts, registrant, now));
  }

  /**
   * Withdraws a registrant at their own request.
   *
   * @param session the session as it now is
   * @param registrant who withdraws
   * @return as {@link RegistrationBook#cancel(Session, Registrant, Instant)}
   */
  public BookChange cancel(Session session, Registrant registrant) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(registrant, "registrant");
    return apply((book, now) -> book.cancel(session, registrant, now));
  }

  /**
   * Removes a registrant at the organizer's request.
   *
   * @param session the session as it now is
   * @param registrant who is removed
   * @return as {@link RegistrationBook#remove(Session, Registrant, Instant)}
   */
  public BookChange remove(Session session, Registrant registrant) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(registrant, "registrant");
    return apply((book, now) -> book.remove(session, registrant, now));
  }

  /**
   * Brings a session's roster in line with the session as it now is; call it after every change
   * to a session.
   *
   * @param session the session as it now is
   * @return as {@link RegistrationBook#reconcile(Session, Instant)}
   */
  public BookChange reconcile(Session session) {
    Objects.requireNonNull(session, "session");
    return apply((book, now) -> book.reconcile(session, now));
  }

  private BookChange apply(BiFunction<RegistrationBook, Instant, BookChange> operation) {
    synchronized (lock) {
      BookChange change = operation.apply(book, clock.instant());
      book = change.book();
      return change;
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
