package ca.cma.wellness.sessions.registration;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Series;
import ca.cma.wellness.sessions.SeriesId;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.immutables.value.Value;

/**
 * The registrations of a whole program, one {@link Roster} per session: the state of the
 * in-memory {@link RegistrationLedger}, as a value the host can save ({@link
 * RegistrationLedger#snapshot()}) and restore ({@link RegistrationLedger#inMemory(RegistrationBook, ca.cma.wellness.sessions.Program,
 * java.time.Clock)}). Hosts with a database keep their own tables and apply {@link Roster}'s pure
 * functions to them.
 *
 * <p>Immutable and thread-safe. Its operations are the ledger's, as pure functions of the current
 * instant; the ledger is their one public door. Series parts are separate sessions: capacity and
 * waitlist are per part, so a full part waitlists or refuses that part only.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class RegistrationBook {
  RegistrationBook() {}

  /**
   * Returns a builder; nothing is required. Use it to restore a saved book.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a book without registrations.
   *
   * @return the empty book
   */
  public static RegistrationBook empty() {
    return builder().build();
  }

  /**
   * Checks that a saved book is one a ledger of this program could have reached by now: every
   * roster is for a session of the program, no registration, confirmation or cancellation is
   * after {@code now}, and the waitlist is in the order of registration.
   *
   * @param program the program
   * @param now the ledger's "now"
   * @return this book
   * @throws SessionValidationException with path {@code rosters[<session id>]} (and the
   *     registration's index) naming the first impossible value
   */
  public final RegistrationBook verify(ca.cma.wellness.sessions.Program program, java.time.Instant now) {
    java.util.Objects.requireNonNull(program, "program");
    return verify(program.sessions(), now);
  }

  /**
   * Checks a saved book as {@link #verify(ca.cma.wellness.sessions.Program, java.time.Instant)}
   * does, against the sessions a store holds.
   *
   * @param sessions the sessions whose rosters the book may hold
   * @param now the ledger's "now"
   * @return this book
   * @throws SessionValidationException as the other {@code verify} does
   */
  public final RegistrationBook verify(
      java.util.Collection<? extends ca.cma.wellness.sessions.Session> sessions, java.time.Instant now) {
    java.util.Objects.requireNonNull(now, "now");
    java.util.Set<SessionId> known = new java.util.HashSet<>();
    sessions.forEach(session -> known.add(session.id()));
    for (Roster roster : rosters().values()) {
      String path = "rosters[" + roster.sessionId() + "]";
      if (!known.contains(roster.sessionId())) {
        throw new ca.cma.wellness.sessions.SessionValidationException(
            path, "session \"" + roster.sessionId() + "\" is not one of the known sessions");
      }
      java.util.List<Registration> registrations = roster.registrations();
      for (int i = 0; i < registrations.size(); i++) {
        Registration registration = registrations.get(i);
        String at = path + ".registrations[" + i + "]";
        after(at + ".registeredAt", registration.registeredAt(), now);
        registration.confirmedAt().ifPresent(t -> after(at + ".confirmedAt", t, now));
        registration.cancelledAt().ifPresent(t -> after(at + ".cancelledAt", t, now));
      }
      java.util.List<Registration> waitlist = roster.waitlist();
      for (int i = 1; i < waitlist.size(); i++) {
        if (waitlist.get(i).registeredAt().isBefore(waitlist.get(i - 1).registeredAt())) {
          throw new ca.cma.wellness.sessions.SessionValidationException(
              path + ".waitlist[" + i + "]",
              "waitlist position " + waitlist.get(i).waitlistPosition().orElse(0) + " registered at "
                  + waitlist.get(i).registeredAt() + ", before position "
                  + waitlist.get(i - 1).waitlistPosition().orElse(0) + " (" + waitlist.get(i - 1).registeredAt()
                  + "): a waitlist is in the order of registration");
        }
      }
    }
    return this;
  }

  private static void after(String path, java.time.Instant time, java.time.Instant now) {
    if (time.isAfter(now)) {
      throw new ca.cma.wellness.sessions.SessionValidationException(
          path, "is after the clock's now " + now + " (was " + time + ")");
    }
  }

  /**
   * Returns the rosters of the sessions that have had a request or a setting.
   *
   * @return the rosters by session id; each roster's {@link Roster#sessionId()} equals its key
   */
  public abstract Map<SessionId, Roster> rosters();

  /**
   * Returns the book's version: it grows by one with each operation that changes the book, and a
   * {@link RegistrationLedger#snapshot() ledger's snapshot} carries the highest version of the
   * changes it holds, so a host can tell two saved books apart and order them.
   *
   * @return zero or more; zero unless set
   */
  @Value.Default
  public long version() {
    return 0;
  }

  abstract RegistrationBook withRosters(Map<? extends SessionId, ? extends Roster> rosters);

  abstract RegistrationBook withVersion(long version);

  /**
   * Returns a copy that holds the given roster for its session, such as one a host rebuilt from
   * its own rows. The version does not change: this is setting up, not an operation.
   *
   * @param roster the roster
   * @return the copy
   */
  public final RegistrationBook withRoster(Roster roster) {
    Objects.requireNonNull(roster, "roster");
    Map<SessionId, Roster> rosters = new LinkedHashMap<>(rosters());
    rosters.put(roster.sessionId(), roster);
    return withRosters(rosters);
  }

  /**
   * Returns the roster of a session.
   *
   * @param sessionId the session
   * @return its roster, or an empty one
   */
  public final Roster roster(SessionId sessionId) {
    Objects.requireNonNull(sessionId, "sessionId");
    Roster roster = rosters().get(sessionId);
    return roster != null ? roster : Roster.empty(sessionId);
  }

  /**
   * Tells a public feed whether a session takes registrations now.
   *
   * @param session the session as it now is
   * @param now the current instant
   * @return as {@link Roster#availability(Session, Instant)}
   */
  final Availability availability(Session session, Instant now) {
    return roster(Objects.requireNonNull(session, "session").id()).availability(session, now);
  }

  /**
   * Asks for a place in one session.
   *
   * @param session the session as it now is
   * @param registrant who asks
   * @param now the current instant, from the host's clock
   * @return as {@link Roster#register(Session, Registrant, Instant)}
   */
  final BookChange register(Session session, Registrant registrant, Instant now) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(registrant, "registrant");
    Objects.requireNonNull(now, "now");
    return apply(List.of(session), (s, roster) -> roster.register(session, registrant, now));
  }

  /**
   * Asks for a place in every scheduled part of a series that the program lists, each part
   * separately: a full part waitlists or refuses that part only, and a part that has started is
   * refused.
   *
   * @param program the program as it now is
   * @param seriesId the series
   * @param registrant who asks
   * @param now the current instant, from the host's clock
   * @return the new book and the notices: one answer per part, by part number, with any
   *     reconciliation notices before each
   * @throws IllegalArgumentException if the program has no such series
   */
  final BookChange registerForSeries(
      Program program, SeriesId seriesId, Registrant registrant, Instant now) {
    return registerForSessions(seriesSessions(program, seriesId), registrant, now);
  }

  /** The parts of a series that the program lists, for {@link #registerForSeries}. */
  static List<Session> seriesSessions(Program program, SeriesId seriesId) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(seriesId, "seriesId");
    series(program, seriesId);
    return program.partsOf(seriesId);
  }

  /**
   * Asks for a place in chosen parts of a series, each part separately, as {@link
   * #registerForSeries} does.
   *
   * @param program the program as it now is
   * @param seriesId the series
   * @param parts the part numbers, 1 for part I; repeats count once
   * @param registrant who asks
   * @param now the current instant, from the host's clock
   * @return the new book and the notices: one answer per chosen part, by part number
   * @throws IllegalArgumentException if the program has no such series, {@code parts} is empty,
   *     or a part is not one of the series' parts that the program lists
   */
  final BookChange registerForParts(
      Program program,
      SeriesId seriesId,
      Collection<Integer> parts,
      Registrant registrant,
      Instant now) {
    return registerForSessions(chosenParts(program, seriesId, parts), registrant, now);
  }

  /** The chosen parts of a series, by part number, for {@link #registerForParts}. */
  static List<Session> chosenParts(Program program, SeriesId seriesId, Collection<Integer> parts) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(seriesId, "seriesId");
    Objects.requireNonNull(parts, "parts");
    Series series = series(program, seriesId);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("choose at least one part of series " + seriesId);
    }
    List<Session> listed = program.partsOf(seriesId);
    List<Session> chosen = new ArrayList<>();
    for (int part : new TreeSet<>(parts)) {
      Session session =
          listed.stream()
              .filter(s -> s.seriesPart().orElseThrow().part() == part)
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "series "
                              + seriesId
                              + " has no part "
                              + part
                              + " in the program (it has "
                              + series.partCount()
                              + " parts, "
                              + listed.size()
                              + " listed)"));
      chosen.add(session);
    }
    return chosen;
  }

  /**
   * Withdraws a registrant from one session at their own request.
   *
   * @param session the session as it now is
   * @param registrant who withdraws
   * @param now the current instant, from the host's clock
   * @return as {@link Roster#withdraw(Session, Registrant, Instant)}
   */
  final BookChange withdraw(Session session, Registrant registrant, Instant now) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(registrant, "registrant");
    Objects.requireNonNull(now, "now");
    return apply(List.of(session), (s, roster) -> roster.withdraw(session, registrant, now));
  }

  /**
   * Removes a registrant from one session at the organizer's request.
   *
   * @param session the session as it now is
   * @param registrant who is removed
   * @param now the current instant, from the host's clock
   * @return as {@link Roster#remove(Session, Registrant, Instant)}
   */
  final BookChange remove(Session session, Registrant registrant, Instant now) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(registrant, "registrant");
    Objects.requireNonNull(now, "now");
    return apply(List.of(session), (s, roster) -> roster.remove(session, registrant, now));
  }

  /**
   * Brings a session's roster in line with the session as it now is; call it after every change
   * to a session (capacity, cancellation).
   *
   * @param session the session as it now is
   * @param now the current instant, from the host's clock
   * @return as {@link Roster#reconcile(Session, Instant)}
   */
  final BookChange reconcile(Session session, Instant now) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(now, "now");
    return apply(List.of(session), (s, roster) -> roster.reconcile(session, now));
  }

  /**
   * Brings the roster of every session of a program in line with it, in start order; the version
   * grows once if any roster changed.
   *
   * @param program the program as it now is
   * @param now the current instant, from the host's clock
   * @return the new book and every session's notices, in start order
   */
  final BookChange reconcile(Program program, Instant now) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(now, "now");
    return apply(program.sessionsInOrder(), (session, roster) -> roster.reconcile(session, now));
  }

  private BookChange registerForSessions(List<Session> sessions, Registrant registrant, Instant now) {
    Objects.requireNonNull(registrant, "registrant");
    Objects.requireNonNull(now, "now");
    return apply(sessions, (session, roster) -> roster.register(session, registrant, now));
  }

  /** Applies one roster operation to each session in turn; the version grows once if any changed. */
  private BookChange apply(List<Session> sessions, BiFunction<Session, Roster, RosterChange> operation) {
    Map<SessionId, Roster> rosters = new LinkedHashMap<>(rosters());
    List<Notice> notices = new ArrayList<>();
    boolean changed = false;
    for (Session session : sessions) {
      Roster before = roster(session.id());
      RosterChange change = operation.apply(session, before);
      notices.addAll(change.notices());
      if (change.roster() != before) {
        rosters.put(session.id(), change.roster());
        changed = true;
      }
    }
    RegistrationBook book = changed ? withRosters(rosters).withVersion(version() + 1) : this;
    return new BookChange(book, notices);
  }

  private static Series series(Program program, SeriesId seriesId) {
    return program
        .seriesById(seriesId)
        .orElseThrow(() -> new IllegalArgumentException("the program has no series " + seriesId));
  }

  @Value.Check
  void check() {
    if (version() < 0) {
      throw new SessionValidationException("version", "must be at least 0 (was " + version() + ")");
    }
    for (Map.Entry<SessionId, Roster> entry : rosters().entrySet()) {
      if (!entry.getKey().equals(entry.getValue().sessionId())) {
        throw new SessionValidationException(
            "rosters[" + entry.getKey() + "].sessionId",
            "must equal its key (was " + entry.getValue().sessionId() + ")");
      }
    }
  }

  /**
   * Describes the book by counts, without any registrant.
   *
   * @return such as {@code RegistrationBook{version=12, rosters=3}}
   */
  @Override
  public String toString() {
    return "RegistrationBook{version=" + version() + ", rosters=" + rosters().size() + "}";
  }

  /** Builds a {@link RegistrationBook}; each attribute may be set once. */
  public static final class Builder extends ImmutableRegistrationBook.Builder {
    Builder() {}
  }
}
