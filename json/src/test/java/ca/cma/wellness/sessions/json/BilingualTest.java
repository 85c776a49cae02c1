package ca.cma.wellness.sessions.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Moderator;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Series;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteMethod;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.json.internal.Json;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.Generators;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The JSON outputs of a bilingual program: feed 1.2's localized texts (valid against the shipped
 * schema, read back into the same translations), JSON-LD for a French page, JSCalendar's locale
 * and localizations, and the Jackson module's translations.
 */
class BilingualTest {
  private static final Program BILINGUAL = Fixtures.BILINGUAL_PROGRAM;

  @Test
  void feed_bilingualProgram_isValidAndSaysEachTextsLanguage() {
    String feed = Outputs.feed(Fixtures.CLOCK, BILINGUAL);
    assertEquals(List.of(), FeedSchemaTest.violations(feed));
    JsonNode tree = Json.MAPPER.readTree(feed);
    assertEquals("1.3", tree.get("version").stringValue());
    assertEquals("[\"en\",\"fr\"]", tree.get("program").get("languages").toString());
    assertEquals("Connexion bien-être", tree.get("program").get("localized").get("fr").get("name").stringValue());
    JsonNode french = tree.get("sessions").get(0).get("localized").get("fr");
    assertEquals("Le syndrome de l'imposteur", french.get("title").stringValue());
    assertEquals("fr", french.get("titleLanguage").stringValue());
    assertEquals("fr", french.get("descriptionLanguage").stringValue());
  }

  @Test
  void feed_englishOnlyProgram_marksTheFallbackInsteadOfHidingIt() {
    JsonNode tree = Json.MAPPER.readTree(Outputs.feed(Fixtures.CLOCK, Fixtures.ENGLISH_ONLY_PROGRAM));
    JsonNode french = tree.get("sessions").get(0).get("localized").get("fr");
    assertEquals("Imposter syndrome", french.get("title").stringValue());
    assertEquals("en", french.get("titleLanguage").stringValue(), "an English title is said to be English");
    assertEquals("en", tree.get("program").get("localized").get("fr").get("nameLanguage").stringValue());
  }

  @Test
  void feedReader_bilingualProgram_readsTheTranslationsBack() {
    Program read = FeedReader.of().read(Outputs.feed(Fixtures.CLOCK, BILINGUAL));
    assertEquals(BILINGUAL.languages(), read.languages());
    assertEquals(BILINGUAL.nameTranslations(), read.nameTranslations());
    assertEquals(BILINGUAL.descriptionTranslations(), read.descriptionTranslations());
    List<Session> expected = BILINGUAL.upcoming(Fixtures.CLOCK);
    for (int i = 0; i < expected.size(); i++) {
      Session session = read.sessions().get(i);
      assertEquals(expected.get(i).titleTranslations(), session.titleTranslations(), session.id().toString());
      assertEquals(expected.get(i).descriptionTranslations(), session.descriptionTranslations());
      for (int m = 0; m < session.moderators().size(); m++) {
        assertEquals(expected.get(i).moderators().get(m).bioTranslations(), session.moderators().get(m).bioTranslations());
      }
    }
    for (Series series : read.series()) {
      assertEquals(BILINGUAL.seriesById(series.id()).orElseThrow().titleTranslations(), series.titleTranslations());
    }
  }

  @Test
  void feedReader_englishOnlyProgram_readsNoFrenchFromTheMarkedFallbacks() {
    Program read = FeedReader.of().read(Outputs.feed(Fixtures.CLOCK, Fixtures.ENGLISH_ONLY_PROGRAM));
    assertEquals(Map.of(), read.nameTranslations());
    for (Session session : read.sessions()) {
      assertEquals(Map.of(), session.titleTranslations(), session.id().toString());
    }
  }

  @Test
  void feed_generatedBilingualPrograms_areValidAndReadBackTheSameTranslations() {
    WellnessGens.theory()
        .withExamples(40)
        .forAll(WellnessGens.bilingualPrograms())
        .checkAssert(
            program -> {
              String feed = Outputs.feed(Outputs.BEFORE_EVERYTHING, program);
              assertEquals(List.of(), FeedSchemaTest.violations(feed));
              Program read = FeedReader.of().read(feed);
              assertEquals(program.languages(), read.languages());
              assertEquals(program.nameTranslations(), read.nameTranslations());
              List<Session> expected = program.sessionsInOrder();
              for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i).titleTranslations(), read.sessions().get(i).titleTranslations());
                assertEquals(
                    expected.get(i).descriptionTranslations(), read.sessions().get(i).descriptionTranslations());
              }
            });
  }

  @Test
  void jsonLd_frenchPage_isInFrenchAndSaysSo() {
    JsonNode event =
        Json.MAPPER.readTree(JsonLd.of(BILINGUAL, Fixtures.CLOCK).withLanguage(Language.FRENCH).event(Fixtures.COMPASSION_ROUNDS_PART_I));
    assertEquals("fr", event.get("inLanguage").stringValue());
    assertEquals("Rondes de compassion : l'art et la science du bonheur (partie I)", event.get("name").stringValue());
    assertEquals("Connexion bien-être", event.get("organizer").get("name").stringValue());
    assertEquals("Compassion", event.get("keywords").get(0).stringValue());
    assertEquals("Soins personnels", event.get("keywords").get(1).stringValue());
    assertEquals(
        "Rondes de compassion : l'art et la science du bonheur", event.get("superEvent").get("name").stringValue());
    JsonNode fallback =
        Json.MAPPER.readTree(
            JsonLd.of(Fixtures.ENGLISH_ONLY_PROGRAM, Fixtures.CLOCK)
                .withLanguage(Language.FRENCH)
                .event(Fixtures.ENGLISH_ONLY_PROGRAM.sessions().get(0)));
    assertEquals("en", fallback.get("inLanguage").stringValue(), "English text on a French page says it is English");
  }

  @Test
  void jsCalendar_frenchInvite_isInFrenchWithEnglishAsALocalization() {
    JsonNode event = Json.MAPPER.readTree(JsCalendar.of(BILINGUAL, Fixtures.CLOCK).invite(sudbury()));
    assertEquals("fr", event.get("locale").stringValue());
    assertEquals("Le syndrome de l'imposteur", event.get("title").stringValue());
    assertEquals("Imposter syndrome", event.get("localizations").get("en").get("title").stringValue());
    assertEquals("Connexion bien-être", event.get("participants").get("_organizer").get("name").stringValue());
    JsonNode english = Json.MAPPER.readTree(JsCalendar.of(Fixtures.ENGLISH_ONLY_PROGRAM, Fixtures.CLOCK)
        .event(Fixtures.ENGLISH_ONLY_PROGRAM.sessions().get(0)));
    assertEquals("en", english.get("locale").stringValue());
    JsonNode patch = english.get("localizations").get("fr");
    assertFalse(patch.has("title") || patch.has("description"), "no French title where there is none");
    assertEquals("{\"Syndrome de l'imposteur\":true,\"Épuisement professionnel\":true,\"Soutien par les pairs\":true}",
        patch.get("keywords").toString(), "the program's own topics are French");
  }

  private static InviteMessage sudbury() {
    return InviteMessage.builder()
        .method(InviteMethod.REQUEST)
        .reason(InviteReason.CONFIRMED)
        .session(Fixtures.IMPOSTER_SYNDROME)
        .recipient(Fixtures.SUDBURY_PHYSICIAN)
        .sequence(0)
        .build();
  }

  @Test
  void module_translations_roundTrip() {
    var mapper = tools.jackson.databind.json.JsonMapper.builder().addModule(new WellnessSessionsModule()).build();
    Program read = mapper.readValue(mapper.writeValueAsString(BILINGUAL), Program.class);
    assertEquals(BILINGUAL, read);
    Moderator moderator = Generators.moderator(new SplittableRandom(7));
    assertEquals(moderator, mapper.readValue(mapper.writeValueAsString(moderator), Moderator.class));
  }

  /**
   * jsonld-compassion-rounds-part-1.fr.json pins JSON-LD for a French page: name with "(partie
   * I)", French keywords, the organizer "Connexion bien-être", the series' French name and
   * description, inLanguage fr. jscalendar-invite-sudbury-physician.fr.json pins a French
   * invite: locale fr, the French title, description and keywords, English as localizations.
   */
  @Test
  void goldenFiles_inFrench() {
    Golden.assertGolden(
        "jsonld-compassion-rounds-part-1.fr.json",
        JsonLd.of(BILINGUAL, Fixtures.CLOCK).withLanguage(Language.FRENCH).event(Fixtures.COMPASSION_ROUNDS_PART_I));
    Golden.assertGolden(
        "jscalendar-invite-sudbury-physician.fr.json", JsCalendar.of(BILINGUAL, Fixtures.CLOCK).invite(sudbury()));
  }
}
