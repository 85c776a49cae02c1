package ca.cma.wellness.sessions.invites;

/** Why a calendar message is sent, which decides the words of the e-mail around it. */
public enum InviteReason {
  /** The registrant was confirmed when they registered. */
  CONFIRMED,
  /** The registrant moved from the waitlist to a confirmed place. */
  PROMOTED,
  /** Something the registrant sees changed: time, duration, title, join link or moderators. */
  UPDATED,
  /** The registrant withdrew, or the organizer removed them. */
  WITHDRAWN,
  /** The organizer called the session off. */
  SESSION_CANCELLED
}
