package ca.cma.wellness.sessions.json;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.facts.ProgramFacts;
import ca.cma.wellness.sessions.facts.SessionFacts;
import ca.cma.wellness.sessions.json.internal.FeedWriter;
import ca.cma.wellness.sessions.json.internal.Json;
import ca.cma.wellness.sessions.registration.Availability;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes the public JSON feed of a program's upcoming sessions, version {@value #VERSION}: what
 * other systems consume and can check against the feed's JSON Schema.
 *
 * <pre>{@code
 * // 1. The feed of the next 90 days, with live availability from your registration ledger:
 * SessionFeed feed = SessionFeed.of(program, clock)
 *     .withAvailability(id -> program.sessionById(id).map(ledger::availability));
 * String json = feed.feed(program.upcoming(clock, Duration.ofDays(90)));
 * feed.writeFeed(program.upcoming(clock, Duration.ofDays(90)), response.getOutputStream());
 *
 * // 2. Read a feed back into the domain; errors name the JSON path, such as sessions[2].start:
 * Program imported = FeedReader.of().read(json);
 *
 * // 3. Store core types with your own Jackson mapper:
 * JsonMapper mapper = JsonMapper.builder().addModule(new WellnessSessionsModule()).build();
 * Session copy = mapper.readValue(mapper.writeValueAsString(session), Session.class);
 * }</pre>
 *
 * <h2>Feed v1</h2>
 *
 * <pre>
 * { "version": "1.3", "generated": "2023-01-15T17:00:00Z",
 *   "program": { "name", "description"?, "languages": [..],
 *                "localized": { "en": { "name", "nameLanguage", "description"?, "descriptionLanguage"? },
 *                               "fr": { .. } },
 *                "url", "supportUrl",
 *                "support": [ { "name", "phone", "phoneText", "url", "alwaysOpen", "hours",
 *                               "localized": { "en": { "name", "nameLanguage", "phoneText", "hours",
 *                                                      "hoursLanguage" },
 *                                              "fr": { .. } } } ],
 *                "organizer": { "name", "email" } },
 *   "sessions": [ {
 *       "id", "uid", "title", "displayTitle", "description",
 *       "localized": { "en": { "title", "titleLanguage", "displayTitle", "displayTitleLanguage",
 *                              "description", "descriptionLanguage",
 *                              "seriesTitle"?, "seriesTitleLanguage"? },
 *                      "fr": { .. } },
 *       "start", "end", "timeZone", "duration", "displayTime": { "en", "fr" },
 *       "moderators": [ { "id", "name", "bio"?, "localized"?: { "en": { "bio", "bioLanguage" },
 *                                                               "fr": { .. } } } ],
 *       "topics": [..], "audience": [..], "language",
 *       "status", "revision", "lastModified"?, "series"?: { "id", "title", "part", "partCount" },
 *       "buildsOnEarlierSessions"?,
 *       "registration": { "url", "opens"?, "closes"?, "state", "capacity"?, "waitlistLimit"?,
 *                         "spotsLeft"? } } ] }
 * </pre>
 *
 * <ul>
 *   <li>Every value comes from {@link ProgramFacts}, as in every other format; this class only
 *       writes it.
 *   <li>{@code generated} is the clock's instant in UTC, and {@code lastModified} the session's
 *       last real change ({@link Session#lastModified()}) in UTC; {@code start}, {@code end},
 *       {@code registration.opens} and {@code registration.closes} are RFC 3339 date-times with the
 *       session zone's offset at that instant, such as {@code 2023-02-01T19:00:00-05:00}.
 *   <li>{@code name}, {@code title}, {@code description} and {@code bio} are the texts in the
 *       program's first language ({@code languages[0]}); {@code localized} gives each in English
 *       and in French, each with the language it is actually in: where the program has no
 *       translation, the French entry holds the English text and says {@code "en"}.
 *   <li>{@code uid} is {@link Program#uidOf(Session)}, the iCalendar UID; {@code displayTitle} is
 *       {@link SessionFacts#summary} in the program's first language: the title with its series part, announced as cancelled
 *       ("Cancelled: …") once the session is called off; {@code timeZone} is the IANA id; {@code
 *       duration} is ISO 8601 ({@code PT1H30M}); {@code displayTime} is {@link
 *       ca.cma.wellness.sessions.TimeText#dateTime} in English and French.
 *   <li>{@code audience} holds {@code physicians} and/or {@code medical-learners}; {@code language}
 *       is {@code en} or {@code fr}, the language the session is held in; {@code status} is {@code scheduled} or {@code cancelled}.
 *   <li>{@code registration.state} is {@code open}, {@code waitlist}, {@code full} or {@code
 *       closed}, as {@link Availability#from} decides it: {@code closed} while the session is
 *       cancelled, before registration opens and from the moment it closes (its {@code closes}, or
 *       the start), without {@code spotsLeft}; otherwise the host's {@link Availability}, or {@code
 *       open} when the host has none. {@code spotsLeft} comes from the host only.
 *   <li>{@code support} holds the program's national support resources, in its order, and never
 *       a provincial one: the feed's reader is anonymous, so the feed does not choose a province
 *       for them. {@code phone} is the {@code tel:} URI written one way ({@code
 *       tel:+1-800-555-0100}, {@code tel:+1-800-555-0100;ext=12}, {@code
 *       tel:988;phone-context=+1}) and {@code phoneText} the number as people in Canada write it
 *       ({@code 1-800-555-0100}, {@code 1-800-555-0100 ext. 12} or {@code , poste 12}, {@code
 *       9-8-8}); {@code name}, {@code phoneText} and {@code hours} are in the program's first
 *       language (names and hours as the host gave them) and {@code localized} gives them in
 *       English and in French; the
 *       hours of a resource that is {@code alwaysOpen} are {@code "24/7"} ({@code "24 h/24, 7
 *       j/7"}).
 *   <li>Optional properties marked {@code ?} are left out when they have no value; {@code
 *       buildsOnEarlierSessions} appears only when true. Arrays are never left out.
 * </ul>
 *
 * <h2>Evolution</h2>
 *
 * Versions 1.x only add properties; readers must ignore properties they do not know. A change
 * that removes or renames a property, or changes a meaning, is version 2.0. Version 1.1 added the
 * program's {@code description}, each session's {@code lastModified} and {@code
 * registration.waitlistLimit}; version 1.2 the program's {@code languages} and the {@code
 * localized} objects; version 1.3 the program's {@code support}.
 *
 * <h2>Privacy</h2>
 *
 * The feed never holds a session's join link nor anything about a registrant; moderators appear
 * with their id, name and biography only (not their e-mail address).
 *
 * <p>Immutable and thread-safe. The output is deterministic: one program, one list of sessions and
 * one clock instant give the same bytes, with properties in the order above, two-space indents and
 * {@code \n} line ends.
 */
public final class SessionFeed {
  /** The feed version this class writes. */
  public static final String VERSION = FeedWriter.VERSION;

  /**
   * Where the JSON Schema (draft 2020-12) of feed v1 is in this module's jar, for {@link
   * Class#getResourceAsStream(String)}; {@link #schema()} returns its text.
   */
  public static final String SCHEMA_RESOURCE = "/wellness-sessions/feed-v1.schema.json";

  /** The schema's {@code $id}. */
  public static final String SCHEMA_ID = "urn:ca-cma-wellness:sessions:feed:v1";

  /** The media type to serve the feed with; the feed is always UTF-8 (RFC 8259). */
  public static final String MEDIA_TYPE = "application/json";

  private static final Function<SessionId, Optional<Availability>> NO_AVAILABILITY =
      id -> Optional.empty();

  private final ProgramFacts facts;
  private final Clock clock;
  private final Function<SessionId, Optional<Availability>> availability;

  private SessionFeed(
      ProgramFacts facts, Clock clock, Function<SessionId, Optional<Availability>> availability) {
    this.facts = facts;
    this.clock = clock;
    this.availability = availability;
  }

  /**
   * Returns the feed writer of a program, deriving registration states from the sessions alone.
   *
   * @param program the program: its name, organizer, series and UID domain
   * @param clock the source of "now": the {@code generated} instant, and whether registration is
   *     open
   * @return the writer
   */
  public static SessionFeed of(Program program, Clock clock) {
    return new SessionFeed(
        ProgramFacts.of(Objects.requireNonNull(program, "program")),
        Objects.requireNonNull(clock, "clock"),
        NO_AVAILABILITY);
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
   * Returns a copy that takes registration availability from the host, such as a registration
   * ledger: its state and places left are published for each session whose registration is open
   * according to the session's own window; an empty answer means {@link Availability.State#OPEN}
   * with no count.
   *
   * @param availability the availability of a session by id; it must not return {@code null}
   * @return the copy
   */
  public SessionFeed withAvailability(Function<SessionId, Optional<Availability>> availability) {
    return new SessionFeed(facts, clock, Objects.requireNonNull(availability, "availability"));
  }

  /**
   * Writes the feed of the given sessions.
   *
   * @param sessions the sessions in the order they are to appear, such as {@link
   *     Program#upcoming(Clock, java.time.Duration)}; cancelled ones stay so that consumers can
   *     remove them
   * @return the feed, ending with a line feed
   * @throws SessionValidationException with path {@code sessions[i].registration.spotsLeft} if
   *     the host reports places left for a session without capacity, or more than its capacity
   * @throws IllegalArgumentException if a session is a part of a series the program lacks
   */
  public String feed(Iterable<? extends Session> sessions) {
    Objects.requireNonNull(sessions, "sessions");
    StringBuilder out = new StringBuilder(8192);
    try {
      write(sessions, Json.generator(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes the feed of the given sessions as text, one session at a time: nothing of {@code
   * sessions} is kept, so a feed of any size is written in a small heap. An error can come after
   * earlier sessions were written.
   *
   * @param sessions the sessions in the order they are to appear
   * @param out where the text goes; not closed
   * @throws IOException if writing fails
   * @throws SessionValidationException as {@link #feed(Iterable)} does
   * @throws IllegalArgumentException if a session is a part of a series the program lacks
   */
  public void writeFeed(Iterable<? extends Session> sessions, Appendable out) throws IOException {
    Objects.requireNonNull(sessions, "sessions");
    write(sessions, Json.generator(Objects.requireNonNull(out, "out")));
  }

  /**
   * Writes the feed of the given sessions as UTF-8, one session at a time: nothing of {@code
   * sessions} is kept, so a feed of any size is written in a small heap, and the first session's
   * bytes are flushed before the second session is read. The output therefore starts before the
   * last session is known: an error (a bad session, a failing stream) can come after earlier
   * sessions were written, and the output then ends early and must not be served as a complete
   * feed.
   *
   * @param sessions the sessions in the order they are to appear
   * @param out where the bytes go; flushed, not closed
   * @throws IOException if writing fails
   * @throws SessionValidationException as {@link #feed(Iterable)} does
   * @throws IllegalArgumentException if a session is a part of a series the program lacks
   */
  public void writeFeed(Iterable<? extends Session> sessions, OutputStream out) throws IOException {
    Objects.requireNonNull(sessions, "sessions");
    write(sessions, Json.generator(Objects.requireNonNull(out, "out")));
  }

  private void write(Iterable<? extends Session> sessions, JsonGenerator generator) throws IOException {
    try {
      FeedWriter.write(facts, sessions, clock.instant(), availability, generator);
    } catch (JacksonIOException e) {
      throw Json.unwrap(e);
    }
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of feed v1, as shipped at {@link #SCHEMA_RESOURCE}.
   *
   * @return the schema's text
   * @throws UncheckedIOException if the jar cannot be read
   */
  public static String schema() {
    try (InputStream in = SessionFeed.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException(SCHEMA_RESOURCE + " is missing from the jar"));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
