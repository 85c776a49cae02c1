package ca.cma.wellness.sessions.facts;

import ca.cma.wellness.sessions.SessionUid;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one session stands in its series, among the parts the program schedules: iCalendar's
 * RELATED-TO, JSCalendar's {@code relatedTo}, schema.org's {@code superEvent} and the feeds'
 * part numbers all come from here.
 *
 * <p>Immutable and thread-safe.
 *
 * @param series the series
 * @param part the session's part number, 1 for part I
 * @param first the first scheduled part, unless it is this session
 * @param previous the scheduled part just before this one, if any
 * @param next the scheduled part just after this one, if any
 */
public record SeriesPlace(
    SeriesFacts series,
    int part,
    Optional<SessionUid> first,
    Optional<SessionUid> previous,
    Optional<SessionUid> next) {
  /**
   * Checks that every part is given.
   *
   * @param series the series
   * @param part the part number
   * @param first the first part, or empty
   * @param previous the previous part, or empty
   * @param next the next part, or empty
   */
  public SeriesPlace {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(next, "next");
  }

  /**
   * Returns how many parts the series has, scheduled or not.
   *
   * @return the series' part count
   */
  public int partCount() {
    return series.series().partCount();
  }
}
