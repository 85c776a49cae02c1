package ca.cma.wellness.sessions.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.util.List;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * The privacy rules of DESIGN.md on generated data: no join link and no registrant in the public
 * feed; every message names exactly one registrant, its recipient, and only a REQUEST carries the
 * join link (CLIENT-PITFALLS 14).
 */
class PrivacyProperties {
  @Test
  void feed_ofAnyProgram_hasNoJoinLinkAndNoAttendee() {
    WellnessGens.theory()
        .forAll(WellnessGens.programs(), WellnessGens.registrants())
        .checkAssert(
            (program, registrant) -> {
              String text = Ical.of(program, Fixtures.CLOCK).feed(program.sessionsInOrder());
              String unfolded = String.join("\n", Ics.contentLines(text));
              for (Session session : program.sessions()) {
                String join = session.joinUrl().toString();
                assertFalse(text.contains(join) || unfolded.contains(join), "join link of " + session.id());
              }
              assertFalse(unfolded.contains(registrant.email().address()), "registrant e-mail");
              assertFalse(unfolded.contains("ATTENDEE"), "ATTENDEE");
              for (VEvent event : Ics.parse(text).<VEvent>getComponents("VEVENT")) {
                for (Property property : event.getProperties()) {
                  for (Session session : program.sessions()) {
                    assertFalse(property.getValue().contains(session.joinUrl().toString()), property.getName());
                  }
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
    VEvent event = Ics.event(Ics.parse(mail.calendar()));
    List<Property> attendees = event.getProperties("ATTENDEE");
    assertEquals(1, attendees.size());
    assertEquals("mailto:" + recipient.email().address(), attendees.get(0).getValue());
    assertEquals(recipient, mail.recipient());
    String unfolded = String.join("\n", Ics.contentLines(mail.calendar()));
    assertFalse(unfolded.contains(other.email().address()), "another registrant's e-mail");
    assertFalse(mail.text().contains(other.email().address()), "another registrant's e-mail in the body");
    assertTrue(request == unfolded.contains("CONFERENCE"), "CONFERENCE only in a REQUEST");
  }
}
