package ca.cma.wellness.sessions.registration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one operation on a {@link Roster}: the roster as it now is, and the notices the
 * host must act on, in the order they happened.
 *
 * <p>Immutable and thread-safe.
 *
 * @param roster the roster after the operation; the same roster when nothing changed
 * @param notices what happened, in order: the answer to the request, and consequences such as
 *     promotions
 */
public record RosterChange(Roster roster, List<Notice> notices) {
  /**
   * Copies the notices.
   *
   * @param roster the roster after the operation
   * @param notices what happened, in order
   */
  public RosterChange {
    Objects.requireNonNull(roster, "roster");
    notices = List.copyOf(notices);
  }

  /**
   * Returns the notice that answers the request: confirmed, waitlisted, already registered,
   * refused, cancelled or removed.
   *
   * @return the answer; empty for {@link Roster#reconcile}, which answers no request
   */
  public Optional<Notice> answer() {
    return notices.stream().filter(Notice::answersRequest).findFirst();
  }
}
