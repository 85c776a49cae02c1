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
 * @param version the ledger's version after the operation: it grows by one with each operation
 *     that changed a registration, so that concurrent operations can be put in the order they took
 *     effect; an operation that changed nothing leaves it as it was
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
