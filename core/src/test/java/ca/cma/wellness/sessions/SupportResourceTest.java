package ca.cma.wellness.sessions;

import static ca.cma.wellness.sessions.testing.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.testing.Fixtures;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Support resources: what a host may give, what is refused with the field and value named. */
class SupportResourceTest {
  private static SupportResource.Builder valid() {
    return SupportResource.builder()
        .englishName("Physician support line (sample)")
        .frenchName("Ligne de soutien aux médecins (exemple)")
        .page(URI.create("https://support.example.org/"))
        .alwaysOpen(true);
  }

  private static SupportResource resource(String english, String french, String tel, String page) {
    return SupportResource.builder()
        .englishName(english)
        .frenchName(french)
        .phone(URI.create(tel))
        .page(URI.create(page))
        .alwaysOpen(true)
        .build();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tel:+1-800-555-0100", "tel:+18005550100", "tel:+1.800.555.0100", "tel:+1-(800)-555-0100",
        "TEL:+1-800-555-0100"
      })
  void phone_globalNorthAmericanNumber_isAcceptedAndWrittenTheCanadianWay(String tel) {
    SupportResource resource = valid().phone(URI.create(tel)).build();
    assertEquals(URI.create(tel), resource.phone(), "kept as given");
    assertEquals("1-800-555-0100", resource.phoneText());
    assertEquals(URI.create("tel:+1-800-555-0100"), resource.telUri());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tel:1-800-555-0100", // local number, no +
        "tel:+1-800-555-010", // ten digits in all
        "tel:+44-20-7946-0958", // not North American
        "tel:+1-800-555-0100;isub=12", // another parameter
        "tel:+1-800-555-0100;ext=", // an empty extension
        "tel:+1-800-555-0100;ext=12345678901", // an extension of eleven digits
        "tel:+1-800-555-0100;ext=12a", // a letter in the extension
        "tel:+1-800-555-0100;ext=1;ext=2", // two extensions
        "tel:+1-800-555-0100;phone-context=+1", // a context on a global number
        "tel:+1-800-555-0100#x", // fragment
        "tel:+1-800_555_0100", // not a visual separator
        "tel:+1-100-555-0100", // area code starting with 1
        "tel:988", // a three-digit code without its context
        "tel:988;phone-context=+44", // in another context
        "tel:988;phone-context=example.org", // a domain as context
        "tel:988;phone-context=+1;ext=1", // a code with an extension
        "tel:555;phone-context=+1", // not a Canadian three-digit code
        "tel:5550100;phone-context=+1-800", // a local seven-digit number
        "tel:;phone-context=+1", // no number
        "sms:+1-800-555-0100",
        "https://support.example.org/call",
        "+1-800-555-0100"
      })
  void phone_notANumberTheLibraryCanWrite_isRefusedNamingFieldAndValue(String tel) {
    SessionValidationException refused =
        assertRefused("phone", () -> valid().phone(URI.create(tel)).build());
    assertTrue(refused.getMessage().contains("\"" + tel + "\""), refused.getMessage());
    assertTrue(refused.getMessage().contains("tel:+1-800-555-0100"), "shows the form it wants");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tel:988;phone-context=+1", "tel:9-8-8;phone-context=+1", "tel:988;PHONE-CONTEXT=+1"})
  void phone_988_isAThreeDigitCodeWrittenDigitByDigit(String tel) {
    SupportResource resource = valid().phone(URI.create(tel)).build();
    assertTrue(resource.isThreeDigitCode());
    assertEquals("9-8-8", resource.phoneText());
    assertEquals("9-8-8", resource.phoneText(Language.FRENCH));
    assertEquals(URI.create("tel:988;phone-context=+1"), resource.telUri());
  }

  @Test
  void phone_211_isAThreeDigitCode() {
    SupportResource resource = valid().phone(URI.create("tel:211;phone-context=+1")).build();
    assertEquals("2-1-1", resource.phoneText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"tel:+1-800-555-0100;ext=12", "tel:+18005550100;EXT=1-2", "tel:+1.800.555.0100;ext=12"})
  void phone_withExtension_isWrittenTheCanadianWayInEachLanguage(String tel) {
    SupportResource resource = valid().phone(URI.create(tel)).build();
    assertFalse(resource.isThreeDigitCode());
    assertEquals("1-800-555-0100 ext. 12", resource.phoneText());
    assertEquals("1-800-555-0100 ext. 12", resource.phoneText(Language.ENGLISH));
    assertEquals("1-800-555-0100, poste 12", resource.phoneText(Language.FRENCH));
    assertEquals(URI.create("tel:+1-800-555-0100;ext=12"), resource.telUri());
  }

  @Test
  void phone_refusal_namesTheRuleItBroke() {
    SessionValidationException refused =
        assertRefused("phone", () -> valid().phone(URI.create("tel:988;phone-context=+1;ext=1")).build());
    assertTrue(refused.problem().contains("a three-digit code has no extension"), refused.problem());
    refused = assertRefused("phone", () -> valid().phone(URI.create("tel:+1-800-555-0100;ext=12345678901")).build());
    assertTrue(refused.problem().contains("an extension has 1 to 10 digits (has 11)"), refused.problem());
    refused = assertRefused("phone", () -> valid().phone(URI.create("tel:+1-800-555-0100;isub=12")).build());
    assertTrue(refused.problem().contains("\";isub=12\" is not supported"), refused.problem());
  }

  @Test
  void page_notHttps_isRefusedNamingFieldAndValue() {
    SessionValidationException refused =
        assertRefused(
            "page",
            () -> resource("a", "b", "tel:+1-800-555-0100", "http://support.example.org/"));
    assertTrue(refused.getMessage().contains("\"http://support.example.org/\""), refused.getMessage());
  }

  @Test
  void names_blank_areRefusedByLanguage() {
    String page = "https://support.example.org/";
    assertRefused("frenchName", () -> resource("a", " \u200B ", "tel:+1-800-555-0100", page));
    assertRefused("englishName", () -> resource("", "b", "tel:+1-800-555-0100", page));
  }

  @Test
  void hours_neitherGivenNorAlwaysOpen_isRefused() {
    assertRefused(
        "englishHours",
        () ->
            SupportResource.builder()
                .englishName("a")
                .frenchName("b")
                .phone(URI.create("tel:+1-800-555-0100"))
                .page(URI.create("https://support.example.org/"))
                .build());
  }

  @Test
  void hours_inOneLanguageOnly_isRefusedNamingTheMissingOne() {
    assertRefused(
        "frenchHours",
        () ->
            SupportResource.builder()
                .englishName("a")
                .frenchName("b")
                .phone(URI.create("tel:+1-800-555-0100"))
                .page(URI.create("https://support.example.org/"))
                .englishHours("Mon. to Fri.")
                .build());
  }

  @Test
  void hours_alongsideAlwaysOpen_isRefused() {
    assertRefused(
        "englishHours",
        () -> valid().phone(URI.create("tel:+1-800-555-0100")).englishHours("9 to 5").build());
  }

  @Test
  void serves_national_everyProvince_provincial_onlyItsOwn() {
    SupportResource national = Fixtures.NATIONAL_SUPPORT;
    assertTrue(national.isNational());
    for (Province province : Province.values()) {
      assertTrue(national.serves(province));
    }
    SupportResource north = Fixtures.SUPPORT_RESOURCES.get(Province.values().length);
    assertEquals(EnumSet.of(Province.YUKON, Province.NORTHWEST_TERRITORIES, Province.NUNAVUT), north.provinces());
    assertTrue(north.serves(Province.NUNAVUT));
    assertFalse(north.serves(Province.QUEBEC));
    assertEquals(Optional.of("tous les soirs, de 18 h à minuit, heure locale"), north.hours(Language.FRENCH));
  }

  @Test
  void fixtures_areSamples_555NumbersAndExampleOrgPages() {
    for (SupportResource resource : Fixtures.SUPPORT_RESOURCES) {
      assertTrue(resource.phoneText().matches("1-\\d{3}-555-01\\d\\d"), resource.phoneText());
      assertTrue(resource.page().getHost().endsWith("example.org"), resource.page().toString());
      assertTrue(resource.englishName().endsWith("(sample)"), resource.englishName());
      assertTrue(resource.frenchName().endsWith("(exemple)"), resource.frenchName());
    }
  }

  @Test
  void provincesWithoutSupport_fixtures_none_nationalOnly_all_oneMissing_thatOne() {
    assertEquals(Set.of(), Fixtures.PROGRAM.provincesWithoutSupport());
    assertEquals(
        EnumSet.allOf(Province.class),
        Fixtures.PROGRAM.withSupportResources(List.of(Fixtures.NATIONAL_SUPPORT)).provincesWithoutSupport());
    List<SupportResource> withoutNunavutsTwo =
        Fixtures.SUPPORT_RESOURCES.stream()
            .filter(r -> !r.provinces().contains(Province.NUNAVUT))
            .toList();
    assertEquals(
        Set.of(Province.NUNAVUT),
        Fixtures.PROGRAM.withSupportResources(withoutNunavutsTwo).provincesWithoutSupport());
  }

  @Test
  void program_sameResourceTwice_isRefusedWithItsIndex() {
    assertRefused(
        "supportResources[1]",
        () ->
            Fixtures.PROGRAM.withSupportResources(
                List.of(Fixtures.NATIONAL_SUPPORT, Fixtures.NATIONAL_SUPPORT)));
  }

  @Test
  void program_withSeries_keepsItsSupportResources() {
    Program copy = Fixtures.PROGRAM.withSeries(Fixtures.WEEKLY_CIRCLE, Fixtures.WEEKLY_CIRCLE_PARTS);
    assertEquals(Fixtures.SUPPORT_RESOURCES, copy.supportResources());
  }
}
