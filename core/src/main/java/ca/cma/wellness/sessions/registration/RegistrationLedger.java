package ca.cma.wellness.sessions.registration;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.SeriesId;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import java.time.Clock;
import java.util.Collection;
import java.util.Objects;

/**
 * Where a host keeps its registrations: every operation applies {@link Roster}'s rules to the
 * session as the host now describes it, at the ledger's "now", as if requests came one at a time.
 * Nobody is overbooked, no request is lost, and each waitlist keeps the order in which requests
 * took effect. Capacity and the waitlist limit come from the {@link Session} ({@link
 * Session#capacity()}, {@link Session#waitlistLimit()}).
 *
 * <p>{@link #inMemory(Clock)} is a thread-safe ledger in the host's memory, whose state is a
 * {@link RegistrationBook} value to save and restore. A database-backed store implements this
 * interface with the same answers for the same history.
 *
 * <p>Every change has a {@link LedgerChange#version() version}. Two changes to one session never
 * share one, and the later has the higher; so replaying the changes in version order reaches the
 * same state, and a {@link #snapshot()} holds exactly the changes numbered up to its own {@link
 * RegistrationBook#version() version}. Changes to different sessions commute, and the in-memory
 * ledger numbers them per session, so that threads working on different sessions share nothing:
 * two such changes may share a version, and versions may skip numbers. A store may number every
 * change 1, 2, 3… across sessions, as the JDBC ledger does; that is allowed, not required.
 *
 * <pre>{@code
 * RegistrationLedger ledger = RegistrationLedger.inMemory(clock);
 * LedgerChange change = ledger.register(session, registrant);
 * Notice answer = change.answers().get(0);   // CONFIRMED, WAITLISTED (with position) or REFUSED
 * change.notices().forEach(host::tell);       // includes promotions and moves up of other people
 * Availability availability = ledger.availability(session);   // for the public feed
 * }</pre>
 */
public interface RegistrationLedger {
  /**
   * Returns an in-memory ledger without registrations.
   *
   * @param clock the source of "now" for every timestamp
   * @return the ledger, thread-safe
   */
  static RegistrationLedger inMemory(Clock clock) {
    return new MemoryLedger(RegistrationBook.empty(), Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Returns an in-memory ledger that continues from a saved book, once {@link
   * RegistrationBook#verify the book is verified} against the program and the clock: a saved state
   * is input like any other, and a state no ledger could have reached is refused, not continued.
   *
   * @param book the saved state, such as an earlier {@link #snapshot()}
   * @param program the program whose sessions the book's rosters are for
   * @param clock the source of "now" for every timestamp
   * @return the ledger, thread-safe
   * @throws SessionValidationException as {@link RegistrationBook#verify} does
   */
  static RegistrationLedger inMemory(RegistrationBook book, Program program, Clock clock) {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(clock, "clock");
    book.verify(Objects.requireNonNull(program, "program"), clock.instant());
    return new MemoryLedger(book, clock);
  }

  /**
   * Returns an in-memory ledger that continues from a book verified against the sessions a store
   * holds, as {@link #inMemory(RegistrationBook, Program, Clock)} does against a program.
   *
   * @param book the saved state
   * @param sessions the sessions whose rosters the book may hold
   * @param clock the source of "now" for every timestamp
   * @return the ledger, thread-safe
   * @throws SessionValidationException as {@link RegistrationBook#verify} does
   */
  static RegistrationLedger inMemory(RegistrationBook book, Collection<? extends Session> sessions, Clock clock) {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(clock, "clock");
    book.verify(Objects.requireNonNull(sessions, "sessions"), clock.instant());
    return new MemoryLedger(book, clock);
  }

  /**
   * Returns the whole state as a value, to save or inspect; later operations do not change it.
   *
   * @return every roster as it now is
   */
  RegistrationBook snapshot();

  /**
   * Returns the current roster of a session.
   *
   * @param sessionId the session
   * @return its roster, empty if nobody ever registered
   */
  Roster roster(SessionId sessionId);

  /**
   * Tells a public feed whether a session takes registrations now, by the ledger's clock.
   *
   * @param session the session as it now is
   * @return as {@link Roster#availability(Session, java.time.Instant)}
   */
  Availability availability(Session session);

  /**
   * Asks for a place in one session.
   *
   * @param session the session as it now is
   * @param registrant who asks
   * @return as {@link Roster#register(Session, Registrant, java.time.Instant)}
   */
  LedgerChange register(Session session, Registrant registrant);

  /**
   * Asks for a place in every scheduled part of a series that the program lists, each part
   * separately: a full part waitlists or refuses that part only, and a part that has started is
   * refused.
   *
   * @param program the program as it now is
   * @param seriesId the series
   * @param registrant who asks
   * @return one answer per part, by part number, with any reconciliation notices before each
   * @throws IllegalArgumentException if the program has no such series
   */
  LedgerChange registerForSeries(Program program, SeriesId seriesId, Registrant registrant);

  /**
   * Asks for a place in chosen parts of a series, each part separately, as {@link
   * #registerForSeries} does.
   *
   * @param program the program as it now is
   * @param seriesId the series
   * @param parts the part numbers, 1 for part I; repeats count once
   * @param registrant who asks
   * @return one answer per chosen part, by part number
   * @throws IllegalArgumentException if the program has no such series, {@code parts} is empty, or
   *     a part is not one of the series' parts that the program lists
   */
  LedgerChange registerForParts(
      Program program, SeriesId seriesId, Collection<Integer> parts, Registrant registrant);

  /**
   * Withdraws a registrant at their own request.
   *
   * @param session the session as it now is
   * @param registrant who withdraws
   * @return as {@link Roster#withdraw(Session, Registrant, java.time.Instant)}
   */
  LedgerChange withdraw(Session session, Registrant registrant);

  /**
   * Removes a registrant at the organizer's request.
   *
   * @param session the session as it now is
   * @param registrant who is removed
   * @return as {@link Roster#remove(Session, Registrant, java.time.Instant)}
   */
  LedgerChange remove(Session session, Registrant registrant);

  /**
   * Brings a session's roster in line with the session as it now is; call it after every change
   * to a session (capacity, waitlist limit, cancellation).
   *
   * @param session the session as it now is
   * @return as {@link Roster#reconcile(Session, java.time.Instant)}
   */
  LedgerChange reconcile(Session session);

  /**
   * Brings the roster of every session of a program in line with it, in one operation, in start
   * order.
   *
   * @param program the program as it now is
   * @return every session's notices, in start order
   */
  LedgerChange reconcile(Program program);
}
