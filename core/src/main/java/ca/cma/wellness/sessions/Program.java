package ca.cma.wellness.sessions;

import ca.cma.wellness.sessions.internal.Checks;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The whole peer-support program, such as "Wellness Connection": who organizes it, where it lives
 * on the web, and its sessions and series.
 *
 * <p>Immutable and thread-safe. A program is consistent: session and series ids are unique, every
 * series part points at a series of the program with that many parts, no part is claimed twice,
 * and one moderator id means one moderator everywhere.
 *
 * <pre>{@code
 * Program program = Program.builder()
 *     .name("Wellness Connection")
 *     .organizerEmail(EmailAddress.of("wellness@example.ca"))
 *     .homePage(URI.create("https://wellness.example.ca/"))
 *     .supportUrl(URI.create("https://wellness.example.ca/support"))
 *     .addSession(imposterSyndrome)
 *     .build();
 * List<Session> next = program.upcoming(clock.instant(), Duration.ofDays(30));
 * }</pre>
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Program {
  /** The order of every list a program returns: start instant, then id. */
  public static final Comparator<Session> BY_START =
      Comparator.comparing(Session::startInstant).thenComparing(Session::id);

  Program() {}

  /**
   * Returns a builder; {@code name}, {@code organizerEmail}, {@code homePage} and {@code
   * supportUrl} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the program's name.
   *
   * @return such as {@code "Wellness Connection"}
   */
  public abstract String name();

  /**
   * Returns the languages the program promises, its first language first: every text of the
   * program ({@link #name()}, titles, descriptions, bios) is written in the first, and each other
   * promised language must be given as a translation ({@code titleTranslations} and so on), or
   * the program is refused. A language the program does not promise falls back to the text in the
   * first language, and every output says so (see {@code facts.LocalizedText}).
   *
   * @return one or two languages; {@code [ENGLISH]} unless set
   */
  public abstract List<Language> languages();

  /**
   * Returns the program's first language, in which its texts are written.
   *
   * @return the first of {@link #languages()}
   */
  public final Language firstLanguage() {
    return languages().get(0);
  }

  /**
   * Tells whether the program promises its texts in a language.
   *
   * @param language the language
   * @return whether {@link #languages()} holds it
   */
  public final boolean promises(Language language) {
    return languages().contains(Objects.requireNonNull(language, "language"));
  }

  /**
   * Returns the program's name in its other languages, such as {@code "Connexion bien-être"}.
   *
   * @return the translations by language, possibly empty
   */
  public abstract Map<Language, String> nameTranslations();

  /**
   * Returns the program's description in its other languages.
   *
   * @return the translations by language, possibly empty
   */
  public abstract Map<Language, String> descriptionTranslations();

  /**
   * Returns what the program offers, in a sentence or two: the public feed's calendar
   * description.
   *
   * @return the description, possibly empty
   */
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * Returns the name shown for the organizer of invites.
   *
   * @return the {@link #name()} unless set
   */
  @Value.Default
  public String organizerName() {
    return name();
  }

  /**
   * Returns the mailbox that sends invites and receives replies.
   *
   * @return the address
   */
  public abstract EmailAddress organizerEmail();

  /**
   * Returns the program's home page.
   *
   * @return an absolute https URL
   */
  public abstract URI homePage();

  /**
   * Returns the page of crisis lines and physician health programs that every public output
   * points to.
   *
   * @return an absolute https URL
   */
  public abstract URI supportUrl();

  /**
   * Returns the crisis lines and physician health programs that every message to a registrant
   * ends with: the national ones, and one or more per province or territory. The host supplies
   * them; the library knows none.
   *
   * @return the resources, in the order given, which is the order messages list them in; empty
   *     unless set
   */
  public abstract List<SupportResource> supportResources();

  /**
   * Returns the provinces and territories that no resource of their own serves, so that a host
   * sees the gap before a message goes out: a registrant there is given the national resources
   * only.
   *
   * @return the provinces and territories that no non-national resource lists, in {@link
   *     Province} order; all thirteen when the program has no provincial resource
   */
  public final Set<Province> provincesWithoutSupport() {
    EnumSet<Province> without = EnumSet.allOf(Province.class);
    for (SupportResource resource : supportResources()) {
      without.removeAll(resource.provinces());
    }
    return Collections.unmodifiableSet(without);
  }

  /**
   * Returns the zone the program schedules in.
   *
   * @return {@code America/Toronto} unless set
   */
  @Value.Default
  public ZoneId defaultTimeZone() {
    return ZoneId.of("America/Toronto");
  }

  /**
   * Returns the domain of iCalendar UIDs, {@code <session id>@<domain>}.
   *
   * @return the host of the {@link #homePage()} in lower case unless set
   */
  @Value.Default
  public String uidDomain() {
    return Objects.requireNonNull(homePage().getHost(), "homePage host").toLowerCase(Locale.ROOT);
  }

  /**
   * Returns every session, in the order given.
   *
   * @return the sessions
   */
  public abstract List<Session> sessions();

  /**
   * Returns every series, in the order given.
   *
   * @return the series
   */
  public abstract List<Series> series();

  /**
   * Returns a copy with other sessions.
   *
   * @param sessions the new sessions
   * @return the copy
   * @throws SessionValidationException if the program would be inconsistent
   */
  public abstract Program withSessions(Iterable<? extends Session> sessions);

  /**
   * Returns a copy with other series.
   *
   * @param series the new series
   * @return the copy
   * @throws SessionValidationException if the program would be inconsistent
   */
  public abstract Program withSeries(Iterable<? extends Series> series);

  /**
   * Returns a copy with other support resources.
   *
   * @param resources the new resources, in the order messages are to list them
   * @return the copy
   * @throws SessionValidationException with path {@code supportResources[i]} if a resource is
   *     listed twice
   */
  public abstract Program withSupportResources(Iterable<? extends SupportResource> resources);

  /**
   * Returns a copy with another description.
   *
   * @param description the new description
   * @return the copy
   * @throws SessionValidationException with path {@code description} if it has control characters
   *     other than tabs and line breaks
   */
  public abstract Program withDescription(String description);

  /**
   * Returns a copy that promises other languages.
   *
   * @param languages the languages, the first one first
   * @return the copy
   * @throws SessionValidationException if a text lacks a translation into a promised language, with
   *     its path such as {@code sessions[2].titleTranslations.fr}
   */
  public abstract Program withLanguages(Iterable<? extends Language> languages);

  /**
   * Returns a copy with other translations of the name.
   *
   * @param translations the names by language
   * @return the copy
   * @throws SessionValidationException with path {@code nameTranslations.<tag>} if one is blank
   */
  public abstract Program withNameTranslations(Map<Language, ? extends String> translations);

  /**
   * Returns a copy with other translations of the description.
   *
   * @param translations the descriptions by language
   * @return the copy
   * @throws SessionValidationException with path {@code descriptionTranslations.<tag>} if one has
   *     control characters
   */
  public abstract Program withDescriptionTranslations(Map<Language, ? extends String> translations);

  /**
   * Returns a copy that holds a series and its parts: the series replaces the one with the same id
   * or is added, and each part replaces the session with its id or is added at the end, as {@link
   * #withSession(Session)} does.
   *
   * <pre>{@code
   * program = program.withSeries(circle, wednesdays.parts(circle, n -> SessionId.of("circle-" + n),
   *     part -> part.duration(Duration.ofHours(1)).addModerator(isfan)
   *         .registrationUrl(page).joinUrl(meeting)));
   * }</pre>
   *
   * @param series the series
   * @param parts its parts, such as {@link WeeklySchedule#parts}
   * @return the copy
   * @throws SessionValidationException if the program would be inconsistent, such as a part of
   *     another series or beyond the series' part count
   */
  public final Program withSeries(Series series, Iterable<? extends Session> parts) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(parts, "parts");
    List<Series> allSeries = new ArrayList<>(series().size() + 1);
    boolean replaced = false;
    for (Series existing : series()) {
      boolean same = existing.id().equals(series.id());
      allSeries.add(same ? series : existing);
      replaced |= same;
    }
    if (!replaced) {
      allSeries.add(series);
    }
    Map<SessionId, Session> byId = new LinkedHashMap<>();
    for (Session session : sessions()) {
      byId.put(session.id(), session);
    }
    for (Session part : parts) {
      byId.put(Objects.requireNonNull(part, "parts[i]").id(), part);
    }
    // Every attribute of the program: a new attribute must be copied here too.
    return builder()
        .name(name())
        .addAllLanguages(languages())
        .putAllNameTranslations(nameTranslations())
        .description(description())
        .putAllDescriptionTranslations(descriptionTranslations())
        .organizerName(organizerName())
        .organizerEmail(organizerEmail())
        .homePage(homePage())
        .supportUrl(supportUrl())
        .addAllSupportResources(supportResources())
        .defaultTimeZone(defaultTimeZone())
        .uidDomain(uidDomain())
        .addAllSeries(allSeries)
        .addAllSessions(byId.values())
        .build();
  }

  /**
   * Returns a copy in which {@code session} replaces the session with the same id, or is added
   * at the end when there is none.
   *
   * @param session the new or changed session
   * @return the copy
   * @throws SessionValidationException if the program would be inconsistent
   */
  public final Program withSession(Session session) {
    Objects.requireNonNull(session, "session");
    List<Session> next = new ArrayList<>(sessions().size() + 1);
    boolean replaced = false;
    for (Session existing : sessions()) {
      if (existing.id().equals(session.id())) {
        next.add(session);
        replaced = true;
      } else {
        next.add(existing);
      }
    }
    if (!replaced) {
      next.add(session);
    }
    return withSessions(next);
  }

  /**
   * Finds a session by id.
   *
   * @param id the id
   * @return the session, or empty
   */
  public final Optional<Session> sessionById(SessionId id) {
    return Optional.ofNullable(sessionIndex().get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Finds a series by id.
   *
   * @param id the id
   * @return the series, or empty
   */
  public final Optional<Series> seriesById(SeriesId id) {
    Objects.requireNonNull(id, "id");
    return series().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Returns every session ordered by start instant, then id.
   *
   * @return the sessions in order
   */
  public final List<Session> sessionsInOrder() {
    return sorted(s -> true);
  }

  /**
   * Returns the sessions that start within a window, cancelled ones included so that feeds can
   * tell calendars to remove them; ordered by start instant, then id.
   *
   * @param fromInclusive the first instant of the window, usually {@code clock.instant()}
   * @param window how far ahead to look; zero gives nothing
   * @return the sessions whose start is at or after {@code fromInclusive} and before {@code
   *     fromInclusive + window}
   * @throws IllegalArgumentException if {@code window} is negative
   */
  public final List<Session> upcoming(Instant fromInclusive, Duration window) {
    Objects.requireNonNull(fromInclusive, "fromInclusive");
    Objects.requireNonNull(window, "window");
    if (window.isNegative()) {
      throw new IllegalArgumentException("window must not be negative (was " + window + ")");
    }
    Instant endExclusive = fromInclusive.plus(window);
    return sorted(
        s -> !s.startInstant().isBefore(fromInclusive) && s.startInstant().isBefore(endExclusive));
  }

  /**
   * Returns the sessions that start within a window from the clock's current instant.
   *
   * @param clock the source of "now"
   * @param window how far ahead to look
   * @return as {@link #upcoming(Instant, Duration)}
   */
  public final List<Session> upcoming(Clock clock, Duration window) {
    return upcoming(Objects.requireNonNull(clock, "clock").instant(), window);
  }

  /**
   * Returns every session that starts at or after the clock's current instant, cancelled ones
   * included, ordered by start instant, then id.
   *
   * @param clock the source of "now"
   * @return the sessions still to come
   */
  public final List<Session> upcoming(Clock clock) {
    Instant now = Objects.requireNonNull(clock, "clock").instant();
    return sorted(s -> !s.startInstant().isBefore(now));
  }

  /**
   * Returns the sessions about a topic, ordered by start instant, then id.
   *
   * @param topic the topic
   * @return the sessions that list it
   */
  public final List<Session> byTopic(Topic topic) {
    Objects.requireNonNull(topic, "topic");
    return sorted(s -> s.topics().contains(topic));
  }

  /**
   * Returns the sessions a moderator leads, ordered by start instant, then id.
   *
   * @param moderator the moderator's id
   * @return the sessions that credit them
   */
  public final List<Session> byModerator(ModeratorId moderator) {
    Objects.requireNonNull(moderator, "moderator");
    return sorted(s -> s.moderators().stream().anyMatch(m -> m.id().equals(moderator)));
  }

  /**
   * Returns the scheduled parts of a series, ordered by part number.
   *
   * @param series the series' id
   * @return the parts; empty when the program has no such series or no part is scheduled
   */
  public final List<Session> partsOf(SeriesId series) {
    Objects.requireNonNull(series, "series");
    return sessions().stream()
        .filter(s -> s.seriesPart().map(p -> p.seriesId().equals(series)).orElse(false))
        .sorted(Comparator.comparingInt(s -> s.seriesPart().orElseThrow().part()))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns a session's title as the program lists it: its own title for a stand-alone session,
   * and {@link Series#displayTitle(Session)} for a series part.
   *
   * @param session a session of this program
   * @return such as {@code "Compassion Rounds: The art and science of happiness (part I)"}
   * @throws IllegalArgumentException if the session's series is not in this program
   */
  public final String displayTitle(Session session) {
    Objects.requireNonNull(session, "session");
    return session
        .seriesPart()
        .map(
            part ->
                seriesById(part.seriesId())
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                "series \"" + part.seriesId() + "\" is not in this program"))
                    .displayTitle(session))
        .orElse(session.title());
  }

  /**
   * Returns the iCalendar UID of a session, which every output format uses as its identity.
   *
   * @param session the session
   * @return {@code <session id>@<uid domain>}, such as {@code
   *     imposter-syndrome-2023-02-01@wellness.example.ca}
   */
  public final SessionUid uidOf(Session session) {
    return SessionUid.of(Objects.requireNonNull(session, "session").id(), uidDomain());
  }

  private List<Session> sorted(Predicate<Session> filter) {
    return sessions().stream().filter(filter).sorted(BY_START).collect(Collectors.toUnmodifiableList());
  }

  @Value.Lazy
  Map<SessionId, Session> sessionIndex() {
    Map<SessionId, Session> index = new HashMap<>();
    for (Session session : sessions()) {
      index.put(session.id(), session);
    }
    return index;
  }

  @Value.Check
  Program check() {
    if (languages().isEmpty()) {
      return ImmutableProgram.copyOf(this).withLanguages(List.of(Language.ENGLISH));
    }
    checkLanguages();
    Checks.maxLength("name", Checks.nonBlankText("name", name()), Checks.MAX_TITLE_LENGTH);
    Checks.maxLength("description", Checks.text("description", description()), Checks.MAX_DESCRIPTION_LENGTH);
    Checks.maxLength("organizerName", Checks.nonBlankText("organizerName", organizerName()), Checks.MAX_TITLE_LENGTH);
    Checks.httpsUrl("homePage", homePage());
    Checks.httpsUrl("supportUrl", supportUrl());
    Checks.regionZone("defaultTimeZone", defaultTimeZone());
    Checks.uidDomain("uidDomain", uidDomain());
    for (int i = 0; i < supportResources().size(); i++) {
      int earlier = supportResources().indexOf(supportResources().get(i));
      if (earlier != i) {
        throw new SessionValidationException(
            "supportResources[" + i + "]",
            "the resource " + Checks.quote(supportResources().get(i).englishName())
                + " is listed twice (also supportResources[" + earlier + "])");
      }
    }

    Map<SeriesId, Integer> seriesAt = new HashMap<>();
    for (int i = 0; i < series().size(); i++) {
      Integer earlier = seriesAt.putIfAbsent(series().get(i).id(), i);
      if (earlier != null) {
        throw new SessionValidationException(
            "series[" + i + "].id",
            "duplicate series id \"" + series().get(i).id() + "\" (also series[" + earlier + "])");
      }
    }
    Map<SessionId, Integer> sessionAt = new HashMap<>();
    Map<SeriesPart, Integer> partAt = new HashMap<>();
    Map<ModeratorId, Integer> moderatorAt = new LinkedHashMap<>();
    Map<ModeratorId, Moderator> moderators = new HashMap<>();
    for (int i = 0; i < sessions().size(); i++) {
      Session session = sessions().get(i);
      String path = "sessions[" + i + "]";
      Integer earlier = sessionAt.putIfAbsent(session.id(), i);
      if (earlier != null) {
        throw new SessionValidationException(
            path + ".id",
            "duplicate session id \"" + session.id() + "\" (also sessions[" + earlier + "])");
      }
      if (session.seriesPart().isPresent()) {
        checkPart(path, i, session.seriesPart().get(), seriesAt, partAt);
      }
      for (int m = 0; m < session.moderators().size(); m++) {
        Moderator moderator = session.moderators().get(m);
        Moderator known = moderators.putIfAbsent(moderator.id(), moderator);
        moderatorAt.putIfAbsent(moderator.id(), i);
        if (known != null && !known.equals(moderator)) {
          throw new SessionValidationException(
              path + ".moderators[" + m + "]",
              "moderator \""
                  + moderator.id()
                  + "\" differs from the one in sessions["
                  + moderatorAt.get(moderator.id())
                  + "]; one id must mean one moderator");
        }
      }
    }
    return this;
  }

  /**
   * Refuses a promised language without its translation, and a translation into the first
   * language (the text itself is in it), each with the path of the missing or extra text.
   */
  private void checkLanguages() {
    for (int i = 0; i < languages().size(); i++) {
      if (languages().indexOf(languages().get(i)) != i) {
        throw new SessionValidationException(
            "languages[" + i + "]", "language " + languages().get(i).tag() + " is listed twice");
      }
    }
    Checks.translations("nameTranslations", nameTranslations(), true, Checks.MAX_TITLE_LENGTH);
    Checks.translations("descriptionTranslations", descriptionTranslations(), false, Checks.MAX_DESCRIPTION_LENGTH);
    translated("", "name", nameTranslations(), true);
    translated("", "description", descriptionTranslations(), !description().isEmpty());
    for (int i = 0; i < series().size(); i++) {
      Series one = series().get(i);
      translated("series[" + i + "].", "title", one.titleTranslations(), true);
      translated(
          "series[" + i + "].", "description", one.descriptionTranslations(), !one.description().isEmpty());
    }
    for (int i = 0; i < sessions().size(); i++) {
      Session session = sessions().get(i);
      String path = "sessions[" + i + "].";
      translated(path, "title", session.titleTranslations(), true);
      translated(path, "description", session.descriptionTranslations(), !session.description().isEmpty());
      for (int m = 0; m < session.moderators().size(); m++) {
        Moderator moderator = session.moderators().get(m);
        translated(
            path + "moderators[" + m + "].", "bio", moderator.bioTranslations(), moderator.bio().isPresent());
      }
    }
  }

  private void translated(String path, String field, Map<Language, String> translations, boolean required) {
    Language first = firstLanguage();
    if (translations.containsKey(first)) {
      throw new SessionValidationException(
          path + field + "Translations." + first.tag(),
          "the " + field + " itself is in " + first.tag() + ", the program's first language;"
              + " a translation must be into another language");
    }
    if (!required) {
      return;
    }
    for (Language promised : languages()) {
      if (promised != first && !translations.containsKey(promised)) {
        throw new SessionValidationException(
            path + field + "Translations." + promised.tag(),
            "the program promises " + promised.tag() + " (languages " + tags() + ") but the "
                + field + " has no " + promised.tag() + " translation");
      }
    }
  }

  private String tags() {
    return languages().stream().map(Language::tag).collect(Collectors.joining(", ", "[", "]"));
  }

  private void checkPart(
      String path,
      int index,
      SeriesPart part,
      Map<SeriesId, Integer> seriesAt,
      Map<SeriesPart, Integer> partAt) {
    Integer seriesIndex = seriesAt.get(part.seriesId());
    if (seriesIndex == null) {
      throw new SessionValidationException(
          path + ".seriesPart.seriesId", "no series \"" + part.seriesId() + "\" in this program");
    }
    int partCount = series().get(seriesIndex).partCount();
    if (part.part() > partCount) {
      throw new SessionValidationException(
          path + ".seriesPart.part",
          "series \"" + part.seriesId() + "\" has " + partCount + " parts (was " + part.part() + ")");
    }
    Integer claimed = partAt.putIfAbsent(part, index);
    if (claimed != null) {
      throw new SessionValidationException(
          path + ".seriesPart",
          "part "
              + part.part()
              + " of series \""
              + part.seriesId()
              + "\" is already sessions["
              + claimed
              + "]");
    }
  }

  /** Builds a {@link Program}; each attribute may be set once. */
  public static final class Builder extends ImmutableProgram.Builder {
    Builder() {}
  }
}
