package ca.cma.wellness.sessions.examples.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.ical.Ical;
import ca.cma.wellness.sessions.ical.ImportResult;
import ca.cma.wellness.sessions.json.SessionFeed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks compare like with like: the module and each raw baseline write the same
 * calendars and the same JSON from {@link BenchData}'s inputs. Calendars are compared as ical4j's
 * parser reads them (every property of every VEVENT and VALARM, with its parameters, in order, and
 * the start and end instants through each calendar's own VTIMEZONE, which differ by design);
 * JSON is compared byte for byte. Runs in seconds; the benchmarks themselves never run in {@code
 * verify}.
 */
class BenchmarkEquivalenceTest {
  /** A prefix of the benchmark's program: every kind of session, series included. */
  private static final int FEED_SESSIONS = 2_000;

  private static Program program;
  private static List<Session> sessions;

  @BeforeAll
  static void setUp() {
    System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
    program = BenchData.program(FEED_SESSIONS);
    sessions = program.sessionsInOrder();
  }

  @Test
  void feed_ical4jTypicalAndBulk_sameEventsAsOurs() throws Exception {
    ByteArrayOutputStream ours = new ByteArrayOutputStream();
    Ical.of(program, BenchData.CLOCK).writeFeed(sessions, ours);
    RawIcal4j raw = new RawIcal4j(program, BenchData.CLOCK);
    ByteArrayOutputStream typical = new ByteArrayOutputStream();
    raw.writeFeedTypical(sessions, typical);
    ByteArrayOutputStream bulk = new ByteArrayOutputStream();
    raw.writeFeedBulk(sessions, bulk);

    assertArrayEquals(typical.toByteArray(), bulk.toByteArray(), "both ical4j assemblies write the same calendar");
    Calendar expected = parse(ours.toByteArray());
    Calendar actual = parse(bulk.toByteArray());
    assertEquals(properties(expected), properties(actual), "calendar properties");
    assertEquals(FEED_SESSIONS, expected.getComponents(Component.VEVENT).size());
    assertEquals(events(expected), events(actual));
    assertEquals(zones(expected), zones(actual), "one VTIMEZONE per zone used");
  }

  @Test
  void readers_moduleAndRawLibrariesReadEverySessionOfTheSameFeeds() throws Exception {
    ReaderBenchmark readers = new ReaderBenchmark();
    readers.setUp();

    ImportResult imported = readers.icsImport();
    assertEquals(List.of(), imported.reports(), "every event maps to a session");
    assertEquals(ReaderBenchmark.SESSIONS, imported.sessions().size());
    assertEquals(ReaderBenchmark.SESSIONS, readers.ical4jBuilder().getComponents(Component.VEVENT).size());
    assertEquals(ReaderBenchmark.SESSIONS, readers.feedReader().sessions().size());
    assertEquals(ReaderBenchmark.SESSIONS, readers.jacksonTree().get("sessions").size());
  }

  @Test
  void firstByte_bothFeedWritersReachTheStreamAndStopThere() {
    IOException ours =
        assertThrows(
            IOException.class,
            () -> Ical.of(program, BenchData.CLOCK).writeFeed(sessions, new FirstByteOutputStream()));
    UncheckedIOException raw =
        assertThrows(
            UncheckedIOException.class,
            () -> new RawIcal4j(program, BenchData.CLOCK).writeFeedBulk(sessions, new FirstByteOutputStream()));
    assertTrue(FirstByteOutputStream.reached(ours));
    assertTrue(FirstByteOutputStream.reached(raw));
  }

  @Test
  void feed_handWrittenIsOursByteForByte() throws Exception {
    ByteArrayOutputStream ours = new ByteArrayOutputStream();
    Ical.of(program, BenchData.CLOCK).writeFeed(sessions, ours);
    ByteArrayOutputStream hand = new ByteArrayOutputStream();
    new HandWrittenFeed(program, BenchData.CLOCK).write(sessions, hand);
    assertEquals(ours.toString(StandardCharsets.UTF_8), hand.toString(StandardCharsets.UTF_8));
    assertTrue(java.util.Arrays.equals(ours.toByteArray(), hand.toByteArray()));
  }

  @Test
  void invite_handWrittenIsOursByteForByte_ical4jHasTheSameEvent() throws Exception {
    byte[] ours = ColdInvite.write("ours", BenchData.inviteProgram(), BenchData.CLOCK, BenchData.torontoInvite());
    byte[] hand = ColdInvite.write("handWritten", BenchData.inviteProgram(), BenchData.CLOCK, BenchData.torontoInvite());
    byte[] raw = ColdInvite.write("ical4j", BenchData.inviteProgram(), BenchData.CLOCK, BenchData.torontoInvite());

    assertEquals(new String(ours, StandardCharsets.UTF_8), new String(hand, StandardCharsets.UTF_8));
    Calendar expected = parse(ours);
    Calendar actual = parse(raw);
    assertEquals(properties(expected), properties(actual), "calendar properties");
    assertEquals(events(expected), events(actual));
  }

  @Test
  void jsonFeed_jacksonTreeAndStreamingWriteOurBytes() throws Exception {
    ByteArrayOutputStream ours = new ByteArrayOutputStream();
    SessionFeed.of(program, BenchData.CLOCK).writeFeed(program.upcoming(BenchData.CLOCK), ours);
    RawJackson raw = new RawJackson(BenchData.CLOCK);
    ByteArrayOutputStream tree = new ByteArrayOutputStream();
    raw.writeTree(program, tree);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    raw.writeStream(program, stream);

    assertEquals(ours.toString(StandardCharsets.UTF_8), tree.toString(StandardCharsets.UTF_8));
    assertEquals(ours.toString(StandardCharsets.UTF_8), stream.toString(StandardCharsets.UTF_8));
  }

  @Test
  void largeProgram_isDeterministic_andHasTheAdvertisedShape() {
    Program large = BenchData.largeProgram();
    assertEquals(BenchData.FEED_SESSIONS, large.sessions().size());
    assertEquals(BenchData.SERIES_COUNT, large.series().size());
    assertEquals(large, BenchData.largeProgram());
    assertEquals(
        BenchData.program(FEED_SESSIONS).sessions(),
        large.sessions().subList(0, FEED_SESSIONS),
        "a smaller program is a prefix of the large one");
  }

  private static Calendar parse(byte[] ics) throws IOException, ParserException {
    return new CalendarBuilder().build(new ByteArrayInputStream(ics));
  }

  /** Each VEVENT, by UID: its properties and its VALARMs' properties, then its start and end instants. */
  private static Map<String, List<String>> events(Calendar calendar) {
    Map<String, List<String>> events = new LinkedHashMap<>();
    for (Component component : calendar.getComponents(Component.VEVENT)) {
      VEvent event = (VEvent) component;
      List<String> facts = new ArrayList<>(properties(event));
      for (Component alarm : event.getAlarms()) {
        facts.add("BEGIN:" + alarm.getName());
        facts.addAll(properties(alarm));
      }
      facts.add("start=" + instant(event, Property.DTSTART));
      facts.add("end=" + instant(event, Property.DTEND));
      events.put(event.getProperty(Property.UID).orElseThrow().getValue(), facts);
    }
    return events;
  }

  private static List<String> zones(Calendar calendar) {
    return calendar.getComponents(Component.VTIMEZONE).stream()
        .map(zone -> zone.getProperty(Property.TZID).orElseThrow().getValue())
        .sorted()
        .collect(Collectors.toList());
  }

  private static List<String> properties(Calendar calendar) {
    return calendar.getProperties().stream().map(BenchmarkEquivalenceTest::describe).collect(Collectors.toList());
  }

  private static List<String> properties(Component component) {
    return component.getProperties().stream().map(BenchmarkEquivalenceTest::describe).collect(Collectors.toList());
  }

  /** Name, parameters sorted by name, and the value as ical4j reads it (escapes undone). */
  private static String describe(Property property) {
    String parameters =
        property.getParameters().stream()
            .sorted(Comparator.comparing(p -> p.getName()))
            .map(p -> ";" + p.getName() + "=" + p.getValue())
            .collect(Collectors.joining());
    return property.getName() + parameters + ":" + property.getValue();
  }

  private static Instant instant(VEvent event, String name) {
    Temporal date = ((DateProperty<?>) event.getProperty(name).orElseThrow()).getDate();
    return Instant.from(date);
  }
}
