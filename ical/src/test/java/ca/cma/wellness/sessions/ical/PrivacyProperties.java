package ca.cma.wellness.sessions.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.SupportResource;
import ca.cma.wellness.sessions.facts.ProgramFacts;
import ca.cma.wellness.sessions.facts.SupportFacts;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * The privacy rules of docs/client-compatibility.md (§P1 to §P4) on generated data: no join link
 * and no registrant in the public feed; every message names exactly one registrant, its
 * recipient, and only a REQUEST carries the join link (§14). The checks read the text as written,
 * content line by content line; RoundTripProperties checks that ical4j reads feeds and invites of
 * generated data.
 */
class PrivacyProperties {
  @Test
  void feed_ofAnyProgram_hasNoJoinLinkAndNoAttendee() {
    WellnessGens.theory()
        .forAll(WellnessGens.programs(), WellnessGens.registrants())
        .checkAssert(
            (program, registrant) -> {
              String text = Ical.of(program, Fixtures.CLOCK).feed(program.sessionsInOrder());
              List<String> lines = Ics.contentLines(text);
              String unfolded = String.join("\n", lines);
              for (Session session : program.sessions()) {
                String join = session.joinUrl().toString();
                assertFalse(text.contains(join) || unfolded.contains(join),
                    () -> "join link of " + session.id());
              }
              assertFalse(unfolded.contains(registrant.email().address()), "registrant e-mail");
              assertFalse(unfolded.contains("ATTENDEE"), "ATTENDEE");
              // Escaping could hide a link with ";" or "," from the raw text: read every line
              // again with its TEXT escapes decoded, as a client reads it.
              for (String line : lines) {
                String decoded = unescape(line);
                for (Session session : program.sessions()) {
                  assertFalse(
                      decoded.contains(session.joinUrl().toString()), () -> "join link in " + line);
                }
              }
            });
  }

  /**
   * The feed never chooses a province for its anonymous reader, and states the national resources:
   * with the fixtures' resources for all thirteen provinces and territories and generated ones
   * (hostile names and hours), in either language, no provincial number or page is in it, and
   * every VEVENT's DESCRIPTION, as ical4j reads it, ends with the support page and then exactly the
   * national resources' lines, in the feed's language.
   */
  @Test
  void feed_ofAnyProgram_holdsTheNationalSupportResourcesAndNoProvincialOne() {
    WellnessGens.theory()
        .forAll(WellnessGens.programsWithSupportResources())
        .checkAssert(
            generated -> {
              Program program = generated.getKey();
              Language language = generated.getValue();
              String text =
                  Ical.of(program, Fixtures.CLOCK).withLanguage(language).feed(program.sessionsInOrder());
              Ics.physicalLines(text.getBytes(StandardCharsets.UTF_8));
              String unfolded = String.join("\n", Ics.contentLines(text));
              List<String> national =
                  ProgramFacts.of(program).nationalSupport(language).stream().map(SupportFacts::line).toList();
              assertEquals(
                  program.supportResources().stream().filter(SupportResource::isNational).count(),
                  national.size());
              for (SupportResource resource : program.supportResources()) {
                if (!resource.isNational()) {
                  for (String trace :
                      List.of(resource.phoneText(language), resource.telUri().toString(), resource.page().toString())) {
                    // A page the national resources also give (same host and path) is theirs too.
                    if (national.stream().noneMatch(line -> line.contains(trace))) {
                      assertFalse(unfolded.contains(trace), () -> resource + " in the feed: " + trace);
                    }
                  }
                  if (Fixtures.SUPPORT_RESOURCES.contains(resource)) {
                    // The fixtures' names are distinct words; a generated one may be a single letter.
                    assertFalse(unfolded.contains(resource.name(language)), resource::toString);
                  }
                }
              }
              String tail = national.isEmpty() ? "" : "\n" + String.join("\n", national);
              List<VEvent> events = Ics.parse(text).getComponents("VEVENT");
              assertEquals(program.sessions().size(), events.size());
              for (VEvent event : events) {
                String description = Ics.value(event, "DESCRIPTION");
                assertTrue(
                    description.endsWith(program.supportUrl() + tail),
                    () -> "DESCRIPTION ends with: " + description.substring(Math.max(0, description.length() - 300)));
                for (String line : national) {
                  assertTrue(line.contains(" <tel:"), line);
                }
              }
            });
  }

  @Test
  void message_namesExactlyItsRecipient() {
    WellnessGens.theory()
        .forAll(WellnessGens.programs(), WellnessGens.registrants())
        .checkAssert(
            (program, recipient) -> {
              Registrant other = Fixtures.HALIFAX_PHYSICIAN;
              Ical ical = Ical.of(program, Fixtures.CLOCK);
              for (Session session : program.sessions()) {
                Session scheduled = session.withStatus(SessionStatus.SCHEDULED);
                Program current = program.withSession(scheduled);
                check(Ical.of(current, Fixtures.CLOCK).invite(Ics.request(recipient, scheduled, 0, InviteReason.CONFIRMED)),
                    recipient, other, true);
                check(ical.invite(Ics.cancel(recipient, session, 1, InviteReason.WITHDRAWN)), recipient, other, false);
              }
            });
  }

  private static void check(InviteEmail mail, Registrant recipient, Registrant other, boolean request) {
    List<String> lines = Ics.contentLines(mail.calendar());
    List<String> attendees = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("ATTENDEE;") || line.startsWith("ATTENDEE:")) {
        attendees.add(value(line));
      }
    }
    assertEquals(1, attendees.size());
    assertEquals(recipient.email().toMailto(), attendees.get(0));
    assertEquals(recipient, mail.recipient());
    String unfolded = String.join("\n", lines);
    assertFalse(unfolded.contains(other.email().address()), "another registrant's e-mail");
    assertFalse(mail.text().contains(other.email().address()), "another registrant's e-mail in the body");
    assertTrue(request == unfolded.contains("CONFERENCE"), "CONFERENCE only in a REQUEST");
  }

  /** The value of an unfolded content line: what follows the first colon outside quotes. */
  private static String value(String line) {
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ':' && !quoted) {
        return line.substring(i + 1);
      }
    }
    throw new AssertionError("no value in " + line);
  }

  /** Decodes the TEXT escapes of RFC 5545 §3.3.11: backslash, semicolon, comma and line break. */
  private static String unescape(String line) {
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        char next = line.charAt(++i);
        out.append(next == 'n' || next == 'N' ? '\n' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
