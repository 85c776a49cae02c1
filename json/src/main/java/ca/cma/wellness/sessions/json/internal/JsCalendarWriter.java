package ca.cma.wellness.sessions.json.internal;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Moderator;
import ca.cma.wellness.sessions.ModeratorId;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Series;
import ca.cma.wellness.sessions.SeriesPart;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.Topic;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes JSCalendar (RFC 8984) {@code Event} and {@code Group} objects. */
public final class JsCalendarWriter {
  /** The participant id of the registrant in an invite; moderator ids never start with "_". */
  static final String REGISTRANT = "_registrant";

  /** The participant id of the organizer in an invite. */
  static final String ORGANIZER = "_organizer";

  private JsCalendarWriter() {}

  /** Returns the public event of a session: moderators are its only participants. */
  public static ObjectNode event(Program program, Session session, Instant updated) {
    return event(program, session, updated, Optional.empty());
  }

  /**
   * Returns the event of a session as one registrant receives it: the public event, plus {@code
   * replyTo}, the organizer as owner, the registrant as attendee, and the join link.
   */
  public static ObjectNode invite(
      Program program, Session session, Registrant registrant, Instant updated) {
    return event(program, session, updated, Optional.of(registrant));
  }

  private static ObjectNode event(
      Program program, Session session, Instant updated, Optional<Registrant> invitee) {
    ObjectNode event = Json.object();
    event.put("@type", "Event");
    event.put("uid", program.uidOf(session).toString());
    event.put("updated", Json.utc(updated));
    event.put("title", program.displayTitle(session));
    if (!session.description().isEmpty()) {
      event.put("description", session.description());
    }
    event.put("locale", session.language().tag());
    event.put("start", Json.localDateTime(session.localStart()));
    event.put("timeZone", session.timeZone().getId());
    event.put("duration", session.duration().toString());
    event.put("status", session.isCancelled() ? "cancelled" : "confirmed");
    event.put("sequence", session.revision());
    if (!session.topics().isEmpty()) {
      ObjectNode keywords = event.putObject("keywords");
      for (Topic topic : session.topics()) {
        keywords.put(topic.label(), true);
      }
    }
    ObjectNode links = event.putObject("links");
    ObjectNode registration = links.putObject("registration");
    registration.put("@type", "Link");
    registration.put("href", session.registrationUrl().toString());
    if (invitee.isPresent()) {
      event.putObject("replyTo").put("imip", mailto(program.organizerEmail()));
    }
    ObjectNode participants = event.putObject("participants");
    for (Moderator moderator : session.moderators()) {
      ObjectNode chair = participants.putObject(participantId(moderator.id()));
      chair.put("@type", "Participant");
      chair.put("name", moderator.displayName());
      chair.put("kind", "individual");
      ObjectNode roles = chair.putObject("roles");
      roles.put("attendee", true);
      roles.put("chair", true);
    }
    if (invitee.isPresent()) {
      Registrant registrant = invitee.get();
      ObjectNode organizer = participants.putObject(ORGANIZER);
      organizer.put("@type", "Participant");
      organizer.put("name", program.organizerName());
      organizer.put("email", program.organizerEmail().address());
      organizer.putObject("sendTo").put("imip", mailto(program.organizerEmail()));
      organizer.putObject("roles").put("owner", true);
      ObjectNode attendee = participants.putObject(REGISTRANT);
      attendee.put("@type", "Participant");
      attendee.put("name", registrant.name());
      attendee.put("email", registrant.email().address());
      attendee.putObject("sendTo").put("imip", mailto(registrant.email()));
      attendee.put("kind", "individual");
      attendee.putObject("roles").put("attendee", true);
      attendee.put("language", registrant.language().tag());
      ObjectNode join = event.putObject("virtualLocations").putObject("join");
      join.put("@type", "VirtualLocation");
      join.put("uri", session.joinUrl().toString());
    }
    if (session.seriesPart().isPresent()) {
      relatedTo(program, session, event.putObject("relatedTo"));
    }
    return event;
  }

  /** Returns the group of a series' scheduled parts. */
  public static ObjectNode group(Program program, Series series, Instant updated) {
    ObjectNode group = header(Uids.series(program, series), series.title(), series.description(), updated);
    ArrayNode entries = group.putArray("entries");
    for (Session part : program.partsOf(series.id())) {
      entries.add(event(program, part, updated));
    }
    return group;
  }

  /** Returns the group of all the program's sessions, by start. */
  public static ObjectNode group(Program program, Instant updated) {
    ObjectNode group = header(Uids.program(program), program.name(), "", updated);
    ArrayNode entries = group.putArray("entries");
    for (Session session : program.sessionsInOrder()) {
      entries.add(event(program, session, updated));
    }
    return group;
  }

  private static ObjectNode header(String uid, String title, String description, Instant updated) {
    ObjectNode group = Json.object();
    group.put("@type", "Group");
    group.put("uid", uid);
    group.put("updated", Json.utc(updated));
    group.put("title", title);
    if (!description.isEmpty()) {
      group.put("description", description);
    }
    return group;
  }

  /**
   * Relates a part to its series' group (parent), to the first scheduled part (first), and to the
   * next scheduled part (next).
   */
  private static void relatedTo(Program program, Session session, ObjectNode relatedTo) {
    Series series = FeedWriter.seriesOf(program, session);
    relation(relatedTo, Uids.series(program, series), "parent");
    List<Session> parts = program.partsOf(series.id());
    SeriesPart place = session.seriesPart().orElseThrow();
    Session first = parts.get(0);
    if (!first.id().equals(session.id())) {
      relation(relatedTo, program.uidOf(first).toString(), "first");
    }
    for (Session part : parts) {
      if (part.seriesPart().orElseThrow().part() > place.part()) {
        relation(relatedTo, program.uidOf(part).toString(), "next");
        break;
      }
    }
  }

  private static void relation(ObjectNode relatedTo, String uid, String type) {
    ObjectNode relation = relatedTo.putObject(uid);
    relation.put("@type", "Relation");
    relation.putObject("relation").put(type, true);
  }

  /**
   * Turns a moderator id into a JSCalendar Id (letters, digits, {@code -} and {@code _} only):
   * {@code _} becomes {@code __} and {@code .} becomes {@code _d}, so distinct ids stay distinct
   * and never start with {@code _}.
   */
  static String participantId(ModeratorId id) {
    return id.toString().replace("_", "__").replace(".", "_d");
  }

  /** Returns a {@code mailto:} URI, percent-encoding what a URI cannot hold as is. */
  static String mailto(EmailAddress address) {
    try {
      return new URI("mailto", address.address(), null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot write " + address + " as a mailto URI", e);
    }
  }
}
