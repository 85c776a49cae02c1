package ca.cma.wellness.sessions.examples.bench;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Moderator;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Series;
import ca.cma.wellness.sessions.SeriesId;
import ca.cma.wellness.sessions.SeriesPart;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.Topic;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteMethod;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.Generators;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The inputs every benchmark shares, deterministic: the same seed gives the same program.
 *
 * <p>The large program is what a national program publishes over ten years: {@value
 * #FEED_SESSIONS} sessions whose text is the Wellness Connection fixtures' (titles, descriptions,
 * moderators, topics, audience and capacity of {@link Fixtures#IMPOSTER_SYNDROME}, {@link
 * Fixtures#MEDICINE_ON_THE_ROCKS}, {@link Fixtures#CANCELLED_SESSION} and the weekly circle's
 * parts), plus one French session written for the benchmarks, so that about a fifth of the
 * text and footers is French. {@value #SERIES_COUNT} five-part weekly series make {@code
 * RELATED-TO} appear; one stand-alone session in twenty is cancelled; revisions are 0 to 2, one
 * more for a cancelled session. Dates fall from February 2023 to early 2033, at noon, 7 pm or
 * 7:30 pm, for 45, 60 or 90 minutes, in Toronto (six sessions in ten) or one of the other Canadian
 * zones of {@link ca.cma.wellness.sessions.CanadianTimeZone} and Regina: seven zones in all.
 * Choices are drawn with {@link Generators#oneOf} from a {@link SplittableRandom} seeded with
 * {@value #SEED}. Text is realistic, not the generators' hostile text, so that the numbers are
 * those of real feeds.
 *
 * <p>The one-event invite is the REQUEST for {@link Fixtures#IMPOSTER_SYNDROME} (7 pm in Toronto)
 * to {@link Fixtures#TORONTO_LEARNER}, from {@link Fixtures#PROGRAM}, stamped by {@link
 * Fixtures#CLOCK}.
 */
public final class BenchData {
  /** How many sessions the large feed has. */
  public static final int FEED_SESSIONS = 10_000;

  /** How many five-part series the large program has. */
  public static final int SERIES_COUNT = 200;

  /** The seed of every choice. */
  public static final long SEED = 20230201L;

  /** "Now" for every output: {@link Fixtures#CLOCK}, before every session. */
  public static final Clock CLOCK = Fixtures.CLOCK;

  private static final int PARTS = 5;

  private static final Session FRENCH_TEMPLATE =
      plain(Fixtures.IMPOSTER_SYNDROME)
          .withId(SessionId.of("syndrome-imposteur"))
          .withTitle("Le syndrome de l'imposteur")
          .withDescription(
              "Bien des médecins se sentent un jour imposteurs, dès la faculté de médecine, et ce"
                  + " sentiment nourrit l'épuisement professionnel. Ensemble, nous verrons d'où il"
                  + " vient et nous pratiquerons des façons de penser qui en protègent.")
          .withLanguage(Language.FRENCH)
          .withTopics(List.of(Topic.IMPOSTER_SYNDROME, Topic.BURNOUT));

  private static final List<Session> STAND_ALONE_TEMPLATES =
      List.of(
          plain(Fixtures.IMPOSTER_SYNDROME),
          plain(Fixtures.MEDICINE_ON_THE_ROCKS),
          plain(Fixtures.CANCELLED_SESSION).withStatus(SessionStatus.SCHEDULED).withRevision(0),
          FRENCH_TEMPLATE);

  private static final List<ZoneId> OTHER_ZONES =
      List.of(
          ZoneId.of("America/Vancouver"),
          ZoneId.of("America/Edmonton"),
          ZoneId.of("America/Regina"),
          ZoneId.of("America/Winnipeg"),
          ZoneId.of("America/Halifax"),
          ZoneId.of("America/St_Johns"));

  private static final List<LocalTime> TIMES =
      List.of(LocalTime.of(12, 0), LocalTime.of(19, 0), LocalTime.of(19, 30));

  private static final List<Duration> DURATIONS =
      List.of(Duration.ofMinutes(45), Duration.ofMinutes(60), Duration.ofMinutes(90));

  private BenchData() {}

  /**
   * Returns the large program: {@value #FEED_SESSIONS} sessions.
   *
   * @return the program
   */
  public static Program largeProgram() {
    return program(FEED_SESSIONS);
  }

  /**
   * Returns a program made as {@link #largeProgram()} is, of any size; a smaller one is a prefix
   * of the same choices, for tests.
   *
   * @param sessionCount how many sessions, at least {@code 5 * }{@value #SERIES_COUNT}
   * @return the program, sessions in order of creation (not of start)
   */
  public static Program program(int sessionCount) {
    if (sessionCount < PARTS * SERIES_COUNT) {
      throw new IllegalArgumentException("at least " + PARTS * SERIES_COUNT + " sessions (was " + sessionCount + ")");
    }
    SplittableRandom random = new SplittableRandom(SEED);
    List<Series> series = new ArrayList<>(SERIES_COUNT);
    List<Session> sessions = new ArrayList<>(sessionCount);
    Session circle = plain(Fixtures.WEEKLY_CIRCLE_PARTS.get(0));
    for (int s = 0; s < SERIES_COUNT; s++) {
      Series one =
          Series.builder()
              .id(SeriesId.of("peer-support-circle-" + s))
              .title(Fixtures.WEEKLY_CIRCLE.title())
              .description(Fixtures.WEEKLY_CIRCLE.description())
              .partCount(PARTS)
              .build();
      series.add(one);
      ZoneId zone = zone(random);
      LocalDateTime first = LocalDateTime.of(date(random), Generators.oneOf(random, TIMES));
      for (int part = 1; part <= PARTS; part++) {
        String id = one.id() + "-part-" + part;
        sessions.add(
            dressed(circle, id, random)
                .withStart(first.plusWeeks(part - 1L), zone)
                .withSeriesPart(Optional.of(SeriesPart.of(one.id(), part)))
                .withBuildsOnEarlierSessions(false));
      }
    }
    for (int i = sessions.size(); i < sessionCount; i++) {
      Session template = Generators.oneOf(random, STAND_ALONE_TEMPLATES);
      String id = template.id() + "-" + i;
      Session session =
          dressed(template, id, random)
              .withStart(LocalDateTime.of(date(random), Generators.oneOf(random, TIMES)), zone(random));
      if (random.nextInt(20) == 0) {
        session = session.withStatus(SessionStatus.CANCELLED).withRevision(session.revision() + 1);
      }
      sessions.add(session);
    }
    return Program.builder()
        .name(Fixtures.PROGRAM.name())
        .description(Fixtures.PROGRAM.description())
        .organizerEmail(Fixtures.PROGRAM.organizerEmail())
        .homePage(Fixtures.PROGRAM.homePage())
        .supportUrl(Fixtures.PROGRAM.supportUrl())
        .addAllSeries(series)
        .addAllSessions(sessions)
        .build();
  }

  /**
   * Returns the invite of the one-event Toronto benchmark.
   *
   * @return the REQUEST for Imposter syndrome to a Toronto learner, sequence 0
   */
  public static InviteMessage torontoInvite() {
    return InviteMessage.builder()
        .method(InviteMethod.REQUEST)
        .sequence(0)
        .recipient(Fixtures.TORONTO_LEARNER)
        .session(Fixtures.IMPOSTER_SYNDROME)
        .reason(InviteReason.CONFIRMED)
        .build();
  }

  /**
   * Returns the program the invite comes from.
   *
   * @return {@link Fixtures#PROGRAM}
   */
  public static Program inviteProgram() {
    // Without support resources (issue 14): the hand-written and raw ical4j baselines write the
    // footer as it was before them, and must give the same event as ours.
    return Fixtures.PROGRAM.withSupportResources(List.of());
  }

  private static Session dressed(Session template, String id, SplittableRandom random) {
    return template
        .withId(SessionId.of(id))
        .withRegistrationUrl(URI.create("https://wellness.example.org/sessions/" + id))
        .withJoinUrl(
            URI.create(
                "https://meet.example.org/j/" + (100_000_000 + random.nextInt(900_000_000))
                    + "?pwd=" + Long.toString(random.nextLong() >>> 1, 36)))
        .withDuration(Generators.oneOf(random, DURATIONS))
        .withRevision(random.nextInt(10) == 0 ? 1 + random.nextInt(2) : 0);
  }

  /**
   * A fixture session without translations, its moderators too: the benchmark's program promises
   * English only and has no French text, which the raw baselines write as the library does.
   */
  private static Session plain(Session session) {
    List<Moderator> moderators = new ArrayList<>();
    for (Moderator moderator : session.moderators()) {
      Moderator.Builder builder = Moderator.builder().id(moderator.id()).displayName(moderator.displayName());
      moderator.email().ifPresent(builder::email);
      moderator.bio().ifPresent(builder::bio);
      moderators.add(builder.build());
    }
    return session
        .withTitleTranslations(Map.of())
        .withDescriptionTranslations(Map.of())
        .withModerators(moderators);
  }

  private static ZoneId zone(SplittableRandom random) {
    return random.nextInt(10) < 6 ? Fixtures.TORONTO : Generators.oneOf(random, OTHER_ZONES);
  }

  private static LocalDate date(SplittableRandom random) {
    return LocalDate.of(2023, 2, 1).plusDays(random.nextInt(3650));
  }
}
