package ca.cma.wellness.sessions.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SupportResource;
import ca.cma.wellness.sessions.json.internal.Json;
import ca.cma.wellness.sessions.registration.Availability;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** schema.org JSON-LD: event status, offers, series, and safety inside an HTML script element. */
class JsonLdTest {
  private static JsonLd markup(Program program) {
    return JsonLd.of(program, Fixtures.CLOCK);
  }

  private static JsonNode event(String json) {
    return Json.MAPPER.readTree(json);
  }

  @Test
  void event_nationalResourceWithOfficeHours_isAContactPointWithItsHoursInWordsInThePagesLanguage() {
    SupportResource office =
        SupportResource.builder()
            .englishName("Peer line (sample)")
            .frenchName("Ligne de pairs (exemple)")
            .phone(URI.create("tel:+1(613)555-0199"))
            .page(URI.create("https://peers.example.org/"))
            .englishHours("Mon.–Fri., 9 am to 5 pm ET")
            .frenchHours("lun. au ven., 9 h à 17 h HE")
            .build();
    Program program = Fixtures.PROGRAM.withSupportResources(List.of(office));
    JsonNode english = event(markup(program).event(Fixtures.IMPOSTER_SYNDROME)).get("organizer").get("contactPoint");
    assertEquals(1, english.size());
    assertEquals("Peer line (sample)", english.get(0).get("name").stringValue());
    assertEquals("+1-613-555-0199", english.get(0).get("telephone").stringValue());
    assertEquals("https://peers.example.org/", english.get(0).get("url").stringValue());
    assertEquals("Mon.–Fri., 9 am to 5 pm ET", english.get(0).get("description").stringValue());
    assertFalse(english.get(0).has("hoursAvailable"), "an OpeningHoursSpecification without opens means closed");
    JsonNode french =
        event(markup(program).withLanguage(Language.FRENCH).event(Fixtures.IMPOSTER_SYNDROME))
            .get("organizer")
            .get("contactPoint");
    assertEquals("Ligne de pairs (exemple)", french.get(0).get("name").stringValue());
    assertEquals("lun. au ven., 9 h à 17 h HE", french.get(0).get("description").stringValue());
  }

  @Test
  void event_programWithoutNationalResources_hasNoContactPoint() {
    Program provincialOnly =
        Fixtures.PROGRAM.withSupportResources(
            Fixtures.SUPPORT_RESOURCES.stream().filter(r -> !r.isNational()).toList());
    assertFalse(event(markup(provincialOnly).event(Fixtures.IMPOSTER_SYNDROME)).get("organizer").has("contactPoint"));
  }

  @Test
  void event_previousStartAtTheSameInstant_isScheduled() {
    ZonedDateTime sameInstant = Fixtures.IMPOSTER_SYNDROME.start().withZoneSameInstant(java.time.ZoneId.of("America/Vancouver"));
    JsonNode event = event(markup(Fixtures.PROGRAM).withPreviousStarts(id -> Optional.of(sameInstant)).event(Fixtures.IMPOSTER_SYNDROME));
    assertEquals("https://schema.org/EventScheduled", event.get("eventStatus").stringValue());
    assertFalse(event.has("previousStartDate"));
  }

  @Test
  void event_cancelledWithAPreviousStart_isCancelledWithoutPreviousStartDate() {
    JsonNode event =
        event(
            markup(Fixtures.PROGRAM)
                .withPreviousStarts(id -> Optional.of(Fixtures.CANCELLED_SESSION.start().minusDays(1)))
                .event(Fixtures.CANCELLED_SESSION));
    assertEquals("https://schema.org/EventCancelled", event.get("eventStatus").stringValue());
    assertFalse(event.has("previousStartDate"));
  }

  @Test
  void events_withPreviousStarts_marksOnlyTheMovedSessions() {
    ZonedDateTime previous = Fixtures.MEDICINE_ON_THE_ROCKS.start().minusWeeks(1);
    JsonNode graph =
        event(
                markup(Fixtures.PROGRAM)
                    .withPreviousStarts(
                        id -> id.equals(Fixtures.MEDICINE_ON_THE_ROCKS.id()) ? Optional.of(previous) : Optional.empty())
                    .feed(List.of(Fixtures.IMPOSTER_SYNDROME, Fixtures.MEDICINE_ON_THE_ROCKS)))
            .get("@graph");
    assertEquals("https://schema.org/EventScheduled", graph.get(0).get("eventStatus").stringValue());
    assertEquals("https://schema.org/EventRescheduled", graph.get(1).get("eventStatus").stringValue());
    assertEquals("2023-02-09T19:00:00-05:00", graph.get(1).get("previousStartDate").stringValue());
    assertFalse(graph.get(0).has("@context"), "one @context for the whole graph");
  }

  @Test
  void offers_availabilityFollowsTheRegistrationState() {
    List<String> expected = List.of("InStock", "BackOrder", "SoldOut", "OutOfStock");
    Availability.State[] states = Availability.State.values();
    for (int i = 0; i < states.length; i++) {
      Availability.State state = states[i];
      JsonNode offer =
          event(
                  markup(Fixtures.PROGRAM)
                      .withAvailability(id -> Optional.of(Availability.of(state, OptionalInt.empty())))
                      .event(Fixtures.IMPOSTER_SYNDROME))
              .get("offers");
      assertEquals("https://schema.org/" + expected.get(i), offer.get("availability").stringValue(), state.name());
      assertEquals(0, offer.get("price").intValue());
      assertEquals("CAD", offer.get("priceCurrency").stringValue());
    }
  }

  @Test
  void offers_beforeRegistrationOpens_isOutOfStockValidFromTheOpening() {
    Session later =
        Fixtures.IMPOSTER_SYNDROME.withRegistrationOpens(Optional.of(Instant.parse("2023-01-20T14:00:00Z")));
    JsonNode offer = event(markup(Fixtures.PROGRAM.withSession(later)).event(later)).get("offers");
    assertEquals("https://schema.org/OutOfStock", offer.get("availability").stringValue());
    assertEquals("2023-01-20T09:00:00-05:00", offer.get("validFrom").stringValue());
    assertEquals("2023-02-01T19:00:00-05:00", offer.get("validThrough").stringValue());
  }

  @Test
  void event_withMarkupInTheTitle_cannotCloseTheScriptElement() {
    Session hostile =
        Fixtures.IMPOSTER_SYNDROME
            .withTitle("</script><script>alert('x')</script> & more\u2028")
            .withDescription("");
    String json = markup(Fixtures.PROGRAM.withSession(hostile)).event(hostile);
    assertFalse(json.contains("<"), json);
    assertFalse(json.contains(">"), json);
    assertFalse(json.contains("&"), json);
    assertTrue(json.contains("\\u003C/script\\u003E"), json);
    JsonNode event = event(json);
    assertEquals(hostile.title(), event.get("name").stringValue());
    assertFalse(event.has("description"), "an empty description is left out");
  }

  @Test
  void event_withoutTopics_hasNoKeywords() {
    Session plain = Fixtures.IMPOSTER_SYNDROME.withTopics(List.of());
    assertFalse(event(markup(Fixtures.PROGRAM.withSession(plain)).event(plain)).has("keywords"));
  }

  @Test
  void event_forLearnersOnAFrenchPage_saysSo() {
    Session french = Fixtures.CANCELLED_SESSION;
    JsonNode event =
        event(markup(Fixtures.PROGRAM).withLanguage(ca.cma.wellness.sessions.Language.FRENCH).event(french));
    assertEquals("fr", event.get("inLanguage").stringValue());
    assertEquals("Annulée : Prendre soin de soi pendant la résidence", event.get("name").stringValue());
    assertEquals(1, event.get("audience").size());
    assertEquals("Medical learners", event.get("audience").get(0).get("audienceType").stringValue());
    assertFalse(event.has("superEvent"));
  }

  @Test
  void event_cancelled_saysSoInNameAndDescriptionAndOffersNothing() {
    JsonNode event = event(markup(Fixtures.PROGRAM).event(Fixtures.CANCELLED_SESSION));
    assertEquals("Cancelled: Self-care in residency", event.get("name").stringValue());
    assertEquals(
        "This session is cancelled.\n\n" + Fixtures.CANCELLED_SESSION.description(),
        event.get("description").stringValue());
    assertFalse(event.has("offers"), "no registration link for a cancelled session");
    assertEquals(Fixtures.CANCELLED_SESSION.registrationUrl().toString(), event.get("location").get("url").stringValue());
  }

  @Test
  void superEvent_isACompleteEventSeriesNode() {
    JsonNode series = event(markup(Fixtures.PROGRAM).event(Fixtures.COMPASSION_ROUNDS_PART_II)).get("superEvent");
    assertEquals("EventSeries", series.get("@type").stringValue());
    assertEquals("series/compassion-rounds-happiness@wellness.example.org", series.get("identifier").stringValue());
    assertEquals("2023-02-23T19:00:00-05:00", series.get("startDate").stringValue(), "part I starts");
    assertEquals("2023-03-02T20:00:00-05:00", series.get("endDate").stringValue(), "part II ends");
    assertEquals("https://schema.org/OnlineEventAttendanceMode", series.get("eventAttendanceMode").stringValue());
    assertEquals("VirtualLocation", series.get("location").get("@type").stringValue());
    assertEquals("https://wellness.example.org/", series.get("location").get("url").stringValue());
  }
}
