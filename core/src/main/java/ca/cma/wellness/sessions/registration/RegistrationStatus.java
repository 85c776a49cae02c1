package ca.cma.wellness.sessions.registration;

/** Where one {@link Registration} stands. */
public enum RegistrationStatus {
  /** The registrant has a place. */
  CONFIRMED,
  /** The registrant waits for a place, in first-come, first-served order. */
  WAITLISTED,
  /** The registrant withdrew ({@link Roster#withdraw}). */
  WITHDRAWN,
  /**
   * The organizer removed the registrant ({@link Roster#remove}) or called the session off; the
   * notice of the operation tells which.
   */
  REMOVED;

  /**
   * Tells whether a registration in this status still counts: confirmed or waitlisted.
   *
   * @return whether this is {@link #CONFIRMED} or {@link #WAITLISTED}
   */
  public boolean isActive() {
    return this == CONFIRMED || this == WAITLISTED;
  }
}
