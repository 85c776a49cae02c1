package ca.cma.wellness.sessions;

import ca.cma.wellness.sessions.internal.Checks;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One virtual peer-support gathering, such as "Imposter syndrome, Feb. 1, 2023, 7 pm ET, moderated
 * by Dr. Daniela Isfan".
 *
 * <p>Immutable and thread-safe. A session exists only in a valid state: {@link #builder()} and
 * every {@code withX} copy refuse bad values with a {@link SessionValidationException} that names
 * the field.
 *
 * <pre>{@code
 * Session session = Session.builder()
 *     .id(SessionId.of("imposter-syndrome-2023-02-01"))
 *     .title("Imposter syndrome")
 *     .start(LocalDateTime.of(2023, 2, 1, 19, 0), ZoneId.of("America/Toronto"))
 *     .duration(Duration.ofMinutes(90))
 *     .addModerator(isfan)
 *     .addTopic(Topic.IMPOSTER_SYNDROME)
 *     .registrationUrl(URI.create("https://example.org/register/imposter-syndrome"))
 *     .joinUrl(URI.create("https://meet.example.org/j/123456"))
 *     .build();
 * }</pre>
 *
 * <h2>Start time</h2>
 *
 * The start is a wall-clock time in an IANA region zone ({@code America/Toronto}), never a bare
 * offset or an abbreviation, because calendars need the zone's daylight-saving rules to show a
 * weekly session at the same local time all year. A local time that does not exist in the zone (a
 * daylight-saving gap, such as 2023-03-12 02:30 in Toronto) is refused. A local time that exists
 * twice (an overlap, such as 2023-11-05 01:30 in Toronto) means the <em>first</em> of the two, at
 * the daylight-saving offset: that is how RFC 5545 §3.3.5 tells every calendar client to read such
 * a time, so the session and its invites agree. Starts and durations are whole minutes.
 *
 * <h2>Privacy</h2>
 *
 * The {@link #joinUrl() join link} is private to registrants: {@link #toString()} does not show it,
 * and public outputs never carry it.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Session {
  /** The longest duration of a session. */
  public static final Duration MAX_DURATION = Duration.ofHours(24);

  Session() {}

  /**
   * Returns a builder. Required: {@code id}, {@code title}, the start (by {@link
   * Builder#start(LocalDateTime, ZoneId)} or {@link Builder#start(LocalDateTime, String)}), {@code
   * duration}, at least one moderator, {@code registrationUrl} and {@code joinUrl}. A build with
   * some of them missing names them all, in this order.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the stable id, which becomes the iCalendar UID {@code <id>@<program domain>}.
   *
   * @return the id
   */
  public abstract SessionId id();

  /**
   * Returns the title as the program lists it, without any series part.
   *
   * @return such as {@code "Imposter syndrome"}
   * @see Program#displayTitle(Session)
   */
  public abstract String title();

  /**
   * Returns the title in other languages than the program's first one, in which {@link #title()}
   * is written. A program that promises a language ({@link Program#languages()}) requires it here.
   *
   * @return the translations by language, possibly empty
   */
  public abstract Map<Language, String> titleTranslations();

  /**
   * Returns the description in other languages than the program's first one, in which {@link
   * #description()} is written. A program that promises a language requires it here whenever the
   * description is not empty.
   *
   * @return the translations by language, possibly empty
   */
  public abstract Map<Language, String> descriptionTranslations();

  /**
   * Returns the description; it may span several lines.
   *
   * @return the description, possibly empty
   */
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * Returns the start in its zone. In a daylight-saving overlap this is the first of the two
   * instants with that wall-clock time.
   *
   * @return the start, on a whole minute, in an IANA region zone
   */
  public abstract ZonedDateTime start();

  /**
   * Returns how long the session lasts.
   *
   * @return more than zero and at most 24 hours, in whole minutes
   */
  public abstract Duration duration();

  /**
   * Returns who leads the session, in the order they are credited.
   *
   * @return at least one moderator, no two with the same id
   */
  public abstract List<Moderator> moderators();

  /**
   * Returns what the session is about.
   *
   * @return the topics, without duplicates; possibly empty
   */
  public abstract List<Topic> topics();

  /**
   * Returns who may attend. A session built without an audience is open to both.
   *
   * @return physicians, medical learners, or both; never empty
   */
  public abstract Set<Audience> audience();

  /**
   * Returns the language the session is held in. It says nothing about the language of the
   * session's texts: {@link #title()} is in the program's first language and {@link
   * #titleTranslations()} gives the others.
   *
   * @return English unless set
   */
  @Value.Default
  public Language language() {
    return Language.ENGLISH;
  }

  /**
   * Returns the public page where people register.
   *
   * @return an absolute https URL
   */
  public abstract URI registrationUrl();

  /**
   * Returns the private link to the video meeting, for registrants' invites only.
   *
   * @return an absolute https URL
   */
  @Value.Redacted
  public abstract URI joinUrl();

  /**
   * Returns the most people who may be confirmed, if limited.
   *
   * @return zero or more, or empty for no limit
   */
  public abstract OptionalInt capacity();

  /**
   * Returns how many people the waitlist may hold once every place is taken.
   *
   * @return zero for no waitlist, more for a bounded one, or empty for no limit (the default)
   */
  public abstract OptionalInt waitlistLimit();

  /**
   * Returns when registration opens, if not as soon as the session is published.
   *
   * @return the instant, or empty
   */
  public abstract Optional<Instant> registrationOpens();

  /**
   * Returns when registration closes, if not at the start.
   *
   * @return the instant, no later than the end; or empty
   */
  public abstract Optional<Instant> registrationCloses();

  /**
   * Returns whether the session will take place.
   *
   * @return {@link SessionStatus#SCHEDULED} unless set
   */
  @Value.Default
  public SessionStatus status() {
    return SessionStatus.SCHEDULED;
  }

  /**
   * Returns the revision, which grows with every change registrants must see and becomes the
   * iCalendar SEQUENCE.
   *
   * @return zero or more; zero unless set
   */
  @Value.Default
  public int revision() {
    return 0;
  }

  /**
   * Returns when the session last changed in a way its readers see, as the host records it:
   * calendars compare it (LAST-MODIFIED) to tell a real change from a new copy of the same
   * session. Set it with {@link #withLastModified(Instant)} whenever a change is saved.
   *
   * @return the instant, or empty when unknown
   */
  public abstract Optional<Instant> lastModified();

  /**
   * Returns the session's place in a series, if it is a part of one.
   *
   * @return the series and part, or empty for a stand-alone session
   */
  public abstract Optional<SeriesPart> seriesPart();

  /**
   * Tells whether the session builds on earlier ones, while welcoming newcomers.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean buildsOnEarlierSessions() {
    return false;
  }

  /**
   * Returns the wall-clock start.
   *
   * @return the start's local date and time in {@link #timeZone()}
   */
  public final LocalDateTime localStart() {
    return start().toLocalDateTime();
  }

  /**
   * Returns the zone whose wall clock the session starts on.
   *
   * @return an IANA region id, such as {@code America/Toronto}
   */
  public final ZoneId timeZone() {
    return start().getZone();
  }

  /**
   * Returns the end in the session's zone: {@link #duration()} after the start instant.
   *
   * @return the end
   */
  public final ZonedDateTime end() {
    return start().plus(duration());
  }

  /**
   * Returns the start instant.
   *
   * @return the start on the time line
   */
  public final Instant startInstant() {
    return start().toInstant();
  }

  /**
   * Tells whether the session was called off.
   *
   * @return whether the status is {@link SessionStatus#CANCELLED}
   */
  public final boolean isCancelled() {
    return status() == SessionStatus.CANCELLED;
  }

  /**
   * Tells whether someone in this role may attend.
   *
   * @param role the person's role
   * @return whether one of the session's audiences admits the role
   */
  public final boolean admits(Role role) {
    Objects.requireNonNull(role, "role");
    return audience().contains(role.audience());
  }

  /**
   * Returns a copy with another id.
   *
   * @param id the new id
   * @return the copy
   */
  public abstract Session withId(SessionId id);

  /**
   * Returns a copy with another title.
   *
   * @param title the new title
   * @return the copy
   * @throws SessionValidationException with path {@code title} if it is blank or has control
   *     characters
   */
  public abstract Session withTitle(String title);

  /**
   * Returns a copy with another description.
   *
   * @param description the new description
   * @return the copy
   * @throws SessionValidationException with path {@code description} if it has control characters
   */
  public abstract Session withDescription(String description);

  /**
   * Returns a copy with other title translations.
   *
   * @param translations the titles by language
   * @return the copy
   * @throws SessionValidationException with path {@code titleTranslations.<tag>} if one is blank
   *     or has control characters
   */
  public abstract Session withTitleTranslations(Map<Language, ? extends String> translations);

  /**
   * Returns a copy with other description translations.
   *
   * @param translations the descriptions by language
   * @return the copy
   * @throws SessionValidationException with path {@code descriptionTranslations.<tag>} if one has
   *     control characters
   */
  public abstract Session withDescriptionTranslations(Map<Language, ? extends String> translations);

  /**
   * Returns a copy with another start.
   *
   * @param start the new start
   * @return the copy
   * @throws SessionValidationException as {@link Builder#start(ZonedDateTime)} does
   */
  public abstract Session withStart(ZonedDateTime start);

  /**
   * Returns a copy that starts at another wall-clock time and zone.
   *
   * @param localStart the new local start
   * @param timeZone the new zone
   * @return the copy
   * @throws SessionValidationException as {@link Builder#start(LocalDateTime, ZoneId)} does
   */
  public final Session withStart(LocalDateTime localStart, ZoneId timeZone) {
    return withStart(resolveStart(localStart, timeZone));
  }

  /**
   * Returns a copy that starts at another wall-clock time, in a zone typed as text.
   *
   * @param localStart the new local start
   * @param timeZone an IANA region id such as {@code America/Toronto}
   * @return the copy
   * @throws SessionValidationException as {@link Builder#start(LocalDateTime, String)} does
   */
  public final Session withStart(LocalDateTime localStart, String timeZone) {
    return withStart(resolveStart(localStart, timeZone));
  }

  /**
   * Returns a copy with another duration.
   *
   * @param duration the new duration
   * @return the copy
   * @throws SessionValidationException with path {@code duration} if it is not more than zero and
   *     at most 24 hours in whole minutes
   */
  public abstract Session withDuration(Duration duration);

  /**
   * Returns a copy with other moderators.
   *
   * @param moderators the new moderators, at least one
   * @return the copy
   * @throws SessionValidationException with path {@code moderators} if there are none or two
   *     share an id
   */
  public abstract Session withModerators(Iterable<? extends Moderator> moderators);

  /**
   * Returns a copy with other topics.
   *
   * @param topics the new topics
   * @return the copy
   * @throws SessionValidationException with path {@code topics[i]} if a topic repeats
   */
  public abstract Session withTopics(Iterable<? extends Topic> topics);

  /**
   * Returns a copy with another audience; none means both.
   *
   * @param audience the new audience
   * @return the copy
   */
  public abstract Session withAudience(Iterable<Audience> audience);

  /**
   * Returns a copy held in another language.
   *
   * @param language the new language
   * @return the copy
   */
  public abstract Session withLanguage(Language language);

  /**
   * Returns a copy with another registration page.
   *
   * @param registrationUrl the new page
   * @return the copy
   * @throws SessionValidationException with path {@code registrationUrl} if it is not an absolute
   *     https URL
   */
  public abstract Session withRegistrationUrl(URI registrationUrl);

  /**
   * Returns a copy with another join link.
   *
   * @param joinUrl the new link
   * @return the copy
   * @throws SessionValidationException with path {@code joinUrl} if it is not an absolute https
   *     URL
   */
  public abstract Session withJoinUrl(URI joinUrl);

  /**
   * Returns a copy with another capacity.
   *
   * @param capacity the new capacity
   * @return the copy
   * @throws SessionValidationException with path {@code capacity} if it is negative
   */
  public abstract Session withCapacity(int capacity);

  /**
   * Returns a copy with another capacity, or none.
   *
   * @param capacity the new capacity, or empty for no limit
   * @return the copy
   * @throws SessionValidationException with path {@code capacity} if it is negative
   */
  public abstract Session withCapacity(OptionalInt capacity);

  /**
   * Returns a copy whose waitlist may hold at most {@code limit} people. Lowering it drops nobody
   * already waiting; newcomers are refused until the waitlist is shorter.
   *
   * @param limit zero for no waitlist, or more
   * @return the copy
   * @throws SessionValidationException with path {@code waitlistLimit} if it is negative
   */
  public abstract Session withWaitlistLimit(int limit);

  /**
   * Returns a copy with another waitlist limit, or none.
   *
   * @param limit zero or more, or empty for no limit
   * @return the copy
   * @throws SessionValidationException with path {@code waitlistLimit} if it is negative
   */
  public abstract Session withWaitlistLimit(OptionalInt limit);

  /**
   * Returns a copy whose registration opens at another instant.
   *
   * @param opens the new opening instant, or empty for "when published"
   * @return the copy
   * @throws SessionValidationException with path {@code registrationOpens} if it is not before
   *     the closing instant
   */
  public abstract Session withRegistrationOpens(Optional<? extends Instant> opens);

  /**
   * Returns a copy whose registration closes at another instant.
   *
   * @param closes the new closing instant, or empty for "at the start"
   * @return the copy
   * @throws SessionValidationException with path {@code registrationCloses} if it is after the
   *     end
   */
  public abstract Session withRegistrationCloses(Optional<? extends Instant> closes);

  /**
   * Returns a copy with another status.
   *
   * @param status the new status
   * @return the copy
   */
  public abstract Session withStatus(SessionStatus status);

  /**
   * Returns a copy with another revision.
   *
   * @param revision the new revision
   * @return the copy
   * @throws SessionValidationException with path {@code revision} if it is negative
   */
  public abstract Session withRevision(int revision);

  /**
   * Returns a copy that records when the session last changed.
   *
   * @param lastModified the instant of the change, usually {@code clock.instant()}
   * @return the copy
   */
  public abstract Session withLastModified(Instant lastModified);

  /**
   * Returns a copy whose last change is known, or not.
   *
   * @param lastModified the instant of the last change, or empty when unknown
   * @return the copy
   */
  public abstract Session withLastModified(Optional<? extends Instant> lastModified);

  /**
   * Returns a copy that is part of a series, or stands alone.
   *
   * @param seriesPart the series and part, or empty
   * @return the copy
   */
  public abstract Session withSeriesPart(Optional<? extends SeriesPart> seriesPart);

  /**
   * Returns a copy that does or does not build on earlier sessions.
   *
   * @param buildsOnEarlierSessions the new flag
   * @return the copy
   */
  public abstract Session withBuildsOnEarlierSessions(boolean buildsOnEarlierSessions);

  @Value.Check
  Session check() {
    Checks.maxLength("title", Checks.nonBlankText("title", title()), Checks.MAX_TITLE_LENGTH);
    Checks.maxLength("description", Checks.text("description", description()), Checks.MAX_DESCRIPTION_LENGTH);
    Checks.translations("titleTranslations", titleTranslations(), true, Checks.MAX_TITLE_LENGTH);
    Checks.translations("descriptionTranslations", descriptionTranslations(), false, Checks.MAX_DESCRIPTION_LENGTH);
    checkStart(start());
    checkDuration(duration());
    Checks.year("start", start(), "starts");
    Checks.year("duration", start().plus(duration()), "ends");
    registrationOpens().ifPresent(opens -> Checks.year("registrationOpens", opens));
    registrationCloses().ifPresent(closes -> Checks.year("registrationCloses", closes));
    lastModified().ifPresent(modified -> Checks.year("lastModified", modified));
    if (moderators().isEmpty()) {
      throw new SessionValidationException("moderators", "must name at least one moderator");
    }
    Set<ModeratorId> moderatorIds = new HashSet<>();
    for (int i = 0; i < moderators().size(); i++) {
      ModeratorId id = moderators().get(i).id();
      if (!moderatorIds.add(id)) {
        throw new SessionValidationException(
            "moderators[" + i + "].id", "moderator \"" + id + "\" is listed twice");
      }
    }
    Set<Topic> topics = new HashSet<>();
    for (int i = 0; i < topics().size(); i++) {
      if (!topics.add(topics().get(i))) {
        throw new SessionValidationException(
            "topics[" + i + "]", "topic " + Checks.quote(topics().get(i).label()) + " is listed twice");
      }
    }
    Checks.httpsUrl("registrationUrl", registrationUrl());
    Checks.httpsUrl("joinUrl", joinUrl());
    if (capacity().isPresent()) {
      Checks.atLeast("capacity", capacity().getAsInt(), 0);
    }
    if (waitlistLimit().isPresent()) {
      Checks.atLeast("waitlistLimit", waitlistLimit().getAsInt(), 0);
    }
    Checks.atLeast("revision", revision(), 0);
    Instant end = startInstant().plus(duration());
    if (registrationCloses().isPresent() && registrationCloses().get().isAfter(end)) {
      throw new SessionValidationException(
          "registrationCloses",
          "must not be after the session ends at " + end + " (was " + registrationCloses().get() + ")");
    }
    if (registrationOpens().isPresent()) {
      Instant closes = registrationCloses().orElse(startInstant());
      if (!registrationOpens().get().isBefore(closes)) {
        throw new SessionValidationException(
            "registrationOpens",
            "must be before registration closes at " + closes + " (was " + registrationOpens().get() + ")");
      }
    }
    if (audience().isEmpty()) {
      return ImmutableSession.copyOf(this).withAudience(EnumSet.allOf(Audience.class));
    }
    return this;
  }

  /** Refuses a start that is not in a region zone, not on a whole minute, or in a gap. */
  static ZonedDateTime resolveStart(LocalDateTime localStart, ZoneId timeZone) {
    Objects.requireNonNull(localStart, "localStart");
    Objects.requireNonNull(timeZone, "timeZone");
    Checks.regionZone("timeZone", timeZone);
    if (timeZone.getRules().getValidOffsets(localStart).isEmpty()) {
      throw new SessionValidationException(
          "start", localStart + " does not exist in " + timeZone.getId() + " (daylight-saving gap)");
    }
    return checkStart(ZonedDateTime.of(localStart, timeZone));
  }

  /** As {@link #resolveStart(LocalDateTime, ZoneId)}, for a zone typed as text. */
  static ZonedDateTime resolveStart(LocalDateTime localStart, String timeZone) {
    Objects.requireNonNull(localStart, "localStart");
    return resolveStart(localStart, Checks.regionZone("timeZone", Objects.requireNonNull(timeZone, "timeZone")));
  }

  /** Refuses a start that is not in a region zone, not on a whole minute, or a later overlap. */
  static ZonedDateTime checkStart(ZonedDateTime start) {
    Checks.regionZone("timeZone", start.getZone());
    if (start.getSecond() != 0 || start.getNano() != 0) {
      throw new SessionValidationException(
          "start", "must be on a whole minute (was " + start.toLocalDateTime() + ")");
    }
    ZonedDateTime first = start.withEarlierOffsetAtOverlap();
    if (!first.equals(start)) {
      throw new SessionValidationException(
          "start",
          start
              + " is the second "
              + start.toLocalTime()
              + " of a daylight-saving overlap; iCalendar can only express the first, at "
              + first.getOffset()
              + " (RFC 5545 §3.3.5)");
    }
    return start;
  }

  static void checkDuration(Duration duration) {
    if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
      throw new SessionValidationException(
          "duration", "must be more than zero and at most 24 hours (was " + duration + ")");
    }
    if (!duration.equals(duration.truncatedTo(ChronoUnit.MINUTES))) {
      throw new SessionValidationException(
          "duration", "must be whole minutes (was " + duration + ")");
    }
  }

  /** Builds a {@link Session}; each attribute may be set once. */
  public static final class Builder extends ImmutableSession.Builder {
    /** The attributes a build may find missing, in declaration order. */
    private static final List<String> REQUIRED =
        List.of("id", "title", "start", "duration", "moderators", "registrationUrl", "joinUrl");

    /**
     * The generated builder's list of moderators, read to report them missing with the other
     * required attributes: Immutables counts only single-valued attributes as required.
     */
    private static final VarHandle MODERATORS = moderatorsHandle();

    Builder() {}

    /**
     * Sets the start as a wall-clock time in a zone. A time that exists twice (a daylight-saving
     * overlap) means the first of the two.
     *
     * @param localStart the local start, on a whole minute
     * @param timeZone an IANA region id such as {@code America/Toronto}
     * @return this builder
     * @throws SessionValidationException with path {@code timeZone} if the zone is a bare offset,
     *     an abbreviation or an {@code Etc/} id, or with path {@code start} if the local time falls
     *     in a daylight-saving gap of the zone or is not on a whole minute
     * @throws IllegalStateException if the start was already set
     */
    public Builder start(LocalDateTime localStart, ZoneId timeZone) {
      start(resolveStart(localStart, timeZone));
      return this;
    }

    /**
     * Sets the start as a wall-clock time in a zone typed as text, such as one read from a form
     * or a file: {@code start(LocalDateTime.of(2023, 2, 1, 19, 0), "America/Toronto")}.
     *
     * @param localStart the local start, on a whole minute
     * @param timeZone an IANA region id such as {@code America/Toronto}
     * @return this builder
     * @throws SessionValidationException with path {@code timeZone} if the text is not an IANA
     *     region id (an abbreviation such as {@code EST} or {@code ET}, an offset, an unknown id),
     *     or as {@link #start(LocalDateTime, ZoneId)} does
     * @throws IllegalStateException if the start was already set
     */
    public Builder start(LocalDateTime localStart, String timeZone) {
      start(resolveStart(localStart, timeZone));
      return this;
    }

    /**
     * Builds the session.
     *
     * @return the session
     * @throws SessionValidationException with the path of the first missing attribute and the
     *     others in its message (moderators included, when none was added), or as the value's own
     *     checks refuse it
     */
    @Override
    public Session build() {
      try {
        return super.build();
      } catch (SessionValidationException e) {
        throw ((List<?>) MODERATORS.get(this)).isEmpty() ? e.alsoMissing("moderators", REQUIRED) : e;
      }
    }

    private static VarHandle moderatorsHandle() {
      try {
        return MethodHandles.privateLookupIn(ImmutableSession.Builder.class, MethodHandles.lookup())
            .findVarHandle(ImmutableSession.Builder.class, "moderators", List.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }
  }
}
