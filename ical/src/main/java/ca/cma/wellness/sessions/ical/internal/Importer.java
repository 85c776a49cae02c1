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
import ca.cma.wellness.sessions.internal.Checks;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Maps the VEVENTs of an iCalendar text to sessions, naming the line of every problem. */
public final class Importer {

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
   * @param limits the limits of the input
   * @return the sessions, in the order of the file
   * @throws SessionValidationException with path {@code line N} naming the first problem
   */
  public List<Session> read(String text, IcsLimits limits) {
    Source source = Source.parse(text, limits);
    Source.Component calendar = source.calendar();
    boolean ours =
        calendar.property("PRODID").map(p -> p.text().strip()).filter(IcalWriter.PRODID::equals).isPresent();
    List<Source.Component> events = calendar.components("VEVENT");
    List<Session> sessions = new ArrayList<>(events.size());
    Map<SessionId, Integer> seen = new HashMap<>();
    for (Source.Component event : events) {
      Session session = session(event, calendar, ours);
      Integer earlier = seen.putIfAbsent(session.id(), event.line());
      if (earlier != null) {
        throw new SessionValidationException(
            "line " + event.line("UID"),
            "UID: session id \"" + session.id() + "\" repeats the VEVENT at line " + earlier);
      }
      sessions.add(session);
    }
    return sessions;
  }

  private Session session(Source.Component event, Source.Component calendar, boolean ours) {
    for (String recurring : List.of("RRULE", "RDATE", "RECURRENCE-ID")) {
      if (event.property(recurring).isPresent()) {
        throw new SessionValidationException(
            "line " + event.line(recurring),
            recurring + ": recurring events are not imported; export each occurrence as its own event");
      }
    }
    Session.Builder builder = Session.builder();
    Optional<Source.Property> uid = event.property("UID");
    if (uid.isEmpty() || uid.get().text().isBlank()) {
      throw new SessionValidationException("line " + event.line("UID"), "VEVENT has no UID");
    }
    builder.id(id(uid.get().text().strip()));

    Optional<Source.Property> summary = event.property("SUMMARY");
    if (summary.isEmpty() || summary.get().text().isBlank()) {
      throw new SessionValidationException(
          "line " + event.line("SUMMARY"), "SUMMARY: a session needs a title (none or blank)");
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
      throw new SessionValidationException("line " + event.line("DTSTART"), "VEVENT has no DTSTART");
    }
    ZonedDateTime start = time(dtStart.get(), calendar);
    Duration duration;
    Optional<Source.Property> dtEnd = event.property("DTEND");
    Optional<Source.Property> durationProperty = event.property("DURATION");
    int durationLine;
    if (dtEnd.isPresent()) {
      durationLine = dtEnd.get().line();
      duration = Duration.between(start.toInstant(), time(dtEnd.get(), calendar).toInstant());
    } else if (durationProperty.isPresent()) {
      durationLine = durationProperty.get().line();
      duration = Times.duration(durationProperty.get());
    } else {
      throw new SessionValidationException(
          "line " + event.line("DTSTART"), "VEVENT has neither DTEND nor DURATION, so it lasts no time");
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
          .start(start)
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

  /** The start of a session in a region zone, from a DTSTART or DTEND. */
  private ZonedDateTime time(Source.Property property, Source.Component calendar) {
    int line = property.line();
    String name = property.name();
    Optional<String> tzid = property.parameter("TZID");
    Optional<String> value = property.parameter("VALUE");
    if (value.isPresent() && value.get().strip().equalsIgnoreCase("DATE")
        || property.value().strip().matches("[0-9]{8}")) {
      throw new SessionValidationException(
          "line " + line, name + ": all-day events (VALUE=DATE) cannot be sessions");
    }
    LocalDateTime local = Times.local(property);
    if (Times.utc(property)) {
      return local.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone);
    }
    if (tzid.isEmpty()) {
      // A floating time: read on the wall clock of the import's zone.
      return ZonedDateTime.of(local, zone).withEarlierOffsetAtOverlap();
    }
    Optional<ZoneId> mapped = WindowsZones.zone(tzid.get());
    if (mapped.isPresent()) {
      if (mapped.get().getRules().getValidOffsets(local).isEmpty()) {
        throw new SessionValidationException(
            "line " + line,
            name + ": " + local + " does not exist in " + mapped.get().getId() + " (daylight-saving gap)");
      }
      return ZonedDateTime.of(local, mapped.get()).withEarlierOffsetAtOverlap();
    }
    for (Source.Component vtimezone : calendar.components("VTIMEZONE")) {
      if (vtimezone.property("TZID").map(p -> p.text().strip()).filter(tzid.get().strip()::equals).isPresent()) {
        Optional<ZoneOffset> offset = EmbeddedZone.offset(vtimezone, local);
        if (offset.isEmpty()) {
          throw new SessionValidationException(
              "line " + line,
              name + ": the VTIMEZONE of line " + vtimezone.line() + " starts after " + local);
        }
        return local.atOffset(offset.get()).atZoneSameInstant(zone);
      }
    }
    throw new SessionValidationException(
        "line " + line,
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
