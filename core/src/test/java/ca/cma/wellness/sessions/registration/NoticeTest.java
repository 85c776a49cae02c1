package ca.cma.wellness.sessions.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.Refusals;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NoticeTest {
  private static final Instant NOW = Fixtures.CLOCK.instant();

  private static Registration confirmed() {
    return Registration.builder()
        .id(RegistrationId.of(Fixtures.IMPOSTER_SYNDROME.id(), 1))
        .registrant(Fixtures.REGINA_PHYSICIAN)
        .status(RegistrationStatus.CONFIRMED)
        .registeredAt(NOW)
        .confirmedAt(NOW)
        .build();
  }

  @Test
  void new_refusedWithoutReason_isRefused() {
    Refusals.assertRefused(
        "refusal",
        () ->
            new Notice(
                NoticeKind.REFUSED,
                Fixtures.IMPOSTER_SYNDROME.id(),
                Fixtures.REGINA_PHYSICIAN,
                Optional.empty(),
                Optional.empty()));
  }

  @Test
  void of_refusedKind_isRefused() {
    Refusals.assertRefused("refusal", () -> Notice.of(NoticeKind.REFUSED, confirmed()));
  }

  @Test
  void new_registrationOfAnotherPerson_isRefused() {
    Refusals.assertRefused(
        "registration",
        () ->
            new Notice(
                NoticeKind.CONFIRMED,
                Fixtures.IMPOSTER_SYNDROME.id(),
                Fixtures.HALIFAX_PHYSICIAN,
                Optional.of(confirmed()),
                Optional.empty()));
  }

  @Test
  void toString_refusal_showsCodeAndSessionOnly() {
    Notice refused =
        Notice.refused(Fixtures.IMPOSTER_SYNDROME.id(), Fixtures.REGINA_PHYSICIAN, RefusalReason.FULL);

    assertEquals("Notice{REFUSED, imposter-syndrome-2023-02-01, FULL}", refused.toString());
    assertTrue(refused.isRefused());
    assertTrue(refused.answersRequest());
  }

  @Test
  void answersRequest_consequences_areNotAnswers() {
    assertFalse(NoticeKind.PROMOTED.answersRequest());
    assertFalse(NoticeKind.SESSION_CANCELLED.answersRequest());
  }

  @Test
  void sentence_everyReason_isOneSentenceInEachLanguage() {
    for (RefusalReason reason : RefusalReason.values()) {
      for (Language language : Language.values()) {
        String sentence = reason.sentence(language);
        assertTrue(sentence.endsWith("."), sentence);
        assertFalse(sentence.contains("@"), sentence);
      }
      assertFalse(reason.sentence(Language.ENGLISH).equals(reason.sentence(Language.FRENCH)), reason::name);
    }
    assertEquals(
        RefusalReason.values().length,
        Arrays.stream(RefusalReason.values()).map(r -> r.sentence(Language.ENGLISH)).distinct().count());
    assertEquals("Cette séance a été annulée.", RefusalReason.SESSION_CANCELLED.sentence(Language.FRENCH));
  }
}
