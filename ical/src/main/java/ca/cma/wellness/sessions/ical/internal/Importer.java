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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DateProperty;

/** Maps the VEVENTs of an iCalendar text to sessions, naming the line of every problem. */
public final class Importer {
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);

  private final ZoneId zone;
  private final Moderator moderator;
  private final URI fallbackUrl;
  private final Language language;

  /**
   * Creates an importer.
   *
   * @param zone the zone of times written in UTC, floating, or with an unknown TZID
   * @param moderator the moderator of every imported session
   * @param fallbackUrl the registration and join link of events that have none
   * @param language the language of every imported session
   */
  public Importer(ZoneId zone, Moderator moderator, URI fallbackUrl, Language language) {
    this.zone = zone;
    this.moderator = moderator;
    this.fallbackUrl = fallbackUrl;
    this.language = language;
  }

  /**
   * Reads every VEVENT.
   *
   * @param text the iCalendar text
   * @return the sessions, in the order of the file
   * @throws SessionValidationException with path {@code line N} naming the first problem
   */
  public List<Session> read(String text) {
    Source source = Source.parse(text);
    boolean ours =
        source.calendar().getProperty(Property.PRODID).map(Property::getValue).map(String::strip)
            .filter(IcalWriter.PRODID::equals).isPresent();
    List<VEvent> events = source.calendar().getComponents("VEVENT");
    List<Session> sessions = new ArrayList<>(events.size());
    Map<SessionId, Integer> seen = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      Session session = session(events.get(i), i, source, ours);
      Integer earlier = seen.putIfAbsent(session.id(), source.beginLine("VEVENT", i));
      if (earlier != null) {
        throw new SessionValidationException(
            "line " + source.line("VEVENT", i, "UID"),
            "UID: session id \"" + session.id() + "\" repeats the VEVENT at line " + earlier);
      }
      sessions.add(session);
    }
    return sessions;
  }

  private Session session(VEvent event, int index, Source source, boolean ours) {
    Lines lines = property -> source.line("VEVENT", index, property);
    Raw raw = property -> source.rawValue("VEVENT", index, property);
    for (String recurring : List.of("RRULE", "RDATE", "RECURRENCE-ID")) {
      if (event.getProperty(recurring).isPresent()) {
        throw new SessionValidationException(
            "line " + lines.of(recurring),
            recurring + ": recurring events are not imported; export each occurrence as its own event");
      }
    }
    Session.Builder builder = Session.builder();
    Optional<Property> uid = event.getProperty(Property.UID);
    if (uid.isEmpty() || uid.get().getValue().isBlank()) {
      throw new SessionValidationException("line " + lines.of("UID"), "VEVENT has no UID");
    }
    builder.id(id(uid.get().getValue().strip()));

    Optional<Property> summary = event.getProperty(Property.SUMMARY);
    if (summary.isEmpty() || summary.get().getValue().isBlank()) {
      throw new SessionValidationException(
          "line " + lines.of("SUMMARY"), "SUMMARY: a session needs a title (none or blank)");
    }
    boolean cancelled =
        event.getProperty(Property.STATUS).map(Property::getValue).map(String::strip)
            .filter("CANCELLED"::equalsIgnoreCase).isPresent();
    String title = summary.get().getValue();
    String description = event.getProperty(Property.DESCRIPTION).map(Property::getValue).orElse("");
    if (ours) {
      // Our own feeds announce a cancellation and add a footer: read the session's own text.
      title = SessionFacts.titleOf(title, cancelled);
      description = SessionFacts.descriptionOf(description, cancelled);
    }
    Optional<Instant> lastModified = lastModified(event, lines.of("LAST-MODIFIED"));

    Optional<DateProperty<?>> dtStart = event.getProperty(Property.DTSTART);
    if (dtStart.isEmpty()) {
      throw new SessionValidationException("line " + lines.of("DTSTART"), "VEVENT has no DTSTART");
    }
    ZonedDateTime start = time(dtStart.get(), "DTSTART", lines, raw);
    Duration duration;
    Optional<DateProperty<?>> dtEnd = event.getProperty(Property.DTEND);
    Optional<Property> durationProperty = event.getProperty(Property.DURATION);
    int durationLine;
    if (dtEnd.isPresent()) {
      durationLine = lines.of("DTEND");
      duration = Duration.between(start.toInstant(), time(dtEnd.get(), "DTEND", lines, raw).toInstant());
    } else if (durationProperty.isPresent()) {
      durationLine = lines.of("DURATION");
      TemporalAmount amount =
          ((net.fortuna.ical4j.model.property.Duration) durationProperty.get()).getDuration();
      duration = Duration.between(start, start.plus(amount));
    } else {
      throw new SessionValidationException(
          "line " + lines.of("DTSTART"), "VEVENT has neither DTEND nor DURATION, so it lasts no time");
    }

    List<Topic> topics = new ArrayList<>();
    for (Property categories : event.getProperties(Property.CATEGORIES)) {
      for (String label : ((Categories) categories).getCategories().getTexts()) {
        if (label.isBlank()) {
          continue;
        }
        Topic topic;
        try {
          // Categories are one line each; a line break can only come from a decoding slip.
          topic = Topic.of(Checks.oneLine(label));
        } catch (SessionValidationException e) {
          throw at(lines.of("CATEGORIES"), "CATEGORIES", e);
        }
        if (!topics.contains(topic)) {
          topics.add(topic);
        }
      }
    }

    int revision = 0;
    Optional<Property> sequence = event.getProperty(Property.SEQUENCE);
    if (sequence.isPresent()) {
      revision = Replies.number(sequence.get().getValue(), lines.of("SEQUENCE"));
    }

    Map<String, Integer> fieldLines = new HashMap<>();
    fieldLines.put("title", lines.of("SUMMARY"));
    fieldLines.put("description", lines.of("DESCRIPTION"));
    fieldLines.put("start", lines.of("DTSTART"));
    fieldLines.put("zone", lines.of("DTSTART"));
    fieldLines.put("duration", durationLine);
    fieldLines.put("registrationUrl", lines.of("URL"));
    fieldLines.put("joinUrl", lines.of("CONFERENCE"));
    try {
      builder
          .title(title)
          .description(description)
          .start(start)
          .duration(duration)
          .addModerator(moderator)
          .addAllTopics(topics)
          .language(language)
          .registrationUrl(https(event.getProperty(Property.URL)).orElse(fallbackUrl))
          .joinUrl(joinUrl(event).orElse(fallbackUrl))
          .status(cancelled ? SessionStatus.CANCELLED : SessionStatus.SCHEDULED)
          .revision(revision)
          .lastModified(lastModified);
      return builder.build();
    } catch (SessionValidationException e) {
      String field = e.path().replaceFirst("[.\\[].*", "");
      throw at(fieldLines.getOrDefault(field, source.beginLine("VEVENT", index)), e.path(), e);
    }
  }

  private static SessionValidationException at(int line, String what, SessionValidationException e) {
    SessionValidationException located =
        new SessionValidationException("line " + line, what + ": " + e.problem());
    located.initCause(e);
    return located;
  }

  /** The start of a session in a region zone, from a DTSTART or DTEND. */
  private ZonedDateTime time(DateProperty<?> property, String name, Lines lines, Raw raw) {
    int line = lines.of(name);
    Optional<Parameter> tzid = property.getParameter(Parameter.TZID);
    Optional<Parameter> value = property.getParameter(Parameter.VALUE);
    if (value.isPresent() && value.get().getValue().equalsIgnoreCase("DATE")) {
      throw new SessionValidationException(
          "line " + line, name + ": all-day events (VALUE=DATE) cannot be sessions");
    }
    Temporal temporal;
    try {
      temporal = property.getDate();
    } catch (DateTimeException e) {
      temporal = null;
    }
    if (temporal instanceof LocalDate) {
      throw new SessionValidationException(
          "line " + line, name + ": all-day events (VALUE=DATE) cannot be sessions");
    }
    ZonedDateTime result;
    if (tzid.isPresent()) {
      Optional<ZoneId> mapped = WindowsZones.zone(tzid.get().getValue());
      LocalDateTime local = local(raw.of(name), temporal, name, line);
      if (mapped.isPresent()) {
        if (mapped.get().getRules().getValidOffsets(local).isEmpty()) {
          throw new SessionValidationException(
              "line " + line,
              name + ": " + local + " does not exist in " + mapped.get().getId() + " (daylight-saving gap)");
        }
        result = ZonedDateTime.of(local, mapped.get()).withEarlierOffsetAtOverlap();
      } else if (temporal instanceof ZonedDateTime) {
        result = ((ZonedDateTime) temporal).withZoneSameInstant(zone);
      } else {
        throw new SessionValidationException(
            "line " + line,
            name + ": TZID \"" + Source.oneLine(tzid.get().getValue())
                + "\" is neither an IANA zone, a Windows zone name, nor defined by a VTIMEZONE");
      }
    } else if (temporal instanceof Instant) {
      result = ((Instant) temporal).atZone(zone);
    } else if (temporal instanceof OffsetDateTime) {
      result = ((OffsetDateTime) temporal).atZoneSameInstant(zone);
    } else if (temporal instanceof ZonedDateTime) {
      result = ((ZonedDateTime) temporal).withZoneSameInstant(zone);
    } else if (temporal instanceof LocalDateTime) {
      // A floating time: read on the wall clock of the import's zone.
      result = ZonedDateTime.of((LocalDateTime) temporal, zone).withEarlierOffsetAtOverlap();
    } else {
      throw new SessionValidationException(
          "line " + line, name + ": not a date-time (was " + Replies.quote(property.getValue()) + ")");
    }
    return result;
  }

  /**
   * The wall-clock time as written: parsed from the raw value, because ical4j has already moved
   * a time in a daylight-saving gap of its zone.
   */
  private static LocalDateTime local(String raw, Temporal temporal, String name, int line) {
    try {
      return LocalDateTime.parse(raw.strip(), LOCAL);
    } catch (DateTimeParseException e) {
      if (temporal instanceof ZonedDateTime) {
        return ((ZonedDateTime) temporal).toLocalDateTime();
      }
      if (temporal instanceof LocalDateTime) {
        return (LocalDateTime) temporal;
      }
      throw new SessionValidationException(
          "line " + line,
          name + ": not a local date-time such as 20230201T190000 (was " + Replies.quote(raw) + ")");
    }
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
  }

  /** The instant of a LAST-MODIFIED, which RFC 5545 writes in UTC. */
  private static Optional<Instant> lastModified(VEvent event, int line) {
    Optional<Property> property = event.getProperty(Property.LAST_MODIFIED);
    if (property.isEmpty()) {
      return Optional.empty();
    }
    Temporal date;
    try {
      date = ((DateProperty<?>) property.get()).getDate();
    } catch (DateTimeException | ClassCastException e) {
      date = null;
    }
    if (date instanceof Instant) {
      return Optional.of((Instant) date);
    }
    if (date instanceof OffsetDateTime || date instanceof ZonedDateTime) {
      return Optional.of(Instant.from(date));
    }
    throw new SessionValidationException(
        "line " + line,
        "LAST-MODIFIED: must be a UTC date-time such as 20230109T143000Z (was "
            + Replies.quote(property.get().getValue()) + ")");
  }

  private static Optional<URI> https(Optional<Property> property) {
    if (property.isEmpty()) {
      return Optional.empty();
    }
    return https(property.get().getValue());
  }

  private static Optional<URI> https(String text) {
    try {
      URI uri = new URI(text.strip());
      return Checks.isHttpsUrl(uri) ? Optional.of(uri) : Optional.empty();
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static Optional<URI> joinUrl(VEvent event) {
    Set<String> candidates = new LinkedHashSet<>();
    for (String name : List.of("CONFERENCE", "X-GOOGLE-CONFERENCE", "LOCATION")) {
      for (Property property : event.getProperties(name)) {
        candidates.add(property.getValue());
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

  @FunctionalInterface
  private interface Lines {
    int of(String property);
  }

  @FunctionalInterface
  private interface Raw {
    String of(String property);
  }
}
