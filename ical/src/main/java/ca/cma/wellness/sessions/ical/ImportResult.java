package ca.cma.wellness.sessions.ical;

import ca.cma.wellness.sessions.Session;
import java.util.List;
import java.util.Objects;

/**
 * What an .ics import gave: the sessions it mapped and a report for every VEVENT it did not map.
 * Every VEVENT read is accounted for: the number of VEVENTs equals {@code sessions().size() +
 * reports().size()}.
 *
 * <p>Immutable and thread-safe.
 *
 * <p>{@code warnings()} lists what was malformed but ignored, because sessions never read it: a
 * floating or unreadable CREATED or DTSTAMP, a content line whose parameters cannot be read in a
 * property such as ATTENDEE or in a VALARM. Each is a sentence that starts with {@code line N:}.
 *
 * @param sessions the sessions, in the order of the input
 * @param reports the VEVENTs not mapped, in the order of the input
 * @param warnings what was malformed and ignored, in the order of the input
 */
public record ImportResult(List<Session> sessions, List<ImportReport> reports, List<String> warnings) {
  /**
   * Copies the lists.
   *
   * @param sessions the sessions
   * @param reports the reports
   * @param warnings the warnings
   */
  public ImportResult {
    sessions = List.copyOf(Objects.requireNonNull(sessions, "sessions"));
    reports = List.copyOf(Objects.requireNonNull(reports, "reports"));
    warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
  }

  /**
   * Returns the number of VEVENTs read.
   *
   * @return sessions and reports
   */
  public int events() {
    return sessions.size() + reports.size();
  }
}
