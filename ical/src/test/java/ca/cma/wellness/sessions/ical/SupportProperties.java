package ca.cma.wellness.sessions.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.SupportResource;
import ca.cma.wellness.sessions.facts.ProgramFacts;
import ca.cma.wellness.sessions.facts.SupportFacts;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.Generators;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Over generated programs with hostile resource names and hours, and generated registrants: every
 * invite, update and cancellation ends, in its DESCRIPTION as ical4j reads it and in the e-mail's
 * text body, with exactly the recipient's provincial resources then the national ones, and the
 * .ics stays well-formed (CRLF, 75-octet folding, ical4j parses it).
 */
class SupportProperties {
  private record Case(Program program, InviteMessage message) {}

  @Test
  void everyMessage_endsWithTheRecipientsResources_inDescriptionAndTextBody() {
    WellnessGens.theory()
        .withExamples(Integer.getInteger("wellness.examples", 100))
        .forAll(
            WellnessGens.from(
                random -> {
                  Program program = Generators.program(random);
                  List<SupportResource> resources = new ArrayList<>(Generators.supportResources(random));
                  if (random.nextBoolean()) {
                    resources.addAll(Fixtures.SUPPORT_RESOURCES);
                  }
                  program = program.withSupportResources(resources);
                  if (program.sessions().isEmpty()) {
                    program = program.withSessions(List.of(Generators.session(random)));
                  }
                  Session session = Generators.oneOf(random, program.sessions());
                  Registrant to = Generators.registrant(random);
                  boolean cancel = session.status() == SessionStatus.CANCELLED || random.nextBoolean();
                  InviteMessage message =
                      cancel
                          ? Ics.cancel(to, session, 1 + random.nextInt(3), InviteReason.SESSION_CANCELLED)
                          : Ics.request(to, session, random.nextInt(3), InviteReason.UPDATED);
                  return new Case(program, message);
                }))
        .checkAssert(
            generated -> {
              Program program = generated.program();
              InviteMessage message = generated.message();
              List<String> expected =
                  ProgramFacts.of(program)
                      .support(message.recipient().province(), message.recipient().language())
                      .stream()
                      .map(SupportFacts::line)
                      .toList();
              assertEquals(
                  program.supportResources().stream()
                      .filter(r -> r.serves(message.recipient().province()))
                      .count(),
                  expected.size());
              InviteEmail mail = Ical.of(program, Fixtures.CLOCK).invite(message);
              Ics.physicalLines(mail.calendar().getBytes(StandardCharsets.UTF_8));
              String description = Ics.value(Ics.event(Ics.parse(mail.calendar())), "DESCRIPTION");
              String tail = expected.isEmpty() ? "" : "\n" + String.join("\n", expected);
              assertTrue(
                  description.endsWith(program.supportUrl() + tail),
                  () -> "DESCRIPTION ends with: " + description.substring(Math.max(0, description.length() - 300)));
              assertTrue(
                  mail.text().endsWith(program.supportUrl() + tail.replace("\n", "\r\n") + "\r\n"),
                  "text body");
              for (String line : expected) {
                assertTrue(line.contains(" <tel:"), line);
              }
            });
  }
}
