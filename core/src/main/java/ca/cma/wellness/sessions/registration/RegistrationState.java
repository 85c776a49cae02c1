package ca.cma.wellness.sessions.registration;

/** Whether a session takes registrations right now, as public feeds announce it. */
public enum RegistrationState {
  /** Registering confirms a place. */
  OPEN,
  /** Every place is taken; registering joins the waitlist. */
  WAITLIST,
  /** Every place is taken and the waitlist is full or not offered; registering is refused. */
  FULL,
  /** Registration has not opened, has closed, or the session is cancelled or over. */
  CLOSED
}
