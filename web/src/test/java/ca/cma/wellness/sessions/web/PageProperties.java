package ca.cma.wellness.sessions.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SupportResource;
import ca.cma.wellness.sessions.facts.ProgramFacts;
import ca.cma.wellness.sessions.registration.RegistrationLedger;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.Generators;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Over generated programs with hostile text and registrants in a ledger: the page is public, so it
 * never holds a join link, a registrant or a provincial resource; hostile text stays text (one
 * script, the JSON-LD; every title as written); each article is there with its time, and the
 * JSON-LD states the same sessions in the same order at the same instants.
 */
class PageProperties {
  /** Before every generated session, so that registration is open and registrants are taken. */
  private static final Clock BEFORE_EVERYTHING = Clock.fixed(Instant.parse("1990-01-01T00:00:00Z"), ZoneOffset.UTC);

  private record Case(Program program, List<Registrant> registrants, RegistrationLedger ledger) {}

  @Test
  void page_ofAnyProgram_holdsNoJoinLinkRegistrantOrProvincialResourceAndEscapesEverything() {
    WellnessGens.theory()
        .withExamples(Integer.getInteger("wellness.examples", 100))
        .forAll(WellnessGens.from(random -> {
          Program program = random.nextBoolean() ? Generators.bilingualProgram(random) : Generators.program(random);
          List<SupportResource> resources = new ArrayList<>(Fixtures.SUPPORT_RESOURCES);
          program = program.withSupportResources(resources);
          RegistrationLedger ledger = RegistrationLedger.inMemory(BEFORE_EVERYTHING);
          List<Registrant> registrants = new ArrayList<>();
          for (int i = 0; i < 3; i++) {
            Registrant registrant = Generators.registrant(random);
            registrants.add(registrant);
            for (Session session : program.sessions()) {
              ledger.register(session, registrant);
            }
          }
          return new Case(program, registrants, ledger);
        }))
        .checkAssert(generated -> {
          Program program = generated.program();
          for (Language language : Language.values()) {
            ProgramPage page = ProgramPage.of(program, BEFORE_EVERYTHING)
                .withLanguage(language)
                .withAvailability(id -> program.sessionById(id).map(generated.ledger()::availability));
            String text = page.document(program.sessionsInOrder());
            String lower = text.toLowerCase(Locale.ROOT);
            for (Session session : program.sessions()) {
              assertFalse(text.contains(session.joinUrl().toString()), "a join link");
            }
            assertFalse(text.contains("meet.example.org"), "a join link");
            for (Registrant registrant : generated.registrants()) {
              assertFalse(lower.contains(registrant.email().canonical()), "a registrant's address");
            }
            for (SupportResource resource : program.supportResources()) {
              if (!resource.isNational()) {
                assertFalse(text.contains(resource.phoneText()), "a provincial resource");
                assertFalse(text.contains(resource.page().toString()), "a provincial resource");
              }
            }
            Parser parser = Parser.htmlParser().setTrackErrors(100);
            Document html = Jsoup.parse(text, "", parser);
            assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList(), "HTML5 parse errors");
            assertEquals(1, html.select("script").size(), "the JSON-LD alone");
            assertEquals(1, html.select("style").size());
            assertEquals(program.sessions().size(), html.select("article").size());
            ProgramFacts facts = ProgramFacts.of(program);
            for (Session session : program.sessions()) {
              Element heading = html.getElementById("ws-session-" + session.id().value());
              assertEquals(facts.session(session).summary(language), heading.wholeText());
              Element time = heading.parent().selectFirst("time");
              assertEquals(facts.session(session).dateTime(language), time.text());
            }
            // The page and its JSON-LD state the same sessions, in the same order, at the same times.
            JsonNode graph = JsonMapper.builder().build().readTree(html.selectFirst("script").data()).path("@graph");
            assertEquals(program.sessions().size(), graph.size());
            List<Element> articles = html.select("article");
            for (int i = 0; i < articles.size(); i++) {
              Element article = articles.get(i);
              JsonNode event = graph.get(i);
              assertEquals(article.selectFirst("h3").wholeText(), event.path("name").asString());
              assertEquals(
                  OffsetDateTime.parse(article.selectFirst(".ws-when time").attr("datetime")).toInstant(),
                  OffsetDateTime.parse(event.path("startDate").asString()).toInstant());
            }
            for (Element link : html.select("a[href]")) {
              String href = link.attr("href");
              assertTrue(href.startsWith("https://") || href.startsWith("#") || href.endsWith(".ics"), href);
            }
          }
        });
  }
}
