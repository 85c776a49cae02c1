package ca.cma.wellness.sessions.ical;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.facts.InviteFacts;
import ca.cma.wellness.sessions.facts.ProgramFacts;
import ca.cma.wellness.sessions.facts.SessionFacts;
import ca.cma.wellness.sessions.ical.internal.IcalWriter;
import ca.cma.wellness.sessions.ical.internal.ModelSink;
import ca.cma.wellness.sessions.ical.internal.TextSink;
import ca.cma.wellness.sessions.invites.InviteMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;

/**
 * The iCalendar front door: a program's public subscription feed, one e-mailable invite, update
 * or cancellation per planner message, and the registrants' replies.
 *
 * <p>Publish the feed that people subscribe to; the caller chooses its sessions, usually with
 * {@link Program#upcoming(Clock, Duration)}:
 *
 * <pre>{@code
 * Ical ical = Ical.of(program, Clock.systemUTC());
 * try (OutputStream out = response.getOutputStream()) {   // Content-Type: text/calendar; charset=UTF-8
 *   ical.writeFeed(program.upcoming(Clock.systemUTC(), Duration.ofDays(120)), out);
 * }
 * String text = ical.feed(program.sessionsInOrder());      // or the same as a String
 * }</pre>
 *
 * <p>Mail what the invite planner says to send:
 *
 * <pre>{@code
 * for (InviteMessage message : messages) {
 *   InviteEmail mail = ical.invite(message);
 *   mailer.send(mail.recipient().email(), mail.subject(), mail.text(),     // text/plain part
 *       mail.contentType(), mail.bytes());                                  // text/calendar part
 * }
 * }</pre>
 *
 * <p>Read a registrant's answer with a {@link ReplyReader}, which checks it against the
 * authenticated sender, the registrations and what was sent:
 *
 * <pre>{@code
 * ReplyOutcome outcome = ReplyReader.of(program, ledger.snapshot(), sentLog)
 *     .read(authenticatedSender, replyPart.getInputStream());
 * if (outcome instanceof ReplyOutcome.Accepted accepted && accepted.rsvp().isDecline()) { ... }
 * }</pre>
 *
 * <h2>What the output looks like</h2>
 *
 * <ul>
 *   <li>Every value comes from the program's {@link ProgramFacts}: this class only writes them.
 *   <li>Text is in one language: a feed's is {@link #language()} (one feed per language, see
 *       {@link #withLanguage(Language)}), an invite's its recipient's. SUMMARY, DESCRIPTION, NAME
 *       and CATEGORIES carry {@code LANGUAGE=en-CA} or {@code fr-CA}, the language the text is
 *       actually in (the program's first language where it has no translation).
 *   <li>The feed is METHOD:PUBLISH with NAME and X-WR-CALNAME, the program's description as
 *       DESCRIPTION (RFC 7986) and X-WR-CALDESC, REFRESH-INTERVAL and X-PUBLISHED-TTL; one VEVENT
 *       per session with UID {@link Program#uidOf(Session)}, DTSTAMP from the clock (a new copy of
 *       the calendar, as RFC 5545 says for METHOD:PUBLISH), LAST-MODIFIED from {@link
 *       Session#lastModified()} (the session's last real change, which clients compare), DTSTART
 *       and DTEND with the session's TZID, SUMMARY {@link SessionFacts#summary} ("Cancelled: …"
 *       once the session is called off), a DESCRIPTION that adds the moderators, the registration
 *       page (while the session is not cancelled), the support page and the program's national
 *       support resources (never a provincial one: a feed's reader is anonymous), one line each in
 *       the feed's language, URL, CATEGORIES (see {@link
 *       #withCategories(boolean)}), STATUS, SEQUENCE from {@link Session#revision()}, and
 *       RELATED-TO with RFC 9253's RELTYPE=FIRST and NEXT between the parts of a series. It never
 *       carries a join link nor any registrant. Calendars poll subscriptions on their own
 *       schedule: Google reloads every 8 to 24 hours whatever REFRESH-INTERVAL says.
 *   <li>An invite is one VCALENDAR with the message's METHOD and SEQUENCE. A REQUEST has the program's mailbox
 *       as ORGANIZER with its name as CN, and the recipient alone as ATTENDEE with
 *       {@code ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE}: Gmail and Outlook show
 *       an invitation with answer buttons only when the recipient is an attendee who has not
 *       answered yet and whose answer is asked for; with anything else they show a bare
 *       attachment. The join link is in CONFERENCE (RFC 7986), LOCATION and DESCRIPTION, since
 *       many clients ignore CONFERENCE. CLASS:PRIVATE keeps a peer-support session's details out
 *       of shared and delegated views of the registrant's calendar. A VALARM rings 15 minutes
 *       before unless {@link #withAlarm(Duration)} or {@link #withoutAlarm()} says otherwise. A
 *       CANCEL has STATUS:CANCELLED, the same UID, a DESCRIPTION (why, and the support page) and
 *       names the recipient alone.
 *   <li>Every TZID has a VTIMEZONE built offline from {@link java.time.zone.ZoneRules}, in the
 *       yearly-rule form Outlook reads, without history before the year before the output's first
 *       session. No network call is ever made, whatever ical4j's configuration.
 *   <li>Lines end with CRLF and are folded at 75 octets, never inside a UTF-8 character and never
 *       into an empty line. TEXT escapes {@code \}, {@code ;} and {@code ,}; every line break
 *       in a title or description (CR, LF or CRLF) becomes one {@code \n}, which calendars show as
 *       a line break. Parameter values such as CN cannot hold line breaks or double quotes: those
 *       become spaces and single quotes.
 *   <li>The same sessions, messages and clock give byte-identical output.
 * </ul>
 *
 * <p>Immutable and thread-safe: configure once with the {@code withX} methods and share.
 */
public final class Ical {
  /** How often subscribers are asked to reload the feed unless set: every 6 hours. */
  public static final Duration DEFAULT_REFRESH_INTERVAL = Duration.ofHours(6);

  /** How long before a session an invite's alarm rings unless set: 15 minutes. */
  public static final Duration DEFAULT_ALARM = Duration.ofMinutes(15);

  /** The settings, and the writer that uses them. */
  private final IcalWriter writer;

  private Ical(
      ProgramFacts facts,
      Clock clock,
      boolean categories,
      Duration alarm,
      Duration refreshInterval,
      Language language) {
    this.writer = new IcalWriter(facts, clock, categories, alarm, refreshInterval, language);
  }

  /**
   * Returns the iCalendar writer and reader of a program, with categories on, a 15-minute alarm
   * and a 6-hour refresh interval.
   *
   * @param program the program: organizer, UID domain, series and support page
   * @param clock the source of every DTSTAMP
   * @return the front door
   */
  public static Ical of(Program program, Clock clock) {
    return new Ical(
        ProgramFacts.of(Objects.requireNonNull(program, "program")),
        Objects.requireNonNull(clock, "clock"),
        true,
        DEFAULT_ALARM,
        DEFAULT_REFRESH_INTERVAL,
        program.firstLanguage());
  }

  /**
   * Returns the program.
   *
   * @return the program
   */
  public Program program() {
    return writer.facts().program();
  }

  /**
   * Returns the clock that stamps the output.
   *
   * @return the clock
   */
  public Clock clock() {
    return writer.clock();
  }

  /**
   * Returns a copy that writes for another program, such as the same program with a changed
   * session.
   *
   * @param program the program
   * @return the copy
   */
  public Ical withProgram(Program program) {
    return new Ical(
        ProgramFacts.of(Objects.requireNonNull(program, "program")),
        writer.clock(),
        writer.categories(),
        writer.alarm(),
        writer.refreshInterval(),
        writer.language());
  }

  /**
   * Returns the language of feeds: their calendar name, SUMMARY, DESCRIPTION and CATEGORIES.
   * Invites are always in their recipient's language.
   *
   * @return the program's first language unless set
   */
  public Language language() {
    return writer.language();
  }

  /**
   * Returns a copy whose feeds are in a language: host one feed per language, at two URLs. Both
   * have the same UIDs, times, status and SEQUENCE; NAME, X-WR-CALNAME, SUMMARY, DESCRIPTION and
   * CATEGORIES are in the language and carry {@code LANGUAGE=en-CA} or {@code fr-CA} (RFC 5545
   * §3.2.10), or the language a text falls back to when the program does not promise this one.
   *
   * @param language the feeds' language
   * @return the copy
   */
  public Ical withLanguage(Language language) {
    return new Ical(
        writer.facts(),
        writer.clock(),
        writer.categories(),
        writer.alarm(),
        writer.refreshInterval(),
        Objects.requireNonNull(language, "language"));
  }

  /**
   * Tells whether feed events carry the sessions' topics as CATEGORIES.
   *
   * @return true unless switched off
   */
  public boolean hasCategories() {
    return writer.categories();
  }

  /**
   * Returns a copy that does or does not write CATEGORIES in the feed.
   *
   * @param categories whether to write the topics as CATEGORIES
   * @return the copy
   */
  public Ical withCategories(boolean categories) {
    return new Ical(
        writer.facts(), writer.clock(), categories, writer.alarm(), writer.refreshInterval(),
        writer.language());
  }

  /**
   * Returns how long before the start an invite's alarm rings.
   *
   * @return the lead time, or empty when invites carry no alarm
   */
  public Optional<Duration> alarm() {
    return Optional.ofNullable(writer.alarm());
  }

  /**
   * Returns a copy whose invites ring this long before the start.
   *
   * @param beforeStart the lead time, from 1 minute to 7 days in whole minutes
   * @return the copy
   * @throws IllegalArgumentException if the lead time is out of range or not whole minutes
   */
  public Ical withAlarm(Duration beforeStart) {
    return new Ical(
        writer.facts(),
        writer.clock(),
        writer.categories(),
        minutes("beforeStart", beforeStart, Duration.ofDays(7)),
        writer.refreshInterval(),
        writer.language());
  }

  /**
   * Returns a copy whose invites carry no alarm.
   *
   * @return the copy
   */
  public Ical withoutAlarm() {
    return new Ical(
        writer.facts(), writer.clock(), writer.categories(), null, writer.refreshInterval(),
        writer.language());
  }

  /**
   * Returns how often subscribers are asked to reload the feed.
   *
   * @return the REFRESH-INTERVAL and X-PUBLISHED-TTL
   */
  public Duration refreshInterval() {
    return writer.refreshInterval();
  }

  /**
   * Returns a copy that asks subscribers to reload the feed this often. Apple Calendar and
   * Outlook honour it; Google polls on its own 8 to 24 hour schedule.
   *
   * @param interval from 1 minute to 7 days in whole minutes
   * @return the copy
   * @throws IllegalArgumentException if the interval is out of range or not whole minutes
   */
  public Ical withRefreshInterval(Duration interval) {
    return new Ical(
        writer.facts(),
        writer.clock(),
        writer.categories(),
        writer.alarm(),
        minutes("interval", interval, Duration.ofDays(7)),
        writer.language());
  }

  /**
   * Streams the public feed of the given sessions as UTF-8, in constant memory whatever their
   * number. {@code sessions} is iterated twice and nothing of it is kept: a first pass learns the
   * time zones and years for the VTIMEZONEs, the second writes one event at a time. A lazy
   * {@code Iterable} that makes its sessions anew on each iteration thus writes a feed of any size
   * in a small heap. The bytes go out while later sessions are read, so an error (a bad session, a
   * failing stream) can come after earlier events were written: the output then ends early and
   * must not be served as a complete calendar.
   *
   * @param sessions the sessions in the order they are to appear, such as {@link
   *     Program#upcoming(Clock, Duration)}; cancelled ones stay so that calendars remove them;
   *     each iteration must give the same sessions
   * @param out where the bytes go; flushed, not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a session is a part of a series the program lacks, or the
   *     second iteration gives a session in a time zone or year the first did not
   */
  public void writeFeed(Iterable<? extends Session> sessions, OutputStream out) throws IOException {
    Objects.requireNonNull(sessions, "sessions");
    TextSink sink = new TextSink(Objects.requireNonNull(out, "out"));
    writer.feed(sessions, sink);
    sink.flush();
  }

  /**
   * Writes the public feed of the given sessions as text, one content line at a time; {@code
   * sessions} is read as {@link #writeFeed(Iterable, OutputStream)} reads it.
   *
   * @param sessions the sessions in the order they are to appear; each iteration must give the
   *     same sessions
   * @param out where the text goes
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a session is a part of a series the program lacks, or the
   *     second iteration gives a session in a time zone or year the first did not
   */
  public void writeFeed(Iterable<? extends Session> sessions, Appendable out) throws IOException {
    Objects.requireNonNull(sessions, "sessions");
    writer.feed(sessions, new TextSink(Objects.requireNonNull(out, "out")));
  }

  /**
   * Returns the public feed of the given sessions as text.
   *
   * @param sessions the sessions in the order they are to appear
   * @return the iCalendar text
   * @throws IllegalArgumentException if a session is a part of a series the program lacks
   */
  public String feed(Iterable<? extends Session> sessions) {
    StringBuilder out = new StringBuilder(0);
    try {
      writeFeed(sessions, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Returns the ical4j model of exactly what {@link #feed(Iterable)} writes, as ical4j's parser
   * reads it. Slower than the text: use it to inspect or to hand on to ical4j code.
   *
   * @param sessions the sessions in the order they are to appear
   * @return a new calendar
   * @throws IllegalArgumentException if a session is a part of a series the program lacks
   */
  public Calendar feedCalendar(Iterable<? extends Session> sessions) {
    ModelSink sink = new ModelSink();
    try {
      writer.feed(sessions, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sink.calendar();
  }

  /**
   * Turns one planner message into the e-mail that carries it: one VCALENDAR whose METHOD is the
   * message's, for the message's recipient alone.
   *
   * @param message the message
   * @return what to send
   * @throws SessionValidationException with path {@code session.status} if a REQUEST describes a
   *     cancelled session
   * @throws IllegalArgumentException if the session is a part of a series the program lacks
   */
  public InviteEmail invite(InviteMessage message) {
    InviteFacts invite = writer.facts().invite(Objects.requireNonNull(message, "message"));
    StringBuilder out = new StringBuilder(2048);
    try {
      writer.invite(invite, new TextSink(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new InviteEmail(
        invite.method(),
        invite.recipient(),
        invite.uid().toString(),
        invite.sequence(),
        invite.subject(),
        String.join("\r\n", invite.body()) + "\r\n",
        out.toString(),
        invite.organizerName());
  }

  /**
   * Returns the ical4j model of exactly what {@link #invite(InviteMessage)} writes, as ical4j's
   * parser reads it.
   *
   * @param message the message
   * @return a new calendar
   * @throws SessionValidationException with path {@code session.status} if a REQUEST describes a
   *     cancelled session
   * @throws IllegalArgumentException if the session is a part of a series the program lacks
   */
  public Calendar inviteCalendar(InviteMessage message) {
    InviteFacts invite = writer.facts().invite(Objects.requireNonNull(message, "message"));
    ModelSink sink = new ModelSink();
    try {
      writer.invite(invite, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sink.calendar();
  }

  static Duration minutes(String name, Duration duration, Duration max) {
    Objects.requireNonNull(duration, name);
    if (duration.compareTo(Duration.ofMinutes(1)) < 0
        || duration.compareTo(max) > 0
        || !duration.equals(duration.truncatedTo(ChronoUnit.MINUTES))) {
      throw new IllegalArgumentException(
          name + " must be whole minutes from PT1M to " + max + " (was " + duration + ")");
    }
    return duration;
  }

  /**
   * Describes the settings.
   *
   * @return such as {@code Ical{program=Wellness Connection, language=en, categories=true,
   *     alarm=PT15M, refreshInterval=PT6H}}
   */
  @Override
  public String toString() {
    return "Ical{program=" + program().name() + ", language=" + writer.language().tag()
        + ", categories=" + writer.categories() + ", alarm=" + writer.alarm()
        + ", refreshInterval=" + writer.refreshInterval() + "}";
  }
}
