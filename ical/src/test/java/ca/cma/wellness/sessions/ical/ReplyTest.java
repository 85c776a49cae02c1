package ca.cma.wellness.sessions.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.ical.ReplyOutcome.RefusalReason;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.invites.SentLog;
import ca.cma.wellness.sessions.registration.Registration;
import ca.cma.wellness.sessions.registration.RegistrationBook;
import ca.cma.wellness.sessions.registration.RegistrationId;
import ca.cma.wellness.sessions.registration.RegistrationStatus;
import ca.cma.wellness.sessions.registration.Roster;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.Refusals;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reading METHOD:REPLY (RFC 5546 §3.2.3), including Outlook's (docs/client-compatibility.md §9 and
 * §13), and checking it against the sender, the registrations and what was sent (issue 9 §2).
 */
class ReplyTest {
  private static final Ical ICAL = Ical.of(Fixtures.PROGRAM, Fixtures.CLOCK);
  private static final Instant NOW = Fixtures.CLOCK.instant();
  private static final Registrant MORGAN = Fixtures.ST_JOHNS_LEARNER;
  private static final Registrant PRIYA = Fixtures.REGINA_PHYSICIAN;
  private static final Registrant CAMILLE = Fixtures.MONTREAL_RESIDENT;
  private static final Session IMPOSTER = Fixtures.IMPOSTER_SYNDROME;
  private static final Session PART_I = Fixtures.COMPASSION_ROUNDS_PART_I;

  /** Morgan and Priya confirmed for Imposter syndrome, Camille for part I; Priya's waitlisted twin below. */
  private static final RegistrationBook BOOK =
      RegistrationBook.empty()
          .withRoster(Roster.builder().sessionId(IMPOSTER.id())
              .addRegistrations(confirmed(IMPOSTER, 1, MORGAN), confirmed(IMPOSTER, 2, PRIYA)).build())
          .withRoster(Roster.builder().sessionId(PART_I.id()).addRegistration(confirmed(PART_I, 1, CAMILLE)).build());

  /** Invites sent: Morgan SEQUENCE 0 then 2; Camille 1; Priya none. */
  private static final SentLog SENT =
      SentLog.empty()
          .record(Ics.request(MORGAN, IMPOSTER, 0, InviteReason.CONFIRMED))
          .record(Ics.request(MORGAN, IMPOSTER, 2, InviteReason.CONFIRMED))
          .record(Ics.request(CAMILLE, PART_I, 1, InviteReason.CONFIRMED));

  private static final ReplyReader REPLIES = ReplyReader.of(Fixtures.PROGRAM, BOOK, SENT);

  private static Registration confirmed(Session session, int number, Registrant registrant) {
    return Registration.builder()
        .id(RegistrationId.of(session.id(), number))
        .registrant(registrant)
        .status(RegistrationStatus.CONFIRMED)
        .registeredAt(NOW)
        .confirmedAt(NOW)
        .build();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ReplyTest.class.getResourceAsStream("/samples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Google's accept, answering SEQUENCE 2 (the last sent to Morgan). */
  private static String googleAccept() throws IOException {
    return resource("reply-google-accepted.ics").replace("STATUS:CONFIRMED", "SEQUENCE:2\r\nSTATUS:CONFIRMED");
  }

  private static Rsvp accepted(ReplyOutcome outcome) {
    return assertInstanceOf(ReplyOutcome.Accepted.class, outcome).rsvp();
  }

  private static void assertRefused(RefusalReason reason, ReplyOutcome outcome) {
    assertEquals(reason, assertInstanceOf(ReplyOutcome.Refused.class, outcome).reason(), outcome.toString());
  }

  @Test
  void googleAccept_fromTheAttendee_isAccepted() throws IOException {
    Rsvp rsvp = accepted(REPLIES.read(MORGAN.email(), googleAccept()));
    assertEquals(new Rsvp(IMPOSTER.id(), EmailAddress.of("morgan.kelly@example.org"), RsvpAnswer.ACCEPTED, 2), rsvp);
  }

  @Test
  void outlookDecline_withWindowsZone_isADecline() throws IOException {
    ReplyOutcome outcome = REPLIES.read(EmailAddress.of("camille.gagnon@example.org"),
        new ByteArrayInputStream(resource("reply-outlook-declined.ics").getBytes(StandardCharsets.UTF_8)));
    Rsvp rsvp = accepted(outcome);
    assertEquals(RsvpAnswer.DECLINED, rsvp.answer());
    assertTrue(rsvp.isDecline());
    assertEquals(EmailAddress.of("Camille.Gagnon@example.org"), rsvp.attendee());
    assertEquals(SessionId.of("compassion-rounds-happiness-1"), rsvp.session());
    assertEquals(1, rsvp.sequence(), "the answered SEQUENCE, never bumped");
  }

  @Test
  void ownInvite_acceptedByTheAttendee_isAcceptedForThatSessionAndSequence() {
    InviteEmail invite = ICAL.invite(Ics.request(MORGAN, IMPOSTER, 2, InviteReason.CONFIRMED));
    assertEquals(new Rsvp(IMPOSTER.id(), MORGAN.email(), RsvpAnswer.ACCEPTED, 2),
        accepted(REPLIES.read(MORGAN.email(), Ics.replyFor(invite))));
  }

  @Test
  void tentative_isTentative() throws IOException {
    String text = googleAccept().replace("PARTSTAT=ACCEPTED", "PARTSTAT=TENTATIVE");
    assertEquals(RsvpAnswer.TENTATIVE, accepted(REPLIES.read(MORGAN.email(), text)).answer());
  }

  /** Issue 9 §2: Priya mails Morgan's decline. */
  @Test
  void replyForSomeoneElse_isRefused() throws IOException {
    String decline = googleAccept().replace("PARTSTAT=ACCEPTED", "PARTSTAT=DECLINED");
    assertRefused(RefusalReason.SENDER_NOT_ATTENDEE, REPLIES.read(PRIYA.email(), decline));
    assertInstanceOf(ReplyOutcome.Accepted.class, REPLIES.read(EmailAddress.of("MORGAN.KELLY@example.org"), decline),
        "addresses compare without case");
  }

  @Test
  void olderSequence_isStale_andOneNeverSent_isRefused() throws IOException {
    String old = googleAccept().replace("SEQUENCE:2", "SEQUENCE:0");
    ReplyOutcome.Stale stale = assertInstanceOf(ReplyOutcome.Stale.class, REPLIES.read(MORGAN.email(), old));
    assertEquals(2, stale.lastSent());
    assertEquals(0, stale.rsvp().sequence());
    assertRefused(RefusalReason.UNKNOWN_SEQUENCE,
        REPLIES.read(MORGAN.email(), googleAccept().replace("SEQUENCE:2", "SEQUENCE:2147483647")));
    assertRefused(RefusalReason.UNKNOWN_SEQUENCE,
        REPLIES.read(MORGAN.email(), googleAccept().replace("SEQUENCE:2", "SEQUENCE:3")));
  }

  @Test
  void attendeeNotRegistered_orNeverInvited_isRefused() throws IOException {
    String priya = googleAccept().replace("morgan.kelly@example.org", "priya.natarajan@example.org");
    assertRefused(RefusalReason.NOT_INVITED, REPLIES.read(PRIYA.email(), priya));
    String stranger = googleAccept().replace("morgan.kelly@example.org", "someone@example.org");
    assertRefused(RefusalReason.NOT_INVITED, REPLIES.read(EmailAddress.of("someone@example.org"), stranger));
    Registration waiting = Registration.builder()
        .id(RegistrationId.of(IMPOSTER.id(), 1))
        .registrant(MORGAN)
        .status(RegistrationStatus.WAITLISTED)
        .registeredAt(NOW)
        .waitlistPosition(1)
        .build();
    RegistrationBook waitlisted =
        RegistrationBook.empty().withRoster(Roster.builder().sessionId(IMPOSTER.id()).addRegistration(waiting).build());
    assertRefused(RefusalReason.NOT_INVITED,
        ReplyReader.of(Fixtures.PROGRAM, waitlisted, SENT).read(MORGAN.email(), googleAccept()));
    SentLog cancelled = SENT.record(Ics.cancel(MORGAN, IMPOSTER, 3, InviteReason.WITHDRAWN));
    assertRefused(RefusalReason.NOT_INVITED,
        ReplyReader.of(Fixtures.PROGRAM, BOOK, cancelled).read(MORGAN.email(), googleAccept()));
  }

  @Test
  void cancelledSession_isRefused() throws IOException {
    String text = googleAccept().replace(IMPOSTER.id().toString(), Fixtures.CANCELLED_SESSION.id().toString());
    assertRefused(RefusalReason.CANCELLED_SESSION, REPLIES.read(MORGAN.email(), text));
  }

  @Test
  void sentBy_isExposed_andAcceptedOnlyWhereAllowed() throws IOException {
    String text = googleAccept().replace("X-NUM-GUESTS=0:", "X-NUM-GUESTS=0;SENT-BY=\"mailto:assistant@example.org\":");
    EmailAddress assistant = EmailAddress.of("assistant@example.org");
    assertRefused(RefusalReason.SENT_BY_NOT_ALLOWED, REPLIES.read(assistant, text));
    ReplyOutcome.Accepted accepted =
        assertInstanceOf(ReplyOutcome.Accepted.class, REPLIES.allowingSentBy().read(assistant, text));
    assertEquals(Optional.of(assistant), accepted.sentBy());
    assertEquals(MORGAN.email(), accepted.rsvp().attendee());
    assertRefused(RefusalReason.SENDER_NOT_ATTENDEE, REPLIES.allowingSentBy().read(PRIYA.email(), text));
  }

  @Test
  void secondVevent_isRefused_notDropped() throws IOException {
    String text = googleAccept();
    int event = text.indexOf("BEGIN:VEVENT");
    String events = text.substring(event, text.indexOf("END:VCALENDAR"));
    String two = text.replace("END:VCALENDAR", events.replace("morgan.kelly", "priya.natarajan") + "END:VCALENDAR");
    assertRefused(RefusalReason.SEVERAL_EVENTS, REPLIES.read(MORGAN.email(), two));
  }

  @Test
  void unknownUid_isRefusedAsUnknownSession() throws IOException {
    String text = googleAccept().replace("imposter-syndrome-2023-02-01@", "nothing-here@");
    assertRefused(RefusalReason.UNKNOWN_SESSION, REPLIES.read(MORGAN.email(), text));
    String foreign = googleAccept().replace("@wellness.example.org", "@elsewhere.example.com");
    assertRefused(RefusalReason.UNKNOWN_SESSION, REPLIES.read(MORGAN.email(), foreign));
  }

  @Test
  void notAReply_isRefusedAtTheMethodLine() throws IOException {
    String text = googleAccept().replace("METHOD:REPLY", "METHOD:REQUEST");
    Refusals.assertRefused("line 4", () -> REPLIES.read(MORGAN.email(), text));
  }

  @Test
  void needsAction_isRefusedAtTheAttendeeLine() throws IOException {
    String text = googleAccept().replace("PARTSTAT=ACCEPTED", "PARTSTAT=NEEDS-ACTION");
    Refusals.assertRefused("line 13", () -> REPLIES.read(MORGAN.email(), text));
  }

  @Test
  void notICalendar_isRefusedWithALine() {
    var refused = Refusals.assertRefused("line 1", () -> REPLIES.read(MORGAN.email(), "hello\r\n"));
    assertTrue(!refused.problem().isEmpty());
  }

  /** Issue 9 §1: a VTIMEZONE rule that is not yearly is refused, never expanded. */
  @Test
  void hourlyVtimezoneRule_isRefusedAtItsLine() throws IOException {
    String zone = "BEGIN:VTIMEZONE\r\nTZID:X\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
        + "RRULE:FREQ=HOURLY\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";
    String text = googleAccept().replace("BEGIN:VEVENT", zone + "BEGIN:VEVENT");
    var refused = Refusals.assertRefused("line 9", () -> REPLIES.read(MORGAN.email(), text));
    assertTrue(refused.problem().contains("FREQ=YEARLY"), refused.problem());
  }
}
