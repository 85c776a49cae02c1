package ca.cma.wellness.sessions.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Province;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.SupportResource;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteMethod;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The support resources a message ends with: where the reader lives first, in their language. */
class SupportFactsTest {
  private static final ProgramFacts FACTS = ProgramFacts.of(Fixtures.BILINGUAL_PROGRAM);

  private static InviteFacts invite(Registrant recipient, InviteMethod method, InviteReason reason) {
    return FACTS.invite(
        InviteMessage.builder()
            .method(method)
            .sequence(method == InviteMethod.CANCEL ? 1 : 0)
            .recipient(recipient)
            .session(Fixtures.IMPOSTER_SYNDROME)
            .reason(reason)
            .build());
  }

  @Test
  void support_newfoundlandReader_theirProgramThenTheNationalLine() {
    List<SupportFacts> support = FACTS.support(Province.NEWFOUNDLAND_AND_LABRADOR, Language.ENGLISH);
    assertEquals(2, support.size());
    assertEquals("Physician Health Program of Newfoundland and Labrador (sample)", support.get(0).name());
    assertEquals("1-800-555-0105", support.get(0).phoneText());
    assertEquals(URI.create("tel:+1-800-555-0105"), support.get(0).tel());
    assertEquals("24/7", support.get(0).hours());
    assertEquals(
        "Physician Health Program of Newfoundland and Labrador (sample): 1-800-555-0105"
            + " <tel:+1-800-555-0105> (24/7) https://php-nl.example.org/",
        support.get(0).line());
    assertTrue(support.get(1).isNational());
    assertEquals(
        "Physician support line (sample): 1-800-555-0100 <tel:+1-800-555-0100> (24/7)"
            + " https://support.example.org/",
        support.get(1).line());
  }

  @Test
  void support_frenchReaderInNewBrunswick_namesAndHoursInFrench() {
    List<SupportFacts> support = FACTS.support(Province.NEW_BRUNSWICK, Language.FRENCH);
    assertEquals(
        List.of(
            "Programme de santé des médecins, Nouveau-Brunswick (exemple) : 1-800-555-0104"
                + " <tel:+1-800-555-0104> (du lundi au vendredi, de 8 h 30 à 16 h 30, heure locale)"
                + " https://php-nb.example.org/",
            "Ligne de soutien aux médecins (exemple) : 1-800-555-0100 <tel:+1-800-555-0100>"
                + " (24 h/24, 7 j/7) https://support.example.org/"),
        support.stream().map(SupportFacts::line).toList());
  }

  @Test
  void support_territory_everyResourceOfItsOwnInProgramOrderThenNational() {
    List<String> names =
        FACTS.support(Province.NUNAVUT, Language.ENGLISH).stream().map(SupportFacts::name).toList();
    assertEquals(
        List.of(
            "Physician Health Program of Nunavut (sample)",
            "Northern physicians peer line (sample)",
            "Physician support line (sample)"),
        names);
  }

  @Test
  void support_provinceWithoutResource_nationalOnly() {
    Program gap =
        Fixtures.PROGRAM.withSupportResources(
            Fixtures.SUPPORT_RESOURCES.stream()
                .filter(r -> !r.provinces().contains(Province.QUEBEC))
                .toList());
    assertEquals(
        List.of(Fixtures.NATIONAL_SUPPORT),
        ProgramFacts.of(gap).support(Province.QUEBEC, Language.FRENCH).stream()
            .map(SupportFacts::resource)
            .toList());
  }

  @Test
  void support_nationalResourceListedFirst_stillComesAfterTheProvincialOnes() {
    List<SupportResource> nationalFirst =
        new java.util.ArrayList<>(List.of(Fixtures.NATIONAL_SUPPORT));
    nationalFirst.addAll(Fixtures.SUPPORT_RESOURCES.subList(0, Province.values().length));
    List<SupportFacts> support =
        ProgramFacts.of(Fixtures.PROGRAM.withSupportResources(nationalFirst))
            .support(Province.ALBERTA, Language.ENGLISH);
    assertFalse(support.get(0).isNational());
    assertTrue(support.get(1).isNational());
  }

  @Test
  void footerAndBody_request_endWithTheRecipientsResources() {
    InviteFacts request = invite(Fixtures.ST_JOHNS_LEARNER, InviteMethod.REQUEST, InviteReason.CONFIRMED);
    List<String> lines =
        request.support().stream().map(SupportFacts::line).toList();
    assertEquals(lines, request.footer().subList(request.footer().size() - 2, request.footer().size()));
    assertEquals(lines, request.body().subList(request.body().size() - 2, request.body().size()));
  }

  @Test
  void footerAndBody_cancellation_keepTheResources() {
    for (InviteReason reason : List.of(InviteReason.WITHDRAWN, InviteReason.SESSION_CANCELLED)) {
      InviteFacts cancel = invite(Fixtures.MONTREAL_RESIDENT, InviteMethod.CANCEL, reason);
      List<String> lines = cancel.support().stream().map(SupportFacts::line).toList();
      assertEquals(2, lines.size());
      assertTrue(lines.get(0).startsWith("Programme de santé des médecins, Québec (exemple) : "));
      assertEquals(
          lines, cancel.footer().subList(cancel.footer().size() - 2, cancel.footer().size()), reason.name());
      assertEquals(lines, cancel.body().subList(cancel.body().size() - 2, cancel.body().size()), reason.name());
    }
  }

  @Test
  void footer_frenchRecipient_holdsNoEnglishTemplateWord() {
    for (Registrant reader : Fixtures.FRENCH_READERS) {
      String text =
          String.join("\n", invite(reader, InviteMethod.REQUEST, InviteReason.CONFIRMED).body());
      for (String english : ProgramFacts.templateWords(Language.ENGLISH)) {
        assertFalse(text.contains(english), () -> "\"" + english + "\" in " + text);
      }
      assertTrue(text.contains("24 h/24, 7 j/7"), text);
    }
  }
}
