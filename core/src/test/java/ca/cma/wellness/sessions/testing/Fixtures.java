package ca.cma.wellness.sessions.testing;

import ca.cma.wellness.sessions.Audience;
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
import ca.cma.wellness.sessions.SupportResource;
import ca.cma.wellness.sessions.Topic;
import ca.cma.wellness.sessions.WeeklySchedule;
import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Named, deterministic fixtures: the Wellness Connection program as its public page lists it in
 * early 2023, plus the cases every output must handle. Titles, dates, times, moderators and topics
 * come from the program's page; descriptions, durations, links, the second Compassion Rounds part,
 * the weekly circle, the cancelled session and all registrants are ours. Every URL and address
 * is on an {@code example.org} domain.
 *
 * <p>All values are immutable; use them freely from any test.
 *
 * <pre>{@code
 * Program program = Fixtures.PROGRAM;
 * Session first = Fixtures.IMPOSTER_SYNDROME;   // Feb. 1, 2023, 7 pm ET
 * }</pre>
 */
public final class Fixtures {
  /** The program's zone. */
  public static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  /** "Now" for every fixture: Jan. 15, 2023, noon in Toronto, before every fixture session. */
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2023-01-15T17:00:00Z"), ZoneOffset.UTC);

  /**
   * When the program published its sessions, a week before {@link #CLOCK}: every fixture session's
   * {@link Session#lastModified()} but the cancelled one's.
   */
  public static final Instant PUBLISHED = Instant.parse("2023-01-09T14:30:00Z");

  /** When the organizer called off {@link #CANCELLED_SESSION}. */
  public static final Instant CALLED_OFF = Instant.parse("2023-01-12T16:05:00Z");

  /** Who sends invites. */
  public static final EmailAddress ORGANIZER = EmailAddress.of("wellness@example.org");

  /** The moderator of "Imposter syndrome" and "Compassion Rounds". */
  public static final Moderator DANIELA_ISFAN =
      Moderator.builder()
          .id(ModeratorId.of("daniela-isfan"))
          .displayName("Dr. Daniela Isfan")
          .bio("Physician and trained peer-support facilitator.")
          .putBioTranslation(Language.FRENCH, "Médecin et animatrice formée en soutien par les pairs.")
          .build();

  /** The moderator of "Are you and medicine on the rocks?". */
  public static final Moderator SHARMAN_ROBERTSON =
      Moderator.builder()
          .id(ModeratorId.of("sharman-robertson"))
          .displayName("Dr. Sharman Robertson")
          .build();

  /** The first session on the program's page: Feb. 1, 2023, 7 pm ET. */
  public static final Session IMPOSTER_SYNDROME =
      session("imposter-syndrome-2023-02-01", "Imposter syndrome", LocalDate.of(2023, 2, 1))
          .description(
              "Many physicians feel like frauds at some point, from medical school onward, and that"
                  + " feeling feeds burnout. Together we will look at where it comes from and"
                  + " practise habits of thought that protect against it.")
          .putTitleTranslation(Language.FRENCH, "Le syndrome de l'imposteur")
          .putDescriptionTranslation(
              Language.FRENCH,
              "Bien des médecins se sentent un jour comme des imposteurs, dès la faculté de"
                  + " médecine, et ce sentiment nourrit l'épuisement professionnel. Ensemble, nous"
                  + " verrons d'où il vient et nous pratiquerons des façons de penser qui nous en"
                  + " protègent.")
          .addModerator(DANIELA_ISFAN)
          .addTopics(Topic.IMPOSTER_SYNDROME, Topic.BURNOUT, Topic.PEER_SUPPORT)
          .capacity(25)
          .build();

  /** The second session: Feb. 16, 2023, 7 pm ET; it builds on earlier sessions. */
  public static final Session MEDICINE_ON_THE_ROCKS =
      session(
              "medicine-on-the-rocks-2023-02-16",
              "Are you and medicine on the rocks?",
              LocalDate.of(2023, 2, 16))
          .description(
              "Thinking about leaving medicine, cutting your hours or practising differently?"
                  + " Bring your doubts, frustrations and plans to a group of peers who understand.")
          .putTitleTranslation(Language.FRENCH, "La médecine et vous : rien ne va plus?")
          .putDescriptionTranslation(
              Language.FRENCH,
              "Vous songez à quitter la médecine, à réduire vos heures ou à exercer autrement?"
                  + " Venez parler de vos doutes, de vos frustrations et de vos projets avec des"
                  + " pairs qui vous comprennent.")
          .addModerator(SHARMAN_ROBERTSON)
          .addTopics(Topic.CAREER_TRANSITIONS, Topic.LEADERSHIP_AND_PROFESSIONAL_DEVELOPMENT)
          .buildsOnEarlierSessions(true)
          .build();

  /** The Compassion Rounds series on happiness, in two parts. */
  public static final Series COMPASSION_ROUNDS =
      Series.builder()
          .id(SeriesId.of("compassion-rounds-happiness"))
          .title("Compassion Rounds: The art and science of happiness")
          .description("What research says about happiness, and what pursuing it costs.")
          .putTitleTranslation(Language.FRENCH, "Rondes de compassion : l'art et la science du bonheur")
          .putDescriptionTranslation(
              Language.FRENCH, "Ce que la recherche nous apprend sur le bonheur, et ce qu'il en coûte de le poursuivre.")
          .partCount(2)
          .build();

  /** Part I of Compassion Rounds: Feb. 23, 2023, 7 pm ET; for physicians only. */
  public static final Session COMPASSION_ROUNDS_PART_I =
      compassionRoundsPart(
          1,
          LocalDate.of(2023, 2, 23),
          "How do we measure happiness, what kinds are there, and how much is nature or nurture?"
              + " We review the research, look at the dark side of chasing happiness, and share"
              + " what we have lived as physicians.",
          "Comment mesure-t-on le bonheur, quelles formes prend-il et quelle part revient à l'inné"
              + " ou à l'acquis? Nous passerons la recherche en revue, regarderons la face cachée de"
              + " la quête du bonheur et échangerons sur ce que nous avons vécu comme médecins.");

  /** Part II of Compassion Rounds, a week after part I (our own addition). */
  public static final Session COMPASSION_ROUNDS_PART_II =
      compassionRoundsPart(
          2,
          LocalDate.of(2023, 3, 2),
          "Part II turns the research into practice: small habits of compassion for ourselves"
              + " and our colleagues.",
          "La partie II met la recherche en pratique : de petites habitudes de compassion envers"
              + " nous-mêmes et nos collègues.");

  /**
   * A weekly series of five Wednesdays at 7 pm in Toronto, March 1 to 29, 2023: it crosses the
   * change to daylight time on March 12.
   */
  public static final Series WEEKLY_CIRCLE =
      Series.builder()
          .id(SeriesId.of("peer-support-circle-2023-03"))
          .title("Peer support circle")
          .description("An open weekly circle; come once or every week.")
          .putTitleTranslation(Language.FRENCH, "Cercle de soutien par les pairs")
          .putDescriptionTranslation(
              Language.FRENCH, "Un cercle hebdomadaire ouvert : venez une fois ou toutes les semaines.")
          .partCount(5)
          .build();

  /** The cadence that generates {@link #WEEKLY_CIRCLE_PARTS}. */
  public static final WeeklySchedule WEEKLY_CIRCLE_SCHEDULE =
      WeeklySchedule.builder()
          .dayOfWeek(DayOfWeek.WEDNESDAY)
          .localTime(LocalTime.of(19, 0))
          .timeZone(TORONTO)
          .firstDate(LocalDate.of(2023, 3, 1))
          .lastDate(LocalDate.of(2023, 3, 29))
          .build();

  /** The five parts of {@link #WEEKLY_CIRCLE}, all at 19:00 Toronto time, sharing one page. */
  public static final List<Session> WEEKLY_CIRCLE_PARTS =
      WEEKLY_CIRCLE_SCHEDULE.parts(
          WEEKLY_CIRCLE,
          part -> SessionId.of("peer-support-circle-2023-03-part-" + part),
          Fixtures::circleDetails);

  /** A learners-only session at noon that was called off; its revision is 1. */
  public static final Session CANCELLED_SESSION =
      Session.builder()
          .id(SessionId.of("residency-self-care-2023-03-09"))
          .title("Self-care in residency")
          .description("A lunch-hour session for residents and medical students.")
          .putTitleTranslation(Language.FRENCH, "Prendre soin de soi pendant la résidence")
          .putDescriptionTranslation(
              Language.FRENCH, "Une séance à l'heure du dîner pour les résidents et les étudiants en médecine.")
          .start(LocalDateTime.of(2023, 3, 9, 12, 0), TORONTO)
          .duration(Duration.ofMinutes(45))
          .addModerator(DANIELA_ISFAN)
          .addTopics(Topic.SELF_CARE, Topic.STRESS)
          .addAudience(Audience.MEDICAL_LEARNERS)
          .registrationUrl(URI.create("https://wellness.example.org/sessions/residency-self-care"))
          .joinUrl(URI.create("https://meet.example.org/j/9000000005?pwd=residency"))
          .status(SessionStatus.CANCELLED)
          .revision(1)
          .lastModified(CALLED_OFF)
          .build();

  /**
   * The national support line of the fixtures, always open. Like every fixture resource it is a
   * sample: its number is in the fictional 555-01xx range and its page on {@code example.org}, so
   * that no test or demo shows a wrong real number as if it were real. Hosts supply real ones.
   */
  public static final SupportResource NATIONAL_SUPPORT =
      SupportResource.builder()
          .englishName("Physician support line (sample)")
          .frenchName("Ligne de soutien aux médecins (exemple)")
          .phone(URI.create("tel:+1-800-555-0100"))
          .page(URI.create("https://support.example.org/"))
          .alwaysOpen(true)
          .build();

  /**
   * A sample physician health program for each of the 13 provinces and territories, numbered
   * 1-800-555-0101 to 1-800-555-0113 in {@link Province} order, then a sample peer line that
   * serves the three territories (so that they have two resources each), then {@link
   * #NATIONAL_SUPPORT}. Some answer at all hours, others at office hours.
   */
  public static final List<SupportResource> SUPPORT_RESOURCES = supportResources();

  /** The whole program: the page's three sessions, part II, the weekly circle, the cancelled one. */
  public static final Program PROGRAM = program();

  /** A medical student in St. John's, Newfoundland and Labrador (UTC-3:30 in winter). */
  public static final Registrant ST_JOHNS_LEARNER =
      registrant("Morgan Kelly", "morgan.kelly@example.org", Role.MEDICAL_STUDENT,
          Province.NEWFOUNDLAND_AND_LABRADOR, Language.ENGLISH);

  /** A physician in Regina, Saskatchewan, which keeps Central Standard Time all year. */
  public static final Registrant REGINA_PHYSICIAN =
      registrant("Dr. Priya Natarajan", "priya.natarajan@example.org", Role.PHYSICIAN,
          Province.SASKATCHEWAN, Language.ENGLISH);

  /** A French-speaking resident in Montreal, Quebec. */
  public static final Registrant MONTREAL_RESIDENT =
      registrant("Dre Camille Gagnon", "camille.gagnon@example.org", Role.RESIDENT,
          Province.QUEBEC, Language.FRENCH);

  /** A physician in Vancouver, British Columbia. */
  public static final Registrant VANCOUVER_PHYSICIAN =
      registrant("Dr. Wei Chen", "wei.chen@example.org", Role.PHYSICIAN,
          Province.BRITISH_COLUMBIA, Language.ENGLISH);

  /** A physician in Halifax, Nova Scotia. */
  public static final Registrant HALIFAX_PHYSICIAN =
      registrant("Dr. Aoife Murphy", "aoife.murphy@example.org", Role.PHYSICIAN,
          Province.NOVA_SCOTIA, Language.ENGLISH);

  /** A resident in Edmonton, Alberta. */
  public static final Registrant EDMONTON_RESIDENT =
      registrant("Dr. Tomás Rivera", "tomas.rivera@example.org", Role.RESIDENT,
          Province.ALBERTA, Language.ENGLISH);

  /** A physician in Winnipeg, Manitoba. */
  public static final Registrant WINNIPEG_PHYSICIAN =
      registrant("Dr. Grace Okafor", "grace.okafor@example.org", Role.PHYSICIAN,
          Province.MANITOBA, Language.ENGLISH);

  /** A French-speaking physician in Moncton, New Brunswick. */
  public static final Registrant MONCTON_PHYSICIAN =
      registrant("Dr Luc Arsenault", "luc.arsenault@example.org", Role.PHYSICIAN,
          Province.NEW_BRUNSWICK, Language.FRENCH);

  /** A physician in Whitehorse, Yukon, which keeps UTC-7 all year. */
  public static final Registrant WHITEHORSE_PHYSICIAN =
      registrant("Dr. Sam Johns", "sam.johns@example.org", Role.PHYSICIAN,
          Province.YUKON, Language.ENGLISH);

  /** A medical student in Toronto, Ontario. */
  public static final Registrant TORONTO_LEARNER =
      registrant("Jordan Singh", "jordan.singh@example.org", Role.MEDICAL_STUDENT,
          Province.ONTARIO, Language.ENGLISH);

  /** A francophone physician in Sudbury, Ontario: Ontario is Eastern time, and French. */
  public static final Registrant SUDBURY_PHYSICIAN =
      registrant("Dre Nathalie Lalonde", "nathalie.lalonde@example.org", Role.PHYSICIAN,
          Province.ONTARIO, Language.FRENCH);

  /** The three French readers: Quebec, New Brunswick (bilingual) and Ontario (francophone). */
  public static final List<Registrant> FRENCH_READERS =
      List.of(MONTREAL_RESIDENT, MONCTON_PHYSICIAN, SUDBURY_PHYSICIAN);

  /**
   * {@link #PROGRAM}, which promises English only (its French texts are used where they exist),
   * promising English and French: every text of it has its French translation.
   */
  public static final Program BILINGUAL_PROGRAM =
      PROGRAM.withLanguages(List.of(Language.ENGLISH, Language.FRENCH));

  /**
   * {@link #PROGRAM} without a word of French: a French reader gets the English texts, marked as
   * English, inside French labels.
   */
  public static final Program ENGLISH_ONLY_PROGRAM = englishOnly(PROGRAM);

  /** Every registrant above, one per province or territory they live in. */
  public static final List<Registrant> REGISTRANTS =
      List.of(
          ST_JOHNS_LEARNER,
          REGINA_PHYSICIAN,
          MONTREAL_RESIDENT,
          VANCOUVER_PHYSICIAN,
          HALIFAX_PHYSICIAN,
          EDMONTON_RESIDENT,
          WINNIPEG_PHYSICIAN,
          MONCTON_PHYSICIAN,
          WHITEHORSE_PHYSICIAN,
          TORONTO_LEARNER);

  private Fixtures() {}

  private static Session.Builder session(String id, String title, LocalDate date) {
    return Session.builder()
        .id(SessionId.of(id))
        .title(title)
        .start(LocalDateTime.of(date, LocalTime.of(19, 0)), TORONTO)
        .duration(Duration.ofMinutes(60))
        .registrationUrl(registrationPage(id))
        .joinUrl(joinLink(id))
        .lastModified(PUBLISHED);
  }

  /**
   * Sets what every part of {@link #WEEKLY_CIRCLE} shares on a part's builder, for {@link
   * WeeklySchedule#parts}: description, an hour, Dr. Sharman Robertson, the topics, one page and one
   * meeting link.
   *
   * @param part the builder of a part, with its id, title, start and series part set
   * @return the same builder
   */
  public static Session.Builder circleDetails(Session.Builder part) {
    return part.description("Bring whatever is on your mind this week: a hard shift, a win, a worry.")
        .putDescriptionTranslation(
            Language.FRENCH,
            "Apportez ce qui vous préoccupe cette semaine : une garde difficile, une réussite, une"
                + " inquiétude.")
        .duration(Duration.ofMinutes(60))
        .addModerator(SHARMAN_ROBERTSON)
        .addTopics(Topic.PEER_SUPPORT, Topic.STRESS, Topic.SELF_CARE)
        .registrationUrl(registrationPage("peer-support-circle-template"))
        .joinUrl(joinLink("peer-support-circle-template"))
        .lastModified(PUBLISHED);
  }

  private static URI registrationPage(String id) {
    return URI.create("https://wellness.example.org/sessions/" + id);
  }

  private static URI joinLink(String id) {
    return URI.create("https://meet.example.org/j/" + Math.abs(id.hashCode()) + "?pwd=" + id.length());
  }

  private static Session compassionRoundsPart(
      int part, LocalDate date, String description, String frenchDescription) {
    return session(
            "compassion-rounds-happiness-" + part, COMPASSION_ROUNDS.title(), date)
        .putAllTitleTranslations(COMPASSION_ROUNDS.titleTranslations())
        .description(description)
        .putDescriptionTranslation(Language.FRENCH, frenchDescription)
        .addModerator(DANIELA_ISFAN)
        .addTopics(Topic.COMPASSION, Topic.SELF_CARE, Topic.PEER_SUPPORT)
        .addAudience(Audience.PHYSICIANS)
        .seriesPart(SeriesPart.of(COMPASSION_ROUNDS.id(), part))
        .buildsOnEarlierSessions(part > 1)
        .build();
  }

  private static Program program() {
    List<Session> sessions = new ArrayList<>();
    sessions.add(IMPOSTER_SYNDROME);
    sessions.add(MEDICINE_ON_THE_ROCKS);
    sessions.add(COMPASSION_ROUNDS_PART_I);
    sessions.add(COMPASSION_ROUNDS_PART_II);
    sessions.addAll(WEEKLY_CIRCLE_PARTS);
    sessions.add(CANCELLED_SESSION);
    return Program.builder()
        .name("Wellness Connection")
        .putNameTranslation(Language.FRENCH, "Connexion bien-être")
        .description(
            "Weekly online peer-support sessions where physicians and medical learners across"
                + " Canada meet with trained moderators to share what they live, find support and"
                + " help each other.")
        .putDescriptionTranslation(
            Language.FRENCH,
            "Des séances hebdomadaires de soutien par les pairs en ligne, où des médecins et des"
                + " apprenants en médecine de partout au Canada se réunissent avec des animateurs"
                + " formés pour parler de ce qu'ils vivent, trouver du soutien et s'entraider.")
        .organizerEmail(ORGANIZER)
        .homePage(URI.create("https://wellness.example.org/"))
        .supportUrl(URI.create("https://wellness.example.org/support"))
        .addAllSupportResources(SUPPORT_RESOURCES)
        .addSeries(COMPASSION_ROUNDS, WEEKLY_CIRCLE)
        .addAllSessions(sessions)
        .build();
  }

  private static List<SupportResource> supportResources() {
    List<SupportResource> resources = new ArrayList<>();
    int number = 101;
    for (Province province : Province.values()) {
      SupportResource.Builder resource =
          SupportResource.builder()
              .englishName("Physician Health Program of " + province.displayName(Language.ENGLISH) + " (sample)")
              .frenchName(
                  "Programme de santé des médecins, " + province.displayName(Language.FRENCH) + " (exemple)")
              .phone(URI.create(String.format(Locale.ROOT, "tel:+1-800-555-%04d", number++)))
              .page(URI.create("https://php-" + province.code().toLowerCase(Locale.ROOT) + ".example.org/"))
              .addProvince(province);
      if (province.ordinal() % 2 == 0) {
        resource.alwaysOpen(true);
      } else {
        resource
            .englishHours("Mon. to Fri., 8:30 am to 4:30 pm local time")
            .frenchHours("du lundi au vendredi, de 8 h 30 à 16 h 30, heure locale");
      }
      resources.add(resource.build());
    }
    resources.add(
        SupportResource.builder()
            .englishName("Northern physicians peer line (sample)")
            .frenchName("Ligne d'entraide des médecins du Nord (exemple)")
            .phone(URI.create("tel:+1-867-555-0114"))
            .page(URI.create("https://north.example.org/peer-line"))
            .englishHours("every evening, 6 pm to midnight local time")
            .frenchHours("tous les soirs, de 18 h à minuit, heure locale")
            .addProvinces(Province.YUKON, Province.NORTHWEST_TERRITORIES, Province.NUNAVUT)
            .build());
    resources.add(NATIONAL_SUPPORT);
    return List.copyOf(resources);
  }

  private static Program englishOnly(Program program) {
    List<Session> sessions = new ArrayList<>();
    for (Session session : program.sessions()) {
      List<Moderator> moderators = new ArrayList<>();
      for (Moderator moderator : session.moderators()) {
        Moderator.Builder plain =
            Moderator.builder().id(moderator.id()).displayName(moderator.displayName());
        moderator.email().ifPresent(plain::email);
        moderator.bio().ifPresent(plain::bio);
        moderators.add(plain.build());
      }
      sessions.add(
          session
              .withTitleTranslations(Map.of())
              .withDescriptionTranslations(Map.of())
              .withModerators(moderators));
    }
    List<Series> series = new ArrayList<>();
    for (Series one : program.series()) {
      series.add(one.withTitleTranslations(Map.of()).withDescriptionTranslations(Map.of()));
    }
    return program
        .withNameTranslations(Map.of())
        .withDescriptionTranslations(Map.of())
        .withSeries(series)
        .withSessions(sessions);
  }

  private static Registrant registrant(
      String name, String email, Role role, Province province, Language language) {
    return Registrant.builder()
        .name(name)
        .email(EmailAddress.of(email))
        .role(role)
        .province(province)
        .language(language)
        .build();
  }

  /**
   * Returns the fixture session with the given id.
   *
   * @param id a session id of {@link #PROGRAM}
   * @return the session
   * @throws java.util.NoSuchElementException if there is none
   */
  public static Session session(SessionId id) {
    Optional<Session> found = PROGRAM.sessionById(id);
    return found.orElseThrow();
  }
}
