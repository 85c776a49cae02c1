package ca.cma.wellness.sessions.json;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Series;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.json.internal.JsCalendarWriter;
import ca.cma.wellness.sessions.json.internal.Json;
import java.time.Clock;
import java.util.Objects;

/**
 * Writes JSCalendar (RFC 8984) objects for calendar servers: an {@code Event} per session, and a
 * {@code Group} for a series or for the whole program. These are public: moderators are the only
 * participants, and there is no join link; {@link JsCalendarInvite} writes one registrant's copy.
 *
 * <pre>{@code
 * JsCalendar jscal = JsCalendar.of(clock);
 * String event = jscal.event(program, session);
 * String series = jscal.group(program, program.seriesById(id).orElseThrow());
 * String everything = jscal.group(program);
 * }</pre>
 *
 * <h2>Event</h2>
 *
 * {@code uid} ({@link Program#uidOf(Session)}, as everywhere), {@code updated} (the clock's
 * instant, as iCalendar's DTSTAMP), {@code title} ({@link Program#displayTitle(Session)}), {@code
 * description} unless empty, {@code locale} ({@code en} or {@code fr}), {@code start} (local
 * date-time) with {@code timeZone} (IANA id), {@code duration}, {@code status} ({@code confirmed}
 * or {@code cancelled}), {@code sequence} (the revision), {@code keywords} (the topics), {@code
 * links.registration} (the registration page), {@code participants} (each moderator, as attendee
 * and chair, keyed by the moderator id with {@code _} written {@code __} and {@code .} written
 * {@code _d}), and for a series part {@code relatedTo}: the series group as {@code parent}, the
 * first scheduled part as {@code first}, the next scheduled part as {@code next}.
 *
 * <h2>Group</h2>
 *
 * {@code uid} ({@code series/<series id>@<uid domain>} for a series, {@code program/all@<uid
 * domain>} for the program; a {@code /} never occurs in a session's UID), {@code updated}, {@code
 * title}, {@code description} unless empty, and {@code entries}: the events, series parts by part
 * number, the program's sessions by start.
 *
 * <p>Immutable and thread-safe; deterministic for one clock instant.
 */
public final class JsCalendar {
  private final Clock clock;

  private JsCalendar(Clock clock) {
    this.clock = clock;
  }

  /**
   * Returns a writer.
   *
   * @param clock the source of {@code updated}
   * @return the writer
   */
  public static JsCalendar of(Clock clock) {
    return new JsCalendar(Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Writes the public event of a session.
   *
   * @param program the program the session belongs to
   * @param session the session
   * @return a JSCalendar {@code Event}, ending with a line feed
   * @throws IllegalArgumentException if the session is a part of a series the program lacks
   */
  public String event(Program program, Session session) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(session, "session");
    return Json.write(JsCalendarWriter.event(program, session, clock.instant()));
  }

  /**
   * Writes a series and its scheduled parts.
   *
   * @param program the program the series belongs to
   * @param series the series
   * @return a JSCalendar {@code Group}, ending with a line feed
   */
  public String group(Program program, Series series) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(series, "series");
    return Json.write(JsCalendarWriter.group(program, series, clock.instant()));
  }

  /**
   * Writes every session of the program, by start.
   *
   * @param program the program
   * @return a JSCalendar {@code Group}, ending with a line feed
   */
  public String group(Program program) {
    Objects.requireNonNull(program, "program");
    return Json.write(JsCalendarWriter.group(program, clock.instant()));
  }
}
