package ca.cma.wellness.sessions.json.internal;

import ca.cma.wellness.sessions.Audience;
import ca.cma.wellness.sessions.Moderator;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Series;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.Topic;
import ca.cma.wellness.sessions.registration.Availability;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes schema.org {@code Event} JSON-LD. */
public final class JsonLdWriter {
  private static final String SCHEMA = "https://schema.org/";

  private JsonLdWriter() {}

  /** Returns one event as a JSON-LD document with its own {@code @context}. */
  public static ObjectNode document(
      Program program,
      Session session,
      Instant now,
      Function<SessionId, Optional<Availability>> availability,
      Optional<ZonedDateTime> previousStart) {
    ObjectNode document = Json.object();
    document.put("@context", "https://schema.org");
    document.setAll(event(program, session, now, availability, previousStart));
    return document;
  }

  /** Returns several events as one JSON-LD document with a {@code @graph}. */
  public static ObjectNode graph(
      Program program,
      List<Session> sessions,
      Instant now,
      Function<SessionId, Optional<Availability>> availability,
      Function<SessionId, Optional<ZonedDateTime>> previousStarts) {
    ObjectNode document = Json.object();
    document.put("@context", "https://schema.org");
    ArrayNode graph = document.putArray("@graph");
    for (Session session : sessions) {
      graph.add(event(program, session, now, availability, previousStarts.apply(session.id())));
    }
    return document;
  }

  private static ObjectNode event(
      Program program,
      Session session,
      Instant now,
      Function<SessionId, Optional<Availability>> availability,
      Optional<ZonedDateTime> previousStart) {
    ObjectNode event = Json.object();
    event.put("@type", "Event");
    event.put("identifier", program.uidOf(session).toString());
    event.put("name", program.displayTitle(session));
    if (!session.description().isEmpty()) {
      event.put("description", session.description());
    }
    event.put("url", session.registrationUrl().toString());
    event.put("startDate", Json.dateTime(session.start()));
    event.put("endDate", Json.dateTime(session.end()));
    event.put("eventAttendanceMode", SCHEMA + "OnlineEventAttendanceMode");
    boolean rescheduled =
        !session.isCancelled()
            && previousStart.map(p -> !p.toInstant().equals(session.startInstant())).orElse(false);
    event.put(
        "eventStatus",
        SCHEMA
            + (session.isCancelled()
                ? "EventCancelled"
                : rescheduled ? "EventRescheduled" : "EventScheduled"));
    if (rescheduled) {
      event.put("previousStartDate", Json.dateTime(previousStart.orElseThrow()));
    }
    ObjectNode location = event.putObject("location");
    location.put("@type", "VirtualLocation");
    location.put("url", session.registrationUrl().toString());
    ObjectNode organizer = event.putObject("organizer");
    organizer.put("@type", "Organization");
    organizer.put("name", program.organizerName());
    organizer.put("url", program.homePage().toString());
    ArrayNode performers = event.putArray("performer");
    for (Moderator moderator : session.moderators()) {
      ObjectNode person = performers.addObject();
      person.put("@type", "Person");
      person.put("name", moderator.displayName());
    }
    event.put("inLanguage", session.language().tag());
    event.put("isAccessibleForFree", true);
    ArrayNode audiences = event.putArray("audience");
    for (Audience audience : Audience.values()) {
      if (session.audience().contains(audience)) {
        ObjectNode one = audiences.addObject();
        one.put("@type", "Audience");
        one.put("audienceType", audience == Audience.PHYSICIANS ? "Physicians" : "Medical learners");
      }
    }
    if (!session.topics().isEmpty()) {
      ArrayNode keywords = event.putArray("keywords");
      for (Topic topic : session.topics()) {
        keywords.add(topic.label());
      }
    }
    ObjectNode offer = event.putObject("offers");
    offer.put("@type", "Offer");
    offer.put("url", session.registrationUrl().toString());
    offer.put("price", 0);
    offer.put("priceCurrency", "CAD");
    Availability state = Availability.from(session, now, Objects.requireNonNull(availability.apply(session.id()), "availability function returned null"));
    offer.put("availability", SCHEMA + availability(state.state()));
    session.registrationOpens()
        .ifPresent(opens -> offer.put("validFrom", Json.dateTime(opens.atZone(session.timeZone()))));
    offer.put(
        "validThrough",
        Json.dateTime(session.registrationCloses().orElse(session.startInstant()).atZone(session.timeZone())));
    if (session.seriesPart().isPresent()) {
      Series series = FeedWriter.seriesOf(program, session);
      ObjectNode superEvent = event.putObject("superEvent");
      superEvent.put("@type", "EventSeries");
      superEvent.put("identifier", Uids.series(program, series));
      superEvent.put("name", series.title());
      if (!series.description().isEmpty()) {
        superEvent.put("description", series.description());
      }
    }
    return event;
  }

  /** Maps a registration state to a schema.org {@code ItemAvailability}. */
  static String availability(Availability.State state) {
    switch (state) {
      case OPEN:
        return "InStock";
      case WAITLIST:
        return "BackOrder";
      case FULL:
        return "SoldOut";
      case CLOSED:
        return "OutOfStock";
      default:
        throw new AssertionError(state);
    }
  }
}
