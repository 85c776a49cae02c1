package ca.cma.wellness.sessions.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.Refusals;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Reading METHOD:REPLY (RFC 5546 §3.2.3), including Outlook's (docs/client-compatibility.md §9 and
 * §13).
 */
class ReplyTest {
  private static final Ical ICAL = Ical.of(Fixtures.PROGRAM, Fixtures.CLOCK);

  private static String resource(String name) throws IOException {
    try (InputStream in = ReplyTest.class.getResourceAsStream("/samples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void googleAccept_isAccepted() throws IOException {
    Rsvp rsvp = ICAL.readReply(resource("reply-google-accepted.ics"));
    assertEquals(new Rsvp(SessionId.of("imposter-syndrome-2023-02-01"),
        EmailAddress.of("morgan.kelly@example.org"), RsvpAnswer.ACCEPTED, 0), rsvp);
  }

  @Test
  void outlookDecline_withWindowsZone_isADecline() throws IOException {
    Rsvp rsvp = ICAL.readReply(new ByteArrayInputStream(resource("reply-outlook-declined.ics").getBytes(StandardCharsets.UTF_8)));
    assertEquals(RsvpAnswer.DECLINED, rsvp.answer());
    assertTrue(rsvp.isDecline());
    assertEquals(EmailAddress.of("Camille.Gagnon@example.org"), rsvp.attendee());
    assertEquals(SessionId.of("compassion-rounds-happiness-1"), rsvp.session());
    assertEquals(1, rsvp.sequence(), "the answered SEQUENCE, never bumped");
  }

  @Test
  void ownInvite_acceptedByTheAttendee_isAcceptedForThatSessionAndSequence() {
    InviteEmail invite =
        ICAL.invite(
            Ics.request(
                Fixtures.ST_JOHNS_LEARNER,
                Fixtures.IMPOSTER_SYNDROME,
                2,
                InviteReason.CONFIRMED));
    Rsvp rsvp = ICAL.readReply(Ics.replyFor(invite));
    assertEquals(
        new Rsvp(Fixtures.IMPOSTER_SYNDROME.id(), Fixtures.ST_JOHNS_LEARNER.email(), RsvpAnswer.ACCEPTED, 2),
        rsvp);
  }

  @Test
  void tentative_isTentative() throws IOException {
    String text = resource("reply-google-accepted.ics").replace("PARTSTAT=ACCEPTED", "PARTSTAT=TENTATIVE");
    assertEquals(RsvpAnswer.TENTATIVE, ICAL.readReply(text).answer());
  }

  @Test
  void notAReply_isRefusedAtTheMethodLine() throws IOException {
    String text = resource("reply-google-accepted.ics").replace("METHOD:REPLY", "METHOD:REQUEST");
    Refusals.assertRefused("line 4", () -> ICAL.readReply(text));
  }

  @Test
  void unknownUid_isRefusedAtTheUidLine() throws IOException {
    String text = resource("reply-google-accepted.ics").replace("imposter-syndrome-2023-02-01@", "nothing-here@");
    var refused = Refusals.assertRefused("line 8", () -> ICAL.readReply(text));
    assertTrue(refused.problem().contains("names no session"), refused.problem());
    String foreign = resource("reply-google-accepted.ics").replace("@wellness.example.org", "@elsewhere.example.com");
    Refusals.assertRefused("line 8", () -> ICAL.readReply(foreign));
  }

  @Test
  void needsAction_isRefusedAtTheAttendeeLine() throws IOException {
    String text = resource("reply-google-accepted.ics").replace("PARTSTAT=ACCEPTED", "PARTSTAT=NEEDS-ACTION");
    Refusals.assertRefused("line 13", () -> ICAL.readReply(text));
  }

  @Test
  void notICalendar_isRefusedWithALine() {
    var refused = Refusals.assertRefused("line 1", () -> ICAL.readReply("hello\r\n"));
    assertTrue(!refused.problem().isEmpty());
  }
}
