package ca.cma.wellness.sessions.registration;

import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionValidationException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One person's request for a place in one session, and where it stands: confirmed, waitlisted
 * (with its position), or cancelled by the registrant or the organizer. Timestamps come from the
 * {@link java.time.Clock} the host injects.
 *
 * <p>A {@link Roster} creates and changes registrations; hosts that keep registrations in their
 * own store rebuild them with {@link #builder()}.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows the id, status and position but never
 * the registrant's name or e-mail address.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Registration {
  Registration() {}

  /**
   * Returns a builder. Required: {@code id}, {@code registrant}, {@code status} and {@code
   * registeredAt}; {@code confirmedAt} for a confirmed registration, {@code waitlistPosition} for
   * a waitlisted one, {@code cancelledAt} for a cancelled one.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id, which names the session and the registration's number in it.
   *
   * @return the id
   */
  public abstract RegistrationId id();

  /**
   * Returns who registered.
   *
   * @return the registrant
   */
  public abstract Registrant registrant();

  /**
   * Returns where the registration stands.
   *
   * @return the status
   */
  public abstract RegistrationStatus status();

  /**
   * Returns when the registrant asked for a place.
   *
   * @return the instant of the request
   */
  public abstract Instant registeredAt();

  /**
   * Returns when the registrant got a place, directly or by promotion from the waitlist.
   *
   * @return the instant; empty if they never had a place
   */
  public abstract Optional<Instant> confirmedAt();

  /**
   * Returns when the registration was cancelled.
   *
   * @return the instant; present exactly when the status is a cancellation
   */
  public abstract Optional<Instant> cancelledAt();

  /**
   * Returns the place on the waitlist: 1 for the next person to be promoted.
   *
   * @return 1 or more, present exactly when the status is {@link RegistrationStatus#WAITLISTED}
   */
  public abstract OptionalInt waitlistPosition();

  /**
   * Tells whether the place came from the waitlist rather than at registration.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean promotedFromWaitlist() {
    return false;
  }

  /**
   * Returns the session registered for.
   *
   * @return the session id of {@link #id()}
   */
  public final SessionId sessionId() {
    return id().sessionId();
  }

  /**
   * Tells whether the registration still counts: confirmed or waitlisted.
   *
   * @return whether the status {@link RegistrationStatus#isActive() is active}
   */
  public final boolean isActive() {
    return status().isActive();
  }

  /**
   * Tells whether the registrant has a place.
   *
   * @return whether the status is {@link RegistrationStatus#CONFIRMED}
   */
  public final boolean isConfirmed() {
    return status() == RegistrationStatus.CONFIRMED;
  }

  /**
   * Tells whether the registrant waits for a place.
   *
   * @return whether the status is {@link RegistrationStatus#WAITLISTED}
   */
  public final boolean isWaitlisted() {
    return status() == RegistrationStatus.WAITLISTED;
  }

  abstract Registration withWaitlistPosition(int position);

  /** A copy confirmed at {@code now}, from the waitlist. */
  final Registration promoted(Instant now) {
    return builder()
        .id(id())
        .registrant(registrant())
        .status(RegistrationStatus.CONFIRMED)
        .registeredAt(registeredAt())
        .confirmedAt(now)
        .promotedFromWaitlist(true)
        .build();
  }

  /** A copy cancelled at {@code now}, by the registrant or the organizer. */
  final Registration cancelled(RegistrationStatus by, Instant now) {
    return builder()
        .id(id())
        .registrant(registrant())
        .status(by)
        .registeredAt(registeredAt())
        .confirmedAt(confirmedAt())
        .promotedFromWaitlist(promotedFromWaitlist())
        .cancelledAt(now)
        .build();
  }

  @Value.Check
  void check() {
    // Each optional attribute is read once: every read makes a new Optional.
    RegistrationStatus status = status();
    OptionalInt position = waitlistPosition();
    Instant confirmed = confirmedAt().orElse(null);
    Instant cancelled = cancelledAt().orElse(null);
    if (position.isPresent() != (status == RegistrationStatus.WAITLISTED)) {
      throw new SessionValidationException(
          "waitlistPosition", "must be present exactly when the status is WAITLISTED (status " + status + ")");
    }
    if (position.isPresent() && position.getAsInt() < 1) {
      throw new SessionValidationException(
          "waitlistPosition", "must be at least 1 (was " + position.getAsInt() + ")");
    }
    if ((cancelled != null) == status.isActive()) {
      throw new SessionValidationException(
          "cancelledAt", "must be present exactly when the status is a cancellation (status " + status + ")");
    }
    if (status == RegistrationStatus.CONFIRMED && confirmed == null) {
      throw new SessionValidationException("confirmedAt", "must be present when the status is CONFIRMED");
    }
    if (status == RegistrationStatus.WAITLISTED && confirmed != null) {
      throw new SessionValidationException("confirmedAt", "must be empty when the status is WAITLISTED");
    }
    if (promotedFromWaitlist() && confirmed == null) {
      throw new SessionValidationException(
          "promotedFromWaitlist", "a promoted registration needs confirmedAt");
    }
    if (confirmed != null && confirmed.isBefore(registeredAt())) {
      throw new SessionValidationException(
          "confirmedAt", "must not be before registeredAt " + registeredAt() + " (was " + confirmed + ")");
    }
    if (cancelled != null && cancelled.isBefore(registeredAt())) {
      throw new SessionValidationException(
          "cancelledAt", "must not be before registeredAt " + registeredAt() + " (was " + cancelled + ")");
    }
  }

  /**
   * Describes the registration without the registrant's name or e-mail address.
   *
   * @return such as {@code Registration{id=imposter-syndrome-2023-02-01#3, status=WAITLISTED,
   *     position=1}}
   */
  @Override
  public String toString() {
    return "Registration{id="
        + id()
        + ", status="
        + status()
        + (waitlistPosition().isPresent() ? ", position=" + waitlistPosition().getAsInt() : "")
        + (promotedFromWaitlist() ? ", promoted" : "")
        + "}";
  }

  /** Builds a {@link Registration}; each attribute may be set once. */
  public static final class Builder extends ImmutableRegistration.Builder {
    Builder() {}
  }
}
