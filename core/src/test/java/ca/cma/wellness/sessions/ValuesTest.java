package ca.cma.wellness.sessions;

import static ca.cma.wellness.sessions.testing.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.testing.Fixtures;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The small value types: ids, e-mail addresses, topics, series parts, provinces, labels. */
class ValuesTest {
  @Test
  void sessionId_ofToString_roundTrips() {
    SessionId id = SessionId.of("imposter-syndrome-2023-02-01");
    assertEquals(id, SessionId.of(id.toString()));
    assertEquals(SeriesId.of("a.b_c"), SeriesId.of(SeriesId.of("a.b_c").toString()));
    assertEquals(ModeratorId.of("x9"), ModeratorId.of(ModeratorId.of("x9").toString()));
  }

  @Test
  void sessionUid_parseOfToString_roundTrips() {
    SessionUid uid = Fixtures.PROGRAM.uidOf(Fixtures.IMPOSTER_SYNDROME);
    assertEquals("imposter-syndrome-2023-02-01@wellness.example.org", uid.toString());
    assertEquals(uid, SessionUid.parse(uid.toString()));
    assertEquals(Fixtures.IMPOSTER_SYNDROME.id(), uid.sessionId());
    assertTrue(uid.isOf(Fixtures.PROGRAM));
    assertFalse(SessionUid.parse("imposter-syndrome-2023-02-01@other.example.org").isOf(Fixtures.PROGRAM));
  }

  @Test
  void sessionUid_domainInCapitalsAndSurroundingSpace_readsAsTheSameUid() {
    assertEquals(
        SessionUid.of(SessionId.of("a-1"), "wellness.example.org"),
        SessionUid.parse(" a-1@Wellness.Example.ORG\r\n"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "no-at-sign", "@wellness.example.org", "a-1@", "a-1@localhost", "has space@example.org",
        "a-1@example..org", "a-1@-example.org", "series/x@example.org", "a@b@example.org"
      })
  void sessionUid_notIdAtDomain_isRefusedWithPathUid(String text) {
    SessionValidationException refused = assertRefused("uid", () -> SessionUid.parse(text));
    assertTrue(refused.problem().contains(text.strip()), refused.getMessage());
  }

  @Test
  void sessionUid_badDomain_isRefusedWithPathUidDomain() {
    assertRefused("uidDomain", () -> SessionUid.of(SessionId.of("a-1"), "Example.org"));
    assertRefused("uidDomain", () -> SessionUid.of(SessionId.of("a-1"), "a".repeat(64) + ".org"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-leading-dash", "has space", "é", "a/b", "a@b", "semi;colon"})
  void sessionId_badSyntax_isRefused(String id) {
    assertRefused("sessionId", () -> SessionId.of(id));
  }

  @Test
  void sessionId_sixtyFiveCharacters_isRefused() {
    assertRefused("sessionId", () -> SessionId.of("a".repeat(65)));
    assertEquals(64, SessionId.of("a".repeat(64)).value().length());
  }

  @Test
  void email_caseAndSurroundingSpace_doNotChangeIdentity() {
    EmailAddress a = EmailAddress.of("  Ana.Doe@Example.ORG ");
    EmailAddress b = EmailAddress.of("ana.doe@example.org");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals("Ana.Doe@Example.ORG", a.address());
    assertEquals("ana.doe@example.org", a.canonical());
    assertEquals("Example.ORG", a.domain());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "plain", "two@@example.org", "a@b@example.org", "@example.org", "a@", "a@localhost",
        "a b@example.org", ".a@example.org", "a.@example.org", "a..b@example.org",
        "a@-example.org", "a@example..org", "a@example.o", "a@example.123",
        "\"quoted\"@example.org", "a@[192.0.2.1]", "a\r\nBcc: x@example.org@example.org",
        "<a@example.org>", "a@example.org\u0000"
      })
  void email_notAnAddress_isRefusedNamingTheField(String address) {
    SessionValidationException refused = assertRefused("email", () -> EmailAddress.of(address));
    assertTrue(refused.getMessage().startsWith("email: is not an e-mail address"), refused.getMessage());
  }

  @Test
  void email_pathOfTheHoldingField_isUsed() {
    assertRefused("organizerEmail", () -> EmailAddress.of("organizerEmail", "nope"));
  }

  @Test
  void email_internationalAndPlusAddresses_areAccepted() {
    assertEquals("élise+wellness@médecins.example.org", EmailAddress.of("élise+wellness@médecins.example.org").address());
    assertEquals("o'brien@example.ca", EmailAddress.of("o'brien@example.ca").address());
  }

  @Test
  void topic_vocabularyLabelInAnyCase_isTheProgramTopic() {
    Topic topic = Topic.of("  self-CARE ");
    assertEquals(Topic.SELF_CARE, topic);
    assertEquals("Self-care", topic.label());
    assertTrue(topic.isVocabulary());
  }

  @Test
  void topic_freeTag_keepsItsSpelling() {
    Topic tag = Topic.of("Rural practice");
    assertEquals("Rural practice", tag.label());
    assertFalse(tag.isVocabulary());
    assertEquals(tag, Topic.of("rural PRACTICE"));
    assertNotEquals(Topic.BURNOUT, tag);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "two\nlines", "tab\there", "bell\u0007"})
  void topic_blankOrMultiLine_isRefused(String label) {
    assertRefused("topic", () -> Topic.of(label));
  }

  @Test
  void topic_vocabulary_holdsTheProgramPageTopics() {
    assertTrue(Topic.vocabulary().containsAll(
        java.util.List.of(Topic.PEER_SUPPORT, Topic.BURNOUT,
            Topic.LEADERSHIP_AND_PROFESSIONAL_DEVELOPMENT, Topic.SELF_CARE, Topic.STRESS)));
  }

  @Test
  void seriesPart_roman_writesPartNumbers() {
    SeriesId id = SeriesId.of("s");
    assertEquals("I", SeriesPart.of(id, 1).roman());
    assertEquals("II", SeriesPart.of(id, 2).roman());
    assertEquals("IV", SeriesPart.of(id, 4).roman());
    assertEquals("IX", SeriesPart.of(id, 9).roman());
    assertEquals("XIV", SeriesPart.of(id, 14).roman());
    assertEquals("LXIII", SeriesPart.of(id, 63).roman());
    assertEquals("LXIV", SeriesPart.of(id, 64).roman());
    assertEquals("CMXCIX", SeriesPart.of(id, 999).roman());
  }

  @Test
  void seriesPart_outOfRange_isRefused() {
    assertRefused("part", () -> SeriesPart.of(SeriesId.of("s"), 0));
    assertRefused("part", () -> SeriesPart.of(SeriesId.of("s"), 1000));
  }

  @Test
  void series_partCountOutOfRange_isRefused() {
    assertRefused("partCount", () -> Fixtures.COMPASSION_ROUNDS.withPartCount(0));
  }

  @Test
  void series_displayTitleOfAnotherSeriesSession_isMisuse() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> Fixtures.WEEKLY_CIRCLE.displayTitle(Fixtures.COMPASSION_ROUNDS_PART_I));
  }

  @Test
  void moderator_blankName_isRefused() {
    assertRefused("displayName", () -> Fixtures.DANIELA_ISFAN.withDisplayName(" "));
  }

  @Test
  void province_fromCode_readsPostalAbbreviations() {
    assertEquals(Optional.of(Province.NEWFOUNDLAND_AND_LABRADOR), Province.fromCode(" nl "));
    assertEquals(Optional.empty(), Province.fromCode("XX"));
    assertEquals(ZoneId.of("America/Regina"), Province.SASKATCHEWAN.defaultTimeZone());
    assertEquals("Terre-Neuve-et-Labrador", Province.NEWFOUNDLAND_AND_LABRADOR.displayName(Language.FRENCH));
  }

  @Test
  void language_fromTag_ignoresRegionAndCase() {
    assertEquals(Optional.of(Language.FRENCH), Language.fromTag("fr-CA"));
    assertEquals(Optional.of(Language.ENGLISH), Language.fromTag("EN"));
    assertEquals(Optional.empty(), Language.fromTag("de"));
  }

  @Test
  void role_audience_splitsPhysiciansFromLearners() {
    assertTrue(Audience.PHYSICIANS.admits(Role.PHYSICIAN));
    assertTrue(Audience.MEDICAL_LEARNERS.admits(Role.RESIDENT));
    assertTrue(Audience.MEDICAL_LEARNERS.admits(Role.MEDICAL_STUDENT));
    assertFalse(Audience.PHYSICIANS.admits(Role.MEDICAL_STUDENT));
  }

  @Test
  void canadianTimeZone_fromLabel_readsTheDocumentedTable() {
    assertEquals(Optional.of(CanadianTimeZone.EASTERN), CanadianTimeZone.fromLabel("ET"));
    assertEquals(Optional.of(CanadianTimeZone.EASTERN), CanadianTimeZone.fromLabel("e.s.t."));
    assertEquals(Optional.of(CanadianTimeZone.EASTERN), CanadianTimeZone.fromLabel("HAE"));
    assertEquals(Optional.of(CanadianTimeZone.NEWFOUNDLAND), CanadianTimeZone.fromLabel("NDT"));
    assertEquals(Optional.of(CanadianTimeZone.NEWFOUNDLAND), CanadianTimeZone.fromLabel("HT"));
    assertEquals(Optional.of(CanadianTimeZone.MOUNTAIN), CanadianTimeZone.fromLabel("HR"));
    assertEquals(Optional.of(CanadianTimeZone.CENTRAL), CanadianTimeZone.fromLabel("CST"));
    assertEquals(Optional.empty(), CanadianTimeZone.fromLabel("IST"));
    assertEquals(Optional.empty(), CanadianTimeZone.fromLabel("GMT"));
    assertEquals(ZoneId.of("America/Toronto"), CanadianTimeZone.EASTERN.zone());
  }

  @Test
  void canadianTimeZone_of_usesStandardOffset() {
    Instant july = Instant.parse("2023-07-05T23:00:00Z");
    assertEquals(
        Optional.of(CanadianTimeZone.CENTRAL), CanadianTimeZone.of(ZoneId.of("America/Regina"), july));
    assertEquals(
        Optional.of(CanadianTimeZone.EASTERN), CanadianTimeZone.of(ZoneId.of("America/Atikokan"), july));
    assertEquals(Optional.empty(), CanadianTimeZone.of(ZoneId.of("Europe/Paris"), july));
  }

  @Test
  void canadianTimeZone_canadianZoneIds_areAllValidRegions() {
    for (ZoneId zone : CanadianTimeZone.canadianZoneIds()) {
      assertTrue(CanadianTimeZone.of(zone, Instant.parse("2023-01-15T00:00:00Z")).isPresent(), zone.getId());
    }
  }

  @Test
  void registrant_toString_showsNeitherNameNorEmail() {
    Registrant learner = Fixtures.ST_JOHNS_LEARNER;
    String text = learner.toString();
    assertFalse(text.contains(learner.email().address()), text);
    assertFalse(text.contains("morgan"), text);
    assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("kelly"), text);
    assertTrue(text.contains("NL"), text);
  }

  @Test
  void registrant_zone_defaultsToTheProvince() {
    assertEquals(ZoneId.of("America/St_Johns"), Fixtures.ST_JOHNS_LEARNER.timeZone());
    assertEquals(ZoneId.of("America/Regina"), Fixtures.REGINA_PHYSICIAN.timeZone());
    assertEquals(ZoneId.of("America/Whitehorse"), Fixtures.WHITEHORSE_PHYSICIAN.timeZone());
  }

  @Test
  void registrant_sameAddressInOtherCase_isTheSamePerson() {
    Registrant again =
        Registrant.builder()
            .name("Morgan K.")
            .email(EmailAddress.of("MORGAN.KELLY@example.org"))
            .role(Role.RESIDENT)
            .province(Province.ONTARIO)
            .language(Language.FRENCH)
            .build();
    assertTrue(again.isSamePersonAs(Fixtures.ST_JOHNS_LEARNER));
  }

  @Test
  void registrant_zoneNotARegion_isRefused() {
    assertRefused("timeZone", () -> Fixtures.ST_JOHNS_LEARNER.withTimeZone(ZoneId.of("Z")));
  }

  @Test
  void validationException_within_prefixesThePath() {
    SessionValidationException inner = new SessionValidationException("start", "bad");
    assertEquals("sessions[2].start", inner.within("sessions[2]").path());
    assertEquals("sessions[2]", new SessionValidationException("", "bad").within("sessions[2]").path());
    assertEquals("bad", inner.within("x").problem());
  }

  @Test
  void validationException_message_cutsLongValuesAndEscapesControls() {
    SessionValidationException refused =
        assertRefused("title", () -> Fixtures.IMPOSTER_SYNDROME.withTitle("x".repeat(500) + "\u0007"));
    assertTrue(refused.getMessage().contains("(501 characters)"), refused.getMessage());
    assertTrue(refused.getMessage().length() < 300, refused.getMessage());
  }
}
