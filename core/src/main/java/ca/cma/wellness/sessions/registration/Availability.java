package ca.cma.wellness.sessions.registration;

import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionValidationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a public output may say about registering for one session: its {@link State} and, while
 * registration is possible and the session has a capacity, how many places are left. It holds no
 * registrant.
 *
 * <p>One rule decides it everywhere: a session that is cancelled, has started, or is outside its
 * registration window is {@link State#CLOSED}, with no count of places (nobody can take one);
 * otherwise the roster decides ({@link Roster#availability}), or the host reports it ({@link
 * #from(Session, Instant, Optional)}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param state whether registering is possible now
 * @param spotsLeft places left when registration is possible and the capacity is limited; empty
 *     for no limit, for a closed session, or when the host does not count
 */
public record Availability(State state, OptionalInt spotsLeft) {
  /** Whether a session takes registrations right now, as public feeds announce it. */
  public enum State {
    /** Registering confirms a place. */
    OPEN,
    /** Every place is taken; registering joins the waitlist. */
    WAITLIST,
    /** Every place is taken and the waitlist is full or not offered; registering is refused. */
    FULL,
    /** Registration has not opened, has closed, or the session is cancelled or has started. */
    CLOSED
  }

  private static final Availability CLOSED = new Availability(State.CLOSED, OptionalInt.empty());
  private static final Availability OPEN = new Availability(State.OPEN, OptionalInt.empty());

  /**
   * Checks the values.
   *
   * @param state whether registering is possible now
   * @param spotsLeft places left, zero or more, or empty
   * @throws SessionValidationException with path {@code spotsLeft} if it is negative, or present
   *     for a closed session
   */
  public Availability {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(spotsLeft, "spotsLeft");
    if (spotsLeft.isPresent() && spotsLeft.getAsInt() < 0) {
      throw new SessionValidationException(
          "spotsLeft", "must be at least 0 (was " + spotsLeft.getAsInt() + ")");
    }
    if (spotsLeft.isPresent() && state == State.CLOSED) {
      throw new SessionValidationException(
          "spotsLeft", "a closed session has no places to count (was " + spotsLeft.getAsInt() + ")");
    }
  }

  /**
   * Returns the availability with the given state and places left.
   *
   * @param state whether registering is possible now
   * @param spotsLeft places left, zero or more, or empty for no limit
   * @return the availability
   * @throws SessionValidationException with path {@code spotsLeft} if it is negative, or present
   *     for a closed session
   */
  public static Availability of(State state, OptionalInt spotsLeft) {
    return new Availability(state, spotsLeft);
  }

  /**
   * Returns what a public output says about a session: closed when the session's own facts say so
   * (cancelled, started, before registration opens, from the moment it closes); otherwise what
   * the host reports, such as {@link RegistrationLedger#availability(Session)}; otherwise open,
   * without a count.
   *
   * @param session the session as it now is
   * @param now the current instant
   * @param reported what the host knows of its registrations, or empty
   * @return the availability
   * @throws SessionValidationException with path {@code spotsLeft} if the host reports places
   *     left for a session without capacity, or more than its capacity
   */
  public static Availability from(Session session, Instant now, Optional<Availability> reported) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(reported, "reported");
    if (Roster.windowRefusal(session, now).isPresent()) {
      return CLOSED;
    }
    if (reported.isEmpty()) {
      return OPEN;
    }
    Availability availability = reported.get();
    if (availability.spotsLeft().isPresent()) {
      int spotsLeft = availability.spotsLeft().getAsInt();
      if (session.capacity().isEmpty()) {
        throw new SessionValidationException(
            "spotsLeft",
            "session \"" + session.id() + "\" has no capacity, so no places can be left (was " + spotsLeft + ")");
      }
      if (spotsLeft > session.capacity().getAsInt()) {
        throw new SessionValidationException(
            "spotsLeft",
            "session \""
                + session.id()
                + "\" has a capacity of "
                + session.capacity().getAsInt()
                + " (was "
                + spotsLeft
                + " places left)");
      }
    }
    return availability;
  }

  /** The availability of a session whose window is closed. */
  static Availability closed() {
    return CLOSED;
  }
}
