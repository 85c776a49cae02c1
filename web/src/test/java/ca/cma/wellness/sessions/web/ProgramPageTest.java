package ca.cma.wellness.sessions.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.registration.Availability;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.web.internal.PageWords;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The fragment and the page of the fixture program, as a browser's HTML5 parser reads them. */
class ProgramPageTest {
  private static final Program PROGRAM = Fixtures.BILINGUAL_PROGRAM;
  private static final List<Session> SEED =
      List.of(Fixtures.IMPOSTER_SYNDROME, Fixtures.MEDICINE_ON_THE_ROCKS, Fixtures.COMPASSION_ROUNDS_PART_I);

  private static Document fragment(ProgramPage page, List<Session> sessions) {
    return Jsoup.parseBodyFragment(page.feed(sessions));
  }

  private static Element article(Document html, Session session) {
    return html.getElementById("ws-session-" + session.id().value()).closest("article");
  }

  @Test
  void feed_seedSessions_showTitleTimeModeratorsAndLinksAsTheProgramPageDoes() {
    Document html = fragment(ProgramPage.of(PROGRAM, Fixtures.CLOCK), SEED);
    Elements articles = html.select("article");
    assertEquals(3, articles.size());
    Element imposter = article(html, Fixtures.IMPOSTER_SYNDROME);
    assertEquals("Imposter syndrome", imposter.selectFirst("h3").text());
    assertEquals("Feb. 1, 2023, 7 pm ET", imposter.selectFirst("time").text());
    assertEquals("2023-02-01T19:00-05:00", imposter.selectFirst("time").attr("datetime"));
    assertEquals("Moderated by Dr. Daniela Isfan", imposter.selectFirst(".ws-moderators").text());
    Element register = imposter.selectFirst(".ws-register a");
    assertEquals("Register for session: Imposter syndrome", register.text());
    assertEquals(Fixtures.IMPOSTER_SYNDROME.registrationUrl().toString(), register.attr("href"));
    List<String> calendar = imposter.select(".ws-calendar a").eachAttr("href");
    assertEquals(3, calendar.size());
    assertTrue(calendar.get(0).startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE&text=Imposter%20syndrome&"));
    assertTrue(calendar.get(1).startsWith("https://outlook.office.com/calendar/0/deeplink/compose?"));
    assertEquals("imposter-syndrome-2023-02-01.en.ics", calendar.get(2));
    assertEquals("imposter-syndrome-2023-02-01.en.ics", imposter.select(".ws-calendar a").get(2).attr("download"));
    assertFalse(imposter.select(".ws-calendar a").get(0).hasAttr("download"));
    assertEquals("Registration: Open", imposter.selectFirst(".ws-state").text());
    assertFalse(imposter.select(".ws-topics li").isEmpty());

    Element rounds = article(html, Fixtures.COMPASSION_ROUNDS_PART_I);
    assertEquals("Compassion Rounds: The art and science of happiness (part I)", rounds.selectFirst("h3").text());
    assertEquals("Feb. 23, 2023, 7 pm ET", rounds.selectFirst("time").text());
    assertEquals("Part I of II", rounds.selectFirst(".ws-part").text());
    assertEquals("Moderated by Dr. Sharman Robertson", article(html, Fixtures.MEDICINE_ON_THE_ROCKS).selectFirst(".ws-moderators").text());
  }

  @Test
  void feed_supportAndJsonLd_followTheSessions() {
    Document html = fragment(ProgramPage.of(PROGRAM, Fixtures.CLOCK), SEED);
    Element support = html.selectFirst("section.ws-support");
    assertEquals("Get support now", support.selectFirst("h2").text());
    assertTrue(support.text().contains("1-800-555-0100"), support.text());
    assertEquals(PROGRAM.supportUrl().toString(), support.select("a").last().attr("href"));
    Elements scripts = html.select("script");
    assertEquals(1, scripts.size());
    assertEquals("application/ld+json", scripts.get(0).attr("type"));
    assertTrue(scripts.get(0).data().contains("\"@context\""));
    assertTrue(scripts.get(0).data().contains("imposter-syndrome-2023-02-01@wellness.example.org"));
  }

  @Test
  void feed_inFrench_isInFrenchWithoutTheEnglishWords() {
    ProgramPage page = ProgramPage.of(PROGRAM, Fixtures.CLOCK).withLanguage(Language.FRENCH);
    String text = page.feed(SEED);
    Document html = Jsoup.parseBodyFragment(text);
    assertEquals("fr", html.selectFirst("div.ws-program").attr("lang"));
    Element imposter = article(html, Fixtures.IMPOSTER_SYNDROME);
    assertEquals("Le syndrome de l'imposteur", imposter.selectFirst("h3").text());
    assertEquals("1er février 2023, 19 h HE", imposter.selectFirst("time").text());
    assertEquals("S'inscrire à la séance\u00A0: Le syndrome de l'imposteur",
        imposter.selectFirst(".ws-register a").wholeText());
    assertEquals("Partie I sur II", article(html, Fixtures.COMPASSION_ROUNDS_PART_I).selectFirst(".ws-part").text());
    assertEquals("Obtenir de l'aide maintenant", html.selectFirst("section.ws-support h2").text());
    for (String english : PageWords.ENGLISH.fixed()) {
      assertFalse(html.text().contains(english), english);
    }
    assertTrue(html.select("[lang=en]").isEmpty(), "the bilingual program has every text in French");
  }

  @Test
  void feed_englishOnlyProgramInFrench_marksEveryEnglishTextWithItsLanguage() {
    Program english = Fixtures.ENGLISH_ONLY_PROGRAM;
    ProgramPage page = ProgramPage.of(english, Fixtures.CLOCK).withLanguage(Language.FRENCH);
    Document html = Jsoup.parseBodyFragment(page.feed(List.of(english.sessionById(Fixtures.IMPOSTER_SYNDROME.id()).orElseThrow())));
    Element title = html.selectFirst("article h3");
    assertEquals("Imposter syndrome", title.text());
    assertEquals("en", title.attr("lang"));
    for (Element paragraph : html.select("article > p:not([class])")) {
      assertEquals("en", paragraph.attr("lang"), paragraph.outerHtml());
    }
  }

  @Test
  void feed_cancelledSession_saysSoWithoutRegistrationOrCalendarLinks() {
    Program program = PROGRAM.withSession(Fixtures.CANCELLED_SESSION);
    Document html = fragment(ProgramPage.of(program, Fixtures.CLOCK), List.of(Fixtures.CANCELLED_SESSION));
    Element article = html.selectFirst("article");
    assertTrue(article.hasClass("ws-cancelled"));
    assertEquals("Cancelled: Self-care in residency", article.selectFirst("h3").text());
    assertEquals("Registration: Cancelled", article.selectFirst(".ws-state").text());
    assertTrue(article.select(".ws-register, .ws-calendar").isEmpty());
    assertTrue(article.text().contains("This session is cancelled."));
  }

  @Test
  void feed_hostAvailability_showsPlacesWaitlistAndFull() {
    Session rounds = Fixtures.COMPASSION_ROUNDS_PART_I.withCapacity(4);
    Program program = PROGRAM.withSession(rounds);
    for (Object[] expected : new Object[][] {
        {Availability.of(Availability.State.OPEN, OptionalInt.of(3)), "Open · 3 places left", "ws-open"},
        {Availability.of(Availability.State.OPEN, OptionalInt.of(1)), "Open · 1 place left", "ws-open"},
        {Availability.of(Availability.State.WAITLIST, OptionalInt.of(0)), "Waitlist: every place is taken", "ws-waitlist"},
        {Availability.of(Availability.State.FULL, OptionalInt.of(0)), "Full", "ws-full"}}) {
      ProgramPage page = ProgramPage.of(program, Fixtures.CLOCK)
          .withAvailability(id -> Optional.of((Availability) expected[0]));
      Element article = fragment(page, List.of(rounds)).selectFirst("article");
      assertEquals("Registration: " + expected[1], article.selectFirst(".ws-state").text());
      assertTrue(article.hasClass((String) expected[2]));
    }
  }

  @Test
  void feed_movedSession_saysWhenItWasAndTheJsonLdSaysRescheduled() {
    Session moved = Fixtures.MEDICINE_ON_THE_ROCKS.withStart(Fixtures.MEDICINE_ON_THE_ROCKS.start().plusDays(6).plusMinutes(30));
    Program program = PROGRAM.withSession(moved);
    ProgramPage page = ProgramPage.of(program, Fixtures.CLOCK)
        .withPreviousStarts(id -> id.equals(moved.id()) ? Optional.of(Fixtures.MEDICINE_ON_THE_ROCKS.start()) : Optional.empty());
    Document html = fragment(page, List.of(moved, Fixtures.IMPOSTER_SYNDROME));
    Element article = article(html, moved);
    assertEquals("Feb. 22, 2023, 7:30 pm ET", article.selectFirst(".ws-when time").text());
    assertEquals("Rescheduled from Feb. 16, 2023, 7 pm ET", article.selectFirst(".ws-moved").text());
    assertEquals("2023-02-16T19:00-05:00", article.selectFirst(".ws-moved time").attr("datetime"));
    assertTrue(article(html, Fixtures.IMPOSTER_SYNDROME).select(".ws-moved").isEmpty());
    assertTrue(html.selectFirst("script").data().contains("EventRescheduled"));
    Document french = fragment(page.withLanguage(Language.FRENCH), List.of(moved));
    assertEquals("Reportée ; date précédente : 16 février 2023, 19 h HE", french.selectFirst(".ws-moved").text());
  }

  @Test
  void eventAndWriteFeed_writeWhatFeedWrites() throws java.io.IOException {
    ProgramPage page = ProgramPage.of(PROGRAM, Fixtures.CLOCK);
    String feed = page.feed(SEED);
    String article = page.event(Fixtures.IMPOSTER_SYNDROME);
    assertTrue(article.startsWith("<article "), article);
    assertTrue(feed.contains(article), "the fragment holds the article as event writes it");
    StringBuilder out = new StringBuilder();
    page.writeFeed(SEED, out);
    assertEquals(feed, out.toString());
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    page.writeFeed(SEED, bytes);
    assertEquals(feed, bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void feed_noSessions_saysSoAndStillOffersSupport() {
    Document html = fragment(ProgramPage.of(PROGRAM, Fixtures.CLOCK), List.of());
    assertEquals("No sessions are scheduled at the moment.", html.selectFirst("section.ws-sessions p").text());
    assertTrue(html.select("article").isEmpty());
    assertEquals("Get support now", html.selectFirst("section.ws-support h2").text());
  }

  @Test
  void feed_hostileTitle_isTextAndTheOnlyScriptIsTheJsonLd() {
    String hostile = "</script><script>alert(1)</script><!-- \"' & <b>x</b> \u202Eevil 😀";
    Session session = Fixtures.IMPOSTER_SYNDROME.withTitle(hostile).withDescription(hostile + "\r\n\r\n<img src=x onerror=alert(2)>");
    Program program = Fixtures.PROGRAM.withSession(session);
    String text = ProgramPage.of(program, Fixtures.CLOCK).feed(List.of(session));
    Document html = Jsoup.parseBodyFragment(text);
    assertEquals(1, html.select("script").size(), text);
    assertTrue(html.select("img, b").isEmpty(), text);
    assertEquals(hostile, html.selectFirst("article h3").wholeText());
    assertTrue(html.selectFirst("article").text().contains("<img src=x onerror=alert(2)>"));
    assertFalse(html.selectFirst("script").data().contains("</"), "nothing can close the JSON-LD");
  }

  @Test
  void document_isACompletePageWithLandmarksHeadingsAndTheOtherLanguage() {
    ProgramPage page = ProgramPage.of(PROGRAM, Fixtures.CLOCK).withAlternate(Language.FRENCH, URI.create("index.fr.html"));
    String text = page.document(SEED);
    assertTrue(text.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), text);
    Parser parser = Parser.htmlParser().setTrackErrors(100);
    Document html = Jsoup.parse(text, "", parser);
    assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).collect(Collectors.toList()),
        "the HTML5 parser reports no error");
    assertEquals("Upcoming sessions – Wellness Connection", html.title());
    assertEquals(1, html.select("main").size());
    assertEquals(1, html.select("h1").size());
    assertEquals("index.fr.html", html.selectFirst("nav a[hreflang=fr]").attr("href"));
    assertEquals("fr", html.selectFirst("nav a[hreflang=fr]").attr("lang"));
    assertEquals("index.fr.html", html.selectFirst("link[rel=alternate][hreflang=fr]").attr("href"));
    List<Integer> levels = html.select("h1, h2, h3, h4, h5, h6").stream()
        .map(h -> h.tagName().charAt(1) - '0').collect(Collectors.toList());
    for (int i = 1; i < levels.size(); i++) {
      assertTrue(levels.get(i) <= levels.get(i - 1) + 1, "heading levels " + levels);
    }
    List<String> ids = html.select("[id]").eachAttr("id");
    assertEquals(ids.size(), ids.stream().distinct().count(), "ids are unique");
    for (Element named : html.select("[aria-labelledby]")) {
      assertTrue(ids.contains(named.attr("aria-labelledby")), named.attr("aria-labelledby"));
    }
    assertEquals("ws-sessions", html.selectFirst("a.ws-skip").attr("href").substring(1));
    assertTrue(ids.contains("ws-sessions"));
    assertEquals(page.document(SEED), text, "the same input gives the same bytes");
  }

  @Test
  void withCalendarFiles_linksTheFilesInTheHostsFolderAndRefusesOtherSchemes() {
    ProgramPage page = ProgramPage.of(PROGRAM, Fixtures.CLOCK).withCalendarFiles(URI.create("https://wellness.example.org/calendars/"));
    Element article = fragment(page, List.of(Fixtures.IMPOSTER_SYNDROME)).selectFirst("article");
    assertEquals("https://wellness.example.org/calendars/imposter-syndrome-2023-02-01.en.ics",
        article.select(".ws-calendar a").get(2).attr("href"));
    SessionValidationException refused =
        assertThrows(SessionValidationException.class, () -> page.withCalendarFiles(URI.create("javascript:alert(1)/")));
    assertEquals("calendarFiles", refused.path());
    assertEquals("calendarFiles",
        assertThrows(SessionValidationException.class, () -> page.withCalendarFiles(URI.create("//evil.example/"))).path());
    assertEquals("calendarFiles",
        assertThrows(SessionValidationException.class, () -> page.withCalendarFiles(URI.create("calendars"))).path());
    assertEquals("alternate",
        assertThrows(SessionValidationException.class, () -> page.withAlternate(Language.FRENCH, URI.create("http://x.example/"))).path());
    assertEquals("alternate",
        assertThrows(SessionValidationException.class, () -> page.withAlternate(Language.FRENCH, URI.create("//x.example/fr"))).path());
  }
}
