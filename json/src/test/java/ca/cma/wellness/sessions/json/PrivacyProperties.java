package ca.cma.wellness.sessions.json;

import static ca.cma.wellness.sessions.json.Outputs.BEFORE_EVERYTHING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.SupportResource;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteMethod;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.Generators;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Peer support is confidential: on generated programs, no public output (feed, JSON-LD, JSCalendar
 * events and groups) holds a join link or anything about a registrant, and an invite holds the
 * join link and exactly one registrant.
 */
class PrivacyProperties {
  /** Marks registrants' names; generated program text never contains it. */
  private static final String NAME_MARK = "Registrant-name-mark-";

  /** A program and a few registrants, who never belong in its public outputs. */
  private static final Gen<Map.Entry<Program, List<Registrant>>> PROGRAMS_AND_REGISTRANTS =
      WellnessGens.from(
          random -> {
            Program program = Generators.program(random);
            List<Registrant> registrants = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
              Registrant generated = Generators.registrant(random);
              registrants.add(
                  Registrant.builder()
                      .name(NAME_MARK + i + " " + generated.name())
                      .email(EmailAddress.of("registrant-mark-" + i + "." + generated.email().address()))
                      .role(generated.role())
                      .province(generated.province())
                      .timeZone(generated.timeZone())
                      .language(generated.language())
                      .build());
            }
            return Map.entry(program, registrants);
          });

  /**
   * Public outputs never choose a province for their anonymous reader: no provincial resource's
   * number or page is in any of them, for the fixtures' thirteen and for generated resources.
   */
  @Test
  void publicOutputs_ofAnyProgram_holdNoProvincialSupportResource() {
    WellnessGens.theory()
        .forAll(
            WellnessGens.from(
                random -> {
                  Program program = Generators.program(random);
                  List<SupportResource> resources = new ArrayList<>(Fixtures.SUPPORT_RESOURCES);
                  for (SupportResource generated : Generators.supportResources(random)) {
                    if (!resources.contains(generated)) {
                      resources.add(generated);
                    }
                  }
                  return program.withSupportResources(resources);
                }))
        .checkAssert(
            program -> {
              for (Map.Entry<String, String> output : Outputs.publicOutputs(program, BEFORE_EVERYTHING).entrySet()) {
                String all = String.join("\n", Outputs.strings(output.getValue())) + output.getValue();
                for (SupportResource resource : program.supportResources()) {
                  if (!resource.isNational()) {
                    for (String trace :
                        List.of(resource.phoneText(), resource.phone().toString(), resource.page().toString())) {
                      assertFalse(
                          all.contains(trace), () -> output.getKey() + " holds a provincial resource: " + trace);
                    }
                  }
                }
              }
            });
  }

  @Test
  void publicOutputs_ofAnyProgram_holdNoJoinLinkAndNoRegistrant() {
    WellnessGens.theory()
        .forAll(PROGRAMS_AND_REGISTRANTS)
        .checkAssert(
            generated -> {
              Program program = generated.getKey();
              for (Map.Entry<String, String> output : Outputs.publicOutputs(program, BEFORE_EVERYTHING).entrySet()) {
                List<String> strings = Outputs.strings(output.getValue());
                for (String text : strings) {
                  assertFalse(text.contains("meet.example.org"), () -> output.getKey() + " holds a join link: " + text);
                  for (Session session : program.sessions()) {
                    assertFalse(text.contains(session.joinUrl().toString()), output.getKey());
                  }
                  for (Registrant registrant : generated.getValue()) {
                    assertFalse(
                        text.toLowerCase(java.util.Locale.ROOT).contains(registrant.email().canonical()),
                        output.getKey() + " holds a registrant's address");
                    assertFalse(text.contains(NAME_MARK), output.getKey() + " holds a registrant's name");
                  }
                }
                assertFalse(output.getValue().contains("\"joinUrl\""), output.getKey());
              }
            });
  }

  @Test
  void invite_holdsTheJoinLinkAndExactlyOneRegistrant() {
    WellnessGens.theory()
        .forAll(PROGRAMS_AND_REGISTRANTS)
        .checkAssert(
            generated -> {
              Program program = generated.getKey();
              List<Registrant> registrants = generated.getValue();
              Registrant invited = registrants.get(0);
              for (Session session : program.sessions()) {
                JsCalendar jscal = JsCalendar.of(program, BEFORE_EVERYTHING);
                Session scheduled = session.withStatus(SessionStatus.SCHEDULED);
                String invite = jscal.invite(message(InviteMethod.REQUEST, scheduled, invited, InviteReason.CONFIRMED));
                String cancel = jscal.invite(message(InviteMethod.CANCEL, session, invited, InviteReason.WITHDRAWN));
                assertFalse(Outputs.strings(cancel).contains(session.joinUrl().toString()), "a CANCEL has no join link");
                List<String> strings = Outputs.strings(invite);
                assertTrue(strings.contains(session.joinUrl().toString()), "the join link");
                assertTrue(strings.contains(invited.email().address()), "the invited registrant");
                for (Registrant other : registrants.subList(1, registrants.size())) {
                  if (!other.isSamePersonAs(invited)) {
                    assertFalse(
                        strings.stream().anyMatch(s -> s.toLowerCase(java.util.Locale.ROOT).contains(other.email().canonical())),
                        "another registrant's address");
                  }
                }
                assertEquals(
                    1,
                    strings.stream().filter(s -> s.equals(invited.email().address())).count(),
                    "one attendee e-mail");
                assertEquals(
                    List.of(invited.name()),
                    strings.stream().filter(s -> s.contains(NAME_MARK)).collect(java.util.stream.Collectors.toList()),
                    "one registrant's name");
              }
            });
  }

  private static InviteMessage message(InviteMethod method, Session session, Registrant to, InviteReason reason) {
    return InviteMessage.builder()
        .method(method)
        .sequence(session.revision())
        .recipient(to)
        .session(session)
        .reason(reason)
        .build();
  }
}
