package ca.cma.wellness.sessions.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.ical.Ical;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteMethod;
import ca.cma.wellness.sessions.invites.InvitePlan;
import ca.cma.wellness.sessions.invites.InvitePlanner;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.invites.SentLog;
import ca.cma.wellness.sessions.json.JsCalendar;
import ca.cma.wellness.sessions.json.SessionFeed;
import ca.cma.wellness.sessions.registration.RegistrationLedger;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.Generators;
import ca.cma.wellness.sessions.testing.RegistrationGenerators;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every message the planner sends, over generated registration histories (register, withdraw,
 * register again, reschedule, cancel), says the same in every format: the iCalendar invite (as
 * ical4j reads it) and the JSCalendar copy agree on UID, SEQUENCE, status, start and end; the JSON
 * feed of the program at that moment agrees with both on UID, start and end, and on status unless
 * the message withdraws one person from a session that still takes place. A message never carries
 * a SEQUENCE below the revision the feed publishes.
 */
class InviteAgreementProperties {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** What one output says of a session. */
  record Facts(String uid, int sequence, boolean cancelled, Instant start, Instant end) {}

  @Test
  void plannedMessages_inIcalJsCalendarAndTheJsonFeed_agree() {
    Set<InviteReason> seen = EnumSet.noneOf(InviteReason.class);
    WellnessGens.theory()
        .withExamples(60)
        .forAll(WellnessGens.randoms())
        .checkAssert(random -> history(random, seen));
    assertEquals(EnumSet.allOf(InviteReason.class), seen, "every kind of message was written");
  }

  private static void history(RandomGenerator random, Set<InviteReason> seen) {
    Session session =
        RegistrationGenerators.openSession(random, Fixtures.CLOCK.instant())
            .withSeriesPart(Optional.empty())
            .withCapacity(1 + random.nextInt(3))
            .withRegistrationOpens(Optional.empty())
            .withRegistrationCloses(Optional.empty());
    List<Registrant> people = RegistrationGenerators.registrants(random, 2 + random.nextInt(4));
    RegistrationLedger ledger = RegistrationLedger.inMemory(Fixtures.CLOCK);
    SentLog log = SentLog.empty();
    int steps = 2 + random.nextInt(20);
    for (int step = 0; step < steps && !session.isCancelled(); step++) {
      Registrant someone = Generators.oneOf(random, people);
      int kind = random.nextInt(10);
      if (kind < 4) {
        ledger.register(session, someone);
      } else if (kind < 6) {
        ledger.withdraw(session, someone);
      } else if (kind < 7) {
        // Withdraw and come back: the planner's SEQUENCE for this person runs ahead of the revision.
        ledger.withdraw(session, someone);
        Program between = Fixtures.PROGRAM.withSession(session);
        log = check(between, InvitePlanner.plan(between, ledger, log), seen);
        ledger.register(session, someone);
      } else if (kind < 9) {
        session =
            session.withStart(session.start().plusMinutes(30L * (1 + random.nextInt(48))))
                .withRevision(session.revision() + 1)
                .withLastModified(Fixtures.CLOCK.instant());
      } else {
        session = session.withStatus(SessionStatus.CANCELLED).withRevision(session.revision() + 1);
      }
      Program program = Fixtures.PROGRAM.withSession(session);
      log = check(program, InvitePlanner.plan(program, ledger, log), seen);
    }
  }

  private static SentLog check(Program program, InvitePlan plan, Set<InviteReason> seen) {
    Ical ical = Ical.of(program, Fixtures.CLOCK);
    JsCalendar jscal = JsCalendar.of(program, Fixtures.CLOCK);
    SessionFeed feed = SessionFeed.of(program, Fixtures.CLOCK);
    for (InviteMessage message : plan.messages()) {
      seen.add(message.reason());
      Session session = message.session();
      Facts expected =
          new Facts(
              program.uidOf(session).toString(),
              message.sequence(),
              message.method() == InviteMethod.CANCEL,
              session.startInstant(),
              session.end().toInstant());
      assertEquals(expected, ics(ical.invite(message).calendar()), "iCalendar " + message);
      assertEquals(expected, jsCalendar(jscal.invite(message)), "JSCalendar " + message);
      Facts public_ = jsonFeed(feed.feed(List.of(session)));
      assertEquals(expected.uid(), public_.uid());
      assertEquals(expected.start(), public_.start());
      assertEquals(expected.end(), public_.end());
      if (message.reason() != InviteReason.WITHDRAWN) {
        assertEquals(expected.cancelled(), public_.cancelled(), "status " + message);
      }
      assertTrue(message.sequence() >= public_.sequence(), "SEQUENCE never below the published revision");
    }
    return plan.log();
  }

  private static Facts ics(String text) {
    Calendar calendar;
    try {
      calendar = new CalendarBuilder().build(new StringReader(text));
    } catch (Exception e) {
      throw new AssertionError("ical4j cannot read the invite", e);
    }
    VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    return new Facts(
        event.getProperty("UID").orElseThrow().getValue(),
        Integer.parseInt(event.getProperty("SEQUENCE").orElseThrow().getValue()),
        event.getProperty("STATUS").orElseThrow().getValue().equals("CANCELLED"),
        instant(event, "DTSTART"),
        instant(event, "DTEND"));
  }

  private static Instant instant(VEvent event, String name) {
    Temporal date = ((DateProperty<?>) event.getProperty(name).orElseThrow()).getDate();
    return Instant.from(date);
  }

  private static Facts jsCalendar(String json) {
    JsonNode event = JSON.readTree(json);
    ZonedDateTime start =
        ZonedDateTime.of(
                LocalDateTime.parse(event.get("start").stringValue()),
                ZoneId.of(event.get("timeZone").stringValue()))
            .withEarlierOffsetAtOverlap();
    return new Facts(
        event.get("uid").stringValue(),
        event.get("sequence").intValue(),
        event.get("status").stringValue().equals("cancelled"),
        start.toInstant(),
        start.toInstant().plus(Duration.parse(event.get("duration").stringValue())));
  }

  private static Facts jsonFeed(String json) {
    JsonNode session = JSON.readTree(json).get("sessions").get(0);
    return new Facts(
        session.get("uid").stringValue(),
        session.get("revision").intValue(),
        session.get("status").stringValue().equals("cancelled"),
        java.time.OffsetDateTime.parse(session.get("start").stringValue()).toInstant(),
        java.time.OffsetDateTime.parse(session.get("end").stringValue()).toInstant());
  }
}
