package ca.cma.wellness.sessions.json.internal;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Moderator;
import ca.cma.wellness.sessions.ModeratorId;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.facts.InviteFacts;
import ca.cma.wellness.sessions.facts.LocalizedText;
import ca.cma.wellness.sessions.facts.ProgramFacts;
import ca.cma.wellness.sessions.facts.SeriesFacts;
import ca.cma.wellness.sessions.facts.SeriesPlace;
import ca.cma.wellness.sessions.facts.SessionFacts;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes JSCalendar (RFC 8984) {@code Event} and {@code Group} objects, a serializer of {@link
 * SessionFacts} and {@link InviteFacts}.
 */
public final class JsCalendarWriter {
  /** The participant id of the registrant in an invite; moderator ids never start with "_". */
  static final String REGISTRANT = "_registrant";

  /** The participant id of the organizer in an invite. */
  static final String ORGANIZER = "_organizer";

  private JsCalendarWriter() {}

  /** Returns the public event of a session: moderators are its only participants. */
  public static ObjectNode event(SessionFacts event, Instant updated) {
    return event(event, updated, event.status(), event.sequence(), Optional.empty());
  }

  /**
   * Returns the event of one planner message as its recipient receives it: the public event with
   * the message's method, status and SEQUENCE, plus {@code replyTo}, the organizer as owner, the
   * registrant as attendee, and for a REQUEST the join link.
   */
  public static ObjectNode invite(InviteFacts invite, Instant updated) {
    return event(invite.session(), updated, invite.status(), invite.sequence(), Optional.of(invite));
  }

  private static ObjectNode event(
      SessionFacts facts,
      Instant updated,
      SessionStatus status,
      int sequence,
      Optional<InviteFacts> invite) {
    Session session = facts.session();
    Program program = facts.program().program();
    ObjectNode event = Json.object();
    event.put("@type", "Event");
    event.put("uid", facts.uid().toString());
    event.put("updated", Json.utc(updated));
    invite.ifPresent(i -> event.put("method", Names.of(i.method())));
    Language language =
        invite.map(InviteFacts::language).orElse(program.firstLanguage());
    LocalizedText title = facts.localizedTitle(language);
    event.put("title", title.text());
    facts.localizedDescription(language).ifPresent(about -> event.put("description", about.text()));
    event.put("locale", title.language().tag());
    event.put("start", Json.localDateTime(session.localStart()));
    event.put("timeZone", session.timeZone().getId());
    event.put("duration", session.duration().toString());
    event.put("status", status == SessionStatus.CANCELLED ? "cancelled" : "confirmed");
    event.put("sequence", sequence);
    if (!session.topics().isEmpty()) {
      keywords(facts.topics(language), event.putObject("keywords"));
    }
    localizations(facts, title.language(), event);
    ObjectNode links = event.putObject("links");
    ObjectNode registration = links.putObject("registration");
    registration.put("@type", "Link");
    registration.put("href", facts.page().toString());
    if (invite.isPresent()) {
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
    if (invite.isPresent()) {
      Registrant registrant = invite.get().recipient();
      ObjectNode organizer = participants.putObject(ORGANIZER);
      organizer.put("@type", "Participant");
      organizer.put("name", invite.get().organizerName());
      organizer.put("email", invite.get().organizerEmail().address());
      organizer.putObject("sendTo").put("imip", mailto(invite.get().organizerEmail()));
      organizer.putObject("roles").put("owner", true);
      ObjectNode attendee = participants.putObject(REGISTRANT);
      attendee.put("@type", "Participant");
      attendee.put("name", registrant.name());
      attendee.put("email", registrant.email().address());
      attendee.putObject("sendTo").put("imip", mailto(registrant.email()));
      attendee.put("kind", "individual");
      attendee.putObject("roles").put("attendee", true);
      attendee.put("language", registrant.language().tag());
      Optional<URI> join = invite.get().joinUrl();
      if (join.isPresent()) {
        ObjectNode location = event.putObject("virtualLocations").putObject("join");
        location.put("@type", "VirtualLocation");
        location.put("uri", join.get().toString());
      }
    }
    if (facts.seriesPlace().isPresent()) {
      relatedTo(facts.seriesPlace().get(), event.putObject("relatedTo"));
    }
    return event;
  }

  /**
   * Adds the other languages as {@code localizations} (RFC 8984 §4.6.1): a patch per language
   * that replaces the title, the description and the keywords with those actually written in it.
   * A language with no such text gets no patch, so a fallback is never passed off as a
   * translation.
   */
  private static void localizations(SessionFacts facts, Language locale, ObjectNode event) {
    ObjectNode localizations = null;
    for (Language other : Language.values()) {
      if (other == locale) {
        continue;
      }
      ObjectNode patch = Json.object();
      LocalizedText title = facts.localizedTitle(other);
      if (title.isIn(other)) {
        patch.put("title", title.text());
      }
      facts.localizedDescription(other)
          .filter(about -> about.isIn(other))
          .ifPresent(about -> patch.put("description", about.text()));
      List<LocalizedText> topics = facts.topics(other);
      if (!topics.isEmpty() && topics.stream().anyMatch(topic -> topic.isIn(other))) {
        keywords(topics, patch.putObject("keywords"));
      }
      if (!patch.isEmpty()) {
        if (localizations == null) {
          localizations = event.putObject("localizations");
        }
        localizations.set(other.tag(), patch);
      }
    }
  }

  private static void keywords(List<LocalizedText> topics, ObjectNode keywords) {
    for (LocalizedText topic : topics) {
      keywords.put(topic.text(), true);
    }
  }

  /** Returns the group of a series' scheduled parts. */
  public static ObjectNode group(ProgramFacts facts, SeriesFacts series, Instant updated) {
    ObjectNode group =
        header(series.uid(), series.series().title(), series.series().description(), updated);
    ArrayNode entries = group.putArray("entries");
    for (Session part : series.parts()) {
      entries.add(event(facts.session(part), updated));
    }
    return group;
  }

  /** Returns the group of the given sessions of a program, in the order given. */
  public static ObjectNode group(ProgramFacts facts, Iterable<? extends Session> sessions, Instant updated) {
    ObjectNode group = header(facts.uid(), facts.name(), facts.description().orElse(""), updated);
    ArrayNode entries = group.putArray("entries");
    for (Session session : sessions) {
      entries.add(event(facts.session(Objects.requireNonNull(session, "sessions[i]")), updated));
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
  private static void relatedTo(SeriesPlace place, ObjectNode relatedTo) {
    relation(relatedTo, place.series().uid(), "parent");
    place.first().ifPresent(first -> relation(relatedTo, first.toString(), "first"));
    place.next().ifPresent(next -> relation(relatedTo, next.toString(), "next"));
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
