package ca.cma.wellness.sessions.json.internal;

import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.invites.InviteDetails;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteMethod;
import ca.cma.wellness.sessions.invites.InvitePlan;
import ca.cma.wellness.sessions.invites.SentInvite;
import ca.cma.wellness.sessions.invites.SentLog;
import ca.cma.wellness.sessions.registration.LedgerChange;
import ca.cma.wellness.sessions.registration.Notice;
import ca.cma.wellness.sessions.registration.NoticeKind;
import ca.cma.wellness.sessions.registration.RefusalReason;
import ca.cma.wellness.sessions.registration.Registration;
import ca.cma.wellness.sessions.registration.RegistrationBook;
import ca.cma.wellness.sessions.registration.RegistrationId;
import ca.cma.wellness.sessions.registration.RegistrationStatus;
import ca.cma.wellness.sessions.registration.Roster;
import ca.cma.wellness.sessions.registration.RosterChange;
import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON form of the registration package's values: what a host stores between requests. */
final class RegistrationCodecs {
  private RegistrationCodecs() {}

  static List<Codec<?>> all() {
    return List.of(
        Codec.text(RegistrationId.class, RegistrationId::toString, RegistrationId::parse),
        Codec.constant(RegistrationStatus.class),
        Codec.constant(NoticeKind.class),
        Codec.constant(RefusalReason.class),
        Codec.of(Registration.class, RegistrationCodecs::registration, RegistrationCodecs::registration),
        Codec.of(Roster.class, RegistrationCodecs::roster, RegistrationCodecs::roster),
        Codec.of(RegistrationBook.class, RegistrationCodecs::book, RegistrationCodecs::book),
        Codec.of(InviteDetails.class, RegistrationCodecs::details, RegistrationCodecs::details),
        Codec.of(SentInvite.class, RegistrationCodecs::sentInvite, RegistrationCodecs::sentInvite),
        Codec.of(SentLog.class, RegistrationCodecs::sentLog, RegistrationCodecs::sentLog),
        Codec.of(Notice.class, RegistrationCodecs::notice, RegistrationCodecs::notice),
        Codec.of(InvitePlan.class, RegistrationCodecs::plan, RegistrationCodecs::plan),
        Codec.of(RosterChange.class, RegistrationCodecs::rosterChange, RegistrationCodecs::rosterChange),
        Codec.of(LedgerChange.class, RegistrationCodecs::ledgerChange, RegistrationCodecs::ledgerChange));
  }

  private static ObjectNode registration(Registration registration) {
    ObjectNode out = Json.object();
    out.put("id", registration.id().toString());
    out.set("registrant", Codec.registrant(registration.registrant()));
    out.put("status", Names.of(registration.status()));
    out.put("registeredAt", Json.utc(registration.registeredAt()));
    registration.confirmedAt().ifPresent(at -> out.put("confirmedAt", Json.utc(at)));
    registration.cancelledAt().ifPresent(at -> out.put("cancelledAt", Json.utc(at)));
    registration.waitlistPosition().ifPresent(position -> out.put("waitlistPosition", position));
    out.put("promotedFromWaitlist", registration.promotedFromWaitlist());
    return out;
  }

  private static Registration registration(Input in) {
    in.object();
    Registration.Builder builder =
        Registration.builder()
            .id(in.required("id").convert(RegistrationId::parse))
            .registrant(Codec.registrant(in.required("registrant")))
            .status(Names.parse(RegistrationStatus.class, in.required("status")))
            .registeredAt(in.required("registeredAt").instant());
    in.optional("confirmedAt").ifPresent(at -> builder.confirmedAt(at.instant()));
    in.optional("cancelledAt").ifPresent(at -> builder.cancelledAt(at.instant()));
    in.optional("waitlistPosition").ifPresent(p -> builder.waitlistPosition(p.integer()));
    in.optional("promotedFromWaitlist").ifPresent(p -> builder.promotedFromWaitlist(p.bool()));
    return built(in, builder::build);
  }

  private static ObjectNode roster(Roster roster) {
    ObjectNode out = Json.object();
    out.put("sessionId", roster.sessionId().toString());
    ArrayNode registrations = out.putArray("registrations");
    roster.registrations().forEach(r -> registrations.add(registration(r)));
    return out;
  }

  private static Roster roster(Input in) {
    in.object();
    Roster.Builder builder = Roster.builder().sessionId(in.required("sessionId").convert(SessionId::of));
    in.optional("registrations")
        .ifPresent(list -> list.elements().forEach(r -> builder.addRegistration(registration(r))));
    return built(in, builder::build);
  }

  private static ObjectNode book(RegistrationBook book) {
    ObjectNode out = Json.object();
    out.put("version", book.version());
    ObjectNode rosters = out.putObject("rosters");
    book.rosters().forEach((id, roster) -> rosters.set(id.toString(), roster(roster)));
    return out;
  }

  private static RegistrationBook book(Input in) {
    in.object();
    RegistrationBook.Builder builder = RegistrationBook.builder();
    in.optional("version").ifPresent(v -> builder.version(v.longInteger()));
    Optional<Input> rosters = in.optional("rosters");
    if (rosters.isPresent()) {
      rosters.get().object();
      for (String key : rosters.get().node().propertyNames()) {
        SessionId id;
        try {
          id = SessionId.of(key);
        } catch (SessionValidationException e) {
          throw new SessionValidationException(rosters.get().pathOf(key), e.problem());
        }
        builder.putRoster(id, roster(rosters.get().required(key)));
      }
    }
    return built(in, builder::build);
  }

  private static ObjectNode details(InviteDetails details) {
    ObjectNode out = Json.object();
    out.put("start", Json.dateTime(details.start()));
    out.put("timeZone", details.start().getZone().getId());
    out.put("duration", details.duration().toString());
    out.put("title", details.title());
    out.put("joinUrl", details.joinUrl().toString());
    ArrayNode moderators = out.putArray("moderators");
    details.moderators().forEach(moderators::add);
    return out;
  }

  private static InviteDetails details(Input in) {
    in.object();
    ZonedDateTime start = Decoding.start(in.required("start"), in.required("timeZone"));
    Duration duration = in.required("duration").duration();
    String title = in.required("title").text();
    URI joinUrl = in.required("joinUrl").url();
    List<String> moderators = list(in.required("moderators"), Input::text);
    return built(in, () -> new InviteDetails(start, duration, title, joinUrl, moderators));
  }

  private static ObjectNode sentInvite(SentInvite sent) {
    ObjectNode out = Json.object();
    out.put("sessionId", sent.sessionId().toString());
    out.set("recipient", Codec.registrant(sent.recipient()));
    out.put("method", Names.of(sent.method()));
    out.put("sequence", sent.sequence());
    out.put("revision", sent.revision());
    out.set("details", details(sent.details()));
    return out;
  }

  private static SentInvite sentInvite(Input in) {
    in.object();
    SessionId sessionId = in.required("sessionId").convert(SessionId::of);
    Registrant recipient = Codec.registrant(in.required("recipient"));
    InviteMethod method = Names.parse(InviteMethod.class, in.required("method"));
    int sequence = in.required("sequence").integer();
    int revision = in.required("revision").integer();
    InviteDetails details = details(in.required("details"));
    return built(in, () -> new SentInvite(sessionId, recipient, method, sequence, revision, details));
  }

  private static ObjectNode sentLog(SentLog log) {
    ObjectNode out = Json.object();
    ArrayNode entries = out.putArray("entries");
    log.entries().forEach(e -> entries.add(sentInvite(e)));
    return out;
  }

  private static SentLog sentLog(Input in) {
    in.object();
    SentLog.Builder builder = SentLog.builder();
    in.optional("entries").ifPresent(list -> list.elements().forEach(e -> builder.addEntry(sentInvite(e))));
    return built(in, builder::build);
  }

  private static ObjectNode notice(Notice notice) {
    ObjectNode out = Json.object();
    out.put("kind", Names.of(notice.kind()));
    out.put("sessionId", notice.sessionId().toString());
    out.set("registrant", Codec.registrant(notice.registrant()));
    notice.registration().ifPresent(r -> out.set("registration", registration(r)));
    notice.refusal().ifPresent(r -> out.put("refusal", Names.of(r)));
    return out;
  }

  private static Notice notice(Input in) {
    in.object();
    NoticeKind kind = Names.parse(NoticeKind.class, in.required("kind"));
    SessionId sessionId = in.required("sessionId").convert(SessionId::of);
    Registrant registrant = Codec.registrant(in.required("registrant"));
    Optional<Registration> registration = in.optional("registration").map(RegistrationCodecs::registration);
    Optional<RefusalReason> refusal = in.optional("refusal").map(r -> Names.parse(RefusalReason.class, r));
    return built(in, () -> new Notice(kind, sessionId, registrant, registration, refusal));
  }

  private static ObjectNode plan(InvitePlan plan) {
    ObjectNode out = Json.object();
    ArrayNode messages = out.putArray("messages");
    plan.messages().forEach(m -> messages.add(Codec.inviteMessage(m)));
    out.set("log", sentLog(plan.log()));
    ArrayNode notices = out.putArray("notices");
    plan.notices().forEach(n -> notices.add(notice(n)));
    return out;
  }

  private static InvitePlan plan(Input in) {
    in.object();
    List<InviteMessage> messages = list(in.required("messages"), Codec::inviteMessage);
    SentLog log = sentLog(in.required("log"));
    List<Notice> notices =
        in.optional("notices").map(n -> list(n, RegistrationCodecs::notice)).orElse(List.of());
    return built(in, () -> new InvitePlan(messages, log, notices));
  }

  private static ObjectNode rosterChange(RosterChange change) {
    ObjectNode out = Json.object();
    out.set("roster", roster(change.roster()));
    ArrayNode notices = out.putArray("notices");
    change.notices().forEach(n -> notices.add(notice(n)));
    return out;
  }

  private static RosterChange rosterChange(Input in) {
    in.object();
    List<Notice> notices = list(in.required("notices"), RegistrationCodecs::notice);
    Roster roster = roster(in.required("roster"));
    return built(in, () -> new RosterChange(roster, notices));
  }

  private static ObjectNode ledgerChange(LedgerChange change) {
    ObjectNode out = Json.object();
    out.put("version", change.version());
    ArrayNode notices = out.putArray("notices");
    change.notices().forEach(n -> notices.add(notice(n)));
    return out;
  }

  private static LedgerChange ledgerChange(Input in) {
    in.object();
    long version = in.required("version").longInteger();
    List<Notice> notices = list(in.required("notices"), RegistrationCodecs::notice);
    return built(in, () -> new LedgerChange(version, notices));
  }

  private static <T> List<T> list(Input array, Function<Input, T> element) {
    List<T> out = new ArrayList<>();
    array.elements().forEach(e -> out.add(element.apply(e)));
    return out;
  }

  /**
   * Builds a value from parts already read, moving a refusal of the domain (whose path is relative
   * to the value) under the value's path.
   */
  private static <T> T built(Input in, Supplier<T> build) {
    try {
      return build.get();
    } catch (SessionValidationException e) {
      throw Decoding.remap(e, in.path(), Map.of());
    }
  }
}
