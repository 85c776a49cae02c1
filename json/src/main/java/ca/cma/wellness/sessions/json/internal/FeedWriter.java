package ca.cma.wellness.sessions.json.internal;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Moderator;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.Topic;
import ca.cma.wellness.sessions.facts.LocalizedText;
import ca.cma.wellness.sessions.facts.ProgramFacts;
import ca.cma.wellness.sessions.facts.SeriesPlace;
import ca.cma.wellness.sessions.facts.SessionFacts;
import ca.cma.wellness.sessions.facts.SupportFacts;
import ca.cma.wellness.sessions.registration.Availability;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/**
 * Writes feed v1, a serializer of {@link SessionFacts}, with Jackson's streaming generator: one
 * session at a time, nothing kept. The property order is part of the format: golden files pin it.
 */
public final class FeedWriter {
  /** The version this writer produces. */
  public static final String VERSION = "1.3";

  private FeedWriter() {}

  /**
   * Writes the feed of the given sessions of a program, then a line feed, and closes the
   * generator (which flushes its target and leaves it open). The first session is flushed as soon
   * as it is written, so the first bytes go out before the second session is read; an error can
   * therefore come after earlier sessions were written.
   *
   * @throws SessionValidationException with path {@code sessions[i].registration.spotsLeft} if
   *     the host's availability contradicts the session's capacity
   */
  public static void write(
      ProgramFacts facts,
      Iterable<? extends Session> sessions,
      Instant generated,
      Function<SessionId, Optional<Availability>> availability,
      JsonGenerator g) {
    try (g) {
      Program program = facts.program();
      g.writeStartObject();
      g.writeStringProperty("version", VERSION);
      g.writeStringProperty("generated", Json.utc(generated));
      g.writeObjectPropertyStart("program");
      g.writeStringProperty("name", program.name());
      if (facts.description().isPresent()) {
        g.writeStringProperty("description", facts.description().get());
      }
      g.writeArrayPropertyStart("languages");
      for (Language language : program.languages()) {
        g.writeString(language.tag());
      }
      g.writeEndArray();
      g.writeObjectPropertyStart("localized");
      for (Language language : Language.values()) {
        g.writeObjectPropertyStart(language.tag());
        put(g, "name", facts.name(language));
        Optional<LocalizedText> description = facts.description(language);
        if (description.isPresent()) {
          put(g, "description", description.get());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeStringProperty("url", program.homePage().toString());
      g.writeStringProperty("supportUrl", program.supportUrl().toString());
      support(facts, g);
      g.writeObjectPropertyStart("organizer");
      g.writeStringProperty("name", program.organizerName());
      g.writeStringProperty("email", program.organizerEmail().address());
      g.writeEndObject();
      g.writeEndObject();
      g.writeArrayPropertyStart("sessions");
      int i = 0;
      for (Session session : sessions) {
        SessionFacts event = facts.session(Objects.requireNonNull(session, "sessions[i]"));
        Availability state;
        try {
          state =
              event.availability(
                  generated,
                  Objects.requireNonNull(
                      availability.apply(session.id()), "availability function returned null"));
        } catch (SessionValidationException e) {
          throw e.within("sessions[" + i + "].registration");
        }
        session(event, state, g);
        if (i == 0) {
          g.flush();
        }
        i++;
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void session(SessionFacts event, Availability state, JsonGenerator g) {
    Session session = event.session();
    // The feed's own texts are in the program's first language, as its title is; the language the
    // session is held in is only the "language" property.
    Language first = event.program().program().firstLanguage();
    g.writeStartObject();
    g.writeStringProperty("id", session.id().toString());
    g.writeStringProperty("uid", event.uid().toString());
    g.writeStringProperty("title", session.title());
    g.writeStringProperty("displayTitle", event.summary(first));
    g.writeStringProperty("description", session.description());
    g.writeObjectPropertyStart("localized");
    for (Language each : Language.values()) {
      g.writeObjectPropertyStart(each.tag());
      put(g, "title", event.ownTitle(each));
      put(g, "displayTitle", event.localizedSummary(each));
      put(g, "description", event.localizedDescription(each).orElse(new LocalizedText("", each)));
      if (event.seriesPlace().isPresent()) {
        put(g, "seriesTitle", event.seriesPlace().get().series().title(each));
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeStringProperty("start", Json.dateTime(event.start()));
    g.writeStringProperty("end", Json.dateTime(event.end()));
    g.writeStringProperty("timeZone", session.timeZone().getId());
    g.writeStringProperty("duration", session.duration().toString());
    g.writeObjectPropertyStart("displayTime");
    g.writeStringProperty("en", event.dateTime(Language.ENGLISH));
    g.writeStringProperty("fr", event.dateTime(Language.FRENCH));
    g.writeEndObject();
    g.writeArrayPropertyStart("moderators");
    for (Moderator moderator : session.moderators()) {
      g.writeStartObject();
      g.writeStringProperty("id", moderator.id().toString());
      g.writeStringProperty("name", moderator.displayName());
      if (moderator.bio().isPresent()) {
        g.writeStringProperty("bio", moderator.bio().get());
        g.writeObjectPropertyStart("localized");
        for (Language each : Language.values()) {
          g.writeObjectPropertyStart(each.tag());
          put(g, "bio", event.program().bio(moderator, each).orElseThrow());
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("topics");
    for (Topic topic : session.topics()) {
      g.writeString(topic.label());
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("audience");
    for (String audience : Names.audience(session.audience())) {
      g.writeString(audience);
    }
    g.writeEndArray();
    g.writeStringProperty("language", Names.of(session.language()));
    g.writeStringProperty("status", Names.of(event.status()));
    g.writeNumberProperty("revision", event.sequence());
    if (event.lastModified().isPresent()) {
      g.writeStringProperty("lastModified", Json.utc(event.lastModified().get()));
    }
    if (event.seriesPlace().isPresent()) {
      SeriesPlace place = event.seriesPlace().get();
      g.writeObjectPropertyStart("series");
      g.writeStringProperty("id", place.series().series().id().toString());
      g.writeStringProperty("title", place.series().series().title());
      g.writeNumberProperty("part", place.part());
      g.writeNumberProperty("partCount", place.partCount());
      g.writeEndObject();
    }
    if (session.buildsOnEarlierSessions()) {
      g.writeBooleanProperty("buildsOnEarlierSessions", true);
    }
    g.writeObjectPropertyStart("registration");
    g.writeStringProperty("url", event.page().toString());
    if (session.registrationOpens().isPresent()) {
      g.writeStringProperty("opens", Json.dateTime(session.registrationOpens().get().atZone(session.timeZone())));
    }
    if (session.registrationCloses().isPresent()) {
      g.writeStringProperty("closes", Json.dateTime(session.registrationCloses().get().atZone(session.timeZone())));
    }
    g.writeStringProperty("state", Names.of(state.state()));
    if (session.capacity().isPresent()) {
      g.writeNumberProperty("capacity", session.capacity().getAsInt());
    }
    if (session.waitlistLimit().isPresent()) {
      g.writeNumberProperty("waitlistLimit", session.waitlistLimit().getAsInt());
    }
    if (state.spotsLeft().isPresent()) {
      g.writeNumberProperty("spotsLeft", state.spotsLeft().getAsInt());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /**
   * Writes the program's national support resources, never a provincial one: the feed's reader is
   * anonymous. Names and hours are the host's text, in the program's first language and then in
   * each language; a resource that is always open has the library's words for it as hours.
   */
  private static void support(ProgramFacts facts, JsonGenerator g) {
    Language first = facts.program().firstLanguage();
    Map<Language, List<SupportFacts>> byLanguage = new EnumMap<>(Language.class);
    for (Language each : Language.values()) {
      byLanguage.put(each, facts.nationalSupport(each));
    }
    List<SupportFacts> resources = byLanguage.get(first);
    g.writeArrayPropertyStart("support");
    for (int i = 0; i < resources.size(); i++) {
      SupportFacts resource = resources.get(i);
      g.writeStartObject();
      g.writeStringProperty("name", resource.resource().name(first));
      g.writeStringProperty("phone", resource.tel().toString());
      g.writeStringProperty("phoneText", resource.phoneText());
      g.writeStringProperty("url", resource.page().toString());
      g.writeBooleanProperty("alwaysOpen", resource.resource().alwaysOpen());
      g.writeStringProperty("hours", hours(resource));
      g.writeObjectPropertyStart("localized");
      for (Language each : Language.values()) {
        SupportFacts in = byLanguage.get(each).get(i);
        g.writeObjectPropertyStart(each.tag());
        put(g, "name", new LocalizedText(in.resource().name(each), each));
        g.writeStringProperty("phoneText", in.phoneText());
        put(g, "hours", new LocalizedText(hours(in), each));
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** The host's hours in the facts' language, or the library's words for always open. */
  private static String hours(SupportFacts resource) {
    return resource.resource().alwaysOpen()
        ? resource.hours()
        : resource.resource().hours(resource.language()).orElseThrow();
  }

  /** Writes a localized text as {@code name} and {@code nameLanguage}, the language it is in. */
  private static void put(JsonGenerator g, String name, LocalizedText text) {
    g.writeStringProperty(name, text.text());
    g.writeStringProperty(name + "Language", text.language().tag());
  }
}
