package ca.cma.wellness.sessions.registration;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Who is confirmed and who waits for one session: every {@link Registration} ever made for it,
 * in the order of their numbers, and a first-come, first-served waitlist.
 *
 * <p>Immutable and thread-safe. Operations are pure functions: each takes the session as it now is
 * and the current instant (read it from an injected {@link java.time.Clock}), and returns a {@link
 * RosterChange} with the new roster and the {@link Notice notices} to act on. Refusals are notices,
 * not exceptions; only a null or a session with another id is an exception. {@link
 * RegistrationLedger} wraps these functions for hosts without a store.
 *
 * <pre>{@code
 * Roster roster = Roster.empty(session.id());
 * RosterChange change = roster.register(session, registrant, clock.instant());
 * roster = change.roster();
 * change.notices().forEach(host::tell);   // CONFIRMED, WAITLISTED with position, or REFUSED
 * }</pre>
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>Identity is the e-mail address, trimmed and ignoring case: one active (confirmed or
 *       waitlisted) registration per address. A repeated request returns the existing
 *       registration in an {@link NoticeKind#ALREADY_REGISTERED} notice and changes nothing.
 *   <li>A request is refused when the session is cancelled ({@link
 *       RefusalReason#SESSION_CANCELLED}) or has started ({@link RefusalReason#SESSION_STARTED}),
 *       when the session's audience does not admit the registrant's role ({@link
 *       RefusalReason#AUDIENCE}), before {@link Session#registrationOpens()} ({@link
 *       RefusalReason#NOT_YET_OPEN}; without it registration is open as soon as the session is
 *       published), or at or after {@link Session#registrationCloses()} ({@link
 *       RefusalReason#CLOSED}; without it, registration closes at the start). All comparisons are
 *       between instants, so they hold in every zone and across daylight-saving changes.
 *   <li>Confirmed registrations never exceed {@link Session#capacity()}; beyond it, requests join
 *       the waitlist until it holds {@link Session#waitlistLimit()} people, and are then refused
 *       ({@link RefusalReason#FULL}). A limit of zero means no waitlist.
 *   <li>When a confirmed registrant withdraws or is removed, or the capacity grows, the head of
 *       the waitlist is promoted ({@link NoticeKind#PROMOTED}) for as long as there is room, until
 *       the session starts. Everyone still waiting behind a promoted or departed person moves up
 *       ({@link NoticeKind#MOVED_UP}, with the new position).
 *   <li><strong>A capacity decrease never removes a confirmed registrant.</strong> The roster then
 *       holds more confirmed people than the capacity; nobody is confirmed or promoted until
 *       cancellations bring the count below the new capacity. The same holds for a waitlist limit
 *       lowered below the waitlist's length: nobody is dropped, newcomers are refused.
 *   <li>When the session is cancelled, every active registration becomes {@link
 *       RegistrationStatus#REMOVED} with a {@link NoticeKind#SESSION_CANCELLED} notice. If the session is later scheduled again, people register anew.
 *   <li>Every operation first brings the roster in line with the session it is given, as {@link
 *       #reconcile} does, so a host that forgets to reconcile after raising the capacity still
 *       serves the waitlist before newcomers.
 *   <li>Withdrawn and removed registrations stay in {@link #registrations()}: they are the
 *       record, and their numbers are never handed out again.
 * </ul>
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Roster {
  Roster() {}

  /**
   * Returns a builder; {@code sessionId} is required. Hosts with their own store use it to rebuild
   * a roster from their rows.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a roster without registrations.
   *
   * @param sessionId the session
   * @return the roster
   */
  public static Roster empty(SessionId sessionId) {
    return builder().sessionId(Objects.requireNonNull(sessionId, "sessionId")).build();
  }

  /**
   * Returns the session this roster is for.
   *
   * @return the session id
   */
  public abstract SessionId sessionId();

  /**
   * Returns every registration ever made for the session, withdrawn and removed ones included.
   *
   * @return the registrations, in increasing order of their numbers
   */
  public abstract List<Registration> registrations();

  abstract Roster withRegistrations(Iterable<? extends Registration> registrations);

  /**
   * Returns the confirmed registrations.
   *
   * @return the registrations with a place, in increasing order of their numbers
   */
  public final List<Registration> confirmed() {
    return index().confirmed;
  }

  /**
   * Returns the waitlist.
   *
   * @return the waitlisted registrations, in order: position 1 first
   */
  public final List<Registration> waitlist() {
    return index().waitlist;
  }

  /**
   * Finds the active (confirmed or waitlisted) registration of an e-mail address.
   *
   * @param email the address, compared trimmed and ignoring case
   * @return the registration, or empty
   */
  public final Optional<Registration> activeRegistration(EmailAddress email) {
    return Optional.ofNullable(index().active.get(Objects.requireNonNull(email, "email")));
  }

  /**
   * Finds a registration by id.
   *
   * @param id the id
   * @return the registration, or empty if this roster has none with that id
   */
  public final Optional<Registration> registration(RegistrationId id) {
    Objects.requireNonNull(id, "id");
    if (!id.sessionId().equals(sessionId())) {
      return Optional.empty();
    }
    int at = numberIndex(registrations(), id.number());
    return at < 0 ? Optional.empty() : Optional.of(registrations().get(at));
  }

  /**
   * Tells a public feed whether the session takes registrations now and how many places are left,
   * as if the roster had been {@link #reconcile reconciled} with the session.
   *
   * @param session the session as it now is
   * @param now the current instant
   * @return {@link Availability.State#CLOSED}, without a count, when the session is cancelled,
   *     has started, or is outside its registration window; otherwise {@link
   *     Availability.State#OPEN} with the places left (empty without a capacity), {@link
   *     Availability.State#WAITLIST} or {@link Availability.State#FULL} with none left
   * @throws IllegalArgumentException if the session has another id
   */
  public final Availability availability(Session session, Instant now) {
    checkSession(session);
    Objects.requireNonNull(now, "now");
    return availability(session, now, confirmed().size(), waitlist().size());
  }

  /** {@link #availability(Session, Instant)} from the counts of confirmed and waiting people. */
  static Availability availability(Session session, Instant now, int confirmed, int waiting) {
    OptionalInt noPlaces = OptionalInt.of(0);
    if (windowRefusal(session, now).isPresent()) {
      return Availability.closed();
    }
    if (session.capacity().isEmpty()) {
      return Availability.of(Availability.State.OPEN, OptionalInt.empty());
    }
    int capacity = session.capacity().getAsInt();
    int free = capacity - confirmed - waiting;
    if (free > 0) {
      return Availability.of(Availability.State.OPEN, OptionalInt.of(free));
    }
    int stillWaiting = waiting - Math.max(0, capacity - confirmed);
    OptionalInt limit = session.waitlistLimit();
    boolean waitlistRoom = limit.isEmpty() || stillWaiting < limit.getAsInt();
    return Availability.of(waitlistRoom ? Availability.State.WAITLIST : Availability.State.FULL, noPlaces);
  }

  /**
   * Asks for a place for a registrant.
   *
   * @param session the session as it now is
   * @param registrant who asks
   * @param now the current instant, from the host's clock
   * @return the new roster and the notices: one answer ({@link NoticeKind#CONFIRMED}, {@link
   *     NoticeKind#WAITLISTED} with its position, {@link NoticeKind#ALREADY_REGISTERED} with the
   *     existing registration, or {@link NoticeKind#REFUSED} with a reason), after any notices of
   *     the reconciliation that comes first
   * @throws IllegalArgumentException if the session has another id
   */
  public final RosterChange register(Session session, Registrant registrant, Instant now) {
    checkSession(session);
    Objects.requireNonNull(registrant, "registrant");
    Objects.requireNonNull(now, "now");
    RosterEditor editor = new RosterEditor(RosterState.of(this), session, now);
    editor.reconcile();
    editor.register(registrant);
    return editor.result(this);
  }

  /**
   * Withdraws a registrant at their own request. A confirmed registrant's place goes to the head of
   * the waitlist if the session has not started. A withdrawal after the start is recorded but
   * promotes nobody.
   *
   * @param session the session as it now is
   * @param registrant who withdraws; found by e-mail address, trimmed and ignoring case
   * @param now the current instant, from the host's clock
   * @return the new roster and the notices: {@link NoticeKind#WITHDRAWN}, or {@link
   *     NoticeKind#REFUSED} with {@link RefusalReason#NOT_REGISTERED} if the address has no active
   *     registration; then any promotions and the moves up of those still waiting
   * @throws IllegalArgumentException if the session has another id
   */
  public final RosterChange withdraw(Session session, Registrant registrant, Instant now) {
    return leave(session, registrant, now, RegistrationStatus.WITHDRAWN);
  }

  /**
   * Removes a registrant at the organizer's request; otherwise as {@link #withdraw}.
   *
   * @param session the session as it now is
   * @param registrant who is removed; found by e-mail address, trimmed and ignoring case
   * @param now the current instant, from the host's clock
   * @return the new roster and the notices: {@link NoticeKind#REMOVED}, or {@link
   *     NoticeKind#REFUSED} with {@link RefusalReason#NOT_REGISTERED}; then any promotions and
   *     moves up
   * @throws IllegalArgumentException if the session has another id
   */
  public final RosterChange remove(Session session, Registrant registrant, Instant now) {
    return leave(session, registrant, now, RegistrationStatus.REMOVED);
  }

  /**
   * Brings the roster in line with the session as it now is; call it after every change to the
   * session. If the session is cancelled, every active registration is removed.
   * Otherwise, until the session starts, the head of the waitlist is promoted while there is room
   * (after a capacity increase, or when the capacity was removed). A capacity decrease changes
   * nothing: confirmed people keep their places.
   *
   * @param session the session as it now is
   * @param now the current instant, from the host's clock
   * @return the new roster and the notices ({@link NoticeKind#PROMOTED} and {@link
   *     NoticeKind#MOVED_UP}, or {@link NoticeKind#SESSION_CANCELLED}), possibly none
   * @throws IllegalArgumentException if the session has another id
   */
  public final RosterChange reconcile(Session session, Instant now) {
    checkSession(session);
    Objects.requireNonNull(now, "now");
    RosterEditor editor = new RosterEditor(RosterState.of(this), session, now);
    editor.reconcile();
    return editor.result(this);
  }

  private RosterChange leave(
      Session session, Registrant registrant, Instant now, RegistrationStatus status) {
    checkSession(session);
    Objects.requireNonNull(registrant, "registrant");
    Objects.requireNonNull(now, "now");
    RosterEditor editor = new RosterEditor(RosterState.of(this), session, now);
    editor.reconcile();
    editor.leave(registrant, status);
    return editor.result(this);
  }

  /** The refusal that the session's status, start and registration window impose at {@code now}. */
  static Optional<RefusalReason> windowRefusal(Session session, Instant now) {
    if (session.isCancelled()) {
      return Optional.of(RefusalReason.SESSION_CANCELLED);
    }
    if (!now.isBefore(session.startInstant())) {
      return Optional.of(RefusalReason.SESSION_STARTED);
    }
    if (session.registrationOpens().isPresent() && now.isBefore(session.registrationOpens().get())) {
      return Optional.of(RefusalReason.NOT_YET_OPEN);
    }
    if (!now.isBefore(session.registrationCloses().orElse(session.startInstant()))) {
      return Optional.of(RefusalReason.CLOSED);
    }
    return Optional.empty();
  }

  private void checkSession(Session session) {
    Objects.requireNonNull(session, "session");
    if (!session.id().equals(sessionId())) {
      throw new IllegalArgumentException(
          "session " + session.id() + " does not match the roster of " + sessionId());
    }
  }

  /** The index of the registration with {@code number}, or -1. */
  static int numberIndex(List<Registration> registrations, int number) {
    int low = 0;
    int high = registrations.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int at = registrations.get(mid).id().number();
      if (at < number) {
        low = mid + 1;
      } else if (at > number) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  @Value.Lazy
  Index index() {
    return new Index(registrations());
  }

  @Value.Check
  void check() {
    Map<EmailAddress, Integer> activeAt = new HashMap<>();
    List<Integer> positions = new ArrayList<>();
    int previous = 0;
    for (int i = 0; i < registrations().size(); i++) {
      Registration registration = registrations().get(i);
      String path = "registrations[" + i + "]";
      if (!registration.sessionId().equals(sessionId())) {
        throw new SessionValidationException(
            path + ".id", registration.id() + " is not a registration for " + sessionId());
      }
      if (registration.id().number() <= previous) {
        throw new SessionValidationException(
            path + ".id",
            "numbers must increase (" + registration.id() + " follows number " + previous + ")");
      }
      previous = registration.id().number();
      if (registration.isActive()) {
        Integer other = activeAt.putIfAbsent(registration.registrant().email(), i);
        if (other != null) {
          throw new SessionValidationException(
              path,
              registration.id()
                  + " is a second active registration of the registrant of registrations["
                  + other
                  + "]");
        }
      }
      registration.waitlistPosition().ifPresent(positions::add);
    }
    positions.sort(Comparator.naturalOrder());
    for (int i = 0; i < positions.size(); i++) {
      if (positions.get(i) != i + 1) {
        throw new SessionValidationException(
            "registrations",
            "waitlist positions must be 1 to " + positions.size() + " without gaps or repeats (was " + positions + ")");
      }
    }
  }

  /**
   * Describes the roster by counts, without any registrant.
   *
   * @return such as {@code Roster{imposter-syndrome-2023-02-01, confirmed=25, waitlisted=3,
   *     registrations=31}}
   */
  @Override
  public String toString() {
    return "Roster{"
        + sessionId()
        + ", confirmed="
        + confirmed().size()
        + ", waitlisted="
        + waitlist().size()
        + ", registrations="
        + registrations().size()
        + "}";
  }

  /** Derived views of the registrations. */
  static final class Index {
    final List<Registration> confirmed;
    final List<Registration> waitlist;
    final Map<EmailAddress, Registration> active;

    Index(List<Registration> registrations) {
      List<Registration> confirmed = new ArrayList<>();
      List<Registration> waitlist = new ArrayList<>();
      Map<EmailAddress, Registration> active = new HashMap<>();
      for (Registration registration : registrations) {
        if (registration.isConfirmed()) {
          confirmed.add(registration);
        } else if (registration.isWaitlisted()) {
          waitlist.add(registration);
        }
        if (registration.isActive()) {
          active.put(registration.registrant().email(), registration);
        }
      }
      waitlist.sort(Comparator.comparingInt(r -> r.waitlistPosition().getAsInt()));
      this.confirmed = List.copyOf(confirmed);
      this.waitlist = List.copyOf(waitlist);
      this.active = Map.copyOf(active);
    }
  }

  /** Builds a {@link Roster}; each attribute may be set once. */
  public static final class Builder extends ImmutableRoster.Builder {
    Builder() {}
  }
}
