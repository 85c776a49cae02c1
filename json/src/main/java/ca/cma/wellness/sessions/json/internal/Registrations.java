package ca.cma.wellness.sessions.json.internal;

import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.registration.Availability;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Decides what public outputs say about registering for a session. The session's own facts come
 * first: a cancelled session, one whose registration has not opened, and one whose registration
 * has closed (at {@link Session#registrationCloses()}, or at the start) are {@link
 * Availability.State#CLOSED}. Otherwise the host's availability applies, and without one the
 * session is {@link Availability.State#OPEN} with no count of places left.
 */
public final class Registrations {
  private Registrations() {}

  /**
   * Returns the availability of a session at an instant.
   *
   * @throws SessionValidationException with path {@code spotsLeft} if the host reports places left
   *     for a session without capacity, or more places than its capacity
   */
  public static Availability availability(
      Session session, Instant now, Function<SessionId, Optional<Availability>> host) {
    Instant closes = session.registrationCloses().orElse(session.startInstant());
    boolean notYetOpen = session.registrationOpens().map(now::isBefore).orElse(false);
    if (session.isCancelled() || notYetOpen || !now.isBefore(closes)) {
      return Availability.of(Availability.State.CLOSED, OptionalInt.empty());
    }
    Optional<Availability> reported =
        Objects.requireNonNull(host.apply(session.id()), "availability function returned null");
    if (reported.isEmpty()) {
      return Availability.of(Availability.State.OPEN, OptionalInt.empty());
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

  /** Returns the text of a state in feeds: {@code open}, {@code waitlist}, {@code full}, {@code closed}. */
  public static String text(Availability.State state) {
    switch (state) {
      case OPEN:
        return "open";
      case WAITLIST:
        return "waitlist";
      case FULL:
        return "full";
      case CLOSED:
        return "closed";
      default:
        throw new AssertionError(state);
    }
  }
}
