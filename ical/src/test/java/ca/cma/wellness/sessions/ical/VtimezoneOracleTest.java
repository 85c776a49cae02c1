package ca.cma.wellness.sessions.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.ical.internal.Vtimezone;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The VTIMEZONE oracle: every region zone of the JDK's tzdb, sessions from 1970 to 2100, the
 * invite's and the feed's VTIMEZONE read back under a TZID no zone database knows ({@value
 * ZoneReaders#UNKNOWN_TZID}) by readers that must then use the definition in the file, ical4j and
 * ical.js, and compared with java.time: the UTC instant of every session's start and end, and the
 * offset a minute before and a minute after every change of offset in the years the output covers.
 * Pins docs/client-compatibility.md §1 to §3 (every TZID has its VTIMEZONE, in the yearly-rule
 * form, and a weekly session keeps its local time across changes) and docs/vtimezone.md.
 */
class VtimezoneOracleTest {
  private static final Ical ICAL = Ical.of(Fixtures.PROGRAM, Fixtures.CLOCK);
  private static final int FIRST_YEAR = 1970;
  private static final int LAST_YEAR = 2100;
  private static final Duration LENGTH = Duration.ofMinutes(90);
  /** A session with a short text: the readers' work is in the times, not in the descriptions. */
  private static final Session TEMPLATE = Fixtures.IMPOSTER_SYNDROME.withDescription("");

  /** One calendar to read: the zone, the sessions it carries, its text with the TZID renamed. */
  record Output(String id, ZoneId zone, List<Session> sessions, String calendar) {
    int firstYear() {
      return sessions.stream().mapToInt(s -> s.start().getYear()).min().orElseThrow();
    }

    int lastYear() {
      return sessions.stream().mapToInt(s -> s.end().getYear()).max().orElseThrow();
    }
  }

  /** What went wrong, kept short enough to read. */
  static final class Failures {
    private final ConcurrentLinkedQueue<String> messages = new ConcurrentLinkedQueue<>();
    private final AtomicInteger count = new AtomicInteger();
    final AtomicInteger checks = new AtomicInteger();

    void check(boolean ok, String what) {
      checks.incrementAndGet();
      if (!ok && count.incrementAndGet() <= 30) {
        messages.add(what);
      }
    }

    void assertNone() {
      assertEquals(0, count.get(), () -> count + " of " + checks + " checks failed:\n" + String.join("\n", messages));
    }
  }

  /**
   * Gives ical4j back the zone ids of the thousands of calendars read here: its JVM-wide pool of
   * about a thousand ids is refilled only when the registries that took them are collected, and
   * the tests that run next in this JVM parse with ical4j too.
   */
  @AfterAll
  static void releaseIcal4jZoneIds() {
    System.gc();
  }

  // ---------------------------------------------------------------------------------------------
  // The sweep.

  @Test
  void everyRegionZone_1970to2100_readersOfTheDefinitionAgreeWithJavaTime() throws Exception {
    List<ZoneId> zones = regionZonesWithDistinctRules();
    assertTrue(zones.size() > 250, "zones: " + zones.size());
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      List<Output> outputs =
          pool.submit(() -> zones.parallelStream().flatMap(z -> sweepOutputs(z).stream()).toList()).get();
    assertTrue(outputs.size() > 2000, "calendars: " + outputs.size());
      Failures failures = new Failures();
      CompletableFuture<Void> icalJs = CompletableFuture.runAsync(() -> checkIcalJs(outputs, failures));
      pool.submit(() -> outputs.parallelStream().forEach(o -> checkIcal4j(o, failures))).get();
      icalJs.get();
      failures.assertNone();
    } finally {
      pool.shutdown();
    }
  }

  /**
   * The zones of every region id that sessions accept (java.time has about 600 ids; links to the
   * same rules give the same VTIMEZONE once renamed, so one id stands for each set of rules).
   */
  static List<ZoneId> regionZonesWithDistinctRules() {
    List<String> ids = new ArrayList<>(ZoneId.getAvailableZoneIds());
    Collections.sort(ids);
    Map<ZoneRules, ZoneId> byRules = new LinkedHashMap<>();
    for (String id : ids) {
      ZoneId zone = ZoneId.of(id);
      try {
        Fixtures.IMPOSTER_SYNDROME.withStart(LocalDateTime.of(2000, 1, 15, 12, 0), zone);
        byRules.putIfAbsent(zone.getRules(), zone);
      } catch (SessionValidationException notARegion) {
        // Etc/GMT+5, EST, UTC and other ids that sessions refuse.
      }
    }
    return List.copyOf(byRules.values());
  }

  /**
   * For one zone: the feed of a session in every year from 1970 to 2100 and of sessions across
   * every fourth year's changes of offset, and the invites of sessions across the changes of one
   * year in 17, and of one year in 4 among those when the zone changes its rules (of one year in
   * 33 for a zone without changes).
   */
  static List<Output> sweepOutputs(ZoneId zone) {
    int phase = Math.floorMod(zone.getId().hashCode(), 39);
    List<Session> feed = new ArrayList<>();
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      LocalDate day = LocalDate.ofYearDay(year, 1 + Math.floorMod(year * 53 + phase, 365));
      session(zone, day.atTime(LocalTime.NOON), feed.size()).ifPresent(feed::add);
    }
    List<Output> outputs = new ArrayList<>();
    List<Session> across = acrossChanges(zone, FIRST_YEAR, LAST_YEAR, y -> true);
    for (Session session : across) {
      int year = session.start().getYear();
      if ((year + phase) % 4 == 0) {
        feed.add(session.withId(SessionId.of("feed-" + feed.size())));
      }
      boolean irregular =
          !Vtimezone.of(zone, year, year).isYearlyRuleForm();
      if ((year + phase) % 17 == 0 || irregular && (year + phase) % 4 == 0) {
        outputs.add(invite(zone, session));
      }
    }
    if (across.isEmpty()) {
      for (int i = 0; i < feed.size(); i += 33) {
        outputs.add(invite(zone, feed.get(i)));
      }
    }
    outputs.add(feed(zone, feed));
    return outputs;
  }

  /** Sessions that start half an hour before each change of offset in the years and end after it. */
  static List<Session> acrossChanges(ZoneId zone, int firstYear, int lastYear, IntPredicate years) {
    ZoneRules rules = zone.getRules();
    Instant from = LocalDate.of(firstYear, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to = LocalDate.of(lastYear + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    List<Session> out = new ArrayList<>();
    for (ZoneOffsetTransition t = rules.nextTransition(from.minusSeconds(1));
        t != null && t.getInstant().isBefore(to);
        t = rules.nextTransition(t.getInstant())) {
      LocalDateTime window = t.isGap() ? t.getDateTimeBefore() : t.getDateTimeAfter();
      LocalDateTime start = window.minusMinutes(30).truncatedTo(ChronoUnit.MINUTES);
      if (start.getYear() >= firstYear && years.test(start.getYear())) {
        session(zone, start, out.size()).ifPresent(out::add);
      }
    }
    return out;
  }

  private static Optional<Session> session(ZoneId zone, LocalDateTime start, int n) {
    try {
      Session session =
          TEMPLATE
              .withId(SessionId.of("oracle-" + n))
              .withStart(start, zone)
              .withDuration(LENGTH);
      return Optional.of(session);
    } catch (SessionValidationException gapOrTooClose) {
      // Another change of offset within the half hour: the neighbouring session covers it.
      return Optional.empty();
    }
  }

  /** A 90-minute session at a local time that exists in the zone. */
  static Session sessionAt(ZoneId zone, LocalDateTime start) {
    return session(zone, start, 0).orElseThrow();
  }

  static Output invite(ZoneId zone, Session session) {
    String text =
        ICAL.invite(Ics.request(Fixtures.TORONTO_LEARNER, session, 0, InviteReason.CONFIRMED)).calendar();
    return new Output(
        zone.getId() + " invite " + session.start(), zone, List.of(session), ZoneReaders.renamed(text, zone));
  }

  static Output feed(ZoneId zone, List<Session> sessions) {
    Output output = new Output(zone.getId() + " feed", zone, List.copyOf(sessions), "");
    return new Output(
        zone.getId() + " feed " + output.firstYear() + "-" + output.lastYear(),
        zone,
        output.sessions(),
        ZoneReaders.renamed(ICAL.feed(sessions), zone));
  }

  /** The changes of offset in the years an output covers, in the zone's own years. */
  static List<ZoneOffsetTransition> changes(Output output) {
    ZoneRules rules = output.zone().getRules();
    List<ZoneOffsetTransition> out = new ArrayList<>();
    Instant from = LocalDate.of(output.firstYear(), 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().minus(Duration.ofDays(1));
    for (ZoneOffsetTransition t = rules.nextTransition(from);
        t != null && t.getDateTimeBefore().getYear() <= output.lastYear();
        t = rules.nextTransition(t.getInstant())) {
      if (t.getDateTimeBefore().getYear() >= output.firstYear()) {
        out.add(t);
      }
    }
    return out;
  }

  static void checkIcal4j(Output output, Failures failures) {
    ZoneReaders.Ical4jReading read;
    try {
      read = ZoneReaders.ical4j(output.calendar());
    } catch (AssertionError | RuntimeException e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      failures.check(false, output.id() + ": ical4j: " + root);
      return;
    }
    failures.check(
        read.events().size() == output.sessions().size(),
        output.id() + ": ical4j read " + read.events().size() + " events");
    for (int i = 0; i < Math.min(read.events().size(), output.sessions().size()); i++) {
      Session session = output.sessions().get(i);
      ZoneReaders.Times times = read.events().get(i);
      if (read.reads(session.startInstant())) {
        failures.check(
            times.start().equals(session.startInstant()),
            output.id() + ": ical4j start of " + session.start() + " is " + times.start());
      }
      if (read.reads(session.end().toInstant())) {
        failures.check(
            times.end().equals(session.end().toInstant()),
            output.id() + ": ical4j end of " + session.end() + " is " + times.end());
      }
    }
    ZoneRules rules = output.zone().getRules();
    for (ZoneOffsetTransition t : changes(output)) {
      for (Instant at : List.of(t.getInstant().minusSeconds(60), t.getInstant().plusSeconds(60))) {
        if (read.reads(at)) {
          failures.check(
              read.rules().getOffset(at).equals(rules.getOffset(at)),
              output.id() + ": ical4j offset at " + at + " is " + read.rules().getOffset(at)
                  + ", java.time " + rules.getOffset(at));
        }
      }
    }
  }

  /**
   * Local date-times a minute outside each change's gap or overlap, where java.time knows one
   * offset only: before the window, the old offset; after it, the new one.
   */
  static List<LocalDateTime> localProbes(Output output) {
    ZoneRules rules = output.zone().getRules();
    List<LocalDateTime> out = new ArrayList<>();
    for (ZoneOffsetTransition t : changes(output)) {
      LocalDateTime early = t.isGap() ? t.getDateTimeBefore() : t.getDateTimeAfter();
      LocalDateTime late = t.isGap() ? t.getDateTimeAfter() : t.getDateTimeBefore();
      for (LocalDateTime probe : List.of(early.minusMinutes(1), late.plusMinutes(1))) {
        if (rules.getValidOffsets(probe).size() == 1) {
          out.add(probe);
        }
      }
    }
    return out;
  }

  static void checkIcalJs(List<Output> outputs, Failures failures) {
    List<ZoneReaders.IcalJsCase> cases = new ArrayList<>();
    for (int i = 0; i < outputs.size(); i++) {
      cases.add(new ZoneReaders.IcalJsCase("c" + i, outputs.get(i).calendar(), localProbes(outputs.get(i))));
    }
    Map<String, ZoneReaders.IcalJsReading> read = ZoneReaders.icalJs(cases);
    for (int i = 0; i < outputs.size(); i++) {
      Output output = outputs.get(i);
      ZoneReaders.IcalJsReading reading = read.get("c" + i);
      failures.check(
          reading.events().size() == output.sessions().size(),
          output.id() + ": ical.js read " + reading.events().size() + " events");
      ZoneRules rules = output.zone().getRules();
      for (int e = 0; e < Math.min(reading.events().size(), output.sessions().size()); e++) {
        Session session = output.sessions().get(e);
        failures.check(
            readByIcalJs(reading.events().get(e).start(), session.localStart(), rules),
            output.id() + ": ical.js start of " + session.start() + " is " + reading.events().get(e).start());
        failures.check(
            session.end().withEarlierOffsetAtOverlap().equals(session.end())
                ? readByIcalJs(reading.events().get(e).end(), session.end().toLocalDateTime(), rules)
                : reading.events().get(e).end().equals(session.end().toInstant()),
            output.id() + ": ical.js end of " + session.end() + " is " + reading.events().get(e).end());
      }
      List<LocalDateTime> probes = cases.get(i).probes();
      for (int p = 0; p < probes.size(); p++) {
        int expected = ZoneReaders.icalJsSeconds(rules.getOffset(probes.get(p)));
        failures.check(
            reading.offsets().get(p) == expected,
            output.id() + ": ical.js offset at " + probes.get(p) + " is " + reading.offsets().get(p)
                + " s, java.time " + expected + " s");
      }
    }
  }

  /**
   * Tells whether ical.js read a local date-time as java.time does. Where the local time occurs
   * twice, RFC 5545 (3.3.5) and java.time take the first occurrence, but ical.js takes the one of
   * the STANDARD observance (the second, when daylight saving ends): either is accepted there.
   */
  private static boolean readByIcalJs(Instant read, LocalDateTime local, ZoneRules rules) {
    for (ZoneOffset offset : rules.getValidOffsets(local)) {
      if (read.equals(local.toInstant(ZoneOffset.ofTotalSeconds(ZoneReaders.icalJsSeconds(offset))))) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Named cases: every change in the years around a change of rules, invites and a feed.

  @Test
  void whitehorse2020_endOfPacificTime_isReadExactly() {
    named("America/Whitehorse", 2018, 2022);
  }

  @Test
  void mexico2022_endOfDaylightSaving_isReadExactly() {
    named("America/Mexico_City", 2021, 2023);
  }

  @Test
  void tehran2022_endOfDaylightSaving_isReadExactly() {
    named("Asia/Tehran", 2021, 2023);
  }

  @Test
  void casablanca_ramadanPauses_areReadExactly() {
    named("Africa/Casablanca", 2018, 2030);
  }

  @Test
  void lordHowe_halfHourDaylightSaving_isReadExactly() {
    named("Australia/Lord_Howe", 2020, 2026);
  }

  @Test
  void southernHemisphere_daylightSavingOverNewYear_isReadExactly() {
    for (String id : List.of("Australia/Sydney", "Pacific/Auckland", "America/Santiago", "America/Asuncion",
        "Pacific/Chatham", "America/Sao_Paulo")) {
      named(id, 2017, 2027);
    }
  }

  @Test
  void newYearsEve_sessionEndingNextYear_isReadExactly() {
    Failures failures = new Failures();
    List<Output> outputs = new ArrayList<>();
    for (String id : List.of("Australia/Sydney", "Pacific/Auckland", "America/St_Johns", "America/Toronto")) {
      ZoneId zone = ZoneId.of(id);
      List<Session> sessions = new ArrayList<>();
      for (int year = 2019; year <= 2026; year++) {
        session(zone, LocalDateTime.of(year, 12, 31, 23, 30), year).ifPresent(sessions::add);
      }
      sessions.forEach(s -> outputs.add(invite(zone, s)));
      outputs.add(feed(zone, sessions));
    }
    assertEquals(2020, outputs.get(0).lastYear(), "a session of 2019 that ends in 2020");
    outputs.forEach(o -> checkIcal4j(o, failures));
    checkIcalJs(outputs, failures);
    failures.assertNone();
  }

  private static void named(String id, int firstYear, int lastYear) {
    ZoneId zone = ZoneId.of(id);
    List<Session> sessions = acrossChanges(zone, firstYear, lastYear, y -> true);
    for (int year = firstYear; year <= lastYear; year++) {
      for (int month = 1; month <= 12; month += 3) {
        session(zone, LocalDateTime.of(year, month, 15, 19, 0), sessions.size()).ifPresent(sessions::add);
      }
    }
    List<Output> outputs = new ArrayList<>();
    sessions.forEach(s -> outputs.add(invite(zone, s)));
    outputs.add(feed(zone, sessions));
    Failures failures = new Failures();
    outputs.forEach(o -> checkIcal4j(o, failures));
    checkIcalJs(outputs, failures);
    failures.assertNone();
    assertTrue(failures.checks.get() > 8 * (lastYear - firstYear + 1), id + ": " + failures.checks + " checks");
  }

  // ---------------------------------------------------------------------------------------------
  // The readers read the file, and nothing else.

  private static final String FALSE_DEFINITION =
      String.join(
          "\r\n",
          "BEGIN:VCALENDAR",
          "VERSION:2.0",
          "PRODID:-//test//oracle//EN",
          "BEGIN:VTIMEZONE",
          "TZID:X-TEST-1",
          "BEGIN:STANDARD",
          "DTSTART:20220101T000000",
          "TZOFFSETFROM:+0300",
          "TZOFFSETTO:+0300",
          "END:STANDARD",
          "END:VTIMEZONE",
          "BEGIN:VEVENT",
          "UID:false-definition@example.org",
          "DTSTAMP:20230101T000000Z",
          "DTSTART;TZID=X-TEST-1:20230615T190000",
          "DTEND;TZID=X-TEST-1:20230615T203000",
          "END:VEVENT",
          "END:VCALENDAR",
          "");

  @Test
  void readers_takeTheOffsetFromTheFile() {
    Instant expected = Instant.parse("2023-06-15T16:00:00Z");
    assertEquals(expected, ZoneReaders.ical4j(FALSE_DEFINITION).events().get(0).start());
    ZoneReaders.IcalJsReading icalJs =
        ZoneReaders.icalJs(List.of(new ZoneReaders.IcalJsCase("false", FALSE_DEFINITION,
            List.of(LocalDateTime.of(2023, 1, 1, 12, 0))))).get("false");
    assertEquals(expected, icalJs.events().get(0).start());
    assertEquals(List.of(3 * 3600), icalJs.offsets());
  }

  @Test
  void ical4j_tzidThatTheFileDoesNotDefine_isCaught() {
    // ical4j resolves a TZID that no VTIMEZONE of the file defines by name, to the JDK's zone:
    // the oracle refuses such a reading, which is why it renames the TZID to one nobody knows.
    String toronto = FALSE_DEFINITION.replace(";TZID=X-TEST-1:", ";TZID=America/Toronto:");
    AssertionError error = assertThrows(AssertionError.class, () -> ZoneReaders.ical4j(toronto));
    assertTrue(error.getMessage().contains("2023-06-15T19:00-04:00[ical4j~"), error::getMessage);
  }

  // ---------------------------------------------------------------------------------------------
  // Whitehorse 2019: vobject reads it an hour early. Our definition is right; vobject keeps the
  // first VTIMEZONE it sees for a TZID for the rest of the process (its module-level TZID map is
  // only filled when empty), so after a file with a later Whitehorse definition it reads a 2019
  // session with that one.

  @Test
  void whitehorse2019_isPacificTime_andReadWithA2023DefinitionIsAnHourEarly() {
    ZoneId whitehorse = ZoneId.of("America/Whitehorse");
    Session session = session(whitehorse, LocalDateTime.of(2019, 1, 15, 19, 0), 0).orElseThrow();
    assertEquals(Instant.parse("2019-01-16T03:00:00Z"), session.startInstant());
    String in2019 = invite(whitehorse, session).calendar();
    assertEquals(session.startInstant(), ZoneReaders.ical4j(in2019).events().get(0).start());
    Session later = session(whitehorse, LocalDateTime.of(2023, 1, 15, 19, 0), 1).orElseThrow();
    String in2023 = invite(whitehorse, later).calendar();
    assertNotEquals(vtimezone(in2019), vtimezone(in2023), "one TZID, two definitions");
    // The 2019 session with the 2023 definition, as vobject reads it after a 2023 file.
    String mixed = in2019.replace(vtimezone(in2019), vtimezone(in2023));
    Instant stale = Instant.parse("2019-01-16T02:00:00Z");
    assertEquals(stale, ZoneReaders.ical4j(mixed).events().get(0).start());
    assertEquals(
        session.startInstant(),
        ZoneReaders.icalJs(List.of(new ZoneReaders.IcalJsCase("ours", in2019, List.of()))).get("ours").events().get(0).start());
  }

  private static String vtimezone(String calendar) {
    return calendar.substring(calendar.indexOf("BEGIN:VTIMEZONE"), calendar.indexOf("END:VTIMEZONE"));
  }
}
