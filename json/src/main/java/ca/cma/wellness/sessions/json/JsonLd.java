package ca.cma.wellness.sessions.json;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.facts.ProgramFacts;
import ca.cma.wellness.sessions.facts.SessionFacts;
import ca.cma.wellness.sessions.json.internal.Json;
import ca.cma.wellness.sessions.json.internal.JsonLdWriter;
import ca.cma.wellness.sessions.registration.Availability;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes schema.org {@code Event} markup (JSON-LD) for web pages, so that search engines show
 * sessions as online events.
 *
 * <pre>{@code
 * JsonLd markup = JsonLd.of(program, clock)
 *     .withAvailability(id -> program.sessionById(id).map(ledger::availability))
 *     .withPreviousStarts(id -> Optional.ofNullable(movedFrom.get(id)));   // EventRescheduled
 * String one = markup.event(session);
 * String all = markup.feed(program.upcoming(clock, Duration.ofDays(90)));
 * // <script type="application/ld+json"> + one + </script>
 * }</pre>
 *
 * <h2>What an event says</h2>
 *
 * Every value comes from {@link ProgramFacts}, as in every other format; this class only writes
 * it.
 *
 * <ul>
 *   <li>{@code identifier}: the session's UID ({@link Program#uidOf(Session)}), as in the feed,
 *       iCalendar and JSCalendar; {@code name}: {@link SessionFacts#summary}, the title with its
 *       series part, announced as cancelled ("Cancelled: …") once the session is called off;
 *       {@code description}: {@link SessionFacts#paragraphs}, which open with "This session is
 *       cancelled." for a cancelled session, unless there are none; {@code url}: the session's
 *       page.
 *   <li>{@code startDate}, {@code endDate}: RFC 3339 with the offset of the session's zone.
 *   <li>{@code eventAttendanceMode}: {@code OnlineEventAttendanceMode}; {@code location}: a {@code
 *       VirtualLocation} whose {@code url} is the session's page, never the join link.
 *   <li>{@code eventStatus}: {@code EventCancelled} for a cancelled session; {@code
 *       EventRescheduled} with {@code previousStartDate} when the host gives a previous start other
 *       than the current one ({@link #withPreviousStarts(Function)}); otherwise {@code
 *       EventScheduled}.
 *   <li>{@code organizer}: an {@code Organization} (the organizer's name and the home page) with,
 *       unless the program has none, a {@code contactPoint} per national support resource ({@link
 *       ProgramFacts#nationalSupport(Language)}; never a provincial one, since the page's reader is
 *       anonymous): a {@code ContactPoint} with its {@code name} in the page's language, {@code
 *       telephone} (the {@code tel:} URI without its scheme: {@code +1-800-555-0100}, {@code
 *       +1-800-555-0100;ext=12}, or a three-digit code alone, {@code 988}), {@code url}, {@code
 *       areaServed} the {@code
 *       Country} Canada, and either {@code hoursAvailable} (every day, 00:00:00 to 23:59:59) for a
 *       resource that is always open or its hours in words as {@code description}. {@code
 *       availableLanguage} is left out: the library knows each resource's names in English and
 *       French, not the languages it answers in. {@code performer}: a {@code Person} per
 *       moderator, by name only.
 *   <li>{@code inLanguage} ({@code en} or {@code fr}: the language the name is actually in, the
 *       page's language ({@link #withLanguage(Language)}) unless the program has no text in it),
 *       {@code isAccessibleForFree} true, {@code
 *       audience} ({@code Audience} "Physicians" and/or "Medical learners"), {@code keywords} (the
 *       topics, unless none).
 *   <li>{@code offers}, unless the session is cancelled: a free {@code Offer} (price 0 CAD) at the
 *       registration page, valid from registration opening (if set) through registration closing
 *       (or the start). Its {@code availability} follows the {@link Availability.State registration
 *       state}, decided as in {@link SessionFeed}: open is {@code InStock}, waitlist {@code
 *       BackOrder}, full {@code SoldOut}, closed {@code OutOfStock}.
 *   <li>{@code superEvent}: for a series part, an {@code EventSeries} with the series' identifier
 *       ({@code series/<series id>@<uid domain>}), title and description, and, since search
 *       engines check a nested event like any event, the first scheduled part's start as {@code
 *       startDate}, the last one's end as {@code endDate}, online attendance, and the program's
 *       home page as its {@code VirtualLocation}.
 * </ul>
 *
 * <p>The text is safe inside an HTML {@code <script type="application/ld+json">} element: {@code
 * <}, {@code >}, {@code &}, U+2028 and U+2029 are written as JSON {@code \}{@code u} escapes, so
 * no title can close the element. It never holds a join link or anything about a registrant.
 *
 * <p>Immutable and thread-safe; deterministic for one clock instant.
 */
public final class JsonLd {
  private final ProgramFacts facts;
  private final Clock clock;
  private final Function<SessionId, Optional<Availability>> availability;
  private final Function<SessionId, Optional<ZonedDateTime>> previousStarts;
  private final Language language;

  private JsonLd(
      ProgramFacts facts,
      Clock clock,
      Function<SessionId, Optional<Availability>> availability,
      Function<SessionId, Optional<ZonedDateTime>> previousStarts,
      Language language) {
    this.facts = facts;
    this.clock = clock;
    this.availability = availability;
    this.previousStarts = previousStarts;
    this.language = language;
  }

  /**
   * Returns the JSON-LD writer of a program, which derives registration states from the sessions
   * alone and knows of no rescheduling.
   *
   * @param program the program: its organizer, series and UID domain
   * @param clock the source of "now", which decides whether registration is open
   * @return the writer
   */
  public static JsonLd of(Program program, Clock clock) {
    return new JsonLd(
        ProgramFacts.of(Objects.requireNonNull(program, "program")),
        Objects.requireNonNull(clock, "clock"),
        id -> Optional.empty(),
        id -> Optional.empty(),
        program.firstLanguage());
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
   * Returns a copy that takes registration availability from the host, as {@link
   * SessionFeed#withAvailability(Function)} does.
   *
   * @param availability the availability of a session by id; it must not return {@code null}
   * @return the copy
   */
  public JsonLd withAvailability(Function<SessionId, Optional<Availability>> availability) {
    return new JsonLd(
        facts, clock, Objects.requireNonNull(availability, "availability"), previousStarts, language);
  }

  /**
   * Returns a copy that marks sessions as rescheduled: a session whose previous start is given and
   * differs from its start is {@code EventRescheduled} with that {@code previousStartDate}, unless
   * it is cancelled.
   *
   * @param previousStarts the previous start of a session by id; it must not return {@code null}
   * @return the copy
   */
  public JsonLd withPreviousStarts(Function<SessionId, Optional<ZonedDateTime>> previousStarts) {
    return new JsonLd(
        facts, clock, availability, Objects.requireNonNull(previousStarts, "previousStarts"), language);
  }

  /**
   * Returns the language of the page the markup goes on.
   *
   * @return the program's first language unless set
   */
  public Language language() {
    return language;
  }

  /**
   * Returns a copy for a page in a language: {@code name}, {@code description}, {@code keywords},
   * the organizer's name, its contact points' names and hours, and the series' name and
   * description are in it, and {@code inLanguage} says the language the name is actually in (the
   * program's first language where the program does not promise this one and has no translation).
   *
   * @param language the page's language
   * @return the copy
   */
  public JsonLd withLanguage(Language language) {
    return new JsonLd(facts, clock, availability, previousStarts, Objects.requireNonNull(language, "language"));
  }

  /**
   * Writes one session as a JSON-LD document with its own {@code @context}.
   *
   * @param session a session of the program
   * @return the document, ending with a line feed
   * @throws IllegalArgumentException if the session is a part of a series the program lacks
   * @throws SessionValidationException with path {@code spotsLeft} if the host's availability
   *     contradicts the session's capacity
   */
  public String event(Session session) {
    Objects.requireNonNull(session, "session");
    return Json.writeHtmlSafe(
        JsonLdWriter.document(
            facts.session(session),
            clock.instant(),
            availability,
            JsonLdWriter.previousStart(previousStarts, session),
            language));
  }

  /**
   * Writes several sessions as one JSON-LD document: a {@code @context} and a {@code @graph} of
   * events, in the order given.
   *
   * @param sessions the sessions, such as {@link Program#upcoming(Clock, java.time.Duration)}
   * @return the document, ending with a line feed
   * @throws IllegalArgumentException if a session is a part of a series the program lacks
   * @throws SessionValidationException as {@link #event(Session)} does
   */
  public String feed(Iterable<? extends Session> sessions) {
    return Json.writeHtmlSafe(graph(sessions));
  }

  /**
   * Writes several sessions as one JSON-LD document, as text.
   *
   * @param sessions the sessions
   * @param out where the text goes; not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a session is a part of a series the program lacks
   * @throws SessionValidationException as {@link #event(Session)} does
   */
  public void writeFeed(Iterable<? extends Session> sessions, Appendable out) throws IOException {
    Json.writeHtmlSafe(graph(sessions), Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes several sessions as one JSON-LD document, as UTF-8.
   *
   * @param sessions the sessions
   * @param out where the bytes go; flushed, not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a session is a part of a series the program lacks
   * @throws SessionValidationException as {@link #event(Session)} does
   */
  public void writeFeed(Iterable<? extends Session> sessions, OutputStream out) throws IOException {
    Json.writeHtmlSafe(graph(sessions), Objects.requireNonNull(out, "out"));
  }

  private ObjectNode graph(Iterable<? extends Session> sessions) {
    return JsonLdWriter.graph(
        facts,
        Objects.requireNonNull(sessions, "sessions"),
        clock.instant(),
        availability,
        previousStarts,
        language);
  }
}
