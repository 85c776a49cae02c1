package ca.cma.wellness.sessions.json;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Series;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.facts.InviteFacts;
import ca.cma.wellness.sessions.facts.ProgramFacts;
import ca.cma.wellness.sessions.facts.SeriesFacts;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.json.internal.JsCalendarWriter;
import ca.cma.wellness.sessions.json.internal.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes JSCalendar (RFC 8984) objects for calendar servers: an {@code Event} per session, a
 * {@code Group} for a series or for any sessions of the program, and one registrant's copy of a
 * planner message.
 *
 * <pre>{@code
 * JsCalendar jscal = JsCalendar.of(program, clock);
 * String event = jscal.event(session);
 * String series = jscal.group(program.seriesById(id).orElseThrow());
 * String everything = jscal.feed(program.sessionsInOrder());
 * String mine = jscal.invite(message);   // private: the join link, for its recipient alone
 * }</pre>
 *
 * <h2>Event</h2>
 *
 * Every value comes from {@link ProgramFacts}, as in every other format; this class only writes
 * it. {@code uid} ({@link Program#uidOf(Session)}, as everywhere), {@code updated} (the clock's
 * instant, as iCalendar's DTSTAMP), {@code title} (the title with its series part), {@code
 * description} unless empty, both in the program's first language or, in an invite, the
 * recipient's, {@code locale} ({@code en} or {@code fr}: the language the title is actually in),
 * {@code localizations} (the other language's title, description and keywords, where the program
 * has them, as RFC 8984 §4.6.1 patches), {@code start} (local
 * date-time) with {@code timeZone} (IANA id), {@code duration}, {@code status} ({@code confirmed}
 * or {@code cancelled}), {@code sequence} (the revision), {@code keywords} (the topics), {@code
 * links.registration} (the session's page), {@code participants} (each moderator, as attendee and
 * chair, keyed by the moderator id with {@code _} written {@code __} and {@code .} written {@code
 * _d}), and for a series part {@code relatedTo}: the series group as {@code parent}, the first
 * scheduled part as {@code first}, the next scheduled part as {@code next}. Public events never
 * carry a join link; moderators are their only participants.
 *
 * <h2>Invite</h2>
 *
 * {@link #invite(InviteMessage)} writes what one planner message says to its recipient, as
 * iCalendar's {@code Ical.invite} does: the event above with the message's {@code method} ({@code
 * request} or {@code cancel}, RFC 8984 §4.1.8), its {@code sequence} (the planner's, not the
 * revision) and its {@code status} ({@code cancelled} for a CANCEL), plus {@code replyTo.imip} (the
 * organizer's {@code mailto:} address), {@code participants._organizer} (the organizer, as owner,
 * with name, e-mail and {@code sendTo}), {@code participants._registrant} (the recipient, as
 * attendee, with name, e-mail, {@code sendTo} and language; no other registrant appears), and for a
 * REQUEST {@code virtualLocations.join}, a {@code VirtualLocation} whose {@code uri} is the join
 * link. Never publish it.
 *
 * <h2>Group</h2>
 *
 * {@code uid} ({@code series/<series id>@<uid domain>} for a series, {@code program/all@<uid
 * domain>} for sessions of the program; a {@code /} never occurs in a session's UID), {@code
 * updated}, {@code title}, {@code description} unless empty, and {@code entries}: the events, series
 * parts by part number, other sessions in the order given.
 *
 * <p>Immutable and thread-safe; deterministic for one clock instant.
 */
public final class JsCalendar {
  private final ProgramFacts facts;
  private final Clock clock;

  private JsCalendar(ProgramFacts facts, Clock clock) {
    this.facts = facts;
    this.clock = clock;
  }

  /**
   * Returns the JSCalendar writer of a program.
   *
   * @param program the program: its organizer, series and UID domain
   * @param clock the source of {@code updated}
   * @return the writer
   */
  public static JsCalendar of(Program program, Clock clock) {
    return new JsCalendar(
        ProgramFacts.of(Objects.requireNonNull(program, "program")), Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Returns the program.
   *
   * @return the program
   */
  public Program program() {
    return facts.program();
  }

  /**
   * Writes the public event of a session.
   *
   * @param session a session of the program
   * @return a JSCalendar {@code Event}, ending with a line feed
   * @throws IllegalArgumentException if the session is a part of a series the program lacks
   */
  public String event(Session session) {
    Objects.requireNonNull(session, "session");
    return Json.write(JsCalendarWriter.event(facts.session(session), clock.instant()));
  }

  /**
   * Writes a series and its scheduled parts.
   *
   * @param series a series of the program
   * @return a JSCalendar {@code Group}, ending with a line feed
   * @throws IllegalArgumentException if the series is not the program's
   */
  public String group(Series series) {
    Objects.requireNonNull(series, "series");
    SeriesFacts of =
        facts.series(series.id())
            .orElseThrow(() -> new IllegalArgumentException("series \"" + series.id() + "\" is not in this program"));
    return Json.write(JsCalendarWriter.group(facts, of, clock.instant()));
  }

  /**
   * Writes sessions of the program as one group, in the order given.
   *
   * @param sessions the sessions, such as {@link Program#sessionsInOrder()}
   * @return a JSCalendar {@code Group}, ending with a line feed
   * @throws IllegalArgumentException if a session is a part of a series the program lacks
   */
  public String feed(Iterable<? extends Session> sessions) {
    return Json.write(group(sessions));
  }

  /**
   * Writes sessions of the program as one group, as text.
   *
   * @param sessions the sessions
   * @param out where the text goes; not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a session is a part of a series the program lacks
   */
  public void writeFeed(Iterable<? extends Session> sessions, Appendable out) throws IOException {
    Json.write(group(sessions), Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes sessions of the program as one group, as UTF-8.
   *
   * @param sessions the sessions
   * @param out where the bytes go; flushed, not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a session is a part of a series the program lacks
   */
  public void writeFeed(Iterable<? extends Session> sessions, OutputStream out) throws IOException {
    Json.write(group(sessions), Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes one planner message as its recipient's JSCalendar event: the same UID, SEQUENCE,
   * status, start and end as the iCalendar invite of the same message.
   *
   * @param message the message
   * @return a JSCalendar {@code Event} with the recipient, ending with a line feed
   * @throws SessionValidationException with path {@code session.status} if a REQUEST describes a
   *     cancelled session
   * @throws IllegalArgumentException if the session is a part of a series the program lacks
   */
  public String invite(InviteMessage message) {
    InviteFacts invite = facts.invite(Objects.requireNonNull(message, "message"));
    return Json.write(JsCalendarWriter.invite(invite, clock.instant()));
  }

  private ObjectNode group(Iterable<? extends Session> sessions) {
    return JsCalendarWriter.group(facts, Objects.requireNonNull(sessions, "sessions"), clock.instant());
  }
}
