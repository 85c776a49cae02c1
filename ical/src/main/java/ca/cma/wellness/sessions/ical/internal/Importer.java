package ca.cma.wellness.sessions.ical.internal;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Moderator;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionUid;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.Topic;
import ca.cma.wellness.sessions.facts.SessionFacts;
import ca.cma.wellness.sessions.ical.IcsLimits;
import ca.cma.wellness.sessions.ical.ImportReport;
import ca.cma.wellness.sessions.ical.ImportReport.Reason;
import ca.cma.wellness.sessions.ical.ImportResult;
import ca.cma.wellness.sessions.internal.Checks;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Maps the VEVENTs of an iCalendar text to sessions, naming the line of every problem. */
public final class Importer {

  /** The properties of a VEVENT that the mapping reads. */
  private static final Set<String> READ = Set.of("UID", "SUMMARY", "DESCRIPTION", "STATUS", "DTSTART", "DTEND",
      "DURATION", "CATEGORIES", "SEQUENCE", "LAST-MODIFIED", "URL", "CONFERENCE", "X-GOOGLE-CONFERENCE", "LOCATION",
      "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID");

  private final ZoneId zone;
  private final Moderator moderator;
  private final URI fallbackUrl;
  private final Language language;
  private final Optional<Window> window;
  /** The IANA region matched to each VTIMEZONE, by first year compared: one match per zone and year. */
  private final Map<Source.Component, Map<Integer, Optional<ZoneId>>> matched = new IdentityHashMap<>();
  /** The most VTIMEZONEs, by year, matched to a region in one read: each match costs about a millisecond. */
  static final int MAX_ZONE_MATCHES = 100;

  /** The work left to the rules of this read. */
  private final Recurrence.Budget budget = new Recurrence.Budget(Recurrence.MAX_STEPS_PER_READ);
  /** The VTIMEZONEs of each calendar by TZID, the first of each TZID: one look-up per time read. */
  private final Map<Source.Component, Map<String, Source.Component>> vtimezones = new IdentityHashMap<>();

  private static Map<String, Source.Component> vtimezones(Source.Component calendar) {
    Map<String, Source.Component> byTzid = new HashMap<>();
    for (Source.Component vtimezone : calendar.components("VTIMEZONE")) {
      vtimezone.property("TZID").ifPresent(p -> byTzid.putIfAbsent(p.text().strip(), vtimezone));
    }
    return byTzid;
  }

  /** The VTIMEZONEs, by year, matched so far. */
  private int matches;
  /** The occurrences left to this read. */
  private int occurrencesLeft;
  /** Whether this read refuses the input at its first problem, a cap reached included. */
  private boolean strict;

  /**
   * The window in which recurring events are expanded.
   *
   * @param from the first instant, inclusive
   * @param to the last instant, exclusive
   * @param cap the most occurrences of one VEVENT
   * @param capPerRead the most occurrences of all the VEVENTs of one read
   */
  public record Window(Instant from, Instant to, int cap, int capPerRead) {}

  /**
   * Creates an importer.
   *
   * @param zone the zone of times written in UTC, floating, or with an unknown TZID
   * @param moderator the moderator of every imported session
   * @param fallbackUrl the registration and join link of events that have none
   * @param language the language of every imported session
   * @param window where recurring events are expanded, or empty to report them
   */
  public Importer(ZoneId zone, Moderator moderator, URI fallbackUrl, Language language, Optional<Window> window) {
    this.zone = zone;
    this.moderator = moderator;
    this.fallbackUrl = fallbackUrl;
    this.language = language;
    this.window = window;
    this.occurrencesLeft = window.map(Window::capPerRead).orElse(0);
  }

  /**
   * Reads every VEVENT of every VCALENDAR of a text.
   *
   * @param text the iCalendar text
   * @param limits the limits of the input
   * @param strict whether the first VEVENT that does not map refuses the text
   * @return the sessions, and a report for every VEVENT not mapped, in the order of the file
   * @throws SessionValidationException with path {@code line N} naming the first problem of the
   *     text's structure or limits, or in strict mode the first VEVENT that does not map
   */
  public ImportResult read(String text, IcsLimits limits, boolean strict) {
    this.strict = strict;
    Source source = Source.parse(text, limits);
    if (strict && !source.malformed().isEmpty()) {
      throw source.malformed().get(0).error();
    }
    List<Session> sessions = new ArrayList<>();
    List<ImportReport> reports = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Set<SessionValidationException> reasons = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    Map<SessionId, Integer> seen = new HashMap<>();
    int events = 0;
    for (Source.Component calendar : source.calendars()) {
      Map<String, Set<Instant>> replaced = window.isPresent() ? replaced(calendar) : Map.of();
      boolean ours =
          calendar.property("PRODID").map(p -> p.text().strip()).filter(IcalWriter.PRODID::equals).isPresent();
      for (Source.Component event : calendar.components("VEVENT")) {
        events++;
        for (String name : List.of("CREATED", "DTSTAMP")) {
          for (Source.Property stamp : event.properties(name)) {
            if (!utcDateTime(stamp)) {
              warnings.add("line " + stamp.line() + ": " + name + ": not a UTC date-time such as 20230109T143000Z (was "
                  + Checks.quote(Source.oneLine(stamp.value())) + "); sessions do not read it, so it was ignored");
            }
          }
        }
        try {
          List<Session> mapped;
          try {
            mapped = sessions(event, calendar, ours, replaced, warnings);
          } catch (SessionValidationException e) {
            throw new Refusal(Reason.INVALID, e);
          }
          Map<SessionId, Integer> own = new HashMap<>();
          for (Session session : mapped) {
            Integer earlier = seen.get(session.id());
            if (earlier != null || own.putIfAbsent(session.id(), event.line()) != null) {
              throw new Refusal(Reason.DUPLICATE, new SessionValidationException(
                  "line " + event.line("UID"),
                  "UID: session id \"" + session.id() + "\" repeats the VEVENT at line "
                      + (earlier != null ? earlier : event.line())));
            }
          }
          seen.putAll(own);
          sessions.addAll(mapped);
        } catch (Refusal refusal) {
          if (strict) {
            throw refusal.error;
          }
          Optional<String> uid =
              event.property("UID").map(p -> Source.oneLine(p.text().strip())).filter(u -> !u.isEmpty());
          reasons.add(refusal.error);
          reports.add(new ImportReport(
              event.line(), uid, refusal.reason, refusal.error.path() + ": " + refusal.error.problem()));
        }
      }
    }
    for (Source.Malformed malformed : source.malformed()) {
      if (!reasons.contains(malformed.error())) {
        warnings.add(malformed.error().path() + ": " + malformed.error().problem()
            + "; the import does not read " + malformed.name() + ", so it was ignored");
      }
    }
    return new ImportResult(sessions, reports, warnings, events);
  }

  /** Why a VEVENT does not map, with the error that names its line. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Reason reason;
    private final SessionValidationException error;

    Refusal(Reason reason, SessionValidationException error) {
      super(error.getMessage(), error, false, false);
      this.reason = reason;
      this.error = error;
    }
  }

  private static Refusal refusal(Reason reason, int line, String problem) {
    return new Refusal(reason, new SessionValidationException("line " + line, problem));
  }

  private static final List<String> RECURRENCE = List.of("RRULE", "RDATE", "EXDATE", "RECURRENCE-ID");

  /**
   * The RECURRENCE-ID instants of the VEVENTs of a calendar, by UID: the occurrences they replace.
   * One that cannot be read replaces nothing; its own VEVENT is reported.
   */
  private Map<String, Set<Instant>> replaced(Source.Component calendar) {
    Map<String, Set<Instant>> replaced = new HashMap<>();
    for (Source.Component event : calendar.components("VEVENT")) {
      Optional<Source.Property> uid = event.property("UID");
      Optional<Source.Property> recurrenceId = event.property("RECURRENCE-ID");
      if (uid.isPresent() && recurrenceId.isPresent()) {
        try {
          Instant original = recurrenceInstant(event, recurrenceId.get(), calendar);
          replaced.computeIfAbsent(uid.get().text().strip(), u -> new HashSet<>()).add(original);
        } catch (SessionValidationException | Refusal unreadable) {
          // reported with its own VEVENT
        }
      }
    }
    return replaced;
  }

  /** The instant of a RECURRENCE-ID: a floating one is read on the wall clock of its DTSTART. */
  private Instant recurrenceInstant(Source.Component event, Source.Property recurrenceId, Source.Component calendar) {
    Optional<Source.Property> dtStart = event.property("DTSTART");
    Wall wall = floating(recurrenceId) && dtStart.isPresent()
        ? allDay(recurrenceId, wall(dtStart.get(), calendar))
        : wall(recurrenceId, calendar);
    return wall.at(Times.local(recurrenceId)).toInstant();
  }

  /**
   * The sessions of one VEVENT: one, or when a window is given, the occurrences of a recurring one
   * that start in it, or the one occurrence that a RECURRENCE-ID replaces.
   */
  private List<Session> sessions(Source.Component event, Source.Component calendar, boolean ours,
      Map<String, Set<Instant>> replaced, List<String> warnings) {
    for (Source.Malformed malformed : event.malformed()) {
      // A property the mapping never reads (ATTENDEE, COMMENT...) may be malformed; one it reads may not.
      if (READ.contains(malformed.name())) {
        throw new Refusal(Reason.INVALID, malformed.error());
      }
    }
    Optional<String> recurring = RECURRENCE.stream().filter(name -> event.property(name).isPresent()).findFirst();
    if (recurring.isEmpty()) {
      return List.of(session(event, calendar, ours, Optional.empty()));
    }
    if (window.isEmpty()) {
      throw refusal(Reason.RECURRING, event.line(recurring.get()), recurring.get()
          + ": recurring events are imported only when the import is given a window to expand them in");
    }
    Optional<Source.Property> uidProperty = event.property("UID");
    if (uidProperty.isEmpty() || uidProperty.get().text().isBlank()) {
      throw refusal(Reason.INCOMPLETE, event.line("UID"), "VEVENT has no UID");
    }
    String uid = uidProperty.get().text().strip();
    if (event.property("DTSTART").isEmpty()) {
      throw refusal(Reason.INCOMPLETE, event.line("DTSTART"), "VEVENT has no DTSTART");
    }
    Optional<Source.Property> recurrenceId = event.property("RECURRENCE-ID");
    if (recurrenceId.isPresent()) {
      Optional<String> range = recurrenceId.get().parameter("RANGE");
      if (range.isPresent()) {
        throw refusal(Reason.RECURRING, recurrenceId.get().line(), "RECURRENCE-ID: RANGE="
            + Source.oneLine(range.get()) + " changes this and every later occurrence, which is not read");
      }
      for (String name : List.of("RRULE", "RDATE", "EXDATE")) {
        if (event.property(name).isPresent()) {
          throw refusal(Reason.RECURRING, event.line(name),
              name + ": an occurrence that replaces another (RECURRENCE-ID) cannot recur itself");
        }
      }
      // The replacing occurrence is read as it is written, wherever it starts: like any single event.
      return List.of(session(event, calendar, ours, Optional.empty())
          .withId(occurrenceId(uid, recurrenceInstant(event, recurrenceId.get(), calendar))));
    }
    Window within = window.get();
    Source.Property dtStart = event.property("DTSTART").orElseThrow();
    Wall startWall = wall(dtStart, calendar);
    LocalDateTime localStart = Times.local(dtStart);
    // RFC 5545 expands in DTSTART's zone, keeping the wall-clock time across daylight-saving changes.
    ZoneId ruleZone = startWall.zone();

    Set<Instant> excludedInstants = new HashSet<>(replaced.getOrDefault(uid, Set.of()));
    Set<LocalDate> excludedDates = new HashSet<>();
    for (Source.Property exdate : event.properties("EXDATE")) {
      for (Source.Property value : values(exdate)) {
        if (date(value)) {
          try {
            excludedDates.add(LocalDate.parse(value.value().strip(), Times.DATE));
          } catch (DateTimeException e) {
            throw new SessionValidationException("line " + value.line(), "EXDATE: not a date such as 20230201 (was "
                + Checks.quote(Source.oneLine(value.value().strip())) + ")");
          }
        } else {
          Wall wall = floating(value) ? startWall.of(value) : wall(value, calendar);
          excludedInstants.add(wall.at(Times.local(value)).toInstant());
        }
      }
    }
    Predicate<ZonedDateTime> excluded = start -> excludedInstants.contains(start.toInstant())
        || excludedDates.contains(start.withZoneSameInstant(ruleZone).toLocalDate());

    TreeMap<Instant, ZonedDateTime> starts = new TreeMap<>();
    boolean capped = false;
    int cap = Math.min(within.cap(), occurrencesLeft);
    List<Source.Property> rules = event.properties("RRULE");
    if (rules.size() > 1) {
      throw refusal(Reason.RECURRING, rules.get(1).line(), "RRULE: an event with several RRULEs is not read");
    }
    ZonedDateTime first = ZonedDateTime.of(localStart, ruleZone);
    if (rules.isEmpty()) {
      if (Recurrence.inWindow(first, within.from(), within.to()) && !excluded.test(first)) {
        starts.put(first.toInstant(), first);
      }
      capped = starts.size() > cap;
    } else {
      Recurrence.Expansion expansion;
      try {
        expansion = Recurrence.of(rules.get(0))
            .expand(rules.get(0), localStart, ruleZone, within.from(), within.to(), excluded, cap, budget);
      } catch (Recurrence.Unsupported e) {
        throw refusal(Reason.RECURRING, rules.get(0).line(), e.getMessage().replaceFirst("^line [0-9]+: ", ""));
      }
      expansion.starts().forEach(start -> starts.put(start.toInstant(), start));
      capped = expansion.capped();
    }
    for (Source.Property rdate : event.properties("RDATE")) {
      for (Source.Property value : values(rdate)) {
        if (date(value) || value.parameter("VALUE").filter("PERIOD"::equalsIgnoreCase).isPresent()) {
          throw refusal(Reason.RECURRING, rdate.line(), "RDATE: only date-times are read as occurrences (was "
              + Checks.quote(Source.oneLine(value.value())) + ")");
        }
        Wall wall = floating(value) ? startWall.of(value) : wall(value, calendar);
        ZonedDateTime start = wall.at(Times.local(value)).withZoneSameInstant(ruleZone);
        if (Recurrence.inWindow(start, within.from(), within.to()) && !excluded.test(start)) {
          starts.put(start.toInstant(), start);
        }
      }
    }
    while (starts.size() > cap) {
      starts.pollLastEntry();
      capped = true;
    }
    int line = event.line(rules.isEmpty() ? "RDATE" : "RRULE");
    String property = rules.isEmpty() ? "RDATE" : "RRULE";
    if (capped && strict) {
      // A strict read returns no warnings, so a cap reached refuses the input rather than cut it silently.
      throw refusal(Reason.RECURRING, line, property + ": more than " + cap + " occurrences start between "
          + within.from() + " and " + within.to() + " (the most one " + (cap < within.cap() ? "read" : "event")
          + " may give)");
    }
    if (capped && cap < within.cap()) {
      warnings.add("line " + line + ": " + property + ": this input's events have more than " + within.capPerRead()
          + " occurrences between " + within.from() + " and " + within.to() + "; " + cap
          + " of this event's were imported");
    } else if (capped) {
      warnings.add("line " + line + ": " + property + ": more than " + within.cap() + " occurrences start between "
          + within.from() + " and " + within.to() + "; the first " + within.cap() + " were imported");
    } else if (starts.isEmpty()) {
      warnings.add("line " + line + ": " + property + ": no occurrence starts between " + within.from() + " and "
          + within.to() + ", so the event gave no session");
    }
    // The event's values are checked even without an occurrence, as if it started at the window's start.
    Session template = session(event, calendar, ours,
        Optional.of(starts.isEmpty() ? within.from() : starts.firstKey()));
    List<Session> occurrences = new ArrayList<>();
    for (ZonedDateTime start : starts.values()) {
      // One template: every occurrence shares its text, so memory grows with occurrences, not with their text.
      occurrences.add(template.withStart(start.withZoneSameInstant(template.start().getZone()))
          .withId(occurrenceId(uid, start.toInstant())));
    }
    occurrencesLeft -= occurrences.size();
    return occurrences;
  }

  /** Whether an RDATE or EXDATE value is a DATE. */
  private static boolean date(Source.Property value) {
    return value.parameter("VALUE").filter("DATE"::equalsIgnoreCase).isPresent()
        || value.value().strip().matches("[0-9]{8}");
  }

  /** The values of a list property such as EXDATE, each as a property of its own. */
  private static List<Source.Property> values(Source.Property list) {
    List<Source.Property> values = new ArrayList<>();
    for (String value : list.value().split(",", -1)) {
      values.add(new Source.Property(list.name(), list.parameters(), value, list.line()));
    }
    return values;
  }

  /**
   * The session id of one occurrence: the UID's session id and the occurrence's original start in
   * UTC, such as {@code yoga-20230201T190000Z}; when that is longer than an id may be, the digest
   * id of the UID stands for it. The same on every import, and distinct for distinct occurrences.
   */
  static SessionId occurrenceId(String uid, Instant original) {
    String suffix = "-" + Times.LOCAL.format(LocalDateTime.ofInstant(original, ZoneOffset.UTC)) + "Z";
    String base = id(uid).toString();
    if (base.length() + suffix.length() > ca.cma.wellness.sessions.internal.Ids.MAX_LENGTH) {
      base = digest(uid).toString();
    }
    return SessionId.of(base + suffix);
  }

  /** The session of a VEVENT; {@code at}, when given, is its start instead of DTSTART (an occurrence). */
  private Session session(Source.Component event, Source.Component calendar, boolean ours, Optional<Instant> at) {
    Session.Builder builder = Session.builder();
    Optional<Source.Property> uid = event.property("UID");
    if (uid.isEmpty() || uid.get().text().isBlank()) {
      throw refusal(Reason.INCOMPLETE, event.line("UID"), "VEVENT has no UID");
    }
    builder.id(id(uid.get().text().strip()));

    Optional<Source.Property> summary = event.property("SUMMARY");
    if (summary.isEmpty() || summary.get().text().isBlank()) {
      throw refusal(Reason.INCOMPLETE,
          event.line("SUMMARY"), "SUMMARY: a session needs a title (none or blank)");
    }
    boolean cancelled =
        event.property("STATUS").map(p -> p.text().strip()).filter("CANCELLED"::equalsIgnoreCase).isPresent();
    String title = summary.get().text();
    String description = event.property("DESCRIPTION").map(Source.Property::text).orElse("");
    if (ours) {
      // Our own feeds announce a cancellation and add a footer: read the session's own text.
      title = SessionFacts.titleOf(title, cancelled);
      description = SessionFacts.descriptionOf(description, cancelled);
    }
    Optional<Instant> lastModified = lastModified(event);

    Optional<Source.Property> dtStart = event.property("DTSTART");
    if (dtStart.isEmpty()) {
      throw refusal(Reason.INCOMPLETE, event.line("DTSTART"), "VEVENT has no DTSTART");
    }
    Wall startWall = wall(dtStart.get(), calendar);
    ZonedDateTime start = startWall.at(Times.local(dtStart.get()));
    Duration duration;
    Optional<Source.Property> dtEnd = event.property("DTEND");
    Optional<Source.Property> durationProperty = event.property("DURATION");
    int durationLine;
    if (dtEnd.isPresent()) {
      durationLine = dtEnd.get().line();
      // A floating DTEND beside a zoned DTSTART is read on DTSTART's clock, not the import's zone.
      Wall endWall = floating(dtEnd.get()) ? allDay(dtEnd.get(), startWall) : wall(dtEnd.get(), calendar);
      duration = Duration.between(start.toInstant(), endWall.at(Times.local(dtEnd.get())).toInstant());
    } else if (durationProperty.isPresent()) {
      durationLine = durationProperty.get().line();
      duration = Times.duration(durationProperty.get());
    } else {
      throw refusal(Reason.INCOMPLETE,
          event.line("DTSTART"), "VEVENT has neither DTEND nor DURATION, so it lasts no time");
    }

    // A set, so that repeated labels cost one look-up each: the import stays linear.
    Set<Topic> topics = new LinkedHashSet<>();
    for (Source.Property categories : event.properties("CATEGORIES")) {
      for (String label : categories.texts()) {
        if (label.isBlank()) {
          continue;
        }
        if (label.indexOf('\n') >= 0 || label.indexOf('\r') >= 0) {
          throw new SessionValidationException(
              "line " + categories.line(),
              "CATEGORIES: a label is one line (was " + Replies.quote(label) + ")");
        }
        try {
          topics.add(Topic.of(label));
        } catch (SessionValidationException e) {
          throw at(categories.line(), "CATEGORIES", e);
        }
      }
    }

    int revision = 0;
    Optional<Source.Property> sequence = event.property("SEQUENCE");
    if (sequence.isPresent()) {
      revision = Replies.number(sequence.get().value(), sequence.get().line());
    }

    Map<String, Integer> fieldLines = new HashMap<>();
    fieldLines.put("title", event.line("SUMMARY"));
    fieldLines.put("description", event.line("DESCRIPTION"));
    fieldLines.put("start", event.line("DTSTART"));
    fieldLines.put("zone", event.line("DTSTART"));
    fieldLines.put("duration", durationLine);
    fieldLines.put("registrationUrl", event.line("URL"));
    fieldLines.put("joinUrl", event.line("CONFERENCE"));
    fieldLines.put("lastModified", event.line("LAST-MODIFIED"));
    fieldLines.put("topics", event.line("CATEGORIES"));
    try {
      builder
          .title(title)
          .description(description)
          .start(at.map(instant -> instant.atZone(start.getZone())).orElse(start))
          .duration(duration)
          .addModerator(moderator)
          .addAllTopics(List.copyOf(topics))
          .language(language)
          .registrationUrl(event.property("URL").flatMap(p -> https(p.value())).orElse(fallbackUrl))
          .joinUrl(joinUrl(event).orElse(fallbackUrl))
          .status(cancelled ? SessionStatus.CANCELLED : SessionStatus.SCHEDULED)
          .revision(revision)
          .lastModified(lastModified);
      return builder.build();
    } catch (SessionValidationException e) {
      String field = e.path().replaceFirst("[.\\[].*", "");
      throw at(fieldLines.getOrDefault(field, event.line()), e.path(), e);
    }
  }

  private static SessionValidationException at(int line, String what, SessionValidationException e) {
    SessionValidationException located =
        new SessionValidationException("line " + line, what + ": " + e.problem());
    located.initCause(e);
    return located;
  }

  /**
   * How the wall-clock times of a DTSTART, DTEND, RDATE or EXDATE become times of a session: the
   * zone of the wall clock, the zone of the session, and whether a time in a daylight-saving gap is
   * refused (a TZID's region) or moved past the gap (RFC 5545 §3.3.5).
   */
  private record Wall(ZoneId zone, ZoneId sessionZone, boolean refuseGap, int line, String name) {
    ZonedDateTime at(LocalDateTime local) {
      if (refuseGap && zone.getRules().getValidOffsets(local).isEmpty()) {
        throw new SessionValidationException(
            "line " + line, name + ": " + local + " does not exist in " + zone.getId() + " (daylight-saving gap)");
      }
      return ZonedDateTime.of(local, zone).withEarlierOffsetAtOverlap().withZoneSameInstant(sessionZone);
    }

    Wall of(Source.Property property) {
      return new Wall(zone, sessionZone, refuseGap, property.line(), property.name());
    }
  }

  /** Whether a DATE-TIME is floating: no TZID and no trailing Z. */
  private static boolean floating(Source.Property property) {
    return property.parameter("TZID").isEmpty() && !Times.utc(property);
  }

  /** Refuses an all-day DATE value, else returns the wall clock. */
  private static Wall allDay(Source.Property property, Wall wall) {
    Optional<String> value = property.parameter("VALUE");
    if (value.isPresent() && value.get().strip().equalsIgnoreCase("DATE")
        || property.value().strip().matches("[0-9]{8}")) {
      throw refusal(Reason.ALL_DAY, property.line(), property.name() + ": all-day events (VALUE=DATE) cannot be sessions");
    }
    return wall.of(property);
  }

  /**
   * The wall clock of a DTSTART or DTEND: its TZID's zone, UTC, or the import's zone for a floating
   * time; an all-day value is refused.
   */
  private Wall wall(Source.Property property, Source.Component calendar) {
    allDay(property, new Wall(zone, zone, false, property.line(), property.name()));
    int line = property.line();
    String name = property.name();
    Optional<String> tzid = property.parameter("TZID");
    if (Times.utc(property)) {
      return new Wall(ZoneOffset.UTC, zone, false, line, name);
    }
    if (tzid.isEmpty()) {
      // A floating time: read on the wall clock of the import's zone.
      return new Wall(zone, zone, false, line, name);
    }
    Optional<ZoneId> mapped = WindowsZones.zone(tzid.get());
    if (mapped.isPresent() && mapped.get() instanceof ZoneOffset offset) {
      return new Wall(offset, zone, false, line, name);
    }
    if (mapped.isPresent()) {
      return new Wall(mapped.get(), mapped.get(), true, line, name);
    }
    Source.Component vtimezone = vtimezones.computeIfAbsent(calendar, Importer::vtimezones).get(tzid.get().strip());
    if (vtimezone != null) {
      {
        int year = Times.local(property).getYear();
        Map<Integer, Optional<ZoneId>> years = matched.computeIfAbsent(vtimezone, v -> new HashMap<>());
        if (!years.containsKey(year) && ++matches > MAX_ZONE_MATCHES) {
          throw refusal(Reason.ZONE, line, name + ": TZID " + Checks.quote(Source.oneLine(tzid.get()))
              + " is defined by the VTIMEZONE of line " + vtimezone.line() + ", but this input asks for more than "
              + MAX_ZONE_MATCHES + " time zones to be matched by their rules, so it was not");
        }
        Optional<ZoneId> region;
        try {
          region = years.computeIfAbsent(year, y -> EmbeddedZone.region(vtimezone, y));
        } catch (SessionValidationException e) {
          throw new Refusal(Reason.ZONE, new SessionValidationException(
              "line " + line, name + ": TZID " + Checks.quote(Source.oneLine(tzid.get()))
                  + " is defined by the VTIMEZONE of line " + vtimezone.line() + ", which cannot be read: "
                  + e.path() + ": " + e.problem()));
        }
        if (region.isEmpty()) {
          throw refusal(Reason.ZONE, line, name + ": TZID " + Checks.quote(Source.oneLine(tzid.get()))
              + " is defined by the VTIMEZONE of line " + vtimezone.line() + ", whose offsets in " + year + " and "
              + (year + 1) + " match no IANA zone");
        }
        return new Wall(region.get(), region.get(), true, line, name);
      }
    }
    throw refusal(Reason.ZONE,
        line,
        name + ": TZID \"" + Source.oneLine(tzid.get())
            + "\" is neither an IANA zone, a Windows zone name, nor defined by a VTIMEZONE");
  }

  /**
   * The session id of a UID: the session id of a UID such as this library writes ({@link
   * SessionUid#parse}), else the UID itself when it is a valid id (Apple writes such UIDs), else
   * a digest of it (Outlook's long UIDs).
   */
  static SessionId id(String uid) {
    try {
      return SessionUid.parse(uid).sessionId();
    } catch (SessionValidationException notOurs) {
      // a UID of another form: see below
    }
    try {
      return SessionId.of(uid);
    } catch (SessionValidationException e) {
      return digest(uid);
    }
  }

  /** The id {@code ics-} and 24 hex digits of the UID's SHA-256. */
  private static SessionId digest(String uid) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(uid.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder("ics-");
      for (int i = 0; i < 12; i++) {
        hex.append(String.format(Locale.ROOT, "%02x", digest[i]));
      }
      return SessionId.of(hex.toString());
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java platform has SHA-256", impossible);
    }
  }

  /** Whether a value is a UTC date-time such as 20230109T143000Z. */
  private static boolean utcDateTime(Source.Property property) {
    if (!Times.utc(property) || property.parameter("TZID").isPresent()) {
      return false;
    }
    try {
      Times.local(property);
      return true;
    } catch (SessionValidationException e) {
      return false;
    }
  }

  /** The instant of a LAST-MODIFIED, which RFC 5545 writes in UTC. */
  private static Optional<Instant> lastModified(Source.Component event) {
    Optional<Source.Property> property = event.property("LAST-MODIFIED");
    if (property.isEmpty()) {
      return Optional.empty();
    }
    if (Times.utc(property.get()) && property.get().parameter("TZID").isEmpty()) {
      try {
        return Optional.of(Times.local(property.get()).toInstant(ZoneOffset.UTC));
      } catch (SessionValidationException e) {
        // reported below
      }
    }
    throw new SessionValidationException(
        "line " + property.get().line(),
        "LAST-MODIFIED: must be a UTC date-time such as 20230109T143000Z (was "
            + Replies.quote(property.get().value()) + ")");
  }

  private static Optional<URI> https(String text) {
    try {
      URI uri = new URI(text.strip());
      return Checks.isHttpsUrl(uri) ? Optional.of(uri) : Optional.empty();
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static Optional<URI> joinUrl(Source.Component event) {
    Set<String> candidates = new LinkedHashSet<>();
    for (String name : List.of("CONFERENCE", "X-GOOGLE-CONFERENCE", "LOCATION")) {
      for (Source.Property property : event.properties(name)) {
        candidates.add(property.text());
      }
    }
    for (String candidate : candidates) {
      Optional<URI> uri = https(candidate);
      if (uri.isPresent()) {
        return uri;
      }
    }
    return Optional.empty();
  }
}
