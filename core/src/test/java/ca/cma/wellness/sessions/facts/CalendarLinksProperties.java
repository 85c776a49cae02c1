package ca.cma.wellness.sessions.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.testing.Generators;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Over generated programs with hostile titles and descriptions of up to 10,000 characters: every
 * add-to-calendar link parses as a URI and its query decodes back to the exact title, start and
 * end, within the length limit, and without the join link.
 */
class CalendarLinksProperties {
  private static final DateTimeFormatter GOOGLE =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Test
  void links_ofAnySession_parseAndDecodeToTheExactTitleStartAndEnd() {
    WellnessGens.theory()
        .forAll(WellnessGens.from(random -> {
          Program program = Generators.bilingualProgram(random);
          return program.sessions().isEmpty()
              ? Generators.program(random).withSessions(List.of(Generators.session(random)))
              : program;
        }))
        .checkAssert(program -> {
          ProgramFacts facts = ProgramFacts.of(program);
          for (Session session : program.sessions()) {
            for (Language language : Language.values()) {
              SessionFacts about = facts.session(session);
              if (session.isCancelled()) {
                assertTrue(about.calendarLinks(language).isEmpty());
                continue;
              }
              CalendarLinks links = about.calendarLinks(language).orElseThrow();
              String title = InviteFacts.displayText(about.summary(language));
              Instant start = session.start().toInstant();
              Instant end = session.end().toInstant();
              Map<String, String> google = CalendarLinksTest.query(parse(links.google()));
              assertEquals(title, google.get("text"));
              assertEquals(GOOGLE.format(start) + "/" + GOOGLE.format(end), google.get("dates"));
              assertEquals(session.start().getZone().getId(), google.get("ctz"));
              assertEquals("TEMPLATE", google.get("action"));
              Map<String, String> outlook = CalendarLinksTest.query(parse(links.outlook()));
              assertEquals(title, outlook.get("subject"));
              assertEquals(start, Instant.parse(outlook.get("startdt")));
              assertEquals(end, Instant.parse(outlook.get("enddt")));
              for (Map<String, String> query : List.of(google, outlook)) {
                assertEquals(session.registrationUrl().toString(), query.get("location"));
                String details = query.containsKey("details") ? query.get("details") : query.get("body");
                assertTrue(details.endsWith(String.join("\n", about.footer(language))), details);
                assertFalse(details.contains("\r"));
                for (String value : query.values()) {
                  assertFalse(value.contains(session.joinUrl().toString()), "join link in a calendar link");
                }
              }
              for (URI link : List.of(links.google(), links.outlook())) {
                assertTrue(link.toString().length() <= CalendarLinks.MAX_LINK_LENGTH, link.toString());
              }
            }
          }
        });
  }

  /** Parses the link's text again, as a browser or a host's HTTP library would. */
  private static URI parse(URI link) {
    try {
      URI parsed = new URI(link.toString());
      assertEquals("https", parsed.getScheme());
      return parsed;
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
