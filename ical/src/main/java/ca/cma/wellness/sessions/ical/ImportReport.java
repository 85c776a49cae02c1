package ca.cma.wellness.sessions.ical;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Why one VEVENT of an .ics import did not become a session: its line, its UID if it has one, the
 * kind of reason and a plain sentence naming the property and the value, such as {@code DTSTART:
 * all-day events (VALUE=DATE) cannot be sessions}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param line the line of the VEVENT's BEGIN, from 1
 * @param uid the VEVENT's UID as written, or empty if it has none
 * @param reason the kind of reason
 * @param problem a sentence that names the line of the problem when it is not the BEGIN's, the
 *     property and the value
 */
public record ImportReport(int line, Optional<String> uid, Reason reason, String problem) {
  /** Why a VEVENT was not mapped; the labels are stable and written in lower case. */
  public enum Reason {
    /**
     * RRULE, RDATE, EXDATE or RECURRENCE-ID read without a window ({@link
     * IcsImport#expandingWithin}), or a rule outside the subset the importer expands (such as
     * FREQ=HOURLY or BYSETPOS), or one that needs more work than allowed.
     */
    RECURRING,
    /** DTSTART or DTEND is a DATE: an all-day event has no time to meet. */
    ALL_DAY,
    /** UID, SUMMARY, DTSTART, or both DTEND and DURATION, are missing or blank. */
    INCOMPLETE,
    /**
     * A TZID that names no IANA or Windows zone and no readable VTIMEZONE of its calendar, or
     * whose VTIMEZONE matches no IANA region.
     */
    ZONE,
    /** A value the mapping reads is malformed or breaks a rule of sessions (end before start). */
    INVALID,
    /** The UID gives the session id of an earlier VEVENT of the same import. */
    DUPLICATE;

    /**
     * Returns the label, such as {@code all-day}.
     *
     * @return lower case, words joined by a hyphen
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * Checks the report.
   *
   * @param line at least 1
   * @param uid the UID, or empty
   * @param reason the reason
   * @param problem the sentence
   * @throws IllegalArgumentException if {@code line} is less than 1
   */
  public ImportReport {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(problem, "problem");
    if (line < 1) {
      throw new IllegalArgumentException("line must be at least 1 (was " + line + ")");
    }
  }

  /**
   * Returns the report as one line, such as {@code line 12 (UID abc@example.org): recurring:
   * RRULE: ...}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "line " + line + uid.map(u -> " (UID " + u + ")").orElse("") + ": " + reason.label() + ": " + problem;
  }
}
