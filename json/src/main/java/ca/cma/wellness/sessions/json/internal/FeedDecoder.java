package ca.cma.wellness.sessions.json.internal;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Series;
import ca.cma.wellness.sessions.SeriesId;
import ca.cma.wellness.sessions.SeriesPart;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionUid;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.SupportResource;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads feed v1 into a {@link Program}. Derived properties ({@code generated}, {@code
 * displayTitle}, {@code displayTime}, {@code registration.state}, {@code registration.spotsLeft})
 * are not read; {@code end}, when present, must agree with {@code start} and {@code duration}.
 * Unknown properties are ignored.
 */
public final class FeedDecoder {
  private static final Pattern VERSION_1 = Pattern.compile("1\\.(0|[1-9][0-9]{0,8})");

  private static final Map<String, String> SESSION_NAMES =
      Map.of(
          "registrationUrl", "registration.url",
          "capacity", "registration.capacity",
          "waitlistLimit", "registration.waitlistLimit",
          "registrationOpens", "registration.opens",
          "registrationCloses", "registration.closes",
          "seriesPart", "series");

  private static final Map<String, String> PROGRAM_NAMES =
      Map.of(
          "name", "program.name",
          "description", "program.description",
          "organizerName", "program.organizer.name",
          "organizerEmail", "program.organizer.email",
          "homePage", "program.url",
          "supportUrl", "program.supportUrl",
          "supportResources", "program.support");

  private static final Map<String, String> SUPPORT_NAMES =
      Map.of(
          "englishName", "localized.en.name",
          "frenchName", "localized.fr.name",
          "englishHours", "localized.en.hours",
          "frenchHours", "localized.fr.hours",
          "page", "url");

  private FeedDecoder() {}

  /** Reads a feed whose root is {@code root}; the join link of each session comes from the host. */
  public static Program read(Input root, Function<SessionId, Optional<URI>> joinUrls) {
    root.object();
    Input version = root.required("version");
    String versionText = version.text();
    if (!VERSION_1.matcher(versionText).matches()) {
      throw version.refuse(
          "this reader reads feed version 1.x (was " + Input.quote(versionText) + ")");
    }
    Input program = root.required("program").object();
    Input organizer = program.required("organizer").object();
    List<Language> languages = new ArrayList<>();
    Optional<Input> promised = program.optional("languages");
    if (promised.isPresent()) {
      for (Input language : promised.get().elements()) {
        languages.add(Names.parse(Language.class, language));
      }
    }
    Language first = languages.isEmpty() ? Language.ENGLISH : languages.get(0);
    Program.Builder builder =
        Program.builder()
            .name(program.required("name").text())
            .description(program.optional("description").map(Input::text).orElse(""))
            .homePage(program.required("url").url())
            .supportUrl(program.required("supportUrl").url())
            .organizerName(organizer.required("name").text())
            .organizerEmail(organizer.required("email").convert(EmailAddress::of))
            .addAllLanguages(languages)
            .putAllNameTranslations(Decoding.translations(program, "name", first))
            .putAllDescriptionTranslations(Decoding.translations(program, "description", first));
    Optional<Input> support = program.optional("support");
    if (support.isPresent()) {
      for (Input resource : support.get().elements()) {
        builder.addSupportResource(supportResource(resource));
      }
    }

    List<Input> sessions = root.required("sessions").elements();
    Map<SeriesId, Series> series = new LinkedHashMap<>();
    Map<SeriesId, Integer> seriesFirstSeen = new HashMap<>();
    Map<SeriesPart, Integer> partsSeen = new HashMap<>();
    String uidDomain = null;
    int uidDomainFrom = -1;
    List<Session> read = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      Input in = sessions.get(i).object();
      Session session = session(in, joinUrls, first);
      Input uid = in.required("uid");
      String domain = uidDomain(uid, session.id());
      if (uidDomain == null) {
        uidDomain = domain;
        uidDomainFrom = i;
      } else if (!uidDomain.equals(domain)) {
        throw uid.refuse(
            "domain "
                + Input.quote(domain)
                + " differs from "
                + Input.quote(uidDomain)
                + " of sessions["
                + uidDomainFrom
                + "]; one feed has one UID domain");
      }
      Optional<Input> about = in.optional("series");
      if (about.isPresent()) {
        seriesPart(
            about.get(),
            Decoding.translations(in, "seriesTitle", first),
            i,
            session,
            series,
            seriesFirstSeen,
            partsSeen);
      }
      read.add(session);
    }
    if (uidDomain != null) {
      builder.uidDomain(uidDomain);
    }
    builder.addAllSeries(series.values()).addAllSessions(read);
    try {
      return builder.build();
    } catch (SessionValidationException e) {
      if (e.path().equals("uidDomain")) {
        throw new SessionValidationException(
            "sessions[" + uidDomainFrom + "].uid", "has an invalid domain: " + e.problem());
      }
      throw Decoding.remap(e, "", PROGRAM_NAMES);
    }
  }

  /**
   * Reads a national support resource (since 1.3): its names and hours from {@code localized}, its
   * phone from {@code phone}, its page from {@code url}. {@code hours} is not read; nor are the
   * hours of a resource that is always open, which are the library's words for it.
   */
  private static SupportResource supportResource(Input in) {
    in.object();
    Input localized = in.required("localized").object();
    Input english = localized.required(Language.ENGLISH.tag()).object();
    Input french = localized.required(Language.FRENCH.tag()).object();
    boolean alwaysOpen = in.optional("alwaysOpen").map(Input::bool).orElse(false);
    SupportResource.Builder builder =
        SupportResource.builder()
            .englishName(english.required("name").text())
            .frenchName(french.required("name").text())
            .phone(in.required("phone").url())
            .page(in.required("url").url())
            .alwaysOpen(alwaysOpen);
    if (!alwaysOpen) {
      english.optional("hours").ifPresent(hours -> builder.englishHours(hours.text()));
      french.optional("hours").ifPresent(hours -> builder.frenchHours(hours.text()));
    }
    try {
      return builder.build();
    } catch (SessionValidationException e) {
      throw Decoding.remap(e, in.path(), SUPPORT_NAMES);
    }
  }

  private static String uidDomain(Input uid, SessionId id) {
    SessionUid read = uid.convert(SessionUid::parse);
    if (!read.sessionId().equals(id)) {
      throw uid.refuse(
          "must be the session id, \"@\" and a domain, \"" + id + "@…\" (was " + Input.quote(uid.text()) + ")");
    }
    return read.domain();
  }

  private static void seriesPart(
      Input about,
      Map<Language, String> titleTranslations,
      int index,
      Session session,
      Map<SeriesId, Series> series,
      Map<SeriesId, Integer> firstSeen,
      Map<SeriesPart, Integer> partsSeen) {
    about.object();
    SeriesId id = about.required("id").convert(SeriesId::of);
    String title = about.required("title").text();
    Input partCountInput = about.required("partCount");
    int partCount = partCountInput.integer();
    Series one;
    try {
      one =
          Series.builder()
              .id(id)
              .title(title)
              .putAllTitleTranslations(titleTranslations)
              .partCount(partCount)
              .build();
    } catch (SessionValidationException e) {
      throw Decoding.remap(e, about.path(), Map.of());
    }
    Series earlier = series.putIfAbsent(id, one);
    if (earlier != null && !earlier.equals(one)) {
      String differs = earlier.title().equals(title) ? "partCount" : "title";
      throw new SessionValidationException(
          about.pathOf(differs),
          "series \"" + id + "\" is described differently in sessions[" + firstSeen.get(id) + "].series");
    }
    firstSeen.putIfAbsent(id, index);
    SeriesPart part = session.seriesPart().orElseThrow();
    if (part.part() > partCount) {
      throw new SessionValidationException(
          about.pathOf("part"), "series \"" + id + "\" has " + partCount + " parts (was " + part.part() + ")");
    }
    Integer claimed = partsSeen.putIfAbsent(part, index);
    if (claimed != null) {
      throw new SessionValidationException(
          about.pathOf("part"),
          "part " + part.part() + " of series \"" + id + "\" is already sessions[" + claimed + "]");
    }
  }

  private static Session session(
      Input in, Function<SessionId, Optional<URI>> joinUrls, Language first) {
    SessionId id = in.required("id").convert(SessionId::of);
    Input registration = in.required("registration").object();
    URI registrationUrl = registration.required("url").url();
    URI joinUrl =
        Objects.requireNonNull(joinUrls.apply(id), "join link function returned null")
            .orElse(registrationUrl);
    Input start = in.required("start");
    Input duration = in.required("duration");
    ZonedDateTime startsAt = Decoding.start(start, in.required("timeZone"));
    Duration lasts = duration.duration();
    Optional<Input> end = in.optional("end");
    if (end.isPresent()) {
      Instant endsAt = end.get().instant();
      Instant expected = startsAt.toInstant().plus(lasts);
      if (!endsAt.equals(expected)) {
        throw end.get().refuse("must be start + duration, " + expected + " (was " + end.get().text() + ")");
      }
    }
    Session.Builder builder =
        Session.builder()
            .id(id)
            .title(in.required("title").text())
            .description(in.required("description").text())
            .putAllTitleTranslations(Decoding.translations(in, "title", first))
            .putAllDescriptionTranslations(Decoding.translations(in, "description", first))
            .start(startsAt)
            .duration(lasts)
            .addAllTopics(Decoding.topics(in.required("topics")))
            .addAllAudience(Decoding.audience(in.required("audience")))
            .language(Names.parse(Language.class, in.required("language")))
            .status(Names.parse(SessionStatus.class, in.required("status")))
            .revision(in.required("revision").integer())
            .registrationUrl(registrationUrl)
            .joinUrl(joinUrl);
    List<Input> moderators = in.required("moderators").elements();
    for (Input moderator : moderators) {
      builder.addModerator(Decoding.moderator(moderator, "name", false, Optional.of(first)));
    }
    registration.optional("opens").ifPresent(opens -> builder.registrationOpens(opens.instant()));
    registration.optional("closes").ifPresent(closes -> builder.registrationCloses(closes.instant()));
    registration.optional("capacity").ifPresent(capacity -> builder.capacity(capacity.integer()));
    registration.optional("waitlistLimit").ifPresent(limit -> builder.waitlistLimit(limit.integer()));
    in.optional("lastModified").ifPresent(modified -> builder.lastModified(modified.instant()));
    Optional<Input> series = in.optional("series");
    if (series.isPresent()) {
      SeriesId seriesId = series.get().object().required("id").convert(SeriesId::of);
      Input part = series.get().required("part");
      int number = part.integer();
      try {
        builder.seriesPart(SeriesPart.of(seriesId, number));
      } catch (SessionValidationException e) {
        throw part.refuse(e.problem());
      }
    }
    in.optional("buildsOnEarlierSessions").ifPresent(flag -> builder.buildsOnEarlierSessions(flag.bool()));
    try {
      return builder.build();
    } catch (SessionValidationException e) {
      throw Decoding.remap(e, in.path(), SESSION_NAMES);
    }
  }
}
