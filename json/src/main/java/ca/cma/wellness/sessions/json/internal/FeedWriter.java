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
import ca.cma.wellness.sessions.registration.Availability;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes feed v1, a serializer of {@link SessionFacts}. The property order is part of the format:
 * golden files pin it.
 */
public final class FeedWriter {
  /** The version this writer produces. */
  public static final String VERSION = "1.2";

  private FeedWriter() {}

  /**
   * Writes the feed of the given sessions of a program.
   *
   * @throws SessionValidationException with path {@code sessions[i].registration.spotsLeft} if
   *     the host's availability contradicts the session's capacity
   */
  public static ObjectNode write(
      ProgramFacts facts,
      Iterable<? extends Session> sessions,
      Instant generated,
      Function<SessionId, Optional<Availability>> availability) {
    Program program = facts.program();
    ObjectNode feed = Json.object();
    feed.put("version", VERSION);
    feed.put("generated", Json.utc(generated));
    ObjectNode about = feed.putObject("program");
    about.put("name", program.name());
    facts.description().ifPresent(description -> about.put("description", description));
    ArrayNode languages = about.putArray("languages");
    program.languages().forEach(language -> languages.add(language.tag()));
    ObjectNode programLocalized = about.putObject("localized");
    for (Language language : Language.values()) {
      ObjectNode in = programLocalized.putObject(language.tag());
      put(in, "name", facts.name(language));
      facts.description(language).ifPresent(description -> put(in, "description", description));
    }
    about.put("url", program.homePage().toString());
    about.put("supportUrl", program.supportUrl().toString());
    ObjectNode organizer = about.putObject("organizer");
    organizer.put("name", program.organizerName());
    organizer.put("email", program.organizerEmail().address());
    ArrayNode list = feed.putArray("sessions");
    int i = 0;
    for (Session session : sessions) {
      SessionFacts event = facts.session(Objects.requireNonNull(session, "sessions[i]"));
      try {
        list.add(session(event, generated, availability));
      } catch (SessionValidationException e) {
        throw e.within("sessions[" + i + "].registration");
      }
      i++;
    }
    return feed;
  }

  private static ObjectNode session(
      SessionFacts event, Instant now, Function<SessionId, Optional<Availability>> availability) {
    Session session = event.session();
    // The feed's own texts are in the program's first language, as its title is; the language the
    // session is held in is only the "language" property.
    Language first = event.program().program().firstLanguage();
    ObjectNode out = Json.object();
    out.put("id", session.id().toString());
    out.put("uid", event.uid().toString());
    out.put("title", session.title());
    out.put("displayTitle", event.summary(first));
    out.put("description", session.description());
    ObjectNode localized = out.putObject("localized");
    for (Language each : Language.values()) {
      ObjectNode in = localized.putObject(each.tag());
      put(in, "title", event.ownTitle(each));
      put(in, "displayTitle", event.localizedSummary(each));
      put(in, "description", event.localizedDescription(each).orElse(new LocalizedText("", each)));
      event.seriesPlace().ifPresent(place -> put(in, "seriesTitle", place.series().title(each)));
    }
    out.put("start", Json.dateTime(event.start()));
    out.put("end", Json.dateTime(event.end()));
    out.put("timeZone", session.timeZone().getId());
    out.put("duration", session.duration().toString());
    ObjectNode displayTime = out.putObject("displayTime");
    displayTime.put("en", event.dateTime(Language.ENGLISH));
    displayTime.put("fr", event.dateTime(Language.FRENCH));
    ArrayNode moderators = out.putArray("moderators");
    for (Moderator moderator : session.moderators()) {
      ObjectNode one = moderators.addObject();
      one.put("id", moderator.id().toString());
      one.put("name", moderator.displayName());
      moderator.bio().ifPresent(bio -> one.put("bio", bio));
      if (moderator.bio().isPresent()) {
        ObjectNode bios = one.putObject("localized");
        for (Language each : Language.values()) {
          put(bios.putObject(each.tag()), "bio", event.program().bio(moderator, each).orElseThrow());
        }
      }
    }
    ArrayNode topics = out.putArray("topics");
    for (Topic topic : session.topics()) {
      topics.add(topic.label());
    }
    ArrayNode audience = out.putArray("audience");
    Names.audience(session.audience()).forEach(audience::add);
    out.put("language", Names.of(session.language()));
    out.put("status", Names.of(event.status()));
    out.put("revision", event.sequence());
    event.lastModified().ifPresent(modified -> out.put("lastModified", Json.utc(modified)));
    if (event.seriesPlace().isPresent()) {
      SeriesPlace place = event.seriesPlace().get();
      ObjectNode about = out.putObject("series");
      about.put("id", place.series().series().id().toString());
      about.put("title", place.series().series().title());
      about.put("part", place.part());
      about.put("partCount", place.partCount());
    }
    if (session.buildsOnEarlierSessions()) {
      out.put("buildsOnEarlierSessions", true);
    }
    ObjectNode registration = out.putObject("registration");
    registration.put("url", event.page().toString());
    session.registrationOpens()
        .ifPresent(opens -> registration.put("opens", Json.dateTime(opens.atZone(session.timeZone()))));
    session.registrationCloses()
        .ifPresent(closes -> registration.put("closes", Json.dateTime(closes.atZone(session.timeZone()))));
    Availability state =
        event.availability(
            now, Objects.requireNonNull(availability.apply(session.id()), "availability function returned null"));
    registration.put("state", Names.of(state.state()));
    session.capacity().ifPresent(capacity -> registration.put("capacity", capacity));
    session.waitlistLimit().ifPresent(limit -> registration.put("waitlistLimit", limit));
    state.spotsLeft().ifPresent(left -> registration.put("spotsLeft", left));
    return out;
  }

  /** Writes a localized text as {@code name} and {@code nameLanguage}, the language it is in. */
  private static void put(ObjectNode out, String name, LocalizedText text) {
    out.put(name, text.text());
    out.put(name + "Language", text.language().tag());
  }
}
