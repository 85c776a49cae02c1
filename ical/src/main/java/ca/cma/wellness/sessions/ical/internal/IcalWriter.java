package ca.cma.wellness.sessions.ical.internal;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.Topic;
import ca.cma.wellness.sessions.facts.InviteFacts;
import ca.cma.wellness.sessions.facts.LocalizedText;
import ca.cma.wellness.sessions.facts.ProgramFacts;
import ca.cma.wellness.sessions.facts.SeriesPlace;
import ca.cma.wellness.sessions.facts.SessionFacts;
import ca.cma.wellness.sessions.facts.SupportFacts;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes feeds and invites as iCalendar content to a {@link Sink}: a serializer of {@link
 * SessionFacts} and {@link InviteFacts}, which decide every fact it writes. Holds no state between
 * calls beyond its settings, which are those of {@link ca.cma.wellness.sessions.ical.Ical}; safe to
 * share between threads.
 *
 * @param facts the program's facts
 * @param clock the source of DTSTAMP
 * @param categories whether feeds carry CATEGORIES
 * @param alarm how long before the start invites ring, or null for no alarm
 * @param refreshInterval how often subscribers should reload the feed
 * @param language the language of feeds (invites are in their recipient's)
 */
public record IcalWriter(
    ProgramFacts facts,
    Clock clock,
    boolean categories,
    Duration alarm,
    Duration refreshInterval,
    Language language) {
  /** The PRODID of everything the module writes. */
  public static final String PRODID = "-//CMA//wellness-sessions//EN";

  private static final String[] NONE = new String[0];
  private static final String[] URI_VALUE = {"VALUE", "URI"};
  private static final String[] ENGLISH = {"LANGUAGE", "en-CA"};
  private static final String[] FRENCH = {"LANGUAGE", "fr-CA"};
  private static final String[] RELTYPE_FIRST = {"RELTYPE", "FIRST"};
  private static final String[] RELTYPE_NEXT = {"RELTYPE", "NEXT"};
  private static final Duration ONE_DAY = Duration.ofDays(1);
  private static final Language[] LANGUAGES = Language.values();

  /** Characters of an event beyond its title and description, for sizing a String's buffer. */
  private static final int EVENT_CHARS = 720;

  /**
   * Writes the public feed of the given sessions. Reads them twice and keeps none: a first pass
   * learns each time zone's range of years for its VTIMEZONE, the second writes the events. The
   * output goes to the sink as it is made, so a failure can come after earlier events were
   * written.
   *
   * @param sessions the sessions, in the order they are to appear; each pass must give the same
   * @param sink where it goes
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a session is a part of a series the program lacks, or
   *     the second pass gives a session in a zone or year the first did not
   */
  public void feed(Iterable<? extends Session> sessions, Sink sink) throws IOException {
    Map<String, ZoneYears> zones = new TreeMap<>();
    long expected = 1024;
    // Every event's footer ends with the national support resources, one line each.
    long supportChars = 0;
    for (SupportFacts resource : facts.nationalSupport(language)) {
      supportChars += resource.line().length() + 2;
    }
    for (Session session : sessions) {
      Objects.requireNonNull(session, "sessions[i]");
      ZoneId zone = session.timeZone();
      ZoneYears years = zones.get(zone.getId());
      int first = session.start().getYear();
      int last = endYear(session);
      if (years == null) {
        zones.put(zone.getId(), new ZoneYears(zone, first, last));
      } else {
        years.first = Math.min(years.first, first);
        years.last = Math.max(years.last, last);
      }
      expected += EVENT_CHARS + supportChars + 2L * session.title().length() + session.description().length();
    }
    if (sink instanceof TextSink text) {
      text.reserve(expected);
    }
    String stamp = Values.utc(clock.instant());
    sink.begin("VCALENDAR");
    sink.property("VERSION", NONE, "2.0");
    sink.property("PRODID", NONE, PRODID);
    sink.property("CALSCALE", NONE, "GREGORIAN");
    sink.property("METHOD", NONE, "PUBLISH");
    LocalizedText calendarName = facts.name(language);
    sink.textProperty("NAME", language(calendarName.language()), calendarName.text());
    sink.textProperty("X-WR-CALNAME", NONE, calendarName.text());
    Optional<LocalizedText> description = facts.description(language);
    if (description.isPresent()) {
      sink.textProperty("DESCRIPTION", language(description.get().language()), description.get().text());
      sink.textProperty("X-WR-CALDESC", NONE, description.get().text());
    }
    sink.property("X-WR-TIMEZONE", NONE, facts.program().defaultTimeZone().getId());
    sink.property("URL", URI_VALUE, facts.program().homePage().toString());
    String refresh = Values.duration(refreshInterval);
    sink.property("REFRESH-INTERVAL", new String[] {"VALUE", "DURATION"}, refresh);
    sink.property("X-PUBLISHED-TTL", NONE, refresh);
    for (ZoneYears years : zones.values()) {
      Vtimezone.of(years.zone, years.first, years.last).emit(sink);
    }
    String organizer = facts.program().organizerEmail().toMailto();
    String organizerName =
        facts.program().organizerName().equals(facts.program().name())
            ? calendarName.text()
            : facts.program().organizerName();
    String[] organizerParams = {"CN", Values.parameter(organizerName)};
    List<String> topics = new ArrayList<>();
    for (Session session : sessions) {
      ZoneYears years = zones.get(Objects.requireNonNull(session, "sessions[i]").timeZone().getId());
      long endLocal = years == null ? ZoneYears.NEAR_TRANSITION : years.endLocal(session);
      ZonedDateTime end = endLocal == ZoneYears.NEAR_TRANSITION ? session.end() : null;
      long endYear = end != null ? end.getYear() : Values.year(endLocal);
      if (years == null || session.start().getYear() < years.first || endYear > years.last) {
        throw new IllegalArgumentException(
            "sessions must give the same sessions on each iteration: the second gave "
                + session.id()
                + " in "
                + session.timeZone().getId()
                + ", outside the time zones and years of the first");
      }
      SessionFacts event = facts.session(session);
      sink.begin("VEVENT");
      sink.uidProperty("UID", NONE, event.uid());
      sink.property("DTSTAMP", NONE, stamp);
      Optional<Instant> lastModified = event.lastModified();
      if (lastModified.isPresent()) {
        sink.utcProperty("LAST-MODIFIED", NONE, lastModified.get());
      }
      if (end == null) {
        sink.localProperty("DTSTART", years.tzid, session.localStart());
        sink.localProperty("DTEND", years.tzid, endLocal);
      } else {
        times(session, end, years.tzid, sink);
      }
      sink.property("SEQUENCE", NONE, Values.integer(event.sequence()));
      LocalizedText summary = event.localizedSummary(language);
      sink.textProperty("SUMMARY", language(summary.language()), summary.text());
      sink.descriptionProperty(
          "DESCRIPTION",
          language(event.descriptionLanguage(language)),
          event.paragraphs(language),
          event,
          language);
      sink.property("URL", URI_VALUE, event.page().toString());
      sink.property("ORGANIZER", organizerParams, organizer);
      if (categories && !session.topics().isEmpty()) {
        // One CATEGORIES per language, so that each carries the LANGUAGE of its labels (a free
        // tag stays in the program's first language).
        List<Topic> sessionTopics = session.topics();
        for (Language each : LANGUAGES) {
          topics.clear();
          for (int i = 0; i < sessionTopics.size(); i++) {
            LocalizedText label = facts.topic(sessionTopics.get(i), language);
            if (label.language() == each) {
              topics.add(label.text());
            }
          }
          if (!topics.isEmpty()) {
            sink.textListProperty("CATEGORIES", language(each), topics);
          }
        }
      }
      sink.property("STATUS", NONE, status(event.status()));
      if (event.seriesPlace().isPresent()) {
        SeriesPlace place = event.seriesPlace().get();
        if (place.first().isPresent()) {
          sink.uidProperty("RELATED-TO", RELTYPE_FIRST, place.first().get());
        }
        if (place.next().isPresent()) {
          sink.uidProperty("RELATED-TO", RELTYPE_NEXT, place.next().get());
        }
      }
      sink.end("VEVENT");
    }
    sink.end("VCALENDAR");
  }

  /**
   * Writes the one VCALENDAR of an invite message.
   *
   * @param invite the message's facts
   * @param sink where it goes
   * @throws IOException if writing fails
   */
  public void invite(InviteFacts invite, Sink sink) throws IOException {
    Session session = invite.session().session();
    boolean request = invite.isRequest();
    LocalizedText localizedTitle = invite.localizedTitle();
    String title = localizedTitle.text();
    String[] titleLanguage = language(localizedTitle.language());
    sink.begin("VCALENDAR");
    sink.property("VERSION", NONE, "2.0");
    sink.property("PRODID", NONE, PRODID);
    sink.property("METHOD", NONE, invite.method().name());
    Vtimezone.of(session.timeZone(), session.start().getYear(), session.end().getYear()).emit(sink);
    sink.begin("VEVENT");
    sink.uidProperty("UID", NONE, invite.uid());
    sink.property("DTSTAMP", NONE, Values.utc(clock.instant()));
    times(session, session.end(), new String[] {"TZID", session.timeZone().getId()}, sink);
    sink.property("SEQUENCE", NONE, Values.integer(invite.sequence()));
    sink.textProperty("SUMMARY", titleLanguage, title);
    sink.descriptionProperty(
        "DESCRIPTION", language(invite.descriptionLanguage()), invite.paragraphs(), invite.footer());
    if (invite.joinUrl().isPresent()) {
      String join = invite.joinUrl().get().toString();
      sink.textProperty("LOCATION", NONE, join);
      sink.property(
          "CONFERENCE",
          new String[] {
            "VALUE", "URI", "FEATURE", "AUDIO,VIDEO", "LABEL", Values.parameter(invite.conferenceLabel())
          },
          join);
    }
    sink.property(
        "ORGANIZER",
        new String[] {"CN", Values.parameter(invite.organizerName())},
        invite.organizerEmail().toMailto());
    String cn = Values.parameter(invite.recipient().name());
    String[] attendee =
        request
            ? new String[] {
              "CN", cn, "ROLE", "REQ-PARTICIPANT", "PARTSTAT", "NEEDS-ACTION", "RSVP", "TRUE"
            }
            : new String[] {"CN", cn, "ROLE", "REQ-PARTICIPANT"};
    sink.property("ATTENDEE", attendee, invite.recipient().email().toMailto());
    sink.property("STATUS", NONE, status(invite.status()));
    if (request) {
      sink.property("CLASS", NONE, "PRIVATE");
      if (alarm != null) {
        sink.begin("VALARM");
        sink.property("ACTION", NONE, "DISPLAY");
        sink.textProperty("DESCRIPTION", titleLanguage, title);
        sink.property("TRIGGER", NONE, Values.duration(alarm.negated()));
        sink.end("VALARM");
      }
    }
    sink.end("VEVENT");
    sink.end("VCALENDAR");
  }

  /** The LANGUAGE parameter of a text in a language (RFC 5545 §3.2.10): en-CA or fr-CA. */
  static String[] language(Language language) {
    return language == Language.FRENCH ? FRENCH : ENGLISH;
  }

  private static String status(SessionStatus status) {
    return status == SessionStatus.CANCELLED ? "CANCELLED" : "CONFIRMED";
  }

  private static void times(Session session, ZonedDateTime end, String[] tzid, Sink sink) throws IOException {
    sink.localProperty("DTSTART", tzid, session.localStart());
    if (end.withEarlierOffsetAtOverlap().equals(end)) {
      sink.localProperty("DTEND", tzid, end.toLocalDateTime());
    } else {
      // The end falls in the second pass of a daylight-saving overlap, which a local time with a
      // TZID cannot say (RFC 5545 §3.3.5 reads it as the first): UTC says it exactly.
      sink.utcProperty("DTEND", NONE, end.toInstant());
    }
  }

  /**
   * The year of a session's end, without working out the end when it cannot fall in a later year
   * than the start: shorter than a day and starting before December 30, the end is in the start's
   * year even across a change of offset (at most a day, as Samoa's in 2011).
   */
  private static int endYear(Session session) {
    ZonedDateTime start = session.start();
    Duration duration = session.duration();
    if (!duration.isNegative() && duration.compareTo(ONE_DAY) < 0 && start.getDayOfYear() < 364) {
      return start.getYear();
    }
    return session.end().getYear();
  }

  /**
   * A time zone and the years its VTIMEZONE covers, and once the first pass is over, the zone's
   * offset transitions over those years: an end far from every transition is read from them
   * without the {@code java.time} objects that working out a {@link ZonedDateTime} makes.
   */
  private static final class ZoneYears {
    /** What {@link #endLocal} returns for an end it leaves to {@link Session#end()}. */
    static final long NEAR_TRANSITION = Long.MIN_VALUE;

    /**
     * How far an end must be from every transition to be read from the table: farther than any
     * gap or overlap plus any offset, so that no transition can make it ambiguous.
     */
    private static final long MARGIN = 2 * 86_400;

    final ZoneId zone;
    /** The TZID parameter of the zone's date-times, made once per feed. */
    final String[] tzid;
    int first;
    int last;
    private long from;
    private long until;
    private int offsetAtFrom;
    /** The transitions from {@link #from} to {@link #until}: instants and offsets after them. */
    private long[] instants;
    private int[] offsets;

    ZoneYears(ZoneId zone, int first, int last) {
      this.zone = zone;
      this.tzid = new String[] {"TZID", zone.getId()};
      this.first = first;
      this.last = last;
    }

    /**
     * Returns the end of a session as seconds since 1970-01-01T00:00 on the zone's wall clock,
     * or {@link #NEAR_TRANSITION} when it is within {@link #MARGIN} of an offset transition or
     * outside the years: {@link Session#end()} then says it, overlaps and gaps included.
     */
    long endLocal(Session session) {
      if (instants == null) {
        transitions();
      }
      ZonedDateTime start = session.start();
      Duration duration = session.duration();
      long end =
          start.toEpochSecond() + duration.getSeconds() + ((long) start.getNano() + duration.getNano()) / 1_000_000_000;
      if (end < from + MARGIN || end >= until - MARGIN) {
        return NEAR_TRANSITION;
      }
      int at = java.util.Arrays.binarySearch(instants, end);
      int before = at >= 0 ? at : -at - 2; // the last transition at or before the end, or -1
      if (before >= 0 && end - instants[before] < MARGIN
          || before + 1 < instants.length && instants[before + 1] - end < MARGIN) {
        return NEAR_TRANSITION;
      }
      return end + (before >= 0 ? offsets[before] : offsetAtFrom);
    }

    private void transitions() {
      ZoneRules rules = zone.getRules();
      from = LocalDate.of(first, 1, 1).toEpochSecond(LocalTime.MIDNIGHT, ZoneOffset.UTC) - 3 * 86_400L;
      until = LocalDate.of(last + 1, 1, 1).toEpochSecond(LocalTime.MIDNIGHT, ZoneOffset.UTC) + 3 * 86_400L;
      offsetAtFrom = rules.getOffset(Instant.ofEpochSecond(from)).getTotalSeconds();
      List<ZoneOffsetTransition> found = new ArrayList<>();
      for (ZoneOffsetTransition transition = rules.nextTransition(Instant.ofEpochSecond(from));
          transition != null && transition.toEpochSecond() < until;
          transition = rules.nextTransition(transition.getInstant())) {
        found.add(transition);
      }
      long[] at = new long[found.size()];
      int[] after = new int[found.size()];
      for (int i = 0; i < at.length; i++) {
        at[i] = found.get(i).toEpochSecond();
        after[i] = found.get(i).getOffsetAfter().getTotalSeconds();
      }
      offsets = after;
      instants = at;
    }
  }
}
