package ca.cma.wellness.sessions.json;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.json.internal.Json;
import ca.cma.wellness.sessions.json.internal.JsonLdWriter;
import ca.cma.wellness.sessions.registration.Availability;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes schema.org {@code Event} markup (JSON-LD) for web pages, so that search engines show
 * sessions as online events.
 *
 * <pre>{@code
 * JsonLd markup = JsonLd.of(clock).withAvailability(id -> store.availability(id));
 * String one = markup.event(program, session);
 * String moved = markup.event(program, session, previousStart);   // EventRescheduled
 * String all = markup.events(program, SessionFeed.of(clock).sessionsOf(program));
 * // <script type="application/ld+json"> + one + </script>
 * }</pre>
 *
 * <h2>What an event says</h2>
 *
 * <ul>
 *   <li>{@code identifier}: the session's UID ({@link Program#uidOf(Session)}), as in the feed,
 *       iCalendar and JSCalendar; {@code name}: {@link Program#displayTitle(Session)}; {@code
 *       description} unless empty; {@code url}: the registration page.
 *   <li>{@code startDate}, {@code endDate}: RFC 3339 with the offset of the session's zone.
 *   <li>{@code eventAttendanceMode}: {@code OnlineEventAttendanceMode}; {@code location}: a {@code
 *       VirtualLocation} whose {@code url} is the registration page, never the join link.
 *   <li>{@code eventStatus}: {@code EventCancelled} for a cancelled session; {@code
 *       EventRescheduled} with {@code previousStartDate} when a previous start other than the
 *       current one is given; otherwise {@code EventScheduled}.
 *   <li>{@code organizer}: an {@code Organization} (the organizer's name and the home page);
 *       {@code performer}: a {@code Person} per moderator, by name only.
 *   <li>{@code inLanguage} ({@code en} or {@code fr}), {@code isAccessibleForFree} true, {@code
 *       audience} ({@code Audience} "Physicians" and/or "Medical learners"), {@code keywords} (the
 *       topics, unless none).
 *   <li>{@code offers}: a free {@code Offer} (price 0 CAD) at the registration page, valid from
 *       registration opening (if set) through registration closing (or the start). Its {@code
 *       availability} follows the {@link ca.cma.wellness.sessions.registration.Availability.State
 *       registration state}, decided as in {@link SessionFeed}: open is {@code InStock}, waitlist
 *       {@code BackOrder}, full {@code SoldOut}, closed {@code OutOfStock}.
 *   <li>{@code superEvent}: for a series part, an {@code EventSeries} with the series' identifier
 *       ({@code series/<series id>@<uid domain>}), title and description.
 * </ul>
 *
 * <p>The text is safe inside an HTML {@code <script type="application/ld+json">} element: {@code
 * <}, {@code >}, {@code &}, U+2028 and U+2029 are written as JSON {@code \}{@code u} escapes, so
 * no title can close the element. It never holds a join link or anything about a registrant.
 *
 * <p>Immutable and thread-safe; deterministic for one clock instant.
 */
public final class JsonLd {
  private final Clock clock;
  private final Function<SessionId, Optional<Availability>> availability;
  private final Function<SessionId, Optional<ZonedDateTime>> previousStarts;

  private JsonLd(
      Clock clock,
      Function<SessionId, Optional<Availability>> availability,
      Function<SessionId, Optional<ZonedDateTime>> previousStarts) {
    this.clock = clock;
    this.availability = availability;
    this.previousStarts = previousStarts;
  }

  /**
   * Returns a writer that derives registration states from the sessions alone and knows of no
   * rescheduling.
   *
   * @param clock the source of "now", which decides whether registration is open
   * @return the writer
   */
  public static JsonLd of(Clock clock) {
    return new JsonLd(
        Objects.requireNonNull(clock, "clock"), id -> Optional.empty(), id -> Optional.empty());
  }

  /**
   * Returns a copy that takes registration availability from the host, as {@link
   * SessionFeed#withAvailability(Function)} does.
   *
   * @param availability the availability of a session by id; it must not return {@code null}
   * @return the copy
   */
  public JsonLd withAvailability(Function<SessionId, Optional<Availability>> availability) {
    return new JsonLd(clock, Objects.requireNonNull(availability, "availability"), previousStarts);
  }

  /**
   * Returns a copy that marks sessions as rescheduled: a session whose previous start is given and
   * differs from its start is {@code EventRescheduled} with that {@code previousStartDate}.
   *
   * @param previousStarts the previous start of a session by id; it must not return {@code null}
   * @return the copy
   */
  public JsonLd withPreviousStarts(Function<SessionId, Optional<ZonedDateTime>> previousStarts) {
    return new JsonLd(clock, availability, Objects.requireNonNull(previousStarts, "previousStarts"));
  }

  /**
   * Writes one session as a JSON-LD document with its own {@code @context}.
   *
   * @param program the program the session belongs to
   * @param session the session
   * @return the document, ending with a line feed
   * @throws IllegalArgumentException if the session is a part of a series the program lacks
   * @throws SessionValidationException with path {@code spotsLeft} if the host's availability
   *     contradicts the session's capacity
   */
  public String event(Program program, Session session) {
    Objects.requireNonNull(session, "session");
    return event(program, session, previousStarts.apply(session.id()));
  }

  /**
   * Writes a session that moved from {@code previousStart}: {@code EventRescheduled} with {@code
   * previousStartDate}, unless the session is cancelled ({@code EventCancelled}) or starts at that
   * same instant ({@code EventScheduled}).
   *
   * @param program the program the session belongs to
   * @param session the session as it is now
   * @param previousStart when it was to start before
   * @return the document, ending with a line feed
   * @throws IllegalArgumentException if the session is a part of a series the program lacks
   * @throws SessionValidationException as {@link #event(Program, Session)} does
   */
  public String event(Program program, Session session, ZonedDateTime previousStart) {
    return event(program, session, Optional.of(Objects.requireNonNull(previousStart, "previousStart")));
  }

  private String event(Program program, Session session, Optional<ZonedDateTime> previousStart) {
    Objects.requireNonNull(program, "program");
    return Json.writeHtmlSafe(
        JsonLdWriter.document(program, session, clock.instant(), availability, previousStart));
  }

  /**
   * Writes several sessions as one JSON-LD document: a {@code @context} and a {@code @graph} of
   * events, in the order given.
   *
   * @param program the program the sessions belong to
   * @param sessions the sessions, such as {@link SessionFeed#sessionsOf(Program)}
   * @return the document, ending with a line feed
   * @throws IllegalArgumentException if a session is a part of a series the program lacks
   * @throws SessionValidationException as {@link #event(Program, Session)} does
   */
  public String events(Program program, List<Session> sessions) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(sessions, "sessions");
    return Json.writeHtmlSafe(
        JsonLdWriter.graph(program, sessions, clock.instant(), availability, previousStarts));
  }
}
