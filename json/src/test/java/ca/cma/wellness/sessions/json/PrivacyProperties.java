package ca.cma.wellness.sessions.json;

import static ca.cma.wellness.sessions.json.Outputs.BEFORE_EVERYTHING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.SupportResource;
import ca.cma.wellness.sessions.facts.ProgramFacts;
import ca.cma.wellness.sessions.facts.SupportFacts;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteMethod;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.json.internal.Json;
import ca.cma.wellness.sessions.testing.Generators;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.JsonNode;

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
   * Public outputs never choose a province for their anonymous reader, and state the national
   * resources: no provincial resource's number or page is in any of them, for the fixtures'
   * thirteen and for generated resources (hostile names and hours); the JSON feed is valid against
   * its schema, its {@code program.support} is exactly the national resources (FeedReader reads
   * them back equal), and every JSON-LD event's organizer has exactly their contact points, in the
   * page's language.
   */
  @Test
  void publicOutputs_ofAnyProgram_holdTheNationalSupportResourcesAndNoProvincialOne() {
    WellnessGens.theory()
        .forAll(WellnessGens.programsWithSupportResources())
        .checkAssert(
            generated -> {
              Program program = generated.getKey();
              Language language = generated.getValue();
              List<SupportResource> national =
                  program.supportResources().stream().filter(SupportResource::isNational).toList();
              List<String> nationalTraces = new ArrayList<>();
              for (SupportResource resource : national) {
                nationalTraces.addAll(traces(resource));
              }
              for (Map.Entry<String, String> output : Outputs.publicOutputs(program, BEFORE_EVERYTHING).entrySet()) {
                String all = String.join("\n", Outputs.strings(output.getValue())) + output.getValue();
                for (SupportResource resource : program.supportResources()) {
                  if (!resource.isNational()) {
                    for (String trace : traces(resource)) {
                      // A page the national resources also give (same host and path) is theirs too.
                      if (nationalTraces.stream().noneMatch(n -> n.contains(trace))) {
                        assertFalse(
                            all.contains(trace), () -> output.getKey() + " holds a provincial resource: " + trace);
                      }
                    }
                  }
                }
              }

              String feed = Outputs.feed(BEFORE_EVERYTHING, program);
              assertEquals(List.of(), FeedSchemaTest.violations(feed), "feed against its schema");
              JsonNode support = Json.MAPPER.readTree(feed).get("program").get("support");
              assertEquals(national.size(), support.size(), "program.support");
              for (int i = 0; i < national.size(); i++) {
                SupportResource resource = national.get(i);
                JsonNode entry = support.get(i);
                assertEquals(resource.telUri().toString(), entry.get("phone").stringValue());
                assertEquals(resource.phoneText(program.firstLanguage()), entry.get("phoneText").stringValue());
                assertEquals(resource.page().toString(), entry.get("url").stringValue());
                assertEquals(resource.name(program.firstLanguage()), entry.get("name").stringValue());
                for (Language each : Language.values()) {
                  JsonNode in = entry.get("localized").get(each.tag());
                  assertEquals(resource.name(each), in.get("name").stringValue());
                  assertEquals(resource.phoneText(each), in.get("phoneText").stringValue());
                  assertEquals(each.tag(), in.get("hoursLanguage").stringValue());
                  if (!resource.alwaysOpen()) {
                    assertEquals(resource.hours(each).orElseThrow(), in.get("hours").stringValue());
                  }
                }
              }
              List<SupportResource> read = FeedReader.of().read(feed).supportResources();
              assertEquals(national.size(), read.size(), "FeedReader reads the national resources back");
              for (int i = 0; i < national.size(); i++) {
                SupportResource resource = national.get(i);
                SupportResource back = read.get(i);
                assertEquals(resource.englishName(), back.englishName());
                assertEquals(resource.frenchName(), back.frenchName());
                assertEquals(resource.telUri(), back.phone(), "the phone, written one way");
                assertEquals(resource.page(), back.page());
                assertEquals(resource.alwaysOpen(), back.alwaysOpen());
                assertEquals(resource.englishHours(), back.englishHours());
                assertEquals(resource.frenchHours(), back.frenchHours());
                assertTrue(back.isNational());
              }

              String markup = JsonLd.of(program, BEFORE_EVERYTHING).withLanguage(language).feed(program.sessionsInOrder());
              List<SupportFacts> expected = ProgramFacts.of(program).nationalSupport(language);
              for (JsonNode event : Json.MAPPER.readTree(markup).get("@graph")) {
                JsonNode points = event.get("organizer").get("contactPoint");
                if (expected.isEmpty()) {
                  assertTrue(points == null, "no contactPoint without national resources");
                  continue;
                }
                assertEquals(expected.size(), points.size(), "contactPoint");
                for (int i = 0; i < expected.size(); i++) {
                  SupportFacts resource = expected.get(i);
                  JsonNode point = points.get(i);
                  assertEquals("ContactPoint", point.get("@type").stringValue());
                  assertEquals(resource.name(), point.get("name").stringValue());
                  assertEquals(
                      resource.resource().isThreeDigitCode()
                          ? resource.phoneText().replace("-", "")
                          : resource.tel().getSchemeSpecificPart(),
                      point.get("telephone").stringValue());
                  assertEquals(resource.page().toString(), point.get("url").stringValue());
                  if (resource.resource().alwaysOpen()) {
                    assertEquals("00:00:00", point.get("hoursAvailable").get("opens").stringValue());
                  } else {
                    assertEquals(resource.hours(), point.get("description").stringValue());
                  }
                }
              }
            });
  }

  /** What identifies a resource in an output: its number, written either way, and its page. */
  private static List<String> traces(SupportResource resource) {
    return List.of(
        resource.phoneText(Language.ENGLISH),
        resource.phoneText(Language.FRENCH),
        resource.phone().toString(),
        resource.telUri().toString(),
        resource.page().toString());
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
