package ca.cma.wellness.sessions.ical;

import static ca.cma.wellness.sessions.ical.Ics.cancel;
import static ca.cma.wellness.sessions.ical.Ics.request;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.Refusals;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * Invites, updates and cancellations: docs/client-compatibility.md §10, §11, §12, §14, §18, §20,
 * §21, §22 and §28.
 */
class InviteTest {
  private static final Ical ICAL = Ical.of(Fixtures.PROGRAM, Fixtures.CLOCK);

  private static final InviteEmail INVITE =
      ICAL.invite(request(Fixtures.ST_JOHNS_LEARNER, Fixtures.IMPOSTER_SYNDROME, 0, InviteReason.CONFIRMED));

  @Test
  void request_isOneVcalendarWithOrganizerAndTheRecipientAloneAsAttendee() {
    String text = INVITE.calendar();
    assertEquals(1, Collections.frequency(Ics.contentLines(text), "BEGIN:VCALENDAR"));
    assertEquals(1, Collections.frequency(Ics.contentLines(text), "BEGIN:VEVENT"));
    assertEquals(1, Collections.frequency(Ics.names(text), "METHOD"));
    Calendar calendar = Ics.parse(text);
    assertEquals("REQUEST", Ics.value(calendar, "METHOD"));
    VEvent event = Ics.event(calendar);
    assertFalse(event.getProperty("METHOD").isPresent());
    Property organizer = event.getProperty("ORGANIZER").orElseThrow();
    assertEquals("mailto:wellness@example.org", organizer.getValue());
    assertEquals("Wellness Connection", organizer.getParameter("CN").orElseThrow().getValue());
    List<Property> attendees = event.getProperties("ATTENDEE");
    assertEquals(1, attendees.size());
    Property attendee = attendees.get(0);
    assertEquals("mailto:morgan.kelly@example.org", attendee.getValue());
    assertEquals("Morgan Kelly", attendee.getParameter("CN").orElseThrow().getValue());
    assertEquals("REQ-PARTICIPANT", attendee.getParameter("ROLE").orElseThrow().getValue());
    assertEquals("NEEDS-ACTION", attendee.getParameter("PARTSTAT").orElseThrow().getValue());
    assertEquals("TRUE", attendee.getParameter("RSVP").orElseThrow().getValue());
  }

  @Test
  void request_carriesTheJoinLinkInConferenceLocationAndDescription() {
    VEvent event = Ics.event(Ics.parse(INVITE.calendar()));
    String join = Fixtures.IMPOSTER_SYNDROME.joinUrl().toString();
    Property conference = event.getProperty("CONFERENCE").orElseThrow();
    assertEquals(join, conference.getValue());
    assertEquals("URI", conference.getParameter("VALUE").orElseThrow().getValue());
    assertEquals(join, Ics.value(event, "LOCATION"));
    assertTrue(Ics.value(event, "DESCRIPTION").contains("Join: " + join));
  }

  @Test
  void request_hasTheFeedsUidTheMessagesSequenceAndRequiredProperties() {
    VEvent event = Ics.event(Ics.parse(INVITE.calendar()));
    assertEquals(Fixtures.PROGRAM.uidOf(Fixtures.IMPOSTER_SYNDROME).toString(), Ics.value(event, "UID"));
    assertEquals(INVITE.uid(), Ics.value(event, "UID"));
    assertEquals("0", Ics.value(event, "SEQUENCE"));
    assertEquals("20230115T170000Z", Ics.value(event, "DTSTAMP"));
    assertEquals("CONFIRMED", Ics.value(event, "STATUS"));
    assertEquals("Imposter syndrome", Ics.value(event, "SUMMARY"));
  }

  @Test
  void request_hasAFifteenMinuteAlarmByDefault_configurableAndOptional() {
    VEvent event = Ics.event(Ics.parse(INVITE.calendar()));
    assertEquals(1, event.getAlarms().size());
    assertEquals("-PT15M", Ics.value(event.getAlarms().get(0), "TRIGGER"));
    assertEquals("DISPLAY", Ics.value(event.getAlarms().get(0), "ACTION"));
    InviteEmail hour = ICAL.withAlarm(Duration.ofHours(1))
        .invite(request(Fixtures.ST_JOHNS_LEARNER, Fixtures.IMPOSTER_SYNDROME, 0, InviteReason.CONFIRMED));
    assertEquals("-PT1H", Ics.value(Ics.event(Ics.parse(hour.calendar())).getAlarms().get(0), "TRIGGER"));
    InviteEmail none = ICAL.withoutAlarm()
        .invite(request(Fixtures.ST_JOHNS_LEARNER, Fixtures.IMPOSTER_SYNDROME, 0, InviteReason.CONFIRMED));
    assertFalse(none.calendar().contains("VALARM"));
    assertThrows(IllegalArgumentException.class, () -> ICAL.withAlarm(Duration.ZERO));
  }

  @Test
  void update_isARequestWithTheSameUidAndAHigherSequence() {
    InviteEmail update = ICAL.invite(request(Fixtures.ST_JOHNS_LEARNER,
        Fixtures.IMPOSTER_SYNDROME.withStart(Fixtures.IMPOSTER_SYNDROME.start().plusHours(1)).withRevision(1),
        1, InviteReason.UPDATED));
    VEvent event = Ics.event(Ics.parse(update.calendar()));
    assertEquals("REQUEST", Ics.value(Ics.parse(update.calendar()), "METHOD"));
    assertEquals(INVITE.uid(), Ics.value(event, "UID"));
    assertEquals("1", Ics.value(event, "SEQUENCE"));
    assertTrue(update.calendar().contains("DTSTART;TZID=America/Toronto:20230201T200000"));
  }

  @Test
  void cancel_hasStatusCancelledTheSameUidAndTheRecipientAlone() {
    InviteEmail withdrawal = ICAL.invite(cancel(Fixtures.ST_JOHNS_LEARNER, Fixtures.IMPOSTER_SYNDROME, 1, InviteReason.WITHDRAWN));
    Calendar calendar = Ics.parse(withdrawal.calendar());
    assertEquals("CANCEL", Ics.value(calendar, "METHOD"));
    VEvent event = Ics.event(calendar);
    assertEquals("CANCELLED", Ics.value(event, "STATUS"));
    assertEquals(INVITE.uid(), Ics.value(event, "UID"));
    assertEquals("1", Ics.value(event, "SEQUENCE"));
    assertEquals(1, event.getProperties("ATTENDEE").size());
    assertEquals("mailto:morgan.kelly@example.org", Ics.value(event, "ATTENDEE"));
    assertFalse(withdrawal.calendar().contains(Fixtures.IMPOSTER_SYNDROME.joinUrl().toString()));
    assertFalse(withdrawal.calendar().contains("VALARM"));
    assertEquals("cancel.ics", withdrawal.fileName());
  }

  @Test
  void contentType_methodEqualsTheMethodInside() {
    assertEquals("text/calendar; charset=UTF-8; method=REQUEST", INVITE.contentType());
    assertEquals("invite.ics", INVITE.fileName());
    InviteEmail cancellation = ICAL.invite(cancel(Fixtures.MONTREAL_RESIDENT, Fixtures.CANCELLED_SESSION, 2,
        InviteReason.SESSION_CANCELLED));
    assertEquals("text/calendar; charset=UTF-8; method=CANCEL", cancellation.contentType());
    assertTrue(cancellation.calendar().contains("\r\nMETHOD:CANCEL\r\n"));
    assertArrayEquals(cancellation.calendar().getBytes(StandardCharsets.UTF_8), cancellation.bytes());
  }

  @Test
  void text_repeatsTitleLocalTimeAndJoinLink() {
    assertEquals("Invitation: Imposter syndrome, Feb. 1, 2023, 8:30 pm NT", INVITE.subject());
    String body = INVITE.text();
    assertTrue(body.contains("\r\nImposter syndrome\r\nFeb. 1, 2023, 8:30 pm NT (7 pm ET)\r\n"), body);
    assertTrue(body.contains("Join: " + Fixtures.IMPOSTER_SYNDROME.joinUrl()), body);
    assertTrue(body.contains("Moderated by Dr. Daniela Isfan"), body);
    assertFalse(body.replace("\r\n", "").contains("\n"), "CRLF line ends");
  }

  @Test
  void text_frenchRegistrant_readsFrench() {
    InviteEmail mail = ICAL.invite(request(Fixtures.MONTREAL_RESIDENT, Fixtures.IMPOSTER_SYNDROME, 0, InviteReason.CONFIRMED));
    assertEquals("Invitation : Le syndrome de l'imposteur, 1er février 2023, 19 h HE", mail.subject());
    assertTrue(mail.text().contains("1er février 2023, 19 h HE\r\n"), mail.text());
    assertTrue(mail.text().contains("Rejoindre : " + Fixtures.IMPOSTER_SYNDROME.joinUrl()), mail.text());
    assertTrue(mail.calendar().contains("LABEL=Rejoindre la séance"), mail.calendar());
  }

  @Test
  void text_cancellation_hasNoJoinLink() {
    InviteEmail mail = ICAL.invite(cancel(Fixtures.ST_JOHNS_LEARNER, Fixtures.IMPOSTER_SYNDROME, 1, InviteReason.WITHDRAWN));
    assertFalse(mail.text().contains(Fixtures.IMPOSTER_SYNDROME.joinUrl().toString()), mail.text());
    assertTrue(mail.subject().startsWith("Registration cancelled: Imposter syndrome"), mail.subject());
  }

  @Test
  void request_forACancelledSession_isRefused() {
    Refusals.assertRefused("session.status",
        () -> ICAL.invite(request(Fixtures.ST_JOHNS_LEARNER, Fixtures.CANCELLED_SESSION, 2, InviteReason.UPDATED)));
  }

  @Test
  void inviteCalendar_agreesWithTheText() {
    var message = request(Fixtures.MONTREAL_RESIDENT, Fixtures.COMPASSION_ROUNDS_PART_II, 3, InviteReason.PROMOTED);
    assertEquals(Ics.parse(ICAL.invite(message).calendar()).toString(), ICAL.inviteCalendar(message).toString());
  }

  @Test
  void toString_hidesTheRecipientAndTheJoinLink() {
    assertFalse(INVITE.toString().contains("morgan"));
    assertFalse(INVITE.toString().contains("meet.example.org"));
  }

  @Test
  void oneEventTorontoInvite_isAtMost1800Bytes() {
    InviteEmail toronto = ICAL.invite(request(Fixtures.TORONTO_LEARNER, Fixtures.IMPOSTER_SYNDROME, 0, InviteReason.CONFIRMED));
    // 1,536 before each text said its language: LANGUAGE=en-CA on SUMMARY, DESCRIPTION and the
    // alarm's DESCRIPTION adds 48 octets; 1,600 before the footer named Ontario's program and the
    // national line (issue 14): 1,779.
    assertTrue(toronto.bytes().length <= 1800, "bytes: " + toronto.bytes().length);
    Ics.physicalLines(toronto.bytes());
  }
}
