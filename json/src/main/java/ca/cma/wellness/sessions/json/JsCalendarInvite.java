package ca.cma.wellness.sessions.json;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.json.internal.JsCalendarWriter;
import ca.cma.wellness.sessions.json.internal.Json;
import java.time.Clock;
import java.util.Objects;

/**
 * Writes the JSCalendar (RFC 8984) event of a session as one registrant receives it: private, it
 * carries the join link and names that registrant. Never publish it; {@link JsCalendar} writes the
 * public event.
 *
 * <pre>{@code
 * String mine = JsCalendarInvite.of(clock).event(program, session, registrant);
 * }</pre>
 *
 * <p>The event is the public one of {@link JsCalendar#event(Program, Session)} plus:
 *
 * <ul>
 *   <li>{@code replyTo.imip}: the organizer's {@code mailto:} address;
 *   <li>{@code participants._organizer}: the organizer, as owner, with name, e-mail and {@code
 *       sendTo};
 *   <li>{@code participants._registrant}: the registrant, as attendee, with name, e-mail, {@code
 *       sendTo} and language; no other registrant appears;
 *   <li>{@code virtualLocations.join}: a {@code VirtualLocation} whose {@code uri} is the
 *       session's {@link Session#joinUrl() join link}.
 * </ul>
 *
 * <p>Immutable and thread-safe; deterministic for one clock instant.
 */
public final class JsCalendarInvite {
  private final Clock clock;

  private JsCalendarInvite(Clock clock) {
    this.clock = clock;
  }

  /**
   * Returns a writer.
   *
   * @param clock the source of {@code updated}
   * @return the writer
   */
  public static JsCalendarInvite of(Clock clock) {
    return new JsCalendarInvite(Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Writes one registrant's event.
   *
   * @param program the program the session belongs to
   * @param session the session
   * @param registrant the one person the event is for
   * @return a JSCalendar {@code Event} with the join link, ending with a line feed
   * @throws IllegalArgumentException if the session is a part of a series the program lacks
   */
  public String event(Program program, Session session, Registrant registrant) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(registrant, "registrant");
    return Json.write(JsCalendarWriter.invite(program, session, registrant, clock.instant()));
  }
}
