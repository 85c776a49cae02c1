package ca.cma.wellness.sessions.ical;

import ca.cma.wellness.sessions.Session;
import java.util.List;
import java.util.Objects;

/**
 * What an .ics import gave: the sessions it mapped and a report for every VEVENT it did not map.
 * Every VEVENT read is accounted for: it was mapped or reported, {@code events() == mapped() +
 * reports().size()}. A VEVENT mapped gives one session; within a window ({@link
 * IcsImport#expandingWithin}) a recurring one gives each occurrence that starts in the window.
 *
 * <p>Immutable and thread-safe.
 *
 * <p>{@code warnings()} lists what was malformed but ignored, because sessions never read it: a
 * floating or unreadable CREATED or DTSTAMP, a content line whose parameters cannot be read in a
 * property such as ATTENDEE or in a VALARM; and, within a window, a recurring VEVENT whose
 * occurrences passed the cap ({@link IcsImport#MAX_OCCURRENCES}) or of which no occurrence starts
 * in the window. Each is a sentence that starts with {@code line N:}.
 *
 * @param sessions the sessions, in the order of the input
 * @param reports the VEVENTs not mapped, in the order of the input
 * @param warnings what was malformed and ignored, in the order of the input
 * @param events the number of VEVENTs read
 */
public record ImportResult(List<Session> sessions, List<ImportReport> reports, List<String> warnings, int events) {
  /**
   * Copies the lists.
   *
   * @param sessions the sessions
   * @param reports the reports
   * @param warnings the warnings
   * @param events the VEVENTs read, at least the reports
   * @throws IllegalArgumentException if {@code events} is less than the reports
   */
  public ImportResult {
    sessions = List.copyOf(Objects.requireNonNull(sessions, "sessions"));
    reports = List.copyOf(Objects.requireNonNull(reports, "reports"));
    warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    if (events < reports.size()) {
      throw new IllegalArgumentException("events must be at least the reports, " + reports.size() + " (was " + events + ")");
    }
  }

  /**
   * Returns the number of VEVENTs that were mapped: {@code events() - reports().size()}. Without
   * a window ({@link IcsImport#expandingWithin}), each gave one session, so it is {@code
   * sessions().size()}; within a window, a recurring VEVENT gives its occurrences in the window,
   * perhaps none (a warning says so).
   *
   * @return the VEVENTs mapped
   */
  public int mapped() {
    return events - reports.size();
  }
}
