package ca.cma.wellness.sessions.ical.internal;

import ca.cma.wellness.sessions.Moderator;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.SeriesId;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteMethod;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes feeds and invites as content to a {@link Sink}. Holds no state between calls beyond its
 * settings, which are the settings of {@link ca.cma.wellness.sessions.ical.Ical}; safe to share
 * between threads.
 *
 * @param program the program
 * @param clock the source of DTSTAMP
 * @param categories whether feeds carry CATEGORIES
 * @param alarm how long before the start invites ring, or null for no alarm
 * @param refreshInterval how often subscribers should reload the feed
 */
public record IcalWriter(
    Program program, Clock clock, boolean categories, Duration alarm, Duration refreshInterval) {
  /** The PRODID of everything the module writes. */
  public static final String PRODID = "-//CMA//wellness-sessions//EN";

  private static final String[] NONE = new String[0];

  /**
   * Writes the public feed of the given sessions.
   *
   * @param sessions the sessions, in the order they are to appear
   * @param sink where it goes
   * @throws IOException if writing fails
   */
  public void feed(Iterable<? extends Session> sessions, Sink sink) throws IOException {
    List<Session> list = new ArrayList<>();
    for (Session session : sessions) {
      list.add(Objects.requireNonNull(session, "sessions[i]"));
    }
    String stamp = Values.utc(clock.instant());
    Map<SeriesId, List<Session>> parts = partsBySeries();
    String name = Values.text(program.name());
    sink.begin("VCALENDAR");
    sink.property("VERSION", NONE, "2.0");
    sink.property("PRODID", NONE, PRODID);
    sink.property("CALSCALE", NONE, "GREGORIAN");
    sink.property("METHOD", NONE, "PUBLISH");
    sink.property("NAME", NONE, name);
    sink.property("X-WR-CALNAME", NONE, name);
    sink.property("X-WR-TIMEZONE", NONE, program.defaultTimeZone().getId());
    sink.property("URL", new String[] {"VALUE", "URI"}, program.homePage().toString());
    String refresh = Values.duration(refreshInterval);
    sink.property("REFRESH-INTERVAL", new String[] {"VALUE", "DURATION"}, refresh);
    sink.property("X-PUBLISHED-TTL", NONE, refresh);
    for (Vtimezone zone : zones(list)) {
      zone.emit(sink);
    }
    String organizer = organizer();
    String[] organizerParams = {"CN", Values.parameter(program.organizerName())};
    for (Session session : list) {
      Words words = Words.of(session.language());
      sink.begin("VEVENT");
      sink.property("UID", NONE, Values.text(program.uidOf(session).toString()));
      sink.property("DTSTAMP", NONE, stamp);
      times(session, sink);
      sink.property("SEQUENCE", NONE, Integer.toString(session.revision()));
      sink.property("SUMMARY", NONE, Values.text(program.displayTitle(session)));
      StringBuilder footer = new StringBuilder();
      moderators(session, words, footer);
      footer.append('\n').append(words.register).append(session.registrationUrl());
      footer.append('\n').append(words.support).append(program.supportUrl());
      sink.property("DESCRIPTION", NONE, description(session, footer));
      sink.property("URL", new String[] {"VALUE", "URI"}, session.registrationUrl().toString());
      sink.property("ORGANIZER", organizerParams, organizer);
      if (categories && !session.topics().isEmpty()) {
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < session.topics().size(); i++) {
          value.append(i == 0 ? "" : ",").append(Values.text(session.topics().get(i).label()));
        }
        sink.property("CATEGORIES", NONE, value.toString());
      }
      sink.property("STATUS", NONE, session.isCancelled() ? "CANCELLED" : "CONFIRMED");
      related(session, parts, sink);
      sink.end("VEVENT");
    }
    sink.end("VCALENDAR");
  }

  /**
   * Writes the one VCALENDAR of an invite message.
   *
   * @param message the message
   * @param sink where it goes
   * @throws IOException if writing fails
   * @throws SessionValidationException if a REQUEST describes a cancelled session
   */
  public void invite(InviteMessage message, Sink sink) throws IOException {
    Session session = message.session();
    boolean request = message.method() == InviteMethod.REQUEST;
    if (request && session.isCancelled()) {
      throw new SessionValidationException(
          "session.status",
          "a REQUEST cannot describe the cancelled session \"" + session.id() + "\"; send a CANCEL");
    }
    Words words = Words.of(message.recipient().language());
    String title = program.displayTitle(session);
    sink.begin("VCALENDAR");
    sink.property("VERSION", NONE, "2.0");
    sink.property("PRODID", NONE, PRODID);
    sink.property("METHOD", NONE, message.method().name());
    Vtimezone.of(session.timeZone(), session.start().getYear(), session.end().getYear()).emit(sink);
    sink.begin("VEVENT");
    sink.property("UID", NONE, Values.text(program.uidOf(session).toString()));
    sink.property("DTSTAMP", NONE, Values.utc(clock.instant()));
    times(session, sink);
    sink.property("SEQUENCE", NONE, Integer.toString(message.sequence()));
    sink.property("SUMMARY", NONE, Values.text(title));
    String join = session.joinUrl().toString();
    if (request) {
      StringBuilder footer = new StringBuilder();
      footer.append(words.join).append(join).append('\n');
      moderators(session, words, footer);
      footer.append('\n').append(words.support).append(program.supportUrl());
      sink.property("DESCRIPTION", NONE, description(session, footer));
      sink.property("LOCATION", NONE, Values.text(join));
      sink.property(
          "CONFERENCE",
          new String[] {
            "VALUE", "URI", "FEATURE", "AUDIO,VIDEO", "LABEL", Values.parameter(words.conferenceLabel)
          },
          join);
    }
    sink.property("ORGANIZER", new String[] {"CN", Values.parameter(program.organizerName())}, organizer());
    String cn = Values.parameter(message.recipient().name());
    String[] attendee =
        request
            ? new String[] {
              "CN", cn, "ROLE", "REQ-PARTICIPANT", "PARTSTAT", "NEEDS-ACTION", "RSVP", "TRUE"
            }
            : new String[] {"CN", cn, "ROLE", "REQ-PARTICIPANT"};
    sink.property("ATTENDEE", attendee, "mailto:" + message.recipient().email().address());
    sink.property("STATUS", NONE, request ? "CONFIRMED" : "CANCELLED");
    if (request) {
      sink.property("CLASS", NONE, "PRIVATE");
      if (alarm != null) {
        sink.begin("VALARM");
        sink.property("ACTION", NONE, "DISPLAY");
        sink.property("DESCRIPTION", NONE, Values.text(title));
        sink.property("TRIGGER", NONE, Values.duration(alarm.negated()));
        sink.end("VALARM");
      }
    }
    sink.end("VEVENT");
    sink.end("VCALENDAR");
  }

  /**
   * Returns the escaped value of a DESCRIPTION: the session's description, a blank line, then the
   * footer. Each part is escaped on its own, so that a description ending in CR keeps its line
   * break instead of merging with the blank line into one CRLF.
   *
   * @param session the session
   * @param footer lines without blank lines
   * @return the escaped value
   */
  static String description(Session session, CharSequence footer) {
    String text = session.description();
    String escapedFooter = Values.text(footer.toString());
    return text.isEmpty() ? escapedFooter : Values.text(text) + "\\n\\n" + escapedFooter;
  }

  private static void moderators(Session session, Words words, StringBuilder out) {
    out.append(words.moderatedBy);
    List<Moderator> moderators = session.moderators();
    for (int i = 0; i < moderators.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(oneLine(moderators.get(i).displayName()));
    }
  }

  /**
   * Returns text on one line: every control character, line breaks included, becomes a space.
   *
   * @param text the text
   * @return the text without control characters
   */
  public static String oneLine(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isISOControl(text.charAt(i))) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, ' ');
      }
    }
    return out == null ? text : out.toString();
  }

  private String organizer() {
    return "mailto:" + program.organizerEmail().address();
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

  private void related(Session session, Map<SeriesId, List<Session>> parts, Sink sink)
      throws IOException {
    if (session.seriesPart().isEmpty()) {
      return;
    }
    List<Session> siblings = parts.get(session.seriesPart().get().seriesId());
    if (siblings == null) {
      return;
    }
    int at = -1;
    for (int i = 0; i < siblings.size(); i++) {
      if (siblings.get(i).id().equals(session.id())) {
        at = i;
      }
    }
    if (at > 0) {
      sink.property("RELATED-TO", new String[] {"RELTYPE", "FIRST"}, Values.text(program.uidOf(siblings.get(0)).toString()));
    }
    if (at >= 0 && at + 1 < siblings.size()) {
      sink.property(
          "RELATED-TO", new String[] {"RELTYPE", "NEXT"}, Values.text(program.uidOf(siblings.get(at + 1)).toString()));
    }
  }

  private Map<SeriesId, List<Session>> partsBySeries() {
    Map<SeriesId, List<Session>> parts = new HashMap<>();
    for (Session session : program.sessions()) {
      if (session.seriesPart().isPresent()) {
        parts.computeIfAbsent(session.seriesPart().get().seriesId(), k -> new ArrayList<>()).add(session);
      }
    }
    for (List<Session> list : parts.values()) {
      list.sort(Comparator.comparingInt(s -> s.seriesPart().orElseThrow().part()));
    }
    return parts;
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
