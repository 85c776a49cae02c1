package ca.cma.wellness.sessions.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

/**
 * Pins docs/client-compatibility.md §1 to §3 as a property: for generated sessions in many zones,
 * often within two days of a daylight-saving change, the offset ical4j computes from our VTIMEZONE
 * equals java.time's, at the start, at the end, and a minute either side of every change in range.
 */
class VtimezoneProperties {
  private static final Ical ICAL = Ical.of(Fixtures.PROGRAM, Fixtures.CLOCK);

  @Test
  void offsetFromOurVtimezone_equalsJavaTime() {
    WellnessGens.theory()
        .forAll(WellnessGens.sessions())
        .checkAssert(
            generated -> {
              Session session = generated.withStatus(ca.cma.wellness.sessions.SessionStatus.SCHEDULED);
              String text =
                  ICAL.invite(Ics.request(Fixtures.TORONTO_LEARNER, session, 0, InviteReason.CONFIRMED))
                      .calendar();
              Calendar calendar = Ics.parse(text);
              VEvent event = Ics.event(calendar);
              DtStart<ZonedDateTime> start = event.getRequiredProperty("DTSTART");
              DtEnd<?> end = event.getRequiredProperty("DTEND");
              assertEquals(session.startInstant(), start.getDate().toInstant(), text);
              assertEquals(session.start().getOffset(), start.getDate().getOffset(), text);
              assertEquals(session.end().toInstant(), Instant.from(end.getDate()), text);

              VTimeZone vtimezone = calendar.<VTimeZone>getComponents("VTIMEZONE").get(0);
              assertEquals(session.timeZone().getId(), Ics.value(vtimezone, "TZID"));
              // The rules ical4j's parser built from our VTIMEZONE for the TZID.
              ZoneRules ical4j = start.getDate().getZone().getRules();
              ZoneRules rules = session.timeZone().getRules();
              checkOffset(ical4j, rules, session.startInstant(), text);
              checkOffset(ical4j, rules, session.end().toInstant(), text);
              // Our VTIMEZONE is exact from the first year of the output to the year after its last.
              Instant from = session.start().withDayOfYear(1).truncatedTo(ChronoUnit.DAYS).toInstant();
              Instant to = session.end().plusYears(2).withDayOfYear(1).truncatedTo(ChronoUnit.DAYS).toInstant();
              for (ZoneOffsetTransition t = rules.nextTransition(from);
                  t != null && t.getInstant().isBefore(to);
                  t = rules.nextTransition(t.getInstant())) {
                if (t.getInstant().minusSeconds(60).isAfter(from)) {
                  checkOffset(ical4j, rules, t.getInstant().minusSeconds(60), text);
                }
                if (t.getInstant().plusSeconds(60).isBefore(to)) {
                  checkOffset(ical4j, rules, t.getInstant().plusSeconds(60), text);
                }
              }
            });
  }

  private static void checkOffset(ZoneRules ical4j, ZoneRules rules, Instant at, String text) {
    assertEquals(
        rules.getOffset(at),
        ical4j.getOffset(at),
        () -> "offset at " + at + " in\n" + text);
  }

  @Test
  void weeklySessionAcrossTheMarchChange_keepsSevenPmLocal() {
    // docs/client-compatibility.md §3: every part of the weekly circle reads 19:00 Toronto, before
    // and after DST.
    Calendar calendar = Ics.parse(ICAL.feed(Fixtures.WEEKLY_CIRCLE_PARTS));
    for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
      DtStart<ZonedDateTime> start = event.getRequiredProperty("DTSTART");
      ZonedDateTime toronto = start.getDate().withZoneSameInstant(ZoneId.of("America/Toronto"));
      assertEquals(19, toronto.getHour(), event.toString());
      assertEquals(0, toronto.getMinute(), event.toString());
    }
  }
}
