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
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads .ics files into sessions, as far as they map, and reports every event that does not:
 * this module's own feeds, and the exports of Google Calendar, Outlook, Apple Calendar and other
 * clients.
 *
 * <pre>{@code
 * IcsImport ics = IcsImport.of(ZoneId.of("America/Toronto"), moderator,
 *     URI.create("https://wellness.example.org/sessions"));
 * ImportResult result = ics.read(Files.newInputStream(path));
 * List<Session> sessions = result.sessions();
 * result.reports().forEach(report -> log.warn(report.toString()));
 * List<Session> all = ics.readStrict(text); // or refuse the file at its first problem
 * ImportResult in2023 = ics.expandingWithin(Instant.parse("2023-01-01T00:00:00Z"),
 *     Instant.parse("2024-01-01T00:00:00Z")).read(text); // recurring events, occurrence by occurrence
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
 *   <li>DTSTART with a TZID: the wall-clock time in that zone. The TZID may be an IANA region id,
 *       a legacy IANA link id such as {@code Canada/Mountain} (read as its region, {@code
 *       America/Edmonton}), one with a prefix ({@code /mozilla.org/.../America/Toronto}), a
 *       Windows name such as {@code Eastern Standard Time}, read through CLDR's table with
 *       Canadian zones first, or {@code UTC}. A TZID that names none of these is matched by the
 *       rules of the VTIMEZONE of the same VCALENDAR that defines it: the IANA region with the
 *       same offsets and transitions over the event's year and the next, Canadian regions first,
 *       then those of the Windows names, then the others by id; none matching is reported. UTC
 *       and floating times are read on the import's zone.
 *   <li>DTEND or DURATION gives the duration. A floating DTEND beside a zoned DTSTART is read in
 *       DTSTART's zone. SUMMARY gives the title; DESCRIPTION the description; CATEGORIES the
 *       topics; STATUS CANCELLED a cancelled session; SEQUENCE the revision; LAST-MODIFIED the
 *       session's last change. From this module's own feeds, the title and description are read
 *       without what the feed adds ({@link
 *       ca.cma.wellness.sessions.facts.SessionFacts#titleOf}, {@link
 *       ca.cma.wellness.sessions.facts.SessionFacts#descriptionOf}): the announcement of a
 *       cancellation and the footer.
 *   <li>URL, when https, is the registration page; CONFERENCE, Google's X-GOOGLE-CONFERENCE or a
 *       LOCATION that is an https link is the join link; otherwise both are the fallback URL.
 *       Every session gets the import's moderator and language.
 *   <li>Recurring events (RRULE, RDATE, EXDATE, RECURRENCE-ID) give their occurrences within the
 *       window of {@link #expandingWithin}, and are reported without one. All-day, incomplete
 *       events, events whose TZID cannot be read, events with a malformed value that the mapping
 *       reads, rules outside the subset read, and repeated session ids are reported ({@link
 *       ImportReport.Reason}), never mapped. Properties the
 *       mapping never reads (CREATED, ATTENDEE, VALARMs...) are not interpreted.
 * </ul>
 *
 * <p>Input over {@link #maxBytes()} is refused before it is parsed; the other {@link IcsLimits
 * limits} (components, properties, values per property, characters per line) are checked as it is
 * read. Bytes that are not UTF-8, control characters such as NUL, a line that is not {@code
 * NAME:value} and a BEGIN without its END refuse the whole input at their line, never replaced.
 * Lines may end in CRLF, LF or a lone CR; blank lines are ignored; a stream may hold several
 * VCALENDARs.
 *
 * <p>The input is read as data by this module's own reader, never by ical4j's. Recurrences are
 * expanded by the module's own bounded expander, only within a window the caller gives and at most
 * {@link #MAX_OCCURRENCES} per event and {@link #MAX_OCCURRENCES_PER_READ} per read; VTIMEZONEs are
 * read only for the TZIDs that name no IANA or Windows zone, and only their yearly rules (an event
 * whose VTIMEZONE has another RRULE, such as FREQ=HOURLY, is reported). Reading is linear in the
 * input, and its memory a small multiple of {@link IcsLimits#maxBytes()} plus the occurrences.
 *
 * <p>Immutable and thread-safe.
 */
public final class IcsImport {
  /** The largest input read unless set: 4 MiB ({@link IcsLimits#DEFAULTS}). */
  public static final long DEFAULT_MAX_BYTES = IcsLimits.DEFAULTS.maxBytes();

  /**
   * The most occurrences one recurring VEVENT gives within a window: 1,000. Those that start first
   * are kept, and a warning names the event ({@link ImportResult#warnings()}).
   */
  public static final int MAX_OCCURRENCES = 1_000;

  /**
   * The most occurrences all the recurring VEVENTs of one read give within a window: 20,000. The
   * event that reaches it keeps its first occurrences, those after it none, and a warning names
   * each ({@link ImportResult#warnings()}).
   */
  public static final int MAX_OCCURRENCES_PER_READ = 20_000;

  /** The earliest instant of a window: 1901-01-01T00:00:00Z, so that every occurrence is in a year sessions take. */
  private static final Instant EARLIEST = Instant.parse("1901-01-01T00:00:00Z");
  /** The latest end of a window: 9998-01-01T00:00:00Z. */
  private static final Instant LATEST = Instant.parse("9998-01-01T00:00:00Z");

  private final ZoneId zone;
  private final Moderator moderator;
  private final URI fallbackUrl;
  private final Language language;
  private final IcsLimits limits;
  private final Optional<Importer.Window> window;

  private IcsImport(ZoneId zone, Moderator moderator, URI fallbackUrl, Language language, IcsLimits limits,
      Optional<Importer.Window> window) {
    this.zone = zone;
    this.moderator = moderator;
    this.fallbackUrl = fallbackUrl;
    this.language = language;
    this.limits = limits;
    this.window = window;
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
    return new IcsImport(timeZone, moderator, fallbackUrl, Language.ENGLISH, IcsLimits.DEFAULTS, Optional.empty());
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
    return new IcsImport(zone, moderator, fallbackUrl, language, Objects.requireNonNull(limits, "limits"), window);
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
    return new IcsImport(zone, moderator, fallbackUrl, language, limits.withMaxBytes(maxBytes), window);
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
    return new IcsImport(zone, moderator, fallbackUrl, Objects.requireNonNull(language, "language"), limits, window);
  }

  /**
   * Returns a copy that expands recurring events within a window: each occurrence that starts at
   * or after {@code fromInclusive} and before {@code toExclusive} becomes a session, at most
   * {@link #MAX_OCCURRENCES} per VEVENT and {@link #MAX_OCCURRENCES_PER_READ} per read. Without a window, recurring events are reported ({@link
   * ImportReport.Reason#RECURRING}).
   *
   * <p>RRULE (FREQ DAILY, WEEKLY, MONTHLY or YEARLY, with INTERVAL, COUNT, UNTIL, BYMONTH,
   * BYMONTHDAY, BYDAY and WKST), RDATE and EXDATE date-times, EXDATE dates, and VEVENTs with a
   * RECURRENCE-ID, which replace the occurrence that starts at that instant (a cancelled one with
   * STATUS:CANCELLED), are read. Occurrences keep DTSTART's wall-clock time in its zone across
   * daylight-saving changes (RFC 5545); one whose time does not exist moves past the gap. Rules
   * that ask for more (BYSETPOS, BYWEEKNO, BYYEARDAY, BYHOUR, FREQ=HOURLY and shorter, RSCALE,
   * RANGE=THISANDFUTURE...) are reported as recurring, never guessed. The work is bounded by the
   * window and the cap: a rule from 1601 is followed from the window's start.
   *
   * <p>The id of an occurrence is the UID's session id, a hyphen and the occurrence's original
   * start in UTC, such as {@code yoga-20230201T190000Z}, the same on every import; a VEVENT with a
   * RECURRENCE-ID gets the id of the occurrence it replaces.
   *
   * @param fromInclusive the window's first instant
   * @param toExclusive the window's end
   * @return the copy
   * @throws IllegalArgumentException if the window is empty, or starts before 1901-01-01T00:00:00Z
   *     or ends after 9998-01-01T00:00:00Z
   */
  public IcsImport expandingWithin(Instant fromInclusive, Instant toExclusive) {
    Objects.requireNonNull(fromInclusive, "fromInclusive");
    Objects.requireNonNull(toExclusive, "toExclusive");
    if (!fromInclusive.isBefore(toExclusive)) {
      throw new IllegalArgumentException(
          "the window must end after it starts (was " + fromInclusive + " to " + toExclusive + ")");
    }
    if (fromInclusive.isBefore(EARLIEST) || toExclusive.isAfter(LATEST)) {
      throw new IllegalArgumentException("the window must lie between " + EARLIEST + " and " + LATEST + " (was "
          + fromInclusive + " to " + toExclusive + ")");
    }
    return new IcsImport(zone, moderator, fallbackUrl, language, limits,
        Optional.of(new Importer.Window(fromInclusive, toExclusive, MAX_OCCURRENCES, MAX_OCCURRENCES_PER_READ)));
  }

  /**
   * Reads the sessions of an .ics stream in UTF-8, and reports every VEVENT that does not map.
   *
   * @param in the stream; read to its end or just past {@link #maxBytes()}, not closed
   * @return the sessions and the reports, in the order of the file; {@link ImportResult#events()}
   *     is the number of VEVENTs
   * @throws IOException if reading fails
   * @throws SessionValidationException with path {@code input} if the stream holds more than
   *     {@link #maxBytes()}, or {@code line N} naming the first line that is not iCalendar (a
   *     content line without a colon, a BEGIN without its END, bytes that are not UTF-8) or passes
   *     one of the {@link #limits()}
   */
  public ImportResult read(InputStream in) throws IOException {
    return read(Source.read(Objects.requireNonNull(in, "in"), limits.maxBytes()));
  }

  /**
   * Reads the sessions of an .ics text, and reports every VEVENT that does not map.
   *
   * @param text the text
   * @return the sessions and the reports, in the order of the text
   * @throws SessionValidationException as {@link #read(InputStream)} does
   */
  public ImportResult read(String text) {
    String checked = Source.check(Objects.requireNonNull(text, "text"), limits.maxBytes());
    return importer().read(checked, limits, false);
  }

  /**
   * Reads the sessions of an .ics stream in UTF-8, refusing it at its first problem: every VEVENT
   * must map.
   *
   * @param in the stream; read to its end or just past {@link #maxBytes()}, not closed
   * @return the sessions, in the order of the file
   * @throws IOException if reading fails
   * @throws SessionValidationException as {@link #read(InputStream)} does, and with path {@code
   *     line N} naming the first VEVENT that does not map, and why, or the first recurring VEVENT
   *     whose occurrences in the window pass {@link #MAX_OCCURRENCES} or {@link
   *     #MAX_OCCURRENCES_PER_READ}
   */
  public List<Session> readStrict(InputStream in) throws IOException {
    return readStrict(Source.read(Objects.requireNonNull(in, "in"), limits.maxBytes()));
  }

  /**
   * Reads the sessions of an .ics text, refusing it at its first problem.
   *
   * @param text the text
   * @return the sessions, in the order of the text
   * @throws SessionValidationException as {@link #readStrict(InputStream)} does
   */
  public List<Session> readStrict(String text) {
    String checked = Source.check(Objects.requireNonNull(text, "text"), limits.maxBytes());
    return importer().read(checked, limits, true).sessions();
  }

  private Importer importer() {
    return new Importer(zone, moderator, fallbackUrl, language, window);
  }

  @Override
  public String toString() {
    return "IcsImport{zone=" + zone + ", language=" + language.tag() + ", limits=" + limits
        + window.map(w -> ", window=" + w.from() + "/" + w.to()).orElse("") + "}";
  }
}
