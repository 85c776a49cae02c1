package ca.cma.wellness.sessions.json.internal;

import ca.cma.wellness.sessions.Audience;
import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Moderator;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.facts.LocalizedText;
import ca.cma.wellness.sessions.facts.ProgramFacts;
import ca.cma.wellness.sessions.facts.SeriesFacts;
import ca.cma.wellness.sessions.facts.SessionFacts;
import ca.cma.wellness.sessions.facts.SupportFacts;
import ca.cma.wellness.sessions.registration.Availability;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes schema.org {@code Event} JSON-LD, a serializer of {@link SessionFacts}. */
public final class JsonLdWriter {
  private static final String SCHEMA = "https://schema.org/";

  private JsonLdWriter() {}

  /** Returns one event as a JSON-LD document with its own {@code @context}. */
  public static ObjectNode document(
      SessionFacts event,
      Instant now,
      Function<SessionId, Optional<Availability>> availability,
      Optional<ZonedDateTime> previousStart,
      Language language) {
    ObjectNode document = Json.object();
    document.put("@context", "https://schema.org");
    document.setAll(event(event, now, availability, previousStart, language));
    return document;
  }

  /** Returns several events as one JSON-LD document with a {@code @graph}. */
  public static ObjectNode graph(
      ProgramFacts facts,
      Iterable<? extends Session> sessions,
      Instant now,
      Function<SessionId, Optional<Availability>> availability,
      Function<SessionId, Optional<ZonedDateTime>> previousStarts,
      Language language) {
    ObjectNode document = Json.object();
    document.put("@context", "https://schema.org");
    ArrayNode graph = document.putArray("@graph");
    for (Session session : sessions) {
      SessionFacts event = facts.session(Objects.requireNonNull(session, "sessions[i]"));
      graph.add(event(event, now, availability, previousStart(previousStarts, session), language));
    }
    return document;
  }

  /** The previous start the host gives a session, which it must not give as {@code null}. */
  public static Optional<ZonedDateTime> previousStart(
      Function<SessionId, Optional<ZonedDateTime>> previousStarts, Session session) {
    return Objects.requireNonNull(previousStarts.apply(session.id()), "previous starts function returned null");
  }

  private static ObjectNode event(
      SessionFacts event,
      Instant now,
      Function<SessionId, Optional<Availability>> availability,
      Optional<ZonedDateTime> previousStart,
      Language language) {
    Session session = event.session();
    Program program = event.program().program();
    ObjectNode out = Json.object();
    out.put("@type", "Event");
    out.put("identifier", event.uid().toString());
    LocalizedText name = event.localizedSummary(language);
    out.put("name", name.text());
    List<String> paragraphs = event.paragraphs(language);
    if (!paragraphs.isEmpty()) {
      out.put("description", String.join("\n\n", paragraphs));
    }
    out.put("url", event.page().toString());
    out.put("startDate", Json.dateTime(event.start()));
    out.put("endDate", Json.dateTime(event.end()));
    out.put("eventAttendanceMode", SCHEMA + "OnlineEventAttendanceMode");
    boolean rescheduled =
        !event.isCancelled()
            && previousStart.map(p -> !p.toInstant().equals(session.startInstant())).orElse(false);
    out.put(
        "eventStatus",
        SCHEMA
            + (event.isCancelled()
                ? "EventCancelled"
                : rescheduled ? "EventRescheduled" : "EventScheduled"));
    if (rescheduled) {
      out.put("previousStartDate", Json.dateTime(previousStart.orElseThrow()));
    }
    location(out, event.page());
    ObjectNode organizer = out.putObject("organizer");
    organizer.put("@type", "Organization");
    organizer.put(
        "name",
        program.organizerName().equals(program.name())
            ? event.program().name(language).text()
            : program.organizerName());
    organizer.put("url", program.homePage().toString());
    contactPoints(organizer, event.program().nationalSupport(language));
    ArrayNode performers = out.putArray("performer");
    for (Moderator moderator : session.moderators()) {
      ObjectNode person = performers.addObject();
      person.put("@type", "Person");
      person.put("name", moderator.displayName());
    }
    out.put("inLanguage", name.language().tag());
    out.put("isAccessibleForFree", true);
    ArrayNode audiences = out.putArray("audience");
    for (Audience audience : Audience.values()) {
      if (session.audience().contains(audience)) {
        ObjectNode one = audiences.addObject();
        one.put("@type", "Audience");
        one.put("audienceType", audience == Audience.PHYSICIANS ? "Physicians" : "Medical learners");
      }
    }
    if (!session.topics().isEmpty()) {
      ArrayNode keywords = out.putArray("keywords");
      for (LocalizedText topic : event.topics(language)) {
        keywords.add(topic.text());
      }
    }
    if (event.registrationLink().isPresent()) {
      ObjectNode offer = out.putObject("offers");
      offer.put("@type", "Offer");
      offer.put("url", event.registrationLink().get().toString());
      offer.put("price", 0);
      offer.put("priceCurrency", "CAD");
      Availability state =
          event.availability(
              now, Objects.requireNonNull(availability.apply(session.id()), "availability function returned null"));
      offer.put("availability", SCHEMA + availability(state.state()));
      session.registrationOpens()
          .ifPresent(opens -> offer.put("validFrom", Json.dateTime(opens.atZone(session.timeZone()))));
      offer.put(
          "validThrough",
          Json.dateTime(session.registrationCloses().orElse(session.startInstant()).atZone(session.timeZone())));
    }
    if (event.seriesPlace().isPresent()) {
      SeriesFacts series = event.seriesPlace().get().series();
      ObjectNode superEvent = out.putObject("superEvent");
      superEvent.put("@type", "EventSeries");
      superEvent.put("identifier", series.uid());
      superEvent.put("name", series.title(language).text());
      series.description(language).ifPresent(about -> superEvent.put("description", about.text()));
      // Search engines check a nested Event-typed node like any event: a start, an end, how to
      // attend and where.
      superEvent.put("startDate", Json.dateTime(series.start().orElse(event.start())));
      superEvent.put("endDate", Json.dateTime(series.end().orElse(event.end())));
      superEvent.put("eventAttendanceMode", SCHEMA + "OnlineEventAttendanceMode");
      location(superEvent, series.page());
    }
    return out;
  }

  /**
   * Adds the national support resources as the organizer's {@code ContactPoint}s, never a
   * provincial one: the page's reader is anonymous. Hours are structured only when the resource is
   * always open; the host's words for other hours are the point's {@code description}, since an
   * {@code OpeningHoursSpecification} without {@code opens} means closed. {@code availableLanguage}
   * is left out: the model holds the resource's names in both languages, not the languages it
   * answers in.
   */
  private static void contactPoints(ObjectNode organizer, List<SupportFacts> support) {
    if (support.isEmpty()) {
      return;
    }
    ArrayNode points = organizer.putArray("contactPoint");
    for (SupportFacts resource : support) {
      ObjectNode point = points.addObject();
      point.put("@type", "ContactPoint");
      point.put("name", resource.name());
      point.put("telephone", telephone(resource));
      point.put("url", resource.page().toString());
      ObjectNode area = point.putObject("areaServed");
      area.put("@type", "Country");
      area.put("name", "Canada");
      if (resource.resource().alwaysOpen()) {
        ObjectNode hours = point.putObject("hoursAvailable");
        hours.put("@type", "OpeningHoursSpecification");
        ArrayNode days = hours.putArray("dayOfWeek");
        for (DayOfWeek day : DayOfWeek.values()) {
          // schema.org's DayOfWeek members: https://schema.org/Monday …
          days.add(SCHEMA + day.name().charAt(0) + day.name().substring(1).toLowerCase(Locale.ROOT));
        }
        hours.put("opens", "00:00:00");
        hours.put("closes", "23:59:59");
      } else {
        point.put("description", resource.hours());
      }
    }
  }

  /**
   * The number as RFC 3966 writes it without the scheme: {@code +1-800-555-0100}, with {@code
   * ;ext=12} when it has an extension, and a three-digit code alone ({@code 988}), its context
   * {@code +1} being what {@code areaServed} says.
   */
  private static String telephone(SupportFacts resource) {
    String number = resource.tel().getSchemeSpecificPart();
    int context = number.indexOf(";phone-context=");
    return context < 0 ? number : number.substring(0, context);
  }

  private static void location(ObjectNode event, URI page) {
    ObjectNode location = event.putObject("location");
    location.put("@type", "VirtualLocation");
    location.put("url", page.toString());
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
