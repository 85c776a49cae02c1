package ca.cma.wellness.sessions.json;

import ca.cma.wellness.sessions.Moderator;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Series;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.json.internal.Json;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Helpers for property tests: every public output of a program, and the strings in a document. */
final class Outputs {
  /** A clock before every generated session (they start in 2023 to 2032). */
  static final Clock BEFORE_EVERYTHING = Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC);

  private Outputs() {}

  /** Returns every public document about a program, by a name that says what it is. */
  static Map<String, String> publicOutputs(Program program, Clock clock) {
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("feed", feed(clock, program));
    JsonLd markup = JsonLd.of(program, clock);
    outputs.put("json-ld list", markup.feed(program.sessionsInOrder()));
    JsCalendar jscal = JsCalendar.of(program, clock);
    outputs.put("jscalendar program", jscal.feed(program.sessionsInOrder()));
    for (Series series : program.series()) {
      outputs.put("jscalendar series " + series.id(), jscal.group(series));
    }
    JsonLd moved = markup.withPreviousStarts(id -> program.sessionById(id).map(s -> s.start().minusDays(1)));
    for (Session session : program.sessions()) {
      outputs.put("json-ld " + session.id(), markup.event(session));
      outputs.put("json-ld rescheduled " + session.id(), moved.event(session));
      outputs.put("jscalendar " + session.id(), jscal.event(session));
    }
    return outputs;
  }

  /** Returns the JSON feed of every session of a program still to come at the clock's instant. */
  static String feed(Clock clock, Program program) {
    return SessionFeed.of(program, clock).feed(program.upcoming(clock));
  }

  /** Returns every property name and string value in a JSON document, decoded. */
  static List<String> strings(String json) {
    List<String> out = new ArrayList<>();
    collect(Json.MAPPER.readTree(json), out);
    return out;
  }

  private static void collect(JsonNode node, List<String> out) {
    if (node.isString()) {
      out.add(node.stringValue());
    } else if (node.isObject()) {
      node.properties()
          .forEach(
              e -> {
                out.add(e.getKey());
                collect(e.getValue(), out);
              });
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, out));
    }
  }

  /** Returns a session as the feed can carry it: the given join link, moderators without e-mail. */
  static Session asFeedCarriesIt(Session session) {
    List<Moderator> moderators = new ArrayList<>();
    for (Moderator moderator : session.moderators()) {
      Moderator.Builder builder =
          Moderator.builder().id(moderator.id()).displayName(moderator.displayName());
      moderator.bio().ifPresent(builder::bio);
      moderators.add(builder.build());
    }
    return session.withJoinUrl(session.registrationUrl()).withModerators(moderators);
  }
}
