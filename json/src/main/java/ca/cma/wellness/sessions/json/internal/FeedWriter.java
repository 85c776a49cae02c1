package ca.cma.wellness.sessions.json.internal;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Moderator;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Series;
import ca.cma.wellness.sessions.SeriesPart;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.TimeText;
import ca.cma.wellness.sessions.Topic;
import ca.cma.wellness.sessions.registration.Availability;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes feed v1. The property order is part of the format: golden files pin it. */
public final class FeedWriter {
  /** The version this writer produces. */
  public static final String VERSION = "1.1";

  private FeedWriter() {}

  /**
   * Writes the feed of the given sessions of a program.
   *
   * @throws SessionValidationException with path {@code sessions[i].registration.spotsLeft} if
   *     the host's availability contradicts the session's capacity
   */
  public static ObjectNode write(
      Program program,
      List<Session> sessions,
      Instant generated,
      Function<SessionId, Optional<Availability>> availability) {
    ObjectNode feed = Json.object();
    feed.put("version", VERSION);
    feed.put("generated", Json.utc(generated));
    ObjectNode about = feed.putObject("program");
    about.put("name", program.name());
    if (!program.description().isEmpty()) {
      about.put("description", program.description());
    }
    about.put("url", program.homePage().toString());
    about.put("supportUrl", program.supportUrl().toString());
    ObjectNode organizer = about.putObject("organizer");
    organizer.put("name", program.organizerName());
    organizer.put("email", program.organizerEmail().address());
    ArrayNode list = feed.putArray("sessions");
    for (int i = 0; i < sessions.size(); i++) {
      try {
        list.add(session(program, sessions.get(i), generated, availability));
      } catch (SessionValidationException e) {
        throw e.within("sessions[" + i + "].registration");
      }
    }
    return feed;
  }

  private static ObjectNode session(
      Program program,
      Session session,
      Instant now,
      Function<SessionId, Optional<Availability>> availability) {
    ObjectNode out = Json.object();
    out.put("id", session.id().toString());
    out.put("uid", program.uidOf(session).toString());
    out.put("title", session.title());
    out.put("displayTitle", program.displayTitle(session));
    out.put("description", session.description());
    out.put("start", Json.dateTime(session.start()));
    out.put("end", Json.dateTime(session.end()));
    out.put("timeZone", session.timeZone().getId());
    out.put("duration", session.duration().toString());
    ObjectNode displayTime = out.putObject("displayTime");
    displayTime.put("en", TimeText.of(Language.ENGLISH).dateTime(session.start()));
    displayTime.put("fr", TimeText.of(Language.FRENCH).dateTime(session.start()));
    ArrayNode moderators = out.putArray("moderators");
    for (Moderator moderator : session.moderators()) {
      ObjectNode one = moderators.addObject();
      one.put("id", moderator.id().toString());
      one.put("name", moderator.displayName());
      moderator.bio().ifPresent(bio -> one.put("bio", bio));
    }
    ArrayNode topics = out.putArray("topics");
    for (Topic topic : session.topics()) {
      topics.add(topic.label());
    }
    ArrayNode audience = out.putArray("audience");
    Names.audience(session.audience()).forEach(audience::add);
    out.put("language", Names.of(session.language()));
    out.put("status", Names.of(session.status()));
    out.put("revision", session.revision());
    session.lastModified().ifPresent(modified -> out.put("lastModified", Json.utc(modified)));
    if (session.seriesPart().isPresent()) {
      SeriesPart part = session.seriesPart().get();
      Series series = seriesOf(program, session);
      ObjectNode about = out.putObject("series");
      about.put("id", series.id().toString());
      about.put("title", series.title());
      about.put("part", part.part());
      about.put("partCount", series.partCount());
    }
    if (session.buildsOnEarlierSessions()) {
      out.put("buildsOnEarlierSessions", true);
    }
    ObjectNode registration = out.putObject("registration");
    registration.put("url", session.registrationUrl().toString());
    session.registrationOpens()
        .ifPresent(opens -> registration.put("opens", Json.dateTime(opens.atZone(session.timeZone()))));
    session.registrationCloses()
        .ifPresent(closes -> registration.put("closes", Json.dateTime(closes.atZone(session.timeZone()))));
    Availability state = Availability.from(session, now, Objects.requireNonNull(availability.apply(session.id()), "availability function returned null"));
    registration.put("state", Registrations.text(state.state()));
    session.capacity().ifPresent(capacity -> registration.put("capacity", capacity));
    session.waitlistLimit().ifPresent(limit -> registration.put("waitlistLimit", limit));
    state.spotsLeft().ifPresent(left -> registration.put("spotsLeft", left));
    return out;
  }

  /** Returns the series of a part; the program guarantees it exists. */
  public static Series seriesOf(Program program, Session part) {
    SeriesPart place = part.seriesPart().orElseThrow();
    return program
        .seriesById(place.seriesId())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "series \"" + place.seriesId() + "\" of session \"" + part.id() + "\" is not in this program"));
  }
}
