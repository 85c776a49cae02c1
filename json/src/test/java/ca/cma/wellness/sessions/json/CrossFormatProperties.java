package ca.cma.wellness.sessions.json;

import static ca.cma.wellness.sessions.json.Outputs.BEFORE_EVERYTHING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.json.internal.Json;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every format derives from one session snapshot (pitfall 32): for each session, the feed, the
 * JSON-LD and the JSCalendar event agree on the UID, the start instant, the status and the
 * sequence, and all three agree with the session.
 */
class CrossFormatProperties {
  @Test
  void uidStartStatusAndSequence_agreeAcrossFormats() {
    WellnessGens.theory()
        .forAll(WellnessGens.programs())
        .checkAssert(
            program -> {
              List<Session> sessions = program.sessionsInOrder();
              JsonNode feed = Json.MAPPER.readTree(SessionFeed.of(BEFORE_EVERYTHING).write(program)).get("sessions");
              JsonNode graph =
                  Json.MAPPER.readTree(JsonLd.of(BEFORE_EVERYTHING).events(program, sessions)).get("@graph");
              JsonNode entries = Json.MAPPER.readTree(JsCalendar.of(BEFORE_EVERYTHING).group(program)).get("entries");
              assertEquals(sessions.size(), feed.size());
              for (int i = 0; i < sessions.size(); i++) {
                Session session = sessions.get(i);
                check(program, session, feed.get(i), graph.get(i), entries.get(i));
              }
            });
  }

  private static void check(Program program, Session session, JsonNode feed, JsonNode jsonLd, JsonNode jscal) {
    String uid = program.uidOf(session);
    assertEquals(uid, feed.get("uid").stringValue());
    assertEquals(uid, jsonLd.get("identifier").stringValue());
    assertEquals(uid, jscal.get("uid").stringValue());

    Instant start = session.startInstant();
    assertEquals(start, OffsetDateTime.parse(feed.get("start").stringValue()).toInstant());
    assertEquals(start, OffsetDateTime.parse(jsonLd.get("startDate").stringValue()).toInstant());
    ZonedDateTime jscalStart =
        ZonedDateTime.of(
                LocalDateTime.parse(jscal.get("start").stringValue()),
                ZoneId.of(jscal.get("timeZone").stringValue()))
            .withEarlierOffsetAtOverlap();
    assertEquals(start, jscalStart.toInstant());

    boolean cancelled = session.isCancelled();
    assertEquals(cancelled ? "cancelled" : "scheduled", feed.get("status").stringValue());
    assertEquals(
        "https://schema.org/" + (cancelled ? "EventCancelled" : "EventScheduled"),
        jsonLd.get("eventStatus").stringValue());
    assertEquals(cancelled ? "cancelled" : "confirmed", jscal.get("status").stringValue());

    assertEquals(session.revision(), feed.get("revision").intValue());
    assertEquals(session.revision(), jscal.get("sequence").intValue());
  }
}
