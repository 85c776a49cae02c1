package ca.cma.wellness.sessions.json;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.json.internal.FeedWriter;
import ca.cma.wellness.sessions.json.internal.Json;
import ca.cma.wellness.sessions.registration.Availability;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the public JSON feed of a program's upcoming sessions, version {@value #VERSION}: what
 * other systems consume and can check against the feed's JSON Schema.
 *
 * <pre>{@code
 * // 1. The feed of the next 90 days, with live availability from your registration store:
 * String json = SessionFeed.of(clock)
 *     .withWindow(Duration.ofDays(90))
 *     .withAvailability(id -> store.availability(id))   // Optional<Availability>
 *     .write(program);
 *
 * // 2. Read a feed back into the domain; errors name the JSON path, such as sessions[2].start:
 * Program imported = FeedReader.create().read(json);
 *
 * // 3. Store core types with your own Jackson mapper:
 * JsonMapper mapper = JsonMapper.builder().addModule(new WellnessSessionsModule()).build();
 * Session copy = mapper.readValue(mapper.writeValueAsString(session), Session.class);
 * }</pre>
 *
 * <h2>Feed v1</h2>
 *
 * <pre>
 * { "version": "1.0", "generated": "2023-01-15T17:00:00Z",
 *   "program": { "name", "url", "supportUrl", "organizer": { "name", "email" } },
 *   "sessions": [ {
 *       "id", "uid", "title", "displayTitle", "description",
 *       "start", "end", "timeZone", "duration", "displayTime": { "en", "fr" },
 *       "moderators": [ { "id", "name", "bio"? } ], "topics": [..], "audience": [..], "language",
 *       "status", "revision", "series"?: { "id", "title", "part", "partCount" },
 *       "buildsOnEarlierSessions"?,
 *       "registration": { "url", "opens"?, "closes"?, "state", "capacity"?, "spotsLeft"? } } ] }
 * </pre>
 *
 * <ul>
 *   <li>{@code generated} is the clock's instant in UTC; {@code start}, {@code end}, {@code
 *       registration.opens} and {@code registration.closes} are RFC 3339 date-times with the
 *       session zone's offset at that instant, such as {@code 2023-02-01T19:00:00-05:00}.
 *   <li>{@code uid} is {@link Program#uidOf(Session)}, the iCalendar UID; {@code displayTitle} is
 *       {@link Program#displayTitle(Session)}; {@code timeZone} is the IANA id; {@code duration} is
 *       ISO 8601 ({@code PT1H30M}); {@code displayTime} is {@link
 *       ca.cma.wellness.sessions.TimeText#dateTime} in English and French.
 *   <li>{@code audience} holds {@code physicians} and/or {@code medical-learners}; {@code language}
 *       is {@code en} or {@code fr}; {@code status} is {@code scheduled} or {@code cancelled}.
 *   <li>{@code registration.state} is {@code open}, {@code waitlist}, {@code full} or {@code
 *       closed}: {@code closed} while the session is cancelled, before registration opens and from
 *       the moment it closes (its {@code closes}, or the start); otherwise the host's {@link
 *       Availability}, or {@code open} when the host has none. {@code spotsLeft} comes from the
 *       host only.
 *   <li>Optional properties marked {@code ?} are left out when they have no value; {@code
 *       buildsOnEarlierSessions} appears only when true. Arrays are never left out.
 * </ul>
 *
 * <h2>Evolution</h2>
 *
 * Versions 1.x only add properties; readers must ignore properties they do not know. A change
 * that removes or renames a property, or changes a meaning, is version 2.0.
 *
 * <h2>Privacy</h2>
 *
 * The feed never holds a session's join link nor anything about a registrant; moderators appear
 * with their id, name and biography only (not their e-mail address).
 *
 * <p>Immutable and thread-safe. The output is deterministic: one program and one clock instant
 * give the same bytes, with properties in the order above, two-space indents and {@code \n} line
 * ends.
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

  private final Clock clock;
  private final Optional<Duration> window;
  private final Function<SessionId, Optional<Availability>> availability;

  private SessionFeed(
      Clock clock,
      Optional<Duration> window,
      Function<SessionId, Optional<Availability>> availability) {
    this.clock = clock;
    this.window = window;
    this.availability = availability;
  }

  /**
   * Returns a feed writer that lists every session starting at or after the clock's instant,
   * deriving registration states from the sessions alone.
   *
   * @param clock the source of "now": the {@code generated} instant, which sessions are upcoming,
   *     and whether registration is open
   * @return the writer
   */
  public static SessionFeed of(Clock clock) {
    return new SessionFeed(Objects.requireNonNull(clock, "clock"), Optional.empty(), NO_AVAILABILITY);
  }

  /**
   * Returns a copy that lists only the sessions starting within a window from now.
   *
   * @param window how far ahead to look, such as 90 days
   * @return the copy
   * @throws IllegalArgumentException if the window is negative
   */
  public SessionFeed withWindow(Duration window) {
    Objects.requireNonNull(window, "window");
    if (window.isNegative()) {
      throw new IllegalArgumentException("window must not be negative (was " + window + ")");
    }
    return new SessionFeed(clock, Optional.of(window), availability);
  }

  /**
   * Returns a copy that takes registration availability from the host, such as a registration
   * store: its state and places left are published for each session whose registration is open
   * according to the session's own window; an empty answer means {@link Availability.State#OPEN}
   * with no count.
   *
   * @param availability the availability of a session by id; it must not return {@code null}
   * @return the copy
   */
  public SessionFeed withAvailability(Function<SessionId, Optional<Availability>> availability) {
    return new SessionFeed(clock, window, Objects.requireNonNull(availability, "availability"));
  }

  /**
   * Returns the sessions the feed lists: those starting at or after the clock's instant (and
   * within the window, if set), cancelled ones included so that consumers can remove them; by
   * start, then id.
   *
   * @param program the program
   * @return the sessions, in feed order
   */
  public List<Session> sessionsOf(Program program) {
    Objects.requireNonNull(program, "program");
    Instant now = clock.instant();
    if (window.isPresent()) {
      return program.upcoming(now, window.get());
    }
    return program.sessionsInOrder().stream()
        .filter(s -> !s.startInstant().isBefore(now))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Writes the feed.
   *
   * @param program the program
   * @return the feed, ending with a line feed
   * @throws SessionValidationException with path {@code sessions[i].registration.spotsLeft} if
   *     the host reports places left for a session without capacity, or more than its capacity
   */
  public String write(Program program) {
    return Json.write(
        FeedWriter.write(program, sessionsOf(program), clock.instant(), availability));
  }

  /**
   * Writes the feed as UTF-8 to a stream, which stays open.
   *
   * @param program the program
   * @param out where to write
   * @throws SessionValidationException as {@link #write(Program)} does
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Program program, OutputStream out) {
    Objects.requireNonNull(out, "out");
    Json.write(FeedWriter.write(program, sessionsOf(program), clock.instant(), availability), out);
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
