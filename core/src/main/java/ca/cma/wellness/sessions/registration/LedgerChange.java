package ca.cma.wellness.sessions.registration;

import ca.cma.wellness.sessions.SessionValidationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one {@link RegistrationLedger} operation did: the notices the host must act on, in the
 * order they happened.
 *
 * <p>Immutable and thread-safe.
 *
 * @param version the version of the change, which puts changes in the order they took effect:
 *     two changes to one session never share a version, the later one has the higher, and the
 *     changes replayed in version order (those that share one, which touch different sessions, in
 *     any order) reach the ledger's state; see {@link RegistrationLedger}. An operation that changed
 *     nothing returns the version its sessions already had
 * @param notices what happened, in order: for a request, any reconciliation notices, the answer
 *     (one per session asked for) and its consequences, such as promotions and moves up the
 *     waitlist
 */
public record LedgerChange(long version, List<Notice> notices) {
  /**
   * Copies the notices.
   *
   * @param version the ledger's version after the operation, zero or more
   * @param notices what happened, in order
   * @throws SessionValidationException with path {@code version} if it is negative
   */
  public LedgerChange {
    if (version < 0) {
      throw new SessionValidationException("version", "must be at least 0 (was " + version + ")");
    }
    notices = List.copyOf(notices);
  }

  /**
   * Returns the notices that answer the request: one per session asked for, in the order asked
   * (by part number for a series).
   *
   * @return the answers; empty for a reconciliation, which answers no request
   */
  public List<Notice> answers() {
    return notices.stream().filter(Notice::answersRequest).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Tells whether the operation changed nothing.
   *
   * @return whether there are no notices
   */
  public boolean isEmpty() {
    return notices.isEmpty();
  }
}
