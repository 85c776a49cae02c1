package ca.cma.wellness.sessions.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.ical.Ical;
import ca.cma.wellness.sessions.json.JsCalendar;
import ca.cma.wellness.sessions.json.JsonLd;
import ca.cma.wellness.sessions.json.SessionFeed;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every format derives from one session snapshot (docs/client-compatibility.md §32): over
 * generated programs
 * with hostile text, the iCalendar feed (as ical4j reads it), the JSON feed, the schema.org
 * JSON-LD and JSCalendar agree with each other and with the session on its UID, start and end
 * instants, status and sequence.
 */
class CrossFormatProperties {
  /** Before every generated session, so that every one of them is upcoming. */
  private static final Clock BEFORE_EVERYTHING = Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** What one format says of one session. */
  record Facts(String uid, Instant start, Instant end, boolean cancelled, int sequence) {}

  @Test
  void uidInstantsStatusAndSequence_agreeAcrossIcsJsonFeedJsonLdAndJsCalendar() {
    WellnessGens.theory()
        .withExamples(100)
        .forAll(WellnessGens.programs())
        .checkAssert(
            program -> {
              List<Session> sessions = program.sessionsInOrder();
              Map<String, Facts> ics = ics(program, sessions);
              JsonNode feed = JSON.readTree(SessionFeed.of(program, BEFORE_EVERYTHING).feed(sessions)).get("sessions");
              JsonNode graph = JSON.readTree(JsonLd.of(program, BEFORE_EVERYTHING).feed(sessions)).get("@graph");
              JsonNode entries = JSON.readTree(JsCalendar.of(program, BEFORE_EVERYTHING).feed(sessions)).get("entries");
              assertEquals(sessions.size(), ics.size());
              assertEquals(sessions.size(), feed.size());
              assertEquals(sessions.size(), graph.size());
              assertEquals(sessions.size(), entries.size());
              for (int i = 0; i < sessions.size(); i++) {
                Session session = sessions.get(i);
                Facts expected =
                    new Facts(
                        program.uidOf(session).toString(),
                        session.startInstant(),
                        session.end().toInstant(),
                        session.isCancelled(),
                        session.revision());
                assertEquals(expected, ics.get(expected.uid()), "iCalendar feed");
                assertEquals(expected, feed(feed.get(i)), "JSON feed");
                assertEquals(expected, jsonLd(graph.get(i), session.revision()), "JSON-LD");
                assertEquals(expected, jsCalendar(entries.get(i)), "JSCalendar");
              }
            });
  }

  private static Map<String, Facts> ics(Program program, List<Session> sessions) {
    Calendar calendar;
    try {
      calendar = new CalendarBuilder().build(new StringReader(Ical.of(program, BEFORE_EVERYTHING).feed(sessions)));
    } catch (Exception e) {
      throw new AssertionError("ical4j cannot read the feed", e);
    }
    Map<String, Facts> facts = new HashMap<>();
    for (Object component : calendar.getComponents("VEVENT")) {
      VEvent event = (VEvent) component;
      facts.put(
          event.getProperty("UID").orElseThrow().getValue(),
          new Facts(
              event.getProperty("UID").orElseThrow().getValue(),
              instant(event, "DTSTART"),
              instant(event, "DTEND"),
              event.getProperty("STATUS").orElseThrow().getValue().equals("CANCELLED"),
              Integer.parseInt(event.getProperty("SEQUENCE").orElseThrow().getValue())));
    }
    return facts;
  }

  private static Instant instant(VEvent event, String name) {
    Temporal date = ((DateProperty<?>) event.getProperty(name).orElseThrow()).getDate();
    return Instant.from(date);
  }

  private static Facts feed(JsonNode session) {
    return new Facts(
        session.get("uid").stringValue(),
        OffsetDateTime.parse(session.get("start").stringValue()).toInstant(),
        OffsetDateTime.parse(session.get("end").stringValue()).toInstant(),
        session.get("status").stringValue().equals("cancelled"),
        session.get("revision").intValue());
  }

  private static Facts jsonLd(JsonNode event, int revision) {
    // schema.org has no sequence; the revision is checked by the other three formats.
    return new Facts(
        event.get("identifier").stringValue(),
        OffsetDateTime.parse(event.get("startDate").stringValue()).toInstant(),
        OffsetDateTime.parse(event.get("endDate").stringValue()).toInstant(),
        event.get("eventStatus").stringValue().equals("https://schema.org/EventCancelled"),
        revision);
  }

  private static Facts jsCalendar(JsonNode event) {
    ZonedDateTime start =
        ZonedDateTime.of(
                LocalDateTime.parse(event.get("start").stringValue()),
                ZoneId.of(event.get("timeZone").stringValue()))
            .withEarlierOffsetAtOverlap();
    Duration duration = Duration.parse(event.get("duration").stringValue());
    return new Facts(
        event.get("uid").stringValue(),
        start.toInstant(),
        start.toInstant().plus(duration),
        event.get("status").stringValue().equals("cancelled"),
        event.get("sequence").intValue());
  }
}
