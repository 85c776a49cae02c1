package ca.cma.wellness.sessions.ical;

import static ca.cma.wellness.sessions.ical.Ics.cancel;
import static ca.cma.wellness.sessions.ical.Ics.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

/**
 * End to end: planner messages, in sending order, become e-mails; each e-mail's calendar part is
 * parsed by ical4j and applied to the calendar of the registrant its ATTENDEE names, the way an
 * iTIP client does (RFC 5546 §2.1.5: a REQUEST replaces an older or equal revision of the UID, a
 * CANCEL removes it). Then each calendar is checked. {@link #deliver} takes any list of messages,
 * so a planner-driven variant can reuse it. Pins docs/client-compatibility.md §10, §11, §14, §15
 * and §18.
 */
class CalendarSimulationTest {
  /** One event as a registrant's calendar keeps it. */
  record Entry(int sequence, Instant dtstamp, Instant start, Instant end, String summary, String location) {}

  /** The calendar of one registrant. */
  static final class SimulatedCalendar {
    final Map<String, Entry> events = new LinkedHashMap<>();

    void apply(Calendar calendar) {
      String method = Ics.value(calendar, "METHOD");
      VEvent event = Ics.event(calendar);
      String uid = Ics.value(event, "UID");
      int sequence = Integer.parseInt(Ics.value(event, "SEQUENCE"));
      Instant stamp = Instant.from(((DateProperty<?>) event.getRequiredProperty("DTSTAMP")).getDate());
      Entry known = events.get(uid);
      boolean newer = known == null || sequence > known.sequence()
          || sequence == known.sequence() && !stamp.isBefore(known.dtstamp());
      if (method.equals("REQUEST")) {
        if (newer) {
          events.put(uid, new Entry(sequence, stamp,
              Instant.from(((DateProperty<?>) event.getRequiredProperty("DTSTART")).getDate()),
              Instant.from(((DateProperty<?>) event.getRequiredProperty("DTEND")).getDate()),
              Ics.value(event, "SUMMARY"), Ics.value(event, "LOCATION")));
        }
      } else if (method.equals("CANCEL")) {
        if (known != null && sequence >= known.sequence()) {
          events.remove(uid);
        }
      } else {
        throw new AssertionError("unexpected METHOD " + method);
      }
    }
  }

  /**
   * Turns every message into its e-mail and applies it to the calendar of the one registrant its
   * ATTENDEE names, checking the MIME type against the METHOD inside.
   *
   * @return each registrant's calendar, by e-mail address
   */
  static Map<EmailAddress, SimulatedCalendar> deliver(Ical ical, List<InviteMessage> messages) {
    Map<EmailAddress, SimulatedCalendar> calendars = new HashMap<>();
    for (InviteMessage message : messages) {
      InviteEmail mail = ical.withProgram(ical.program().withSession(message.session())).invite(message);
      Calendar calendar = Ics.parse(mail.calendar());
      assertEquals("text/calendar; charset=UTF-8; method=" + Ics.value(calendar, "METHOD"), mail.contentType());
      List<Property> attendees = Ics.event(calendar).getProperties("ATTENDEE");
      assertEquals(1, attendees.size(), "exactly one registrant per message");
      EmailAddress to = EmailAddress.of(java.net.URI.create(attendees.get(0).getValue()).getSchemeSpecificPart());
      assertEquals(message.recipient().email(), to);
      calendars.computeIfAbsent(to, k -> new SimulatedCalendar()).apply(calendar);
    }
    return calendars;
  }

  private static final Session IMPOSTER = Fixtures.IMPOSTER_SYNDROME;
  private static final Session IMPOSTER_AT_8 =
      IMPOSTER.withStart(LocalDateTime.of(2023, 2, 1, 20, 0), Fixtures.TORONTO).withRevision(1);
  private static final Session ROUNDS = Fixtures.COMPASSION_ROUNDS_PART_I;
  private static final Session ROUNDS_CANCELLED = ROUNDS.withStatus(SessionStatus.CANCELLED).withRevision(1);

  /** What the planner sends, by hand until it lands: RFC 5546's sequences. */
  static List<InviteMessage> scenario() {
    List<InviteMessage> messages = new ArrayList<>();
    for (Registrant r : List.of(Fixtures.ST_JOHNS_LEARNER, Fixtures.MONTREAL_RESIDENT, Fixtures.TORONTO_LEARNER)) {
      messages.add(request(r, IMPOSTER, 0, InviteReason.CONFIRMED));
    }
    messages.add(request(Fixtures.HALIFAX_PHYSICIAN, ROUNDS, 0, InviteReason.CONFIRMED));
    messages.add(request(Fixtures.TORONTO_LEARNER, ROUNDS, 0, InviteReason.CONFIRMED));
    for (Registrant r : List.of(Fixtures.ST_JOHNS_LEARNER, Fixtures.MONTREAL_RESIDENT, Fixtures.TORONTO_LEARNER)) {
      messages.add(request(r, IMPOSTER_AT_8, 1, InviteReason.UPDATED));
    }
    messages.add(cancel(Fixtures.MONTREAL_RESIDENT, IMPOSTER_AT_8, 1, InviteReason.WITHDRAWN));
    messages.add(request(Fixtures.VANCOUVER_PHYSICIAN, IMPOSTER_AT_8, 1, InviteReason.PROMOTED));
    messages.add(cancel(Fixtures.HALIFAX_PHYSICIAN, ROUNDS_CANCELLED, 1, InviteReason.SESSION_CANCELLED));
    messages.add(cancel(Fixtures.TORONTO_LEARNER, ROUNDS_CANCELLED, 1, InviteReason.SESSION_CANCELLED));
    return messages;
  }

  @Test
  void scenario_eachRegistrantEndsWithWhatTheyShould() {
    Ical ical = Ical.of(Fixtures.PROGRAM, Fixtures.CLOCK);
    Map<EmailAddress, SimulatedCalendar> calendars = deliver(ical, scenario());
    String imposter = Fixtures.PROGRAM.uidOf(IMPOSTER).toString();
    Instant eightPm = Instant.parse("2023-02-02T01:00:00Z");
    for (Registrant r : List.of(Fixtures.ST_JOHNS_LEARNER, Fixtures.TORONTO_LEARNER, Fixtures.VANCOUVER_PHYSICIAN)) {
      Map<String, Entry> events = calendars.get(r.email()).events;
      assertEquals(Set.of(imposter), events.keySet(), r.email().address());
      Entry entry = events.get(imposter);
      assertEquals(eightPm, entry.start(), "rescheduled in place, not duplicated");
      assertEquals(eightPm.plusSeconds(3600), entry.end());
      assertEquals(1, entry.sequence());
      assertEquals(IMPOSTER.joinUrl().toString(), entry.location());
    }
    assertTrue(calendars.get(Fixtures.MONTREAL_RESIDENT.email()).events.isEmpty(), "withdrawn");
    assertTrue(calendars.get(Fixtures.HALIFAX_PHYSICIAN.email()).events.isEmpty(), "session cancelled");
  }

  @Test
  void staleRequest_afterAnUpdate_changesNothing() {
    Ical ical = Ical.of(Fixtures.PROGRAM, Fixtures.CLOCK);
    List<InviteMessage> messages = new ArrayList<>(scenario());
    messages.add(request(Fixtures.ST_JOHNS_LEARNER, IMPOSTER, 0, InviteReason.CONFIRMED));
    Entry entry = deliver(ical, messages).get(Fixtures.ST_JOHNS_LEARNER.email()).events.get(Fixtures.PROGRAM.uidOf(IMPOSTER).toString());
    assertEquals(Instant.parse("2023-02-02T01:00:00Z"), entry.start());
  }

  @Test
  void withdrawal_reachesOnlyTheOneRegistrant() {
    Ical ical = Ical.of(Fixtures.PROGRAM, Fixtures.CLOCK);
    List<InviteMessage> messages = scenario();
    Program program = Fixtures.PROGRAM;
    long cancels = messages.stream()
        .filter(m -> m.reason() == InviteReason.WITHDRAWN)
        .map(ical::invite)
        .peek(mail -> assertEquals(Fixtures.MONTREAL_RESIDENT, mail.recipient()))
        .count();
    assertEquals(1, cancels);
    assertEquals(program.uidOf(IMPOSTER).toString(), ical.invite(messages.get(0)).uid());
  }
}
