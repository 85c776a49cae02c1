package ca.cma.wellness.sessions.json.internal;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Moderator;
import ca.cma.wellness.sessions.ModeratorId;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Province;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Role;
import ca.cma.wellness.sessions.Series;
import ca.cma.wellness.sessions.SeriesId;
import ca.cma.wellness.sessions.SeriesPart;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.SessionUid;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.SupportResource;
import ca.cma.wellness.sessions.Topic;
import ca.cma.wellness.sessions.WeeklySchedule;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteMethod;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.registration.Availability;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The JSON form of every core value type, for the Jackson module: property names are the types'
 * attribute names, enum constants are written as {@link Names} says, times as in the feed. Each
 * type is a pair of functions, from the value to a tree and back.
 *
 * @param <T> the core type
 */
public final class Codec<T> {
  private final Class<T> type;
  private final Function<T, JsonNode> encoder;
  private final Function<Input, T> decoder;

  private Codec(Class<T> type, Function<T, JsonNode> encoder, Function<Input, T> decoder) {
    this.type = type;
    this.encoder = encoder;
    this.decoder = decoder;
  }

  /** Returns the type this codec handles. */
  public Class<T> type() {
    return type;
  }

  /** Writes a value as a tree. */
  public JsonNode encode(T value) {
    return encoder.apply(value);
  }

  /**
   * Reads a value from a tree.
   *
   * @throws SessionValidationException with the path of the bad property within the value
   */
  public T decode(Input input) {
    return decoder.apply(input);
  }

  /** Returns the codec of every core value type. */
  public static List<Codec<?>> all() {
    List<Codec<?>> all = new ArrayList<>(domain());
    all.addAll(RegistrationCodecs.all());
    return List.copyOf(all);
  }

  private static List<Codec<?>> domain() {
    return List.of(
        text(SessionId.class, SessionId::toString, SessionId::of),
        text(SessionUid.class, SessionUid::toString, SessionUid::parse),
        text(SeriesId.class, SeriesId::toString, SeriesId::of),
        text(ModeratorId.class, ModeratorId::toString, ModeratorId::of),
        text(EmailAddress.class, EmailAddress::address, EmailAddress::of),
        text(Topic.class, Topic::label, Topic::of),
        constant(ca.cma.wellness.sessions.Audience.class),
        constant(ca.cma.wellness.sessions.CanadianTimeZone.class),
        constant(Language.class),
        constant(Province.class),
        constant(Role.class),
        constant(SessionStatus.class),
        constant(Availability.State.class),
        constant(InviteMethod.class),
        constant(InviteReason.class),
        new Codec<>(SeriesPart.class, Codec::seriesPart, Codec::seriesPart),
        new Codec<>(Moderator.class, Codec::moderator, in -> Decoding.moderator(in, "displayName", true)),
        new Codec<>(SupportResource.class, Codec::supportResource, Codec::supportResource),
        new Codec<>(Session.class, Codec::session, Codec::session),
        new Codec<>(Series.class, Codec::series, Codec::series),
        new Codec<>(Program.class, Codec::program, Codec::program),
        new Codec<>(Registrant.class, Codec::registrant, Codec::registrant),
        new Codec<>(WeeklySchedule.class, Codec::weeklySchedule, Codec::weeklySchedule),
        new Codec<>(Availability.class, Codec::availability, Codec::availability),
        new Codec<>(InviteMessage.class, Codec::inviteMessage, Codec::inviteMessage));
  }

  /** Returns a codec made of two functions. */
  static <T> Codec<T> of(Class<T> type, Function<T, JsonNode> encoder, Function<Input, T> decoder) {
    return new Codec<>(type, encoder, decoder);
  }

  static <T> Codec<T> text(
      Class<T> type, Function<T, String> writer, Function<String, T> reader) {
    return new Codec<>(type, value -> StringNode.valueOf(writer.apply(value)), in -> in.convert(reader));
  }

  static <E extends Enum<E>> Codec<E> constant(Class<E> type) {
    return new Codec<>(type, value -> StringNode.valueOf(Names.of(value)), in -> Names.parse(type, in));
  }

  private static ObjectNode seriesPart(SeriesPart part) {
    ObjectNode out = Json.object();
    out.put("seriesId", part.seriesId().toString());
    out.put("part", part.part());
    return out;
  }

  private static SeriesPart seriesPart(Input in) {
    SeriesId id = in.required("seriesId").convert(SeriesId::of);
    Input part = in.required("part");
    int number = part.integer();
    try {
      return SeriesPart.of(id, number);
    } catch (SessionValidationException e) {
      throw part.refuse(e.problem());
    }
  }

  private static ObjectNode moderator(Moderator moderator) {
    ObjectNode out = Json.object();
    out.put("id", moderator.id().toString());
    out.put("displayName", moderator.displayName());
    moderator.email().ifPresent(email -> out.put("email", email.address()));
    moderator.bio().ifPresent(bio -> out.put("bio", bio));
    translations(out, "bioTranslations", moderator.bioTranslations());
    return out;
  }

  /** Writes a model's translations as an object by language tag, unless there are none. */
  private static void translations(ObjectNode out, String name, Map<Language, String> translations) {
    if (!translations.isEmpty()) {
      ObjectNode by = out.putObject(name);
      translations.forEach((language, text) -> by.put(language.tag(), text));
    }
  }

  private static ObjectNode session(Session session) {
    ObjectNode out = Json.object();
    out.put("id", session.id().toString());
    out.put("title", session.title());
    out.put("description", session.description());
    translations(out, "titleTranslations", session.titleTranslations());
    translations(out, "descriptionTranslations", session.descriptionTranslations());
    out.put("start", Json.dateTime(session.start()));
    out.put("timeZone", session.timeZone().getId());
    out.put("duration", session.duration().toString());
    ArrayNode moderators = out.putArray("moderators");
    session.moderators().forEach(m -> moderators.add(moderator(m)));
    ArrayNode topics = out.putArray("topics");
    session.topics().forEach(t -> topics.add(t.label()));
    ArrayNode audience = out.putArray("audience");
    Names.audience(session.audience()).forEach(audience::add);
    out.put("language", Names.of(session.language()));
    out.put("registrationUrl", session.registrationUrl().toString());
    out.put("joinUrl", session.joinUrl().toString());
    session.capacity().ifPresent(capacity -> out.put("capacity", capacity));
    session.waitlistLimit().ifPresent(limit -> out.put("waitlistLimit", limit));
    session.registrationOpens().ifPresent(opens -> out.put("registrationOpens", Json.utc(opens)));
    session.registrationCloses().ifPresent(closes -> out.put("registrationCloses", Json.utc(closes)));
    out.put("status", Names.of(session.status()));
    out.put("revision", session.revision());
    session.lastModified().ifPresent(modified -> out.put("lastModified", Json.utc(modified)));
    session.seriesPart().ifPresent(part -> out.set("seriesPart", seriesPart(part)));
    out.put("buildsOnEarlierSessions", session.buildsOnEarlierSessions());
    return out;
  }

  private static Session session(Input in) {
    in.object();
    Session.Builder builder =
        Session.builder()
            .id(in.required("id").convert(SessionId::of))
            .title(in.required("title").text())
            .start(Decoding.start(in.required("start"), in.required("timeZone")))
            .duration(in.required("duration").duration())
            .registrationUrl(in.required("registrationUrl").url())
            .joinUrl(in.required("joinUrl").url());
    for (Input moderator : in.required("moderators").elements()) {
      builder.addModerator(Decoding.moderator(moderator, "displayName", true));
    }
    in.optional("description").ifPresent(d -> builder.description(d.text()));
    in.optional("titleTranslations")
        .ifPresent(t -> builder.putAllTitleTranslations(Decoding.translationMap(t)));
    in.optional("descriptionTranslations")
        .ifPresent(t -> builder.putAllDescriptionTranslations(Decoding.translationMap(t)));
    in.optional("topics").ifPresent(t -> builder.addAllTopics(Decoding.topics(t)));
    in.optional("audience").ifPresent(a -> builder.addAllAudience(Decoding.audience(a)));
    in.optional("language").ifPresent(l -> builder.language(Names.parse(Language.class, l)));
    in.optional("capacity").ifPresent(c -> builder.capacity(c.integer()));
    in.optional("waitlistLimit").ifPresent(l -> builder.waitlistLimit(l.integer()));
    in.optional("registrationOpens").ifPresent(o -> builder.registrationOpens(o.instant()));
    in.optional("registrationCloses").ifPresent(c -> builder.registrationCloses(c.instant()));
    in.optional("status").ifPresent(s -> builder.status(Names.parse(SessionStatus.class, s)));
    in.optional("revision").ifPresent(r -> builder.revision(r.integer()));
    in.optional("lastModified").ifPresent(m -> builder.lastModified(m.instant()));
    in.optional("seriesPart").ifPresent(p -> builder.seriesPart(seriesPart(p)));
    in.optional("buildsOnEarlierSessions").ifPresent(b -> builder.buildsOnEarlierSessions(b.bool()));
    try {
      return builder.build();
    } catch (SessionValidationException e) {
      throw Decoding.remap(e, in.path(), Map.of());
    }
  }

  private static ObjectNode series(Series series) {
    ObjectNode out = Json.object();
    out.put("id", series.id().toString());
    out.put("title", series.title());
    out.put("description", series.description());
    translations(out, "titleTranslations", series.titleTranslations());
    translations(out, "descriptionTranslations", series.descriptionTranslations());
    out.put("partCount", series.partCount());
    return out;
  }

  private static Series series(Input in) {
    in.object();
    Series.Builder builder =
        Series.builder()
            .id(in.required("id").convert(SeriesId::of))
            .title(in.required("title").text())
            .partCount(in.required("partCount").integer());
    in.optional("description").ifPresent(d -> builder.description(d.text()));
    in.optional("titleTranslations")
        .ifPresent(t -> builder.putAllTitleTranslations(Decoding.translationMap(t)));
    in.optional("descriptionTranslations")
        .ifPresent(t -> builder.putAllDescriptionTranslations(Decoding.translationMap(t)));
    try {
      return builder.build();
    } catch (SessionValidationException e) {
      throw Decoding.remap(e, in.path(), Map.of());
    }
  }

  private static ObjectNode supportResource(SupportResource resource) {
    ObjectNode out = Json.object();
    out.put("englishName", resource.englishName());
    out.put("frenchName", resource.frenchName());
    out.put("phone", resource.phone().toString());
    out.put("page", resource.page().toString());
    if (resource.alwaysOpen()) {
      out.put("alwaysOpen", true);
    }
    resource.englishHours().ifPresent(hours -> out.put("englishHours", hours));
    resource.frenchHours().ifPresent(hours -> out.put("frenchHours", hours));
    if (!resource.isNational()) {
      ArrayNode provinces = out.putArray("provinces");
      resource.provinces().forEach(province -> provinces.add(Names.of(province)));
    }
    return out;
  }

  private static SupportResource supportResource(Input in) {
    in.object();
    SupportResource.Builder builder =
        SupportResource.builder()
            .englishName(in.required("englishName").text())
            .frenchName(in.required("frenchName").text())
            .phone(in.required("phone").url())
            .page(in.required("page").url());
    in.optional("alwaysOpen").ifPresent(a -> builder.alwaysOpen(a.bool()));
    in.optional("englishHours").ifPresent(h -> builder.englishHours(h.text()));
    in.optional("frenchHours").ifPresent(h -> builder.frenchHours(h.text()));
    in.optional("provinces")
        .ifPresent(p -> p.elements().forEach(one -> builder.addProvince(Names.parse(Province.class, one))));
    try {
      return builder.build();
    } catch (SessionValidationException e) {
      throw Decoding.remap(e, in.path(), Map.of());
    }
  }

  private static ObjectNode program(Program program) {
    ObjectNode out = Json.object();
    out.put("name", program.name());
    ArrayNode languages = out.putArray("languages");
    program.languages().forEach(language -> languages.add(Names.of(language)));
    translations(out, "nameTranslations", program.nameTranslations());
    out.put("description", program.description());
    translations(out, "descriptionTranslations", program.descriptionTranslations());
    out.put("organizerName", program.organizerName());
    out.put("organizerEmail", program.organizerEmail().address());
    out.put("homePage", program.homePage().toString());
    out.put("supportUrl", program.supportUrl().toString());
    if (!program.supportResources().isEmpty()) {
      ArrayNode resources = out.putArray("supportResources");
      program.supportResources().forEach(r -> resources.add(supportResource(r)));
    }
    out.put("defaultTimeZone", program.defaultTimeZone().getId());
    out.put("uidDomain", program.uidDomain());
    ArrayNode series = out.putArray("series");
    program.series().forEach(s -> series.add(series(s)));
    ArrayNode sessions = out.putArray("sessions");
    program.sessions().forEach(s -> sessions.add(session(s)));
    return out;
  }

  private static Program program(Input in) {
    in.object();
    Program.Builder builder =
        Program.builder()
            .name(in.required("name").text())
            .organizerEmail(in.required("organizerEmail").convert(EmailAddress::of))
            .homePage(in.required("homePage").url())
            .supportUrl(in.required("supportUrl").url());
    in.optional("description").ifPresent(d -> builder.description(d.text()));
    in.optional("languages")
        .ifPresent(l -> l.elements().forEach(one -> builder.addLanguage(Names.parse(Language.class, one))));
    in.optional("nameTranslations")
        .ifPresent(t -> builder.putAllNameTranslations(Decoding.translationMap(t)));
    in.optional("descriptionTranslations")
        .ifPresent(t -> builder.putAllDescriptionTranslations(Decoding.translationMap(t)));
    in.optional("organizerName").ifPresent(n -> builder.organizerName(n.text()));
    in.optional("supportResources")
        .ifPresent(r -> r.elements().forEach(one -> builder.addSupportResource(supportResource(one))));
    in.optional("defaultTimeZone").ifPresent(z -> builder.defaultTimeZone(z.zone()));
    in.optional("uidDomain").ifPresent(d -> builder.uidDomain(d.text()));
    in.optional("series").ifPresent(s -> s.elements().forEach(one -> builder.addSeries(series(one))));
    in.optional("sessions")
        .ifPresent(s -> s.elements().forEach(one -> builder.addSession(session(one))));
    try {
      return builder.build();
    } catch (SessionValidationException e) {
      throw Decoding.remap(e, in.path(), Map.of());
    }
  }

  static ObjectNode registrant(Registrant registrant) {
    ObjectNode out = Json.object();
    out.put("name", registrant.name());
    out.put("email", registrant.email().address());
    out.put("role", Names.of(registrant.role()));
    out.put("province", Names.of(registrant.province()));
    out.put("timeZone", registrant.timeZone().getId());
    out.put("language", Names.of(registrant.language()));
    return out;
  }

  static Registrant registrant(Input in) {
    in.object();
    Registrant.Builder builder =
        Registrant.builder()
            .name(in.required("name").text())
            .email(in.required("email").convert(EmailAddress::of))
            .role(Names.parse(Role.class, in.required("role")))
            .province(Names.parse(Province.class, in.required("province")))
            .language(Names.parse(Language.class, in.required("language")));
    in.optional("timeZone").ifPresent(z -> builder.timeZone(z.zone()));
    try {
      return builder.build();
    } catch (SessionValidationException e) {
      throw Decoding.remap(e, in.path(), Map.of());
    }
  }

  private static ObjectNode weeklySchedule(WeeklySchedule schedule) {
    ObjectNode out = Json.object();
    out.put("dayOfWeek", Names.of(schedule.dayOfWeek()));
    out.put("localTime", schedule.localTime().toString());
    out.put("timeZone", schedule.timeZone().getId());
    out.put("firstDate", schedule.firstDate().toString());
    schedule.count().ifPresent(count -> out.put("count", count));
    schedule.lastDate().ifPresent(last -> out.put("lastDate", last.toString()));
    ArrayNode skipped = out.putArray("skippedDates");
    schedule.skippedDates().stream().sorted().forEach(date -> skipped.add(date.toString()));
    return out;
  }

  private static WeeklySchedule weeklySchedule(Input in) {
    in.object();
    WeeklySchedule.Builder builder =
        WeeklySchedule.builder()
            .dayOfWeek(Names.parse(DayOfWeek.class, in.required("dayOfWeek")))
            .localTime(localTime(in.required("localTime")))
            .timeZone(in.required("timeZone").zone())
            .firstDate(date(in.required("firstDate")));
    in.optional("count").ifPresent(c -> builder.count(c.integer()));
    in.optional("lastDate").ifPresent(d -> builder.lastDate(date(d)));
    in.optional("skippedDates")
        .ifPresent(s -> s.elements().forEach(d -> builder.addSkippedDate(date(d))));
    try {
      return builder.build();
    } catch (SessionValidationException e) {
      throw Decoding.remap(e, in.path(), Map.of());
    }
  }

  private static ObjectNode availability(Availability availability) {
    ObjectNode out = Json.object();
    out.put("state", Names.of(availability.state()));
    availability.spotsLeft().ifPresent(left -> out.put("spotsLeft", left));
    return out;
  }

  private static Availability availability(Input in) {
    in.object();
    Availability.State state = Names.parse(Availability.State.class, in.required("state"));
    Optional<Input> spotsLeft = in.optional("spotsLeft");
    OptionalInt left = spotsLeft.isPresent() ? OptionalInt.of(spotsLeft.get().integer()) : OptionalInt.empty();
    try {
      return Availability.of(state, left);
    } catch (SessionValidationException e) {
      throw Decoding.remap(e, in.path(), Map.of());
    }
  }

  static ObjectNode inviteMessage(InviteMessage message) {
    ObjectNode out = Json.object();
    out.put("method", Names.of(message.method()));
    out.put("sequence", message.sequence());
    out.set("recipient", registrant(message.recipient()));
    out.set("session", session(message.session()));
    out.put("reason", Names.of(message.reason()));
    return out;
  }

  static InviteMessage inviteMessage(Input in) {
    in.object();
    InviteMessage.Builder builder =
        InviteMessage.builder()
            .method(Names.parse(InviteMethod.class, in.required("method")))
            .sequence(in.required("sequence").integer())
            .recipient(registrant(in.required("recipient")))
            .session(session(in.required("session")))
            .reason(Names.parse(InviteReason.class, in.required("reason")));
    try {
      return builder.build();
    } catch (SessionValidationException e) {
      throw Decoding.remap(e, in.path(), Map.of());
    }
  }

  private static LocalTime localTime(Input in) {
    String text = in.text();
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw in.refuse("must be a local time such as 19:00 (was " + Input.quote(text) + ")");
    }
  }

  private static LocalDate date(Input in) {
    String text = in.text();
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw in.refuse("must be a date such as 2023-02-01 (was " + Input.quote(text) + ")");
    }
  }
}
