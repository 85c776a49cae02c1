package ca.cma.wellness.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.facts.LocalizedText;
import ca.cma.wellness.sessions.facts.ProgramFacts;
import ca.cma.wellness.sessions.facts.SessionFacts;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.Refusals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A program's languages: what it promises, what it refuses, and how a fallback is marked. */
class BilingualTest {
  private static final List<Language> BOTH = List.of(Language.ENGLISH, Language.FRENCH);
  private static final ProgramFacts BILINGUAL = ProgramFacts.of(Fixtures.BILINGUAL_PROGRAM);
  private static final ProgramFacts ENGLISH_ONLY = ProgramFacts.of(Fixtures.ENGLISH_ONLY_PROGRAM);

  @Test
  void languages_unset_promiseEnglishOnly() {
    assertEquals(List.of(Language.ENGLISH), Fixtures.PROGRAM.languages());
    assertEquals(Language.ENGLISH, Fixtures.PROGRAM.firstLanguage());
    assertFalse(Fixtures.PROGRAM.promises(Language.FRENCH));
    assertEquals(BOTH, Fixtures.BILINGUAL_PROGRAM.languages());
  }

  @Test
  void withLanguages_promisedFrenchTitleMissing_isRefusedWithThePathOfTheMissingText() {
    List<Session> sessions = new ArrayList<>(Fixtures.PROGRAM.sessions());
    sessions.set(2, sessions.get(2).withTitleTranslations(Map.of()));
    SessionValidationException refused =
        Refusals.assertRefused(
            "sessions[2].titleTranslations.fr",
            () -> Fixtures.PROGRAM.withSessions(sessions).withLanguages(BOTH));
    assertTrue(refused.problem().contains("promises fr"), refused.problem());
  }

  @Test
  void withLanguages_eachMissingTranslation_isNamedByItsPath() {
    Program english = Fixtures.ENGLISH_ONLY_PROGRAM;
    Refusals.assertRefused("nameTranslations.fr", () -> english.withLanguages(BOTH));
    Program named = english.withNameTranslations(Fixtures.PROGRAM.nameTranslations());
    Refusals.assertRefused("descriptionTranslations.fr", () -> named.withLanguages(BOTH));
    Program described = named.withDescriptionTranslations(Fixtures.PROGRAM.descriptionTranslations());
    Refusals.assertRefused("series[0].titleTranslations.fr", () -> described.withLanguages(BOTH));
    Program withSeries = described.withSeries(Fixtures.PROGRAM.series());
    Refusals.assertRefused("sessions[0].titleTranslations.fr", () -> withSeries.withLanguages(BOTH));
    Session imposter =
        Fixtures.IMPOSTER_SYNDROME.withModerators(english.sessions().get(0).moderators());
    Program untranslatedBio =
        withSeries.withSessions(List.of(imposter));
    Refusals.assertRefused(
        "sessions[0].moderators[0].bioTranslations.fr", () -> untranslatedBio.withLanguages(BOTH));
    Session noDescription = Fixtures.IMPOSTER_SYNDROME.withDescriptionTranslations(Map.of());
    Refusals.assertRefused(
        "sessions[0].descriptionTranslations.fr",
        () -> withSeries.withSessions(List.of(noDescription)).withLanguages(BOTH));
  }

  @Test
  void withLanguages_emptyDescription_needsNoTranslation() {
    Session plain =
        Fixtures.IMPOSTER_SYNDROME.withDescription("").withDescriptionTranslations(Map.of());
    Program program = Fixtures.BILINGUAL_PROGRAM.withSession(plain);
    assertEquals(Optional.empty(), ProgramFacts.of(program).session(plain).localizedDescription(Language.FRENCH));
  }

  @Test
  void translations_intoTheFirstLanguageOrListedTwice_areRefused() {
    Session english = Fixtures.IMPOSTER_SYNDROME.withTitleTranslations(Map.of(Language.ENGLISH, "Imposters"));
    Refusals.assertRefused(
        "sessions[0].titleTranslations.en", () -> Fixtures.PROGRAM.withSession(english));
    Refusals.assertRefused(
        "languages[1]", () -> Fixtures.PROGRAM.withLanguages(List.of(Language.FRENCH, Language.FRENCH)));
    Refusals.assertRefused(
        "titleTranslations.fr",
        () -> Fixtures.IMPOSTER_SYNDROME.withTitleTranslations(Map.of(Language.FRENCH, " \u200B ")));
    Refusals.assertRefused(
        "descriptionTranslations.fr",
        () -> Fixtures.IMPOSTER_SYNDROME.withDescriptionTranslations(Map.of(Language.FRENCH, "a\u0000b")));
  }

  @Test
  void frenchFirst_theTextsAreFrenchAndTheTranslationsEnglish() {
    Session session =
        Fixtures.IMPOSTER_SYNDROME.withTitle("Le syndrome de l'imposteur")
            .withTitleTranslations(Map.of(Language.ENGLISH, "Imposter syndrome"))
            .withDescription("")
            .withDescriptionTranslations(Map.of());
    Moderator isfan =
        Moderator.builder().id(Fixtures.DANIELA_ISFAN.id()).displayName("Dre Daniela Isfan").build();
    Program program =
        Program.builder()
            .name("Connexion bien-être")
            .putNameTranslation(Language.ENGLISH, "Wellness Connection")
            .addLanguages(Language.FRENCH, Language.ENGLISH)
            .organizerEmail(Fixtures.ORGANIZER)
            .homePage(Fixtures.PROGRAM.homePage())
            .supportUrl(Fixtures.PROGRAM.supportUrl())
            .addSession(session.withModerators(List.of(isfan)))
            .build();
    ProgramFacts facts = ProgramFacts.of(program);
    assertEquals(new LocalizedText("Connexion bien-être", Language.FRENCH), facts.name(Language.FRENCH));
    assertEquals(new LocalizedText("Wellness Connection", Language.ENGLISH), facts.name(Language.ENGLISH));
    SessionFacts event = facts.session(program.sessions().get(0));
    assertEquals(new LocalizedText("Imposter syndrome", Language.ENGLISH), event.localizedTitle(Language.ENGLISH));
  }

  @Test
  void facts_bilingualProgram_giveEachReaderTheirOwnLanguage() {
    SessionFacts imposter = BILINGUAL.session(Fixtures.IMPOSTER_SYNDROME);
    assertEquals(
        new LocalizedText("Le syndrome de l'imposteur", Language.FRENCH), imposter.localizedTitle(Language.FRENCH));
    assertEquals(
        new LocalizedText("Imposter syndrome", Language.ENGLISH), imposter.localizedTitle(Language.ENGLISH));
    assertEquals(Language.FRENCH, imposter.descriptionLanguage(Language.FRENCH));
    assertEquals(
        List.of("Syndrome de l'imposteur", "Épuisement professionnel", "Soutien par les pairs"),
        imposter.topics(Language.FRENCH).stream().map(LocalizedText::text).toList());
    assertEquals("Animé par Dr. Daniela Isfan", imposter.moderatorsLine(Language.FRENCH));
    assertEquals(
        new LocalizedText("Médecin et animatrice formée en soutien par les pairs.", Language.FRENCH),
        BILINGUAL.bio(Fixtures.DANIELA_ISFAN, Language.FRENCH).orElseThrow());
    assertEquals(new LocalizedText("Connexion bien-être", Language.FRENCH), BILINGUAL.name(Language.FRENCH));
  }

  @Test
  void facts_seriesPart_readsPartieInFrench() {
    SessionFacts part = BILINGUAL.session(Fixtures.COMPASSION_ROUNDS_PART_II);
    assertEquals(
        new LocalizedText("Rondes de compassion : l'art et la science du bonheur (partie II)", Language.FRENCH),
        part.localizedTitle(Language.FRENCH));
    assertEquals(
        "Compassion Rounds: The art and science of happiness (part II)", part.title(Language.ENGLISH));
    SessionFacts cancelled = BILINGUAL.session(Fixtures.CANCELLED_SESSION);
    assertEquals(
        new LocalizedText("Annulée : Prendre soin de soi pendant la résidence", Language.FRENCH),
        cancelled.localizedSummary(Language.FRENCH));
  }

  @Test
  void facts_englishOnlyProgram_fallBackToEnglishAndSaySo() {
    SessionFacts imposter = ENGLISH_ONLY.session(Fixtures.ENGLISH_ONLY_PROGRAM.sessions().get(0));
    LocalizedText title = imposter.localizedTitle(Language.FRENCH);
    assertEquals(new LocalizedText("Imposter syndrome", Language.ENGLISH), title);
    assertFalse(title.isIn(Language.FRENCH), "a fallback is never passed off as French");
    assertEquals(Language.ENGLISH, imposter.descriptionLanguage(Language.FRENCH));
    assertEquals(new LocalizedText("Wellness Connection", Language.ENGLISH), ENGLISH_ONLY.name(Language.FRENCH));
    // The library's own words still follow the reader.
    assertEquals("Cette séance est annulée.",
        ENGLISH_ONLY.session(Fixtures.ENGLISH_ONLY_PROGRAM.sessionById(Fixtures.CANCELLED_SESSION.id()).orElseThrow())
            .paragraphs(Language.FRENCH).get(0));
    // A free tag has no French label: it stays in the program's first language.
    Topic rural = Topic.of("Rural practice");
    assertEquals(new LocalizedText("Rural practice", Language.ENGLISH), ENGLISH_ONLY.topic(rural, Language.FRENCH));
  }

  @Test
  void topic_vocabulary_hasFrenchLabelsAndReadsThemBack() {
    assertEquals(Optional.of("Syndrome de l'imposteur"), Topic.IMPOSTER_SYNDROME.label(Language.FRENCH));
    assertEquals(Optional.of("Imposter syndrome"), Topic.IMPOSTER_SYNDROME.label(Language.ENGLISH));
    assertEquals(Topic.BURNOUT, Topic.of("épuisement professionnel"));
    assertEquals("Burnout", Topic.of("Épuisement professionnel").label());
    for (Topic topic : Topic.vocabulary()) {
      assertTrue(topic.label(Language.FRENCH).isPresent(), topic.label());
    }
    assertEquals(Optional.empty(), Topic.of("Rural practice").label(Language.FRENCH));
  }

  @Test
  void templateWords_ofEachLanguage_shareNoWordWithTheOther() {
    List<String> english = ProgramFacts.templateWords(Language.ENGLISH);
    List<String> french = ProgramFacts.templateWords(Language.FRENCH);
    assertTrue(english.contains("Moderated by"), english.toString());
    assertTrue(french.contains("Animé par"), french.toString());
    assertTrue(english.contains("You are registered for this"), english.toString());
    for (String word : english) {
      for (String mot : french) {
        assertFalse(mot.contains(word) || word.contains(mot), word + " / " + mot);
      }
    }
  }

  @Test
  void weeklySchedule_parts_takeTheSeriesTranslations() {
    for (Session part : Fixtures.WEEKLY_CIRCLE_PARTS) {
      assertEquals(Fixtures.WEEKLY_CIRCLE.titleTranslations(), part.titleTranslations());
    }
  }
}
