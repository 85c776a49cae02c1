package ca.cma.wellness.sessions.ical;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Moderator;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.ical.internal.Importer;
import ca.cma.wellness.sessions.ical.internal.Source;
import ca.cma.wellness.sessions.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Reads .ics files into sessions, as far as they map: this module's own feeds, and the exports of
 * Google Calendar, Outlook and Apple Calendar.
 *
 * <pre>{@code
 * IcsImport ics = IcsImport.of(ZoneId.of("America/Toronto"), moderator,
 *     URI.create("https://wellness.example.org/sessions"));
 * List<Session> sessions = ics.read(Files.newInputStream(path));
 * }</pre>
 *
 * <h2>How events map</h2>
 *
 * <ul>
 *   <li>UID: a UID of the form {@code <session id>@<domain>} ({@link
 *       ca.cma.wellness.sessions.SessionUid#parse}: this module's UIDs, Google's) gives its
 *       session id; a UID that is itself a valid id (Apple's) is the id; otherwise the id is
 *       {@code ics-} and 24 hex digits of the UID's SHA-256, the same on every import (Outlook's
 *       long UIDs).
 *   <li>DTSTART with a TZID: the wall-clock time in that zone. The TZID may be an IANA id, one
 *       with a prefix ({@code /mozilla.org/.../America/Toronto}), or a Windows name such as
 *       {@code Eastern Standard Time}, read through CLDR's table with Canadian zones first, so
 *       Outlook's VTIMEZONEs with their 1601 dates never matter. An unknown TZID defined by a
 *       VTIMEZONE gives the instant that VTIMEZONE says, on the import's zone. UTC and floating
 *       times are read on the import's zone. All-day events are refused.
 *   <li>DTEND or DURATION gives the duration; SUMMARY the title; DESCRIPTION the description;
 *       CATEGORIES the topics; STATUS CANCELLED a cancelled session; SEQUENCE the revision;
 *       LAST-MODIFIED the session's last change. From this module's own feeds, the title and
 *       description are read without what the feed adds ({@link
 *       ca.cma.wellness.sessions.facts.SessionFacts#titleOf}, {@link
 *       ca.cma.wellness.sessions.facts.SessionFacts#descriptionOf}): the announcement of a
 *       cancellation and the footer.
 *   <li>URL, when https, is the registration page; CONFERENCE, Google's X-GOOGLE-CONFERENCE or a
 *       LOCATION that is an https link is the join link; otherwise both are the fallback URL.
 *       Every session gets the import's moderator and language.
 *   <li>Recurring events (RRULE, RDATE, RECURRENCE-ID) are refused: export each occurrence.
 * </ul>
 *
 * <p>Every problem is a {@link SessionValidationException} whose path names the line, such as
 * {@code line 12: DTSTART: all-day events (VALUE=DATE) cannot be sessions}. Input over {@link
 * #maxBytes()} is refused before it is parsed; the other {@link IcsLimits limits} (components,
 * properties, values per property, characters per line) are checked as it is read. Bytes that are
 * not UTF-8 and control characters such as NUL are refused at their line, never replaced.
 *
 * <p>The input is read as data by this module's own reader, never by ical4j's: no recurrence is
 * expanded, VTIMEZONEs are read only for the TZIDs that name no IANA or Windows zone, and only
 * their yearly rules (a VTIMEZONE with another RRULE, such as FREQ=HOURLY, is refused). Reading is
 * linear in the input, and its memory a small multiple of {@link IcsLimits#maxBytes()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class IcsImport {
  /** The largest input read unless set: 4 MiB ({@link IcsLimits#DEFAULTS}). */
  public static final long DEFAULT_MAX_BYTES = IcsLimits.DEFAULTS.maxBytes();

  private final ZoneId zone;
  private final Moderator moderator;
  private final URI fallbackUrl;
  private final Language language;
  private final IcsLimits limits;

  private IcsImport(ZoneId zone, Moderator moderator, URI fallbackUrl, Language language, IcsLimits limits) {
    this.zone = zone;
    this.moderator = moderator;
    this.fallbackUrl = fallbackUrl;
    this.language = language;
    this.limits = limits;
  }

  /**
   * Returns an import that reads English sessions of at most {@link #DEFAULT_MAX_BYTES}.
   *
   * @param timeZone the zone of times written in UTC, floating, or with an unknown TZID; an IANA
   *     region id such as {@code America/Toronto}
   * @param moderator the moderator of every imported session
   * @param fallbackUrl the registration page and join link of events that have none; absolute
   *     https
   * @return the import
   * @throws SessionValidationException with path {@code timeZone} if the zone is not an IANA
   *     region id (such as {@code US/Eastern} or {@code UTC}), or {@code fallbackUrl} if the URL is
   *     not an absolute https URL with a host
   */
  public static IcsImport of(ZoneId timeZone, Moderator moderator, URI fallbackUrl) {
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(moderator, "moderator");
    Objects.requireNonNull(fallbackUrl, "fallbackUrl");
    Checks.regionZone("timeZone", timeZone);
    Checks.httpsUrl("fallbackUrl", fallbackUrl);
    return new IcsImport(timeZone, moderator, fallbackUrl, Language.ENGLISH, IcsLimits.DEFAULTS);
  }

  /**
   * Returns the largest input read.
   *
   * @return bytes of UTF-8
   */
  public long maxBytes() {
    return limits.maxBytes();
  }

  /**
   * Returns the limits of the input.
   *
   * @return {@link IcsLimits#DEFAULTS} unless set
   */
  public IcsLimits limits() {
    return limits;
  }

  /**
   * Returns a copy that reads inputs within other limits.
   *
   * @param limits the limits
   * @return the copy
   */
  public IcsImport withLimits(IcsLimits limits) {
    return new IcsImport(zone, moderator, fallbackUrl, language, Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Returns a copy that reads inputs of at most this many bytes.
   *
   * @param maxBytes at least 1
   * @return the copy
   * @throws IllegalArgumentException if {@code maxBytes} is less than 1
   */
  public IcsImport withMaxBytes(long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be at least 1 (was " + maxBytes + ")");
    }
    return new IcsImport(zone, moderator, fallbackUrl, language, limits.withMaxBytes(maxBytes));
  }

  /**
   * Returns the language of imported sessions.
   *
   * @return English unless set
   */
  public Language language() {
    return language;
  }

  /**
   * Returns a copy whose sessions are held in another language.
   *
   * @param language the language
   * @return the copy
   */
  public IcsImport withLanguage(Language language) {
    return new IcsImport(zone, moderator, fallbackUrl, Objects.requireNonNull(language, "language"), limits);
  }

  /**
   * Reads the sessions of an .ics stream in UTF-8.
   *
   * @param in the stream; read to its end or just past {@link #maxBytes()}, not closed
   * @return the sessions, in the order of the file
   * @throws IOException if reading fails
   * @throws SessionValidationException with path {@code input} if the stream holds more than
   *     {@link #maxBytes()}, or {@code line N} naming the first line that is not iCalendar or does
   *     not map to a session, and why
   */
  public List<Session> read(InputStream in) throws IOException {
    return read(Source.read(Objects.requireNonNull(in, "in"), limits.maxBytes()));
  }

  /**
   * Reads the sessions of an .ics text.
   *
   * @param text the text
   * @return the sessions, in the order of the file
   * @throws SessionValidationException as {@link #read(InputStream)} does
   */
  public List<Session> read(String text) {
    String checked = Source.check(Objects.requireNonNull(text, "text"), limits.maxBytes());
    return new Importer(zone, moderator, fallbackUrl, language).read(checked, limits);
  }

  @Override
  public String toString() {
    return "IcsImport{zone=" + zone + ", language=" + language.tag() + ", limits=" + limits + "}";
  }
}
