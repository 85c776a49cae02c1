package ca.cma.wellness.sessions.invites;

/** The iTIP method of a calendar message to one registrant (RFC 5546). */
public enum InviteMethod {
  /** Puts the session in the registrant's calendar, or updates it there. */
  REQUEST,
  /** Removes the session from the registrant's calendar. */
  CANCEL
}
