package ca.cma.wellness.sessions.registration;

import java.util.List;
import java.util.Objects;

/**
 * The result of one operation on a {@link RegistrationBook}: the book as it now is, and the
 * notices, in the order they happened. The in-memory ledger keeps the book and hands the host the
 * notices as a {@link LedgerChange}.
 *
 * @param book the book after the operation; the same book when nothing changed
 * @param notices what happened, in order
 */
record BookChange(RegistrationBook book, List<Notice> notices) {
  BookChange {
    Objects.requireNonNull(book, "book");
    notices = List.copyOf(notices);
  }

  /** The notices that answer the request, as {@link LedgerChange#answers()}. */
  List<Notice> answers() {
    return new LedgerChange(book.version(), notices).answers();
  }
}
