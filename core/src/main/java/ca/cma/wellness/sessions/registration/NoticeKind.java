package ca.cma.wellness.sessions.registration;

/**
 * What a {@link Notice} tells the host. Some kinds answer the request that caused them ({@link
 * #answersRequest()}); the others are consequences for other people, such as a promotion after a
 * withdrawal.
 */
public enum NoticeKind {
  /** The request was accepted and the registrant has a place. */
  CONFIRMED(true),
  /** The request was accepted and the registrant is on the waitlist, at the given position. */
  WAITLISTED(true),
  /** The registrant already had an active registration, which is returned unchanged. */
  ALREADY_REGISTERED(true),
  /** The request was refused; the notice carries a {@link RefusalReason}. */
  REFUSED(true),
  /** The registrant withdrew as they asked. */
  WITHDRAWN(true),
  /** The organizer removed the registrant as they asked. */
  REMOVED(true),
  /** A waitlisted registrant moved to a confirmed place. */
  PROMOTED(false),
  /**
   * A waitlisted registrant moved closer to a place, because someone ahead of them was promoted or
   * left the waitlist; the notice carries the new position.
   */
  MOVED_UP(false),
  /** The organizer called the session off; the registration was cancelled with it. */
  SESSION_CANCELLED(false);

  private final boolean answersRequest;

  NoticeKind(boolean answersRequest) {
    this.answersRequest = answersRequest;
  }

  /**
   * Tells whether a notice of this kind answers the request that caused it, rather than reporting a
   * consequence for someone else.
   *
   * @return true for {@link #CONFIRMED}, {@link #WAITLISTED}, {@link #ALREADY_REGISTERED}, {@link
   *     #REFUSED}, {@link #WITHDRAWN} and {@link #REMOVED}
   */
  public boolean answersRequest() {
    return answersRequest;
  }
}
