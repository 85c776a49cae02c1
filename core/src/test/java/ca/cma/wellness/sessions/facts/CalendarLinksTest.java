package ca.cma.wellness.sessions.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The add-to-calendar links of the fixture sessions, and what hostile and long text does to them. */
class CalendarLinksTest {
  private static final ProgramFacts FACTS = ProgramFacts.of(Fixtures.BILINGUAL_PROGRAM);

  /** The query of a link, each value decoded, in order. */
  static Map<String, String> query(URI link) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : link.getRawQuery().split("&", -1)) {
      int equals = pair.indexOf('=');
      out.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  private static CalendarLinks links(Session session, Language language) {
    return FACTS.session(session).calendarLinks(language).orElseThrow();
  }

  @Test
  void google_imposterSyndrome_isTheTemplateWithUtcDatesAndTheProgramZone() {
    CalendarLinks links = links(Fixtures.IMPOSTER_SYNDROME, Language.ENGLISH);
    URI google = links.google();
    assertTrue(
        google.toString().startsWith(
            "https://calendar.google.com/calendar/render?action=TEMPLATE&text=Imposter%20syndrome"
                + "&dates=20230202T000000Z%2F20230202T010000Z&ctz=America%2FToronto&details="),
        google.toString());
    Map<String, String> query = query(google);
    assertEquals("Imposter syndrome", query.get("text"));
    assertEquals("https://wellness.example.org/sessions/imposter-syndrome-2023-02-01", query.get("location"));
    assertEquals(links.details(), query.get("details"));
    assertTrue(query.get("details").startsWith(Fixtures.IMPOSTER_SYNDROME.description() + "\n\nModerated by Dr. Daniela Isfan\n"
        + "Register: https://wellness.example.org/sessions/imposter-syndrome-2023-02-01\n"), query.get("details"));
  }

  @Test
  void outlook_imposterSyndrome_isTheComposeDeepLinkWithUtcTimes() {
    URI outlook = links(Fixtures.IMPOSTER_SYNDROME, Language.ENGLISH).outlook();
    assertTrue(
        outlook.toString().startsWith(
            "https://outlook.office.com/calendar/0/deeplink/compose?path=%2Fcalendar%2Faction%2Fcompose"
                + "&rru=addevent&subject=Imposter%20syndrome&startdt=2023-02-02T00%3A00%3A00Z"
                + "&enddt=2023-02-02T01%3A00%3A00Z&body="),
        outlook.toString());
    Map<String, String> query = query(outlook);
    assertEquals("2023-02-02T00:00:00Z", query.get("startdt"));
    assertEquals("https://wellness.example.org/sessions/imposter-syndrome-2023-02-01", query.get("location"));
  }

  @Test
  void links_inFrench_carryTheFrenchTitleAndWordsAndAFrenchFile() {
    CalendarLinks links = links(Fixtures.IMPOSTER_SYNDROME, Language.FRENCH);
    assertEquals("Le syndrome de l'imposteur", query(links.google()).get("text"));
    assertTrue(query(links.outlook()).get("body").contains("Animé par Dr. Daniela Isfan"));
    assertEquals("imposter-syndrome-2023-02-01.fr.ics", links.icsFile());
    assertEquals("imposter-syndrome-2023-02-01.en.ics", links(Fixtures.IMPOSTER_SYNDROME, Language.ENGLISH).icsFile());
  }

  @Test
  void calendarLinks_seriesPart_carryThePartInTheTitle() {
    assertEquals(
        "Compassion Rounds: The art and science of happiness (part I)",
        query(links(Fixtures.COMPASSION_ROUNDS_PART_I, Language.ENGLISH).google()).get("text"));
  }

  @Test
  void calendarLinks_cancelledSession_areNone() {
    assertTrue(FACTS.session(Fixtures.CANCELLED_SESSION).calendarLinks(Language.ENGLISH).isEmpty());
  }

  @Test
  void links_neverCarryTheJoinLink() {
    for (Session session : Fixtures.BILINGUAL_PROGRAM.sessions()) {
      for (Language language : Language.values()) {
        FACTS.session(session).calendarLinks(language).ifPresent(links -> {
          for (URI link : new URI[] {links.google(), links.outlook()}) {
            String decoded = URLDecoder.decode(link.toString(), StandardCharsets.UTF_8);
            assertFalse(decoded.contains(session.joinUrl().toString()), link.toString());
            assertFalse(decoded.contains("meet.example.org"), link.toString());
          }
        });
      }
    }
  }

  @Test
  void links_hostileTitle_encodeEveryReservedCharacterAndDecodeToTheDisplayText() {
    String hostile = "A&b=c#d%e+f ?g/h\u200F\u202Eשלום😀 \"<x>\"\r\nEND:VEVENT";
    Session session = Fixtures.IMPOSTER_SYNDROME.withTitle(hostile).withDescription("x&y#z\r\nsecond%20+line");
    Program program = Fixtures.PROGRAM.withSession(session);
    CalendarLinks links = ProgramFacts.of(program).session(session).calendarLinks(Language.ENGLISH).orElseThrow();
    for (URI link : new URI[] {links.google(), links.outlook()}) {
      String text = link.toString();
      for (String raw : new String[] {"#", " ", "+", "\r", "\n", "\"", "<", "\u200F", "😀"}) {
        assertFalse(text.contains(raw), () -> "raw " + raw + " in " + text);
      }
      assertEquals(URI.create(text), link);
    }
    String expectedTitle = InviteFacts.displayText(hostile);
    assertEquals(expectedTitle, query(links.google()).get("text"));
    assertEquals(expectedTitle, query(links.outlook()).get("subject"));
    assertTrue(query(links.google()).get("details").startsWith("x&y#z\nsecond%20+line\n\n"));
  }

  @Test
  void links_tenThousandCharacterDescription_areCutToTheLimitKeepingTheFooter() {
    String description = "😀é&".repeat(2500);
    Session session = Fixtures.IMPOSTER_SYNDROME.withDescription(description);
    Program program = Fixtures.PROGRAM.withSession(session);
    CalendarLinks links = ProgramFacts.of(program).session(session).calendarLinks(Language.ENGLISH).orElseThrow();
    for (URI link : new URI[] {links.google(), links.outlook()}) {
      assertTrue(link.toString().length() <= CalendarLinks.MAX_LINK_LENGTH, () -> link.toString().length() + "");
      assertTrue(link.toString().length() > CalendarLinks.MAX_LINK_LENGTH - 20, () -> link.toString().length() + "");
      Map<String, String> query = query(link);
      String details = query.containsKey("details") ? query.get("details") : query.get("body");
      int cut = details.indexOf("…\n\nModerated by Dr. Daniela Isfan\nRegister: https://wellness.example.org/sessions/imposter-syndrome-2023-02-01\n");
      assertTrue(cut > 0, details);
      assertTrue(description.startsWith(details.substring(0, cut)), "the kept text is the description's start");
      assertEquals("https://wellness.example.org/sessions/imposter-syndrome-2023-02-01", query.get("location"));
    }
  }

  @Test
  void cut_neverSplitsASurrogatePair() {
    assertEquals("😀…", CalendarLinks.cut("😀😀", 12 + 9));
    assertEquals("…", CalendarLinks.cut("😀😀", 11 + 9));
    assertEquals("", CalendarLinks.cut("😀", 8));
    assertEquals("%F0%9F%98%80%20~-._%2B%25%26%23", CalendarLinks.encode("😀 ~-._+%&#"));
  }
}
