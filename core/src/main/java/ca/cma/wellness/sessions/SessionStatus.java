package ca.cma.wellness.sessions;

/** Whether a session is still going to happen. */
public enum SessionStatus {
  /** The session will take place. */
  SCHEDULED,
  /** The session was called off; it stays in feeds so that calendars remove it. */
  CANCELLED
}
