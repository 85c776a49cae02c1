package ca.cma.wellness.sessions.testing;

import ca.cma.wellness.sessions.Audience;
import ca.cma.wellness.sessions.CanadianTimeZone;
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
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Seeded generators for every domain type, driven by any {@link RandomGenerator}: the same seed
 * gives the same values, so any property-testing library can drive them (see {@link
 * WellnessGens} for QuickTheories). Every value they return is valid; the text in it is hostile.
 *
 * <p>Choices are ordered simplest first, so a generator fed smaller numbers gives simpler values:
 * that is what lets a shrinking library find a small failing example.
 *
 * <pre>{@code
 * RandomGenerator random = new SplittableRandom(42);
 * Session session = Generators.session(random);
 * Program program = Generators.program(random);
 * }</pre>
 */
public final class Generators {
  /** The longest text the generators produce, in UTF-16 units. */
  public static final int MAX_TEXT_LENGTH = 10_000;

  /**
   * Pieces of hostile text: what breaks iCalendar (CR, LF, CRLF, {@code ;}, {@code ,}, {@code \},
   * {@code :}), JSON and HTML (quotes, angle brackets), and UTF-8 folding (emoji and other
   * characters outside the Basic Multilingual Plane, combining marks, right-to-left marks).
   */
  public static final List<String> HOSTILE_PIECES =
      List.of(
          "a", " ", "é", "\r", "\n", "\r\n", ";", ",", "\\", ":", "\"", "'", "<", ">", "&", "\t",
          "\\n", "\\,", "😀", "👩🏽‍⚕️", "𝄞", "𠀋", "e\u0301", "c\u0327", "\u200F", "\u202E",
          "\u2067", "\u200B", "\u00A0", "שלום", "مرحبا", "Ω", "ß", "END:VEVENT", "BEGIN:VALARM",
          "DTSTART:20230101T000000Z", "${jndi:x}", "</script>", "=0A");

  private static final List<String> WORDS =
      List.of(
          "peer", "support", "burnout", "résilience", "santé", "physicians", "learners", "care",
          "circle", "rounds", "wellness", "compassion", "stress", "medicine", "évènement");

  /** Words only English writes: a text made of them is in English. */
  private static final List<String> ENGLISH_WORDS =
      List.of(
          "peer", "wellness", "evening", "doctors", "burnout", "together", "listen", "shift",
          "night", "kindness", "rounds", "learners", "heart");

  /** Words only French writes, accents included: a text made of them is in French. */
  private static final List<String> FRENCH_WORDS =
      List.of(
          "séance", "bien-être", "médecins", "entraide", "épuisement", "soirée", "écoute",
          "garde", "bienveillance", "apprenants", "cœur", "l'équipe", "à", "Québec", "être");

  /** Hostile pieces that belong to no language, which a text in one language may hold. */
  private static final List<String> NEUTRAL_PIECES =
      List.of(" ", "\r\n", "\n", ";", ",", "\\", ":", "\"", "😀", "\u200F", "«\u00A0", "\u00A0»", "<", "&");

  /** A few zones outside Canada, chosen for odd offsets and southern daylight saving. */
  private static final List<ZoneId> ELSEWHERE =
      Stream.of(
              "Europe/Paris", "Europe/London", "America/New_York", "Asia/Kolkata",
              "Asia/Kathmandu", "Australia/Adelaide", "Pacific/Chatham", "America/Sao_Paulo",
              "America/Santiago", "Asia/Tokyo", "Africa/Casablanca", "Pacific/Auckland")
          .map(ZoneId::of)
          .collect(Collectors.toUnmodifiableList());

  private static final List<ZoneId> ZONES =
      Stream.concat(
              Stream.of(ZoneId.of("America/Toronto")),
              Stream.concat(CanadianTimeZone.canadianZoneIds().stream(), ELSEWHERE.stream()))
          .distinct()
          .collect(Collectors.toUnmodifiableList());

  private Generators() {}

  /**
   * Returns an element of a list, the first ones being the simplest.
   *
   * @param random the source of choices
   * @param choices a non-empty list
   * @param <T> the element type
   * @return one element
   */
  public static <T> T oneOf(RandomGenerator random, List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /**
   * Returns hostile text of 1 to {@value #MAX_TEXT_LENGTH} characters: usually short, sometimes
   * thousands of characters long, made of {@link #HOSTILE_PIECES} and words. It may be blank.
   *
   * @param random the source of choices
   * @return the text
   */
  public static String hostileText(RandomGenerator random) {
    int roll = random.nextInt(20);
    int length = roll < 17 ? 1 + random.nextInt(80) : 1 + random.nextInt(MAX_TEXT_LENGTH);
    StringBuilder out = new StringBuilder(length + 16);
    while (out.length() < length) {
      String piece =
          random.nextInt(3) == 0 ? oneOf(random, WORDS) : oneOf(random, HOSTILE_PIECES);
      if (out.length() + piece.length() > length) {
        piece = out.length() == 0 ? "a" : " ";
      }
      out.append(piece);
    }
    return out.toString();
  }

  /**
   * Returns hostile text of at most 160 characters with at least one letter or digit, as titles
   * and names need.
   *
   * @param random the source of choices
   * @return the text
   */
  public static String hostileTitle(RandomGenerator random) {
    String text = hostileText(random);
    // Titles and names hold at most 200 characters (Checks.MAX_TITLE_LENGTH); 40 are left for
    // tests that add a mark.
    if (text.codePointCount(0, text.length()) > 159) {
      text = text.substring(0, text.offsetByCodePoints(0, 159));
    }
    if (text.codePoints().anyMatch(Character::isLetterOrDigit)) {
      return text;
    }
    // Nothing visible for sure (only spaces, marks, punctuation): lead with a letter.
    int keep = text.length();
    if (keep > 0 && Character.isHighSurrogate(text.charAt(keep - 1))) {
      keep--;
    }
    return "a" + text.substring(0, keep);
  }

  /**
   * Returns one of every Canadian region id, a few zones elsewhere, or Toronto (the simplest).
   *
   * @param random the source of choices
   * @return an IANA region zone
   */
  public static ZoneId timeZone(RandomGenerator random) {
    return oneOf(random, ZONES);
  }

  /**
   * Returns a wall-clock start on a whole minute that exists in the zone, between 2023 and 2032,
   * often within two days of a daylight-saving change of the zone.
   *
   * @param random the source of choices
   * @param zone the zone
   * @return the start
   */
  public static ZonedDateTime start(RandomGenerator random, ZoneId zone) {
    LocalDateTime local = localStartNearTransition(random, zone);
    ZonedDateTime start = ZonedDateTime.of(local, zone);
    if (!start.toLocalDateTime().equals(local)) {
      // In a gap: java.time moved it forward; that later time exists.
      start = start.truncatedTo(ChronoUnit.MINUTES);
    }
    return start.withEarlierOffsetAtOverlap();
  }

  /**
   * Returns a wall-clock time in 2023 to 2032 on a whole minute, often within two days of a
   * daylight-saving change of the zone. It may fall in a gap.
   *
   * @param random the source of choices
   * @param zone the zone
   * @return the local date-time
   */
  public static LocalDateTime localStartNearTransition(RandomGenerator random, ZoneId zone) {
    LocalDateTime base = LocalDateTime.of(2023 + random.nextInt(10), 1, 1, 0, 0);
    base = base.plusDays(random.nextInt(365)).plusMinutes(random.nextInt(24 * 60));
    if (random.nextBoolean()) {
      ZoneOffsetTransition next =
          zone.getRules().nextTransition(base.atZone(ZoneOffset.UTC).toInstant());
      if (next != null && next.getInstant().isBefore(Instant.parse("2034-01-01T00:00:00Z"))) {
        LocalDateTime around = next.getDateTimeBefore();
        base = around.plusMinutes(random.nextInt(4 * 24 * 60) - 2 * 24 * 60);
        if (random.nextInt(4) == 0) {
          base = around.plusMinutes(random.nextInt(121) - 60);
        }
      }
    }
    return base.truncatedTo(ChronoUnit.MINUTES);
  }

  /**
   * Returns a duration of 1 minute to 24 hours, in whole minutes; usually an hour or so.
   *
   * @param random the source of choices
   * @return the duration
   */
  public static Duration duration(RandomGenerator random) {
    return random.nextInt(4) == 0
        ? Duration.ofMinutes(1 + random.nextInt(24 * 60))
        : Duration.ofMinutes(60 + 15 * random.nextInt(5));
  }

  /**
   * Returns an id of 1 to 64 characters.
   *
   * @param random the source of choices
   * @return the id text
   */
  public static String idText(RandomGenerator random) {
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-_.ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    int length = 1 + random.nextInt(random.nextInt(8) == 0 ? 64 : 16);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(i == 0 ? 26 : alphabet.length())));
    }
    return out.toString();
  }

  /**
   * Returns an e-mail address, sometimes in mixed case or with non-ASCII letters.
   *
   * @param random the source of choices
   * @return the address
   */
  public static EmailAddress email(RandomGenerator random) {
    String local = oneOf(random, List.of("a", "alex.doe", "Dr.Smith+wellness", "élise", "o'brien"));
    String domain = oneOf(random, List.of("example.org", "Example.CA", "médecins.example.org"));
    return EmailAddress.of(local + random.nextInt(1_000_000) + "@" + domain);
  }

  /**
   * Returns any address {@link EmailAddress#of} accepts, as RFC 5322 dot-atoms allow them: every
   * atext special ({@code !#$%&'*+-/=?^_`{|}~}), dots between atoms, non-ASCII letters, and
   * domains with hyphens, digits and punycode.
   *
   * @param random the source of choices
   * @return the address
   */
  public static EmailAddress rfc5322Address(RandomGenerator random) {
    String atext = "abcXYZ019!#$%&'*+-/=?^_`{|}~éßж";
    StringBuilder local = new StringBuilder();
    int length = 1 + random.nextInt(20);
    for (int i = 0; i < length; i++) {
      if (i > 0 && i < length - 1 && local.charAt(local.length() - 1) != '.' && random.nextInt(6) == 0) {
        local.append('.');
      } else {
        local.append(atext.charAt(random.nextInt(atext.length())));
      }
    }
    String domain = oneOf(random, List.of("example.org", "a-b.example.ca", "x1.example.com", "médecins.example.org",
        "xn--mdecins-bya.example.org", "EXAMPLE.CA"));
    return EmailAddress.of(local + "@" + domain);
  }

  /**
   * Returns an https URL with hostile but legal query text.
   *
   * @param random the source of choices
   * @param host the host
   * @return the URL
   */
  public static URI httpsUrl(RandomGenerator random, String host) {
    String path = oneOf(random, List.of("s", "sessions/a;b,c", "j/123?pwd=a,b;c&x=%0D%0A", "p/%F0%9F%98%80"));
    return URI.create("https://" + host + "/" + path + random.nextInt(1_000_000));
  }

  /**
   * Returns a moderator with a hostile name and, sometimes, an e-mail address and a biography.
   *
   * @param random the source of choices
   * @return the moderator
   */
  public static Moderator moderator(RandomGenerator random) {
    Moderator.Builder builder =
        Moderator.builder().id(ModeratorId.of(idText(random))).displayName(hostileTitle(random));
    if (random.nextBoolean()) {
      builder.email(email(random));
    }
    if (random.nextBoolean()) {
      builder.bio(hostileText(random));
    }
    return builder.build();
  }

  /**
   * Returns a topic: one of the program's own, or a hostile one-line tag.
   *
   * @param random the source of choices
   * @return the topic
   */
  public static Topic topic(RandomGenerator random) {
    if (random.nextInt(3) != 0) {
      return oneOf(random, Topic.vocabulary());
    }
    String tag = hostileTitle(random).replaceAll("\\p{Cntrl}", " ").strip();
    return Topic.of(tag.isEmpty() ? "tag" : tag);
  }

  /**
   * Returns a stand-alone session with hostile text, any zone, a start often near a
   * daylight-saving change, and every optional attribute sometimes set.
   *
   * @param random the source of choices
   * @return the session
   */
  public static Session session(RandomGenerator random) {
    return session(random, SessionId.of(idText(random)), List.of(moderator(random)));
  }

  /**
   * Returns a session with the given id and moderators, otherwise as {@link
   * #session(RandomGenerator)}.
   *
   * @param random the source of choices
   * @param id the id
   * @param moderators at least one moderator
   * @return the session
   */
  public static Session session(RandomGenerator random, SessionId id, List<Moderator> moderators) {
    ZoneId zone = timeZone(random);
    Session.Builder builder =
        Session.builder()
            .id(id)
            .title(hostileTitle(random))
            .description(random.nextInt(4) == 0 ? "" : hostileText(random))
            .start(start(random, zone))
            .duration(duration(random))
            .addAllModerators(moderators)
            .registrationUrl(httpsUrl(random, "wellness.example.org"))
            .joinUrl(httpsUrl(random, "meet.example.org"))
            .language(oneOf(random, List.of(Language.values())))
            .status(random.nextInt(5) == 0 ? SessionStatus.CANCELLED : SessionStatus.SCHEDULED)
            .revision(random.nextInt(4) == 0 ? random.nextInt(1000) : random.nextInt(3))
            .buildsOnEarlierSessions(random.nextInt(4) == 0);
    List<Topic> topics = new ArrayList<>();
    int topicCount = random.nextInt(4);
    for (int i = 0; i < topicCount; i++) {
      Topic topic = topic(random);
      if (!topics.contains(topic)) {
        topics.add(topic);
      }
    }
    builder.addAllTopics(topics);
    int audience = random.nextInt(3);
    if (audience > 0) {
      builder.addAudience(audience == 1 ? Audience.PHYSICIANS : Audience.MEDICAL_LEARNERS);
    }
    if (random.nextBoolean()) {
      builder.capacity(random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(500));
    }
    if (random.nextInt(4) == 0) {
      builder.waitlistLimit(random.nextInt(6));
    }
    if (random.nextBoolean()) {
      // Some time in the year before 2023, whole seconds as iCalendar writes them.
      builder.lastModified(Instant.parse("2022-01-01T00:00:00Z").plusSeconds(random.nextInt(365 * 24 * 3600)));
    }
    return builder.build();
  }

  /**
   * Returns a registrant with a hostile name, any role, province, language, and sometimes a zone
   * other than the province's.
   *
   * @param random the source of choices
   * @return the registrant
   */
  public static Registrant registrant(RandomGenerator random) {
    Registrant.Builder builder =
        Registrant.builder()
            .name(hostileTitle(random))
            .email(email(random))
            .role(oneOf(random, List.of(Role.values())))
            .province(oneOf(random, List.of(Province.values())))
            .language(oneOf(random, List.of(Language.values())));
    if (random.nextInt(4) == 0) {
      builder.timeZone(timeZone(random));
    }
    return builder.build();
  }

  /**
   * Returns a support resource with hostile names and hours, a valid sample {@code tel:} URI written
   * with any of RFC 3966's visual separators, sometimes with an extension ({@code ;ext=}, {@code
   * ;EXT=}) or a three-digit code ({@code tel:988;phone-context=+1}), and 0 to 4 provinces or
   * territories (none: national).
   *
   * @param random the source of choices
   * @param index a number that makes the resource's ten-digit number unique among those of one
   *     program (three-digit codes repeat)
   * @return the resource
   */
  public static SupportResource supportResource(RandomGenerator random, int index) {
    String area = String.valueOf(2 + random.nextInt(8)) + random.nextInt(10) + random.nextInt(10);
    String line = String.format(Locale.ROOT, "%04d", index % 10_000);
    String number =
        oneOf(
            random,
            List.of(
                "+1-" + area + "-555-" + line,
                "+1" + area + "555" + line,
                "+1.(" + area + ").555." + line,
                "+1-(" + area + ")-555-" + line,
                "+1-" + area + "-555-" + line + ";ext=" + (1 + random.nextInt(99_999)),
                "+1" + area + "555" + line + ";EXT=1-" + random.nextInt(1_000),
                oneOf(random, List.of("988", "9-8-8", "211", "811")) + ";phone-context=+1"));
    SupportResource.Builder builder =
        SupportResource.builder()
            .englishName(hostileTitle(random))
            .frenchName(hostileTitle(random))
            .phone(URI.create("tel:" + number))
            .page(httpsUrl(random, "support.example.org"));
    if (random.nextBoolean()) {
      builder.alwaysOpen(true);
    } else {
      builder.englishHours(hostileTitle(random)).frenchHours(hostileTitle(random));
    }
    int provinces = random.nextInt(5);
    for (int i = 0; i < provinces; i++) {
      builder.addProvince(oneOf(random, List.of(Province.values())));
    }
    return builder.build();
  }

  /**
   * Returns 0 to 20 support resources, each with its own phone number: national ones and
   * provincial ones in any order, so that some provinces have several and some none.
   *
   * @param random the source of choices
   * @return the resources
   */
  public static List<SupportResource> supportResources(RandomGenerator random) {
    int count = random.nextInt(21);
    List<SupportResource> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(supportResource(random, 100 + i));
    }
    return out;
  }

  /**
   * Returns the fixtures' realistic set ({@link Fixtures#SUPPORT_RESOURCES}) half the time, and
   * then the generated resources of {@link #supportResources} that are not already in it.
   *
   * @param random the source of choices
   * @return the resources
   */
  public static List<SupportResource> supportResourcesWithSamples(RandomGenerator random) {
    List<SupportResource> resources = new ArrayList<>();
    if (random.nextBoolean()) {
      resources.addAll(Fixtures.SUPPORT_RESOURCES);
    }
    for (SupportResource generated : supportResources(random)) {
      if (!resources.contains(generated)) {
        resources.add(generated);
      }
    }
    return resources;
  }

  /**
   * Returns a weekly schedule of 1 to 30 sessions in any zone, at any whole-minute time that
   * exists on every date, sometimes with skipped dates.
   *
   * @param random the source of choices
   * @return the schedule
   */
  public static WeeklySchedule weeklySchedule(RandomGenerator random) {
    while (true) {
      ZoneId zone = timeZone(random);
      LocalDateTime first = localStartNearTransition(random, zone);
      WeeklySchedule.Builder builder =
          WeeklySchedule.builder()
              .dayOfWeek(first.getDayOfWeek())
              .localTime(first.toLocalTime())
              .timeZone(zone)
              .firstDate(first.toLocalDate().minusDays(random.nextInt(7)));
      int weeks = 1 + random.nextInt(30);
      if (random.nextBoolean()) {
        builder.count(weeks);
      } else {
        builder.lastDate(first.toLocalDate().plusWeeks(weeks - 1));
      }
      if (weeks > 2 && random.nextBoolean()) {
        builder.addSkippedDate(first.toLocalDate().plusWeeks(1));
      }
      if (existsEveryWeek(zone, first, weeks + 1)) {
        return builder.build();
      }
    }
  }

  private static boolean existsEveryWeek(ZoneId zone, LocalDateTime first, int weeks) {
    for (int i = 0; i < weeks; i++) {
      if (zone.getRules().getValidOffsets(first.plusWeeks(i)).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a consistent program of 0 to 12 stand-alone sessions and 0 to 3 series with some of
   * their parts, sharing a pool of moderators.
   *
   * @param random the source of choices
   * @return the program
   */
  public static Program program(RandomGenerator random) {
    List<Moderator> pool = new ArrayList<>();
    int moderatorCount = 1 + random.nextInt(3);
    for (int i = 0; i < moderatorCount; i++) {
      pool.add(moderator(random).withDisplayName(hostileTitle(random)));
    }
    pool = dedupeIds(pool);
    List<Session> sessions = new ArrayList<>();
    int standAlone = random.nextInt(13);
    for (int i = 0; i < standAlone; i++) {
      sessions.add(session(random, SessionId.of("s" + i), List.of(oneOf(random, pool))));
    }
    List<Series> series = new ArrayList<>();
    int seriesCount = random.nextInt(4);
    for (int i = 0; i < seriesCount; i++) {
      Series one =
          Series.builder()
              .id(SeriesId.of("series-" + i))
              .title(hostileTitle(random))
              .description(hostileText(random))
              .partCount(1 + random.nextInt(5))
              .build();
      series.add(one);
      for (int part = 1; part <= one.partCount(); part++) {
        if (random.nextInt(4) != 0) {
          Session session =
              session(random, SessionId.of("series-" + i + "-part-" + part), List.of(oneOf(random, pool)));
          sessions.add(
              (random.nextBoolean() ? session.withTitle(one.title()) : session)
                  .withSeriesPart(Optional.of(SeriesPart.of(one.id(), part))));
        }
      }
    }
    return Program.builder()
        .name(hostileTitle(random))
        .description(random.nextInt(3) == 0 ? "" : hostileText(random))
        .organizerEmail(email(random))
        .homePage(URI.create("https://wellness.example.org/"))
        .supportUrl(URI.create("https://wellness.example.org/support"))
        .addAllSeries(series)
        .addAllSessions(sessions)
        .build();
  }

  /**
   * Returns a short text in one language: words that only that language writes, mixed with
   * pieces that belong to no language (line breaks, {@code ;}, {@code ,}, {@code \\}, quotes,
   * emoji, a right-to-left mark, guillemets). It never holds a word of the library's own
   * templates, so a message that shows it can be checked for the other language's words.
   *
   * @param random the source of choices
   * @param language the language of the words
   * @return the text, with at least one word
   */
  public static String textIn(RandomGenerator random, Language language) {
    List<String> words = language == Language.FRENCH ? FRENCH_WORDS : ENGLISH_WORDS;
    StringBuilder out = new StringBuilder(oneOf(random, words));
    int pieces = random.nextInt(8);
    for (int i = 0; i < pieces; i++) {
      out.append(random.nextInt(3) == 0 ? oneOf(random, NEUTRAL_PIECES) : " " + oneOf(random, words));
    }
    return out.toString();
  }

  /**
   * Returns a program as {@link #program(RandomGenerator)} makes, that promises English and
   * French (usually English first, sometimes French first): every title, description, bio and the
   * name are written with {@link #textIn} in the first language, and translated into the other.
   *
   * @param random the source of choices
   * @return the program
   */
  public static Program bilingualProgram(RandomGenerator random) {
    Program plain = program(random);
    Language first = random.nextInt(4) == 0 ? Language.FRENCH : Language.ENGLISH;
    Language other = first == Language.ENGLISH ? Language.FRENCH : Language.ENGLISH;
    Map<ModeratorId, Moderator> moderators = new HashMap<>();
    for (Session session : plain.sessions()) {
      for (Moderator moderator : session.moderators()) {
        moderators.computeIfAbsent(
            moderator.id(),
            id -> {
              Moderator.Builder builder = Moderator.builder().id(id).displayName(moderator.displayName());
              moderator.email().ifPresent(builder::email);
              if (moderator.bio().isPresent()) {
                builder.bio(textIn(random, first)).putBioTranslation(other, textIn(random, other));
              }
              return builder.build();
            });
      }
    }
    Map<SeriesId, Series> series = new HashMap<>();
    List<Series> allSeries = new ArrayList<>();
    for (Series one : plain.series()) {
      Series translated =
          one.withTitle(textIn(random, first))
              .withTitleTranslations(Map.of(other, textIn(random, other)))
              .withDescription(textIn(random, first))
              .withDescriptionTranslations(Map.of(other, textIn(random, other)));
      series.put(one.id(), translated);
      allSeries.add(translated);
    }
    List<Session> sessions = new ArrayList<>();
    for (Session session : plain.sessions()) {
      Optional<Series> of = session.seriesPart().map(part -> series.get(part.seriesId()));
      boolean sameAsSeries =
          session.seriesPart().isPresent()
              && session.title().equals(plain.seriesById(session.seriesPart().get().seriesId()).orElseThrow().title());
      Session translated =
          sameAsSeries
              ? session.withTitle(of.orElseThrow().title()).withTitleTranslations(of.orElseThrow().titleTranslations())
              : session.withTitle(textIn(random, first)).withTitleTranslations(Map.of(other, textIn(random, other)));
      if (!session.description().isEmpty()) {
        translated =
            translated
                .withDescription(textIn(random, first))
                .withDescriptionTranslations(Map.of(other, textIn(random, other)));
      }
      List<Moderator> crew = new ArrayList<>();
      for (Moderator moderator : session.moderators()) {
        crew.add(moderators.get(moderator.id()));
      }
      sessions.add(translated.withModerators(crew));
    }
    Program.Builder builder =
        Program.builder()
            .name(textIn(random, first))
            .putNameTranslation(other, textIn(random, other))
            .organizerEmail(plain.organizerEmail())
            .homePage(plain.homePage())
            .supportUrl(plain.supportUrl())
            .addLanguages(first, other)
            .addAllSeries(allSeries)
            .addAllSessions(sessions);
    if (!plain.description().isEmpty()) {
      builder.description(textIn(random, first)).putDescriptionTranslation(other, textIn(random, other));
    }
    return builder.build();
  }

  private static List<Moderator> dedupeIds(List<Moderator> moderators) {
    List<Moderator> unique = new ArrayList<>();
    for (Moderator moderator : moderators) {
      if (unique.stream().noneMatch(m -> m.id().equals(moderator.id()))) {
        unique.add(moderator);
      }
    }
    return unique;
  }

  /**
   * Returns a day of the week, Monday being the simplest.
   *
   * @param random the source of choices
   * @return the day
   */
  public static DayOfWeek dayOfWeek(RandomGenerator random) {
    return DayOfWeek.of(1 + random.nextInt(7));
  }

  /**
   * Returns a date between 2023 and 2032.
   *
   * @param random the source of choices
   * @return the date
   */
  public static LocalDate date(RandomGenerator random) {
    return LocalDate.of(2023, 1, 1).plusDays(random.nextInt(3653));
  }

  /**
   * Returns a wall-clock time on a whole minute.
   *
   * @param random the source of choices
   * @return the time
   */
  public static LocalTime time(RandomGenerator random) {
    return LocalTime.of(random.nextInt(24), random.nextInt(60));
  }
}
