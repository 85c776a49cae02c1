package ca.cma.wellness.sessions.ical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * The public subscription feed: docs/client-compatibility.md §1, §5, §6, §12, §16, §17, §23, §28
 * and §29.
 */
class FeedTest {
  private static final Ical ICAL = Ical.of(Fixtures.PROGRAM, Fixtures.CLOCK);

  @Test
  void feed_hasPublishMethodNameAndRefreshHints() {
    Calendar calendar = Ics.parse(ICAL.feed(Fixtures.PROGRAM.sessionsInOrder()));
    assertEquals("PUBLISH", Ics.value(calendar, "METHOD"));
    assertEquals("2.0", Ics.value(calendar, "VERSION"));
    assertEquals("-//CMA//wellness-sessions//EN", Ics.value(calendar, "PRODID"));
    assertEquals("Wellness Connection", Ics.value(calendar, "NAME"));
    assertEquals("Wellness Connection", Ics.value(calendar, "X-WR-CALNAME"));
    assertEquals("PT6H", Ics.value(calendar, "REFRESH-INTERVAL"));
    assertEquals("PT6H", Ics.value(calendar, "X-PUBLISHED-TTL"));
    assertTrue(ICAL.feed(Fixtures.PROGRAM.sessionsInOrder()).contains("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n"));
  }

  @Test
  void feed_everyEventHasTheRequiredPropertiesAndNoMethod() {
    Calendar calendar = Ics.parse(ICAL.feed(Fixtures.PROGRAM.sessionsInOrder()));
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertEquals(Fixtures.PROGRAM.sessions().size(), events.size());
    for (VEvent event : events) {
      for (String name : List.of("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "URL",
          "STATUS", "SEQUENCE", "ORGANIZER")) {
        assertTrue(event.getProperty(name).isPresent(), name + " in " + event);
      }
      assertFalse(event.getProperty("METHOD").isPresent());
      assertFalse(event.getProperty("ATTENDEE").isPresent());
      assertEquals("20230115T170000Z", Ics.value(event, "DTSTAMP"));
    }
  }

  @Test
  void feed_imposterSyndrome_mapsEveryField() {
    Calendar calendar = Ics.parse(ICAL.feed(List.of(Fixtures.IMPOSTER_SYNDROME)));
    VEvent event = Ics.event(calendar);
    assertEquals("imposter-syndrome-2023-02-01@wellness.example.org", Ics.value(event, "UID"));
    assertEquals("Imposter syndrome", Ics.value(event, "SUMMARY"));
    assertEquals("0", Ics.value(event, "SEQUENCE"));
    assertEquals("CONFIRMED", Ics.value(event, "STATUS"));
    assertEquals("Imposter syndrome,Burnout,Peer support", Ics.value(event, "CATEGORIES"));
    assertEquals(Fixtures.IMPOSTER_SYNDROME.registrationUrl().toString(), Ics.value(event, "URL"));
    String description = Ics.value(event, "DESCRIPTION");
    assertTrue(description.startsWith(Fixtures.IMPOSTER_SYNDROME.description() + "\n\n"), description);
    assertTrue(description.contains("Moderated by Dr. Daniela Isfan"), description);
    assertTrue(description.contains("Register: " + Fixtures.IMPOSTER_SYNDROME.registrationUrl()), description);
    assertTrue(description.contains("Support resources: https://wellness.example.org/support"), description);
    String text = ICAL.feed(List.of(Fixtures.IMPOSTER_SYNDROME));
    assertTrue(text.contains("\r\nDTSTART;TZID=America/Toronto:20230201T190000\r\n"), text);
    assertTrue(text.contains("\r\nDTEND;TZID=America/Toronto:20230201T200000\r\n"), text);
  }

  @Test
  void feed_everyTzidHasAVtimezone() {
    Calendar calendar = Ics.parse(ICAL.feed(Fixtures.PROGRAM.sessionsInOrder()));
    List<String> declared = calendar.getComponents("VTIMEZONE").stream()
        .map(c -> Ics.value(c, "TZID")).collect(Collectors.toList());
    for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
      for (String name : List.of("DTSTART", "DTEND")) {
        Property property = event.getProperty(name).orElseThrow();
        String tzid = property.getParameter("TZID").orElseThrow().getValue();
        assertTrue(declared.contains(tzid), tzid);
        assertFalse(property.getValue().endsWith("Z"));
      }
    }
    assertEquals(List.of("America/Toronto"), declared);
  }

  @Test
  void feed_cancelledSession_staysWithStatusCancelledAndItsRevision() {
    VEvent event = Ics.event(Ics.parse(ICAL.feed(List.of(Fixtures.CANCELLED_SESSION))));
    assertEquals("CANCELLED", Ics.value(event, "STATUS"));
    assertEquals("1", Ics.value(event, "SEQUENCE"));
  }

  @Test
  void feed_seriesParts_areLinkedFirstAndNext() {
    Calendar calendar = Ics.parse(ICAL.feed(List.of(Fixtures.COMPASSION_ROUNDS_PART_I, Fixtures.COMPASSION_ROUNDS_PART_II)));
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertEquals("Compassion Rounds: The art and science of happiness (part I)", Ics.value(events.get(0), "SUMMARY"));
    Property next = events.get(0).getProperty("RELATED-TO").orElseThrow();
    assertEquals("NEXT", next.getParameter("RELTYPE").orElseThrow().getValue());
    assertEquals("compassion-rounds-happiness-2@wellness.example.org", next.getValue());
    Property first = events.get(1).getProperty("RELATED-TO").orElseThrow();
    assertEquals("FIRST", first.getParameter("RELTYPE").orElseThrow().getValue());
    assertEquals("compassion-rounds-happiness-1@wellness.example.org", first.getValue());
    assertEquals(1, events.get(1).getProperties("RELATED-TO").size());
  }

  @Test
  void withCategories_false_leavesThemOut() {
    String text = ICAL.withCategories(false).feed(Fixtures.PROGRAM.sessionsInOrder());
    assertFalse(text.contains("CATEGORIES"), text);
    assertTrue(ICAL.feed(Fixtures.PROGRAM.sessionsInOrder()).contains("\r\nCATEGORIES;LANGUAGE=en-CA:"));
  }

  @Test
  void withRefreshInterval_setsBothHints() {
    Calendar calendar = Ics.parse(ICAL.withRefreshInterval(Duration.ofMinutes(90)).feed(Fixtures.PROGRAM.sessionsInOrder()));
    assertEquals("PT1H30M", Ics.value(calendar, "REFRESH-INTERVAL"));
    assertEquals("PT1H30M", Ics.value(calendar, "X-PUBLISHED-TTL"));
    assertThrows(IllegalArgumentException.class, () -> ICAL.withRefreshInterval(Duration.ofSeconds(30)));
    assertThrows(IllegalArgumentException.class, () -> ICAL.withRefreshInterval(Duration.ofDays(8)));
  }

  @Test
  void feed_sameInputAndClock_isByteIdentical() throws Exception {
    Ical other = Ical.of(Fixtures.PROGRAM, Clock.fixed(Instant.parse("2023-01-15T17:00:00Z"), ZoneOffset.UTC));
    assertEquals(ICAL.feed(Fixtures.PROGRAM.sessionsInOrder()), other.feed(Fixtures.PROGRAM.sessionsInOrder()));
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    ICAL.writeFeed(Fixtures.PROGRAM.sessionsInOrder(), first);
    other.writeFeed(Fixtures.PROGRAM.sessionsInOrder(), second);
    assertArrayEquals(first.toByteArray(), second.toByteArray());
    assertArrayEquals(ICAL.feed(Fixtures.PROGRAM.sessionsInOrder()).getBytes(StandardCharsets.UTF_8), first.toByteArray());
  }

  @Test
  void feed_anotherClock_changesOnlyDtstamp() {
    Ical later = Ical.of(Fixtures.PROGRAM, Clock.fixed(Instant.parse("2023-01-16T09:30:15Z"), ZoneOffset.UTC));
    assertEquals(ICAL.feed(Fixtures.PROGRAM.sessionsInOrder()).replace("DTSTAMP:20230115T170000Z", "DTSTAMP:20230116T093015Z"), later.feed(Fixtures.PROGRAM.sessionsInOrder()));
  }

  @Test
  void feedCalendar_agreesWithTheText() {
    List<Session> sessions = Fixtures.PROGRAM.sessionsInOrder();
    Calendar model = ICAL.feedCalendar(sessions);
    Calendar parsed = Ics.parse(ICAL.feed(sessions));
    assertEquals(parsed.toString(), model.toString());
    assertEquals(parsed.getComponents().size(), model.getComponents().size());
  }

  @Test
  void feed_sessionOfAnUnknownSeries_isRefused() {
    Ical empty = Ical.of(Fixtures.PROGRAM.withSessions(List.of()).withSeries(List.of()), Fixtures.CLOCK);
    assertThrows(IllegalArgumentException.class, () -> empty.feed(List.of(Fixtures.COMPASSION_ROUNDS_PART_I)));
  }

  @Test
  void feed_program_hasACalendarDescriptionTwice() {
    Calendar calendar = Ics.parse(ICAL.feed(Fixtures.PROGRAM.sessionsInOrder()));
    assertEquals(Fixtures.PROGRAM.description(), Ics.value(calendar, "DESCRIPTION"));
    assertEquals(Fixtures.PROGRAM.description(), Ics.value(calendar, "X-WR-CALDESC"));
    Ical without = Ical.of(Fixtures.PROGRAM.withDescription(""), Fixtures.CLOCK);
    String text = without.feed(Fixtures.PROGRAM.sessionsInOrder());
    assertFalse(text.contains("X-WR-CALDESC"), text);
  }

  @Test
  void feed_lastModified_isTheSessionsLastChangeNotTheClock() {
    Ical later = Ical.of(Fixtures.PROGRAM, Clock.fixed(Instant.parse("2023-02-20T08:00:00Z"), ZoneOffset.UTC));
    VEvent event = Ics.event(Ics.parse(later.feed(List.of(Fixtures.IMPOSTER_SYNDROME))));
    assertEquals("20230109T143000Z", Ics.value(event, "LAST-MODIFIED"));
    assertEquals("20230220T080000Z", Ics.value(event, "DTSTAMP"));
    Session unknown = Fixtures.IMPOSTER_SYNDROME.withLastModified(java.util.Optional.empty());
    assertFalse(ICAL.feed(List.of(unknown)).contains("LAST-MODIFIED"));
  }

  @Test
  void feed_cancelledSession_saysSoInSummaryAndDescriptionWithoutARegistrationLink() {
    VEvent event = Ics.event(Ics.parse(ICAL.feed(List.of(Fixtures.CANCELLED_SESSION))));
    assertEquals("Cancelled: Self-care in residency", Ics.value(event, "SUMMARY"));
    String description = Ics.value(event, "DESCRIPTION");
    assertTrue(description.startsWith("This session is cancelled.\n\n" + Fixtures.CANCELLED_SESSION.description()), description);
    assertFalse(description.contains("Register"), description);
    assertFalse(description.contains(Fixtures.CANCELLED_SESSION.registrationUrl().toString()), description);
    assertTrue(description.contains("Support resources: https://wellness.example.org/support"), description);
    VEvent french = Ics.event(Ics.parse(ICAL.withLanguage(Language.FRENCH).feed(List.of(Fixtures.CANCELLED_SESSION))));
    assertEquals("Annulée : Prendre soin de soi pendant la résidence", Ics.value(french, "SUMMARY"));
    assertTrue(Ics.value(french, "DESCRIPTION").startsWith("Cette séance est annulée.\n\n"));
  }

  @Test
  void writeFeed_lazyIterable_readTwiceAndSameBytesAsAList() throws Exception {
    List<Session> sessions = Fixtures.PROGRAM.sessionsInOrder();
    int[] iterations = {0};
    Iterable<Session> lazy =
        () -> {
          iterations[0]++;
          return sessions.stream().iterator();
        };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ICAL.writeFeed(lazy, out);
    assertEquals(2, iterations[0]);
    assertEquals(ICAL.feed(sessions), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void writeFeed_secondIterationGivesAnUnseenZoneOrYear_failsNamingTheSession() {
    Session session = Fixtures.PROGRAM.sessionsInOrder().get(0);
    int[] iterations = {0};
    Iterable<Session> changing = () -> iterations[0]++ == 0 ? List.<Session>of().iterator() : List.of(session).iterator();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ICAL.writeFeed(changing, new ByteArrayOutputStream()));
    assertTrue(e.getMessage().contains(session.id().toString()), e.getMessage());
    assertTrue(e.getMessage().contains("same sessions"), e.getMessage());
  }

  @Test
  void feed_endsAroundEveryOffsetChange_areTheWallClockEndOrUtcInTheSecondPassOfAnOverlap() {
    // Ends every 37 minutes from 3 days before to 3 days after each change of 2023 and 2024,
    // in zones with hour, half-hour (Lord Howe) and no changes, against java.time.
    DateTimeFormatter local = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
    List<Session> sessions = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (String zone : List.of("America/Toronto", "America/St_Johns", "America/Regina", "Australia/Lord_Howe")) {
      ZoneRules rules = ZoneId.of(zone).getRules();
      List<Instant> around = new ArrayList<>(List.of(Instant.parse("2024-06-15T12:00:00Z")));
      for (ZoneOffsetTransition change = rules.nextTransition(Instant.parse("2023-01-01T00:00:00Z"));
          change != null && change.getInstant().isBefore(Instant.parse("2025-01-01T00:00:00Z"));
          change = rules.nextTransition(change.getInstant())) {
        around.add(change.getInstant());
      }
      for (Instant change : around) {
        for (long minutes = -3 * 24 * 60; minutes <= 3 * 24 * 60; minutes += 37) {
          Duration duration = Duration.ofMinutes(minutes % 2 == 0 ? 60 : 90);
          LocalDateTime start =
              LocalDateTime.ofInstant(change.plus(Duration.ofMinutes(minutes)).minus(duration), ZoneId.of(zone));
          Session session =
              Fixtures.IMPOSTER_SYNDROME
                  .withId(SessionId.of("dst-" + sessions.size()))
                  .withStart(start, ZoneId.of(zone))
                  .withDuration(duration);
          ZonedDateTime end = session.end();
          expected.add(
              end.withEarlierOffsetAtOverlap().equals(end)
                  ? "DTEND;TZID=" + zone + ":" + local.format(end)
                  : "DTEND:" + local.format(end.withZoneSameInstant(ZoneOffset.UTC)) + "Z");
          sessions.add(session);
        }
      }
    }
    List<String> written =
        ICAL.feed(sessions).lines().filter(line -> line.startsWith("DTEND")).collect(Collectors.toList());
    assertEquals(expected, written);
    assertTrue(expected.stream().anyMatch(line -> line.startsWith("DTEND:")), "no end in an overlap's second pass");
  }
}
