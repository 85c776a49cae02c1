package ca.cma.wellness.sessions.facts;

import static ca.cma.wellness.sessions.testing.WellnessGens.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Province;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.SupportResource;
import ca.cma.wellness.sessions.internal.Checks;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteMethod;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.testing.Generators;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Over generated programs, resources and registrants: every message to a registrant ends with
 * exactly the resources of their province or territory, then the national ones, in their language,
 * with valid {@code tel:} links.
 */
class SupportProperties {
  /** A generated program with generated resources, one registrant and one message to them. */
  private record Case(Program program, InviteMessage message) {}

  private static Case generate(RandomGenerator random) {
    Program program = Generators.program(random);
    program = program.withSupportResources(Generators.supportResources(random));
    if (program.sessions().isEmpty()) {
      program = program.withSessions(List.of(Generators.session(random)));
    }
    Session session = Generators.oneOf(random, program.sessions());
    Registrant registrant = Generators.registrant(random);
    boolean cancel = session.status() == SessionStatus.CANCELLED || random.nextBoolean();
    InviteReason reason =
        cancel
            ? Generators.oneOf(random, List.of(InviteReason.WITHDRAWN, InviteReason.SESSION_CANCELLED))
            : Generators.oneOf(random, List.of(InviteReason.CONFIRMED, InviteReason.PROMOTED, InviteReason.UPDATED));
    InviteMessage message =
        InviteMessage.builder()
            .method(cancel ? InviteMethod.CANCEL : InviteMethod.REQUEST)
            .sequence(random.nextInt(5))
            .recipient(registrant)
            .session(session)
            .reason(reason)
            .build();
    return new Case(program, message);
  }

  /** The resources the registrant must read, from the model alone, not from the facts. */
  private static List<SupportResource> expected(Program program, Province province) {
    List<SupportResource> out = new ArrayList<>();
    for (SupportResource resource : program.supportResources()) {
      if (resource.provinces().contains(province)) {
        out.add(resource);
      }
    }
    for (SupportResource resource : program.supportResources()) {
      if (resource.provinces().isEmpty()) {
        out.add(resource);
      }
    }
    return out;
  }

  @Test
  void everyMessage_endsWithTheRecipientsProvincialThenNationalResources_inTheirLanguage() {
    theory()
        .forAll(WellnessGens.from(SupportProperties::generate))
        .checkAssert(
            generated -> {
              InviteFacts invite = ProgramFacts.of(generated.program()).invite(generated.message());
              Registrant reader = invite.recipient();
              Language language = reader.language();
              List<SupportResource> expected = expected(generated.program(), reader.province());
              assertEquals(
                  expected, invite.support().stream().map(SupportFacts::resource).toList());
              for (List<String> lines : List.of(invite.footer(), invite.body())) {
                List<String> tail = lines.subList(lines.size() - expected.size(), lines.size());
                assertTrue(
                    lines.get(lines.size() - expected.size() - 1).contains(generated.program().supportUrl().toString()),
                    "the resources follow the support page");
                for (int i = 0; i < expected.size(); i++) {
                  SupportResource resource = expected.get(i);
                  String line = tail.get(i);
                  assertTrue(line.startsWith(InviteFacts.displayText(resource.name(language))), line);
                  assertEquals(line, Checks.oneLine(line), "one line");
                  assertTrue(
                      line.chars().noneMatch(c -> c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069),
                      "no bidirectional override could reorder the number");
                  assertTrue(line.endsWith(" " + resource.page()), line);
                  String tel = line.substring(line.indexOf(" <tel:") + 2, line.indexOf('>', line.indexOf(" <tel:")));
                  // A valid tel: link: the model itself accepts it, and it dials the same number.
                  SupportResource dialled =
                      SupportResource.builder()
                          .englishName("a")
                          .frenchName("b")
                          .phone(URI.create(tel))
                          .page(resource.page())
                          .alwaysOpen(true)
                          .build();
                  assertEquals(resource.phoneText(), dialled.phoneText());
                  assertTrue(line.contains(resource.phoneText(language) + " <" + tel + ">"), line);
                  resource
                      .hours(language)
                      .ifPresent(hours -> assertTrue(line.contains("(" + InviteFacts.displayText(hours) + ")"), line));
                }
              }
            });
  }

  @Test
  void provincesWithoutSupport_isExactlyThoseNoResourceLists() {
    theory()
        .forAll(WellnessGens.from(Generators::supportResources))
        .checkAssert(
            resources -> {
              Program program = ca.cma.wellness.sessions.testing.Fixtures.PROGRAM.withSupportResources(resources);
              Set<Province> gaps = EnumSet.noneOf(Province.class);
              for (Province province : Province.values()) {
                if (resources.stream().noneMatch(r -> r.provinces().contains(province))) {
                  gaps.add(province);
                }
              }
              assertEquals(gaps, program.provincesWithoutSupport());
            });
  }
}
