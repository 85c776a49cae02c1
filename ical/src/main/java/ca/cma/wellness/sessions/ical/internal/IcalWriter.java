package ca.cma.wellness.sessions.ical.internal;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.facts.InviteFacts;
import ca.cma.wellness.sessions.facts.LocalizedText;
import ca.cma.wellness.sessions.facts.ProgramFacts;
import ca.cma.wellness.sessions.facts.SeriesPlace;
import ca.cma.wellness.sessions.facts.SessionFacts;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

  /**
   * Writes the public feed of the given sessions.
   *
   * @param sessions the sessions, in the order they are to appear
   * @param sink where it goes
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a session is a part of a series the program lacks
   */
  public void feed(Iterable<? extends Session> sessions, Sink sink) throws IOException {
    List<Session> list = new ArrayList<>();
    for (Session session : sessions) {
      list.add(Objects.requireNonNull(session, "sessions[i]"));
    }
    String stamp = Values.utc(clock.instant());
    LocalizedText calendarName = facts.name(language);
    String name = Values.text(calendarName.text());
    sink.begin("VCALENDAR");
    sink.property("VERSION", NONE, "2.0");
    sink.property("PRODID", NONE, PRODID);
    sink.property("CALSCALE", NONE, "GREGORIAN");
    sink.property("METHOD", NONE, "PUBLISH");
    sink.property("NAME", language(calendarName.language()), name);
    sink.property("X-WR-CALNAME", NONE, name);
    Optional<LocalizedText> description = facts.description(language);
    if (description.isPresent()) {
      String text = Values.text(description.get().text());
      sink.property("DESCRIPTION", language(description.get().language()), text);
      sink.property("X-WR-CALDESC", NONE, text);
    }
    sink.property("X-WR-TIMEZONE", NONE, facts.program().defaultTimeZone().getId());
    sink.property("URL", URI_VALUE, facts.program().homePage().toString());
    String refresh = Values.duration(refreshInterval);
    sink.property("REFRESH-INTERVAL", new String[] {"VALUE", "DURATION"}, refresh);
    sink.property("X-PUBLISHED-TTL", NONE, refresh);
    for (Vtimezone zone : zones(list)) {
      zone.emit(sink);
    }
    String organizer = "mailto:" + facts.program().organizerEmail().address();
    String organizerName =
        facts.program().organizerName().equals(facts.program().name())
            ? calendarName.text()
            : facts.program().organizerName();
    String[] organizerParams = {"CN", Values.parameter(organizerName)};
    for (Session session : list) {
      SessionFacts event = facts.session(session);
      sink.begin("VEVENT");
      sink.property("UID", NONE, Values.text(event.uid().toString()));
      sink.property("DTSTAMP", NONE, stamp);
      if (event.lastModified().isPresent()) {
        sink.property("LAST-MODIFIED", NONE, Values.utc(event.lastModified().get()));
      }
      times(session, sink);
      sink.property("SEQUENCE", NONE, Integer.toString(event.sequence()));
      LocalizedText summary = event.localizedSummary(language);
      sink.property("SUMMARY", language(summary.language()), Values.text(summary.text()));
      sink.property(
          "DESCRIPTION",
          language(event.descriptionLanguage(language)),
          description(event.paragraphs(language), event.footer(language)));
      sink.property("URL", URI_VALUE, event.page().toString());
      sink.property("ORGANIZER", organizerParams, organizer);
      if (categories && !session.topics().isEmpty()) {
        categories(event.topics(language), sink);
      }
      sink.property("STATUS", NONE, status(event.status()));
      if (event.seriesPlace().isPresent()) {
        SeriesPlace place = event.seriesPlace().get();
        if (place.first().isPresent()) {
          sink.property("RELATED-TO", new String[] {"RELTYPE", "FIRST"}, Values.text(place.first().get().toString()));
        }
        if (place.next().isPresent()) {
          sink.property("RELATED-TO", new String[] {"RELTYPE", "NEXT"}, Values.text(place.next().get().toString()));
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
    LocalizedText title = invite.localizedTitle();
    String[] titleLanguage = language(title.language());
    sink.begin("VCALENDAR");
    sink.property("VERSION", NONE, "2.0");
    sink.property("PRODID", NONE, PRODID);
    sink.property("METHOD", NONE, invite.method().name());
    Vtimezone.of(session.timeZone(), session.start().getYear(), session.end().getYear()).emit(sink);
    sink.begin("VEVENT");
    sink.property("UID", NONE, Values.text(invite.uid().toString()));
    sink.property("DTSTAMP", NONE, Values.utc(clock.instant()));
    times(session, sink);
    sink.property("SEQUENCE", NONE, Integer.toString(invite.sequence()));
    sink.property("SUMMARY", titleLanguage, Values.text(title.text()));
    sink.property(
        "DESCRIPTION", language(invite.descriptionLanguage()), description(invite.paragraphs(), invite.footer()));
    if (invite.joinUrl().isPresent()) {
      String join = invite.joinUrl().get().toString();
      sink.property("LOCATION", NONE, Values.text(join));
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
        "mailto:" + invite.organizerEmail().address());
    String cn = Values.parameter(invite.recipient().name());
    String[] attendee =
        request
            ? new String[] {
              "CN", cn, "ROLE", "REQ-PARTICIPANT", "PARTSTAT", "NEEDS-ACTION", "RSVP", "TRUE"
            }
            : new String[] {"CN", cn, "ROLE", "REQ-PARTICIPANT"};
    sink.property("ATTENDEE", attendee, "mailto:" + invite.recipient().email().address());
    sink.property("STATUS", NONE, status(invite.status()));
    if (request) {
      sink.property("CLASS", NONE, "PRIVATE");
      if (alarm != null) {
        sink.begin("VALARM");
        sink.property("ACTION", NONE, "DISPLAY");
        sink.property("DESCRIPTION", titleLanguage, Values.text(title.text()));
        sink.property("TRIGGER", NONE, Values.duration(alarm.negated()));
        sink.end("VALARM");
      }
    }
    sink.end("VEVENT");
    sink.end("VCALENDAR");
  }

  /**
   * Returns the escaped value of a DESCRIPTION: the paragraphs, then the footer, a blank line
   * between each. Each paragraph is escaped on its own, so that a description ending in CR keeps
   * its line break instead of merging with the blank line into one CRLF.
   */
  static String description(List<String> paragraphs, List<String> footer) {
    StringBuilder out = new StringBuilder(256);
    for (String paragraph : paragraphs) {
      out.append(Values.text(paragraph)).append("\\n\\n");
    }
    for (int i = 0; i < footer.size(); i++) {
      out.append(i == 0 ? "" : "\\n").append(Values.text(footer.get(i)));
    }
    return out.toString();
  }

  /**
   * Writes the topics as one CATEGORIES per language, so that each carries the LANGUAGE of its
   * labels (a free tag stays in the program's first language).
   */
  private static void categories(List<LocalizedText> topics, Sink sink) throws IOException {
    Map<Language, StringBuilder> byLanguage = new LinkedHashMap<>();
    for (LocalizedText topic : topics) {
      StringBuilder value = byLanguage.computeIfAbsent(topic.language(), l -> new StringBuilder());
      value.append(value.length() == 0 ? "" : ",").append(Values.text(topic.text()));
    }
    for (Map.Entry<Language, StringBuilder> entry : byLanguage.entrySet()) {
      sink.property("CATEGORIES", language(entry.getKey()), entry.getValue().toString());
    }
  }

  /** The LANGUAGE parameter of a text in a language (RFC 5545 §3.2.10): en-CA or fr-CA. */
  static String[] language(Language language) {
    return language == Language.FRENCH ? FRENCH : ENGLISH;
  }

  private static String status(SessionStatus status) {
    return status == SessionStatus.CANCELLED ? "CANCELLED" : "CONFIRMED";
  }

  private static void times(Session session, Sink sink) throws IOException {
    String[] tzid = {"TZID", session.timeZone().getId()};
    sink.property("DTSTART", tzid, Values.local(session.localStart()));
    ZonedDateTime end = session.end();
    if (end.withEarlierOffsetAtOverlap().equals(end)) {
      sink.property("DTEND", tzid, Values.local(end.toLocalDateTime()));
    } else {
      // The end falls in the second pass of a daylight-saving overlap, which a local time with a
      // TZID cannot say (RFC 5545 §3.3.5 reads it as the first): UTC says it exactly.
      sink.property("DTEND", NONE, Values.utc(end.toInstant()));
    }
  }

  private static List<Vtimezone> zones(List<Session> sessions) {
    Map<String, int[]> years = new TreeMap<>();
    Map<String, ZoneId> zones = new HashMap<>();
    for (Session session : sessions) {
      ZoneId zone = session.timeZone();
      int first = session.start().getYear();
      int last = session.end().getYear();
      int[] range = years.get(zone.getId());
      if (range == null) {
        years.put(zone.getId(), new int[] {first, last});
        zones.put(zone.getId(), zone);
      } else {
        range[0] = Math.min(range[0], first);
        range[1] = Math.max(range[1], last);
      }
    }
    List<Vtimezone> out = new ArrayList<>(years.size());
    for (Map.Entry<String, int[]> entry : years.entrySet()) {
      out.add(Vtimezone.of(zones.get(entry.getKey()), entry.getValue()[0], entry.getValue()[1]));
    }
    return out;
  }
}
