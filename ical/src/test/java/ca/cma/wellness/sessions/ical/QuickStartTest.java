package ca.cma.wellness.sessions.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.registration.InviteMessage;
import ca.cma.wellness.sessions.registration.InviteMethod;
import ca.cma.wellness.sessions.registration.InviteReason;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's iCalendar quick start, kept compiling and running. */
class QuickStartTest {
  @Test
  void readmeQuickStart_runs() throws IOException {
    Program program = Fixtures.PROGRAM;
    Clock clock = Fixtures.CLOCK;
    OutputStream httpResponseBody = new ByteArrayOutputStream();

    // --- README: iCalendar quick start ---
    Ical ical = Ical.of(program, clock)            // DTSTAMP comes from this clock
        .withAlarm(Duration.ofMinutes(30));         // or .withoutAlarm(); 15 minutes by default

    // The public feed people subscribe to (Content-Type: text/calendar; charset=UTF-8):
    List<Session> upcoming = program.upcoming(clock, Duration.ofDays(120));
    ical.writeFeed(upcoming, httpResponseBody);

    // One e-mail per planner message:
    InviteMessage message = InviteMessage.builder()
        .method(InviteMethod.REQUEST)
        .sequence(0)
        .recipient(Fixtures.ST_JOHNS_LEARNER)
        .session(Fixtures.IMPOSTER_SYNDROME)
        .reason(InviteReason.CONFIRMED)
        .build();
    InviteEmail mail = ical.invite(message);
    mail.subject();       // "Invitation: Imposter syndrome, Feb. 1, 2023, 8:30 pm NT"
    mail.text();          // the text/plain part
    mail.contentType();   // "text/calendar; charset=UTF-8; method=REQUEST"
    mail.bytes();         // the text/calendar part, also attachable as mail.fileName()

    // A registrant's answer:
    Rsvp rsvp = ical.readReply(Ics.replyFor(mail));
    rsvp.answer();        // ACCEPTED, DECLINED or TENTATIVE
    // --- end ---

    assertTrue(httpResponseBody.toString().startsWith("BEGIN:VCALENDAR\r\n"));
    assertEquals("Invitation: Imposter syndrome, Feb. 1, 2023, 8:30 pm NT", mail.subject());
    assertEquals(RsvpAnswer.ACCEPTED, rsvp.answer());
  }
}
