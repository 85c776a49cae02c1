package ca.cma.wellness.sessions.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.ical.Ical;
import ca.cma.wellness.sessions.ical.IcsImport;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteMethod;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.json.FeedReader;
import ca.cma.wellness.sessions.json.JsCalendar;
import ca.cma.wellness.sessions.json.JsonLd;
import ca.cma.wellness.sessions.json.SessionFeed;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.Refusals;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 §5: years from 1900 to 9999, at both edges, in every format; outside, refused with a
 * path (a year of 20233 was written as 0233 in iCalendar and +20233 in JSON).
 */
class YearEdgesTest {
  private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("1899-06-01T00:00:00Z"), ZoneOffset.UTC);
  /** The first minute of 1900 on the wall clock, and the last hour of 9999 that ends in 9999 in UTC too. */
  private static final Session FIRST =
      Fixtures.IMPOSTER_SYNDROME.withStart(LocalDateTime.of(1900, 1, 1, 0, 0), TORONTO).withLastModified(
          java.util.Optional.empty());
  private static final Session LAST =
      Fixtures.IMPOSTER_SYNDROME.withStart(LocalDateTime.of(9999, 12, 31, 17, 0), TORONTO).withLastModified(
          java.util.Optional.empty());

  @Test
  void edges_areWrittenWithFourDigitYears_andReadBack() {
    Program program = Fixtures.PROGRAM.withSessions(List.of(LAST));
    for (Session session : List.of(FIRST, LAST)) {
      Program one = Fixtures.PROGRAM.withSessions(List.of(session));
      String ics = Ical.of(one, CLOCK).feed(List.of(session));
      Session imported = IcsImport.of(TORONTO, Fixtures.DANIELA_ISFAN, URI.create("https://wellness.example.org/s"))
          .read(ics).get(0);
      assertEquals(session.startInstant(), imported.startInstant());
      String feed = SessionFeed.of(one, CLOCK).feed(List.of(session));
      assertEquals(session.start(), FeedReader.of().read(feed).sessions().get(0).start());
      String year = String.valueOf(session.start().getYear());
      assertTrue(JsonLd.of(one, CLOCK).feed(List.of(session)).contains("\"" + year + "-"), year);
      assertTrue(JsCalendar.of(one, CLOCK).feed(List.of(session)).contains("\"" + year + "-"), year);
    }
    String invite = Ical.of(program, CLOCK).invite(InviteMessage.builder().method(InviteMethod.REQUEST).sequence(0)
        .recipient(Fixtures.ST_JOHNS_LEARNER).session(LAST).reason(InviteReason.CONFIRMED).build()).calendar();
    assertTrue(invite.contains("DTSTART;TZID=America/Toronto:99991231T170000"), invite);
    assertTrue(invite.contains("DTEND;TZID=America/Toronto:99991231T180000"), invite);
  }

  @Test
  void pastTheEdges_isRefusedWithAPath() {
    Refusals.assertRefused("start", () -> LAST.withStart(LocalDateTime.of(20233, 2, 1, 19, 0), TORONTO));
    Refusals.assertRefused("start", () -> FIRST.withStart(LocalDateTime.of(1899, 12, 31, 23, 0), TORONTO));
    SessionValidationException end = Refusals.assertRefused("duration",
        () -> LAST.withStart(LocalDateTime.of(9999, 12, 31, 18, 30), TORONTO));
    Refusals.assertRefused("start", () -> LAST.withStart(LocalDateTime.of(9999, 12, 31, 22, 0), TORONTO));
    assertTrue(end.problem().contains("10000"), end.problem());

    Program one = Fixtures.PROGRAM.withSessions(List.of(LAST));
    String feed = SessionFeed.of(one, CLOCK).feed(List.of(LAST));
    Refusals.assertRefused("sessions[0].start",
        () -> FeedReader.of().read(feed.replace("9999-12-31T", "1899-12-31T")));
    String ics = Ical.of(one, CLOCK).feed(List.of(LAST));
    SessionValidationException late = Refusals.assertRefused("line " + lineOf(ics, "DTSTART;TZID="),
        () -> IcsImport.of(TORONTO, Fixtures.DANIELA_ISFAN, URI.create("https://wellness.example.org/s"))
            .read(ics.replace("99991231T170000", "18991231T170000").replace("99991231T180000", "18991231T180000")));
    assertTrue(late.problem().contains("1899"), late.problem());
  }

  private static int lineOf(String text, String name) {
    String[] lines = text.split("\r\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(name)) {
        return i + 1;
      }
    }
    throw new AssertionError(name);
  }
}
