package ca.cma.wellness.sessions.registration;

import ca.cma.wellness.sessions.SessionValidationException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a public feed may say about registering for one session: its {@link RegistrationState}
 * and, when the session has a capacity, how many places are left. It holds no registrant.
 *
 * <p>Immutable and thread-safe.
 *
 * @param state whether registering is possible now
 * @param spotsLeft places left when capacity is limited, or empty for no limit
 */
public record Availability(RegistrationState state, OptionalInt spotsLeft) {
  /**
   * Checks the values.
   *
   * @param state whether registering is possible now
   * @param spotsLeft places left, zero or more, or empty
   * @throws SessionValidationException with path {@code spotsLeft} if it is negative
   */
  public Availability {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(spotsLeft, "spotsLeft");
    if (spotsLeft.isPresent() && spotsLeft.getAsInt() < 0) {
      throw new SessionValidationException(
          "spotsLeft", "must be at least 0 (was " + spotsLeft.getAsInt() + ")");
    }
  }

  /**
   * Returns the availability with the given state and places left.
   *
   * @param state whether registering is possible now
   * @param spotsLeft places left, zero or more, or empty for no limit
   * @return the availability
   * @throws SessionValidationException with path {@code spotsLeft} if it is negative
   */
  public static Availability of(RegistrationState state, OptionalInt spotsLeft) {
    return new Availability(state, spotsLeft);
  }
}
