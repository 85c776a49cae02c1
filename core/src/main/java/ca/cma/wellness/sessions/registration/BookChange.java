package ca.cma.wellness.sessions.registration;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The result of one operation on a {@link RegistrationBook} or a {@link RegistrationLedger}: the
 * book as it now is, and the notices the host must act on, in the order they happened.
 *
 * <p>Immutable and thread-safe.
 *
 * @param book the book after the operation; the same book when nothing changed
 * @param notices what happened, in order: the answers to the request (one per session asked for)
 *     and consequences such as promotions
 */
public record BookChange(RegistrationBook book, List<Notice> notices) {
  /**
   * Copies the notices.
   *
   * @param book the book after the operation
   * @param notices what happened, in order
   */
  public BookChange {
    Objects.requireNonNull(book, "book");
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
}
