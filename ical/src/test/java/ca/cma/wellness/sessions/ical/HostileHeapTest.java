package ca.cma.wellness.sessions.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.invites.SentLog;
import ca.cma.wellness.sessions.registration.RegistrationBook;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 §1, §3 and §4: hostile inputs read in a forked JVM with a 64 MB heap. Before the fix, the
 * 411-byte reply ran a 1 GB heap out of memory and the 470,000 CATEGORIES did not finish in 600 s.
 * The timeout is only a hang detector (speed belongs in benchmarks): a linear reader finishes in a
 * fraction of it.
 */
class HostileHeapTest {
  private static final long HANG_SECONDS = 60;

  /** The reply of issue 9 §1: 411 bytes, an unused VTIMEZONE with an hourly rule from 1601. */
  static final String HOURLY_REPLY =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nMETHOD:REPLY\r\nBEGIN:VTIMEZONE\r\nTZID:X\r\n"
          + "BEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nRRULE:FREQ=HOURLY\r\nTZOFFSETFROM:+0000\r\n"
          + "TZOFFSETTO:+0000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\n"
          + "UID:imposter-syndrome-2023-02-01@wellness.example.org\r\nDTSTAMP:20230116T142233Z\r\n"
          + "SUMMARY:Accept\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:morgan.kelly@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

  /** One VEVENT whose CATEGORIES line holds {@code count} distinct labels. */
  static String categories(int count) {
    StringBuilder text = new StringBuilder(count * 10);
    text.append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:x\r\n")
        .append("DTSTART:20230201T190000Z\r\nDTEND:20230201T200000Z\r\nCATEGORIES:");
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : ",").append("t").append(Integer.toString(i, 36));
    }
    return text.append("\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").toString();
  }

  /** {@code count} minimal VEVENTs. */
  static String events(int count) {
    StringBuilder text = new StringBuilder(count * 120);
    text.append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\n");
    for (int i = 0; i < count; i++) {
      text.append("BEGIN:VEVENT\r\nUID:e").append(i).append("\r\nSUMMARY:x\r\n")
          .append("DTSTART:20230201T190000Z\r\nDTEND:20230201T200000Z\r\nEND:VEVENT\r\n");
    }
    return text.append("END:VCALENDAR\r\n").toString();
  }

  /**
   * Issue 15: recurring VEVENTs whose rules ask for endless work, expanded within the widest window:
   * rules from 1601 with no end, COUNT=2147483647, a huge INTERVAL, BYSETPOS, a rule that never
   * matches, and 400 endless daily rules, which would give 400,000 occurrences but for the caps.
   */
  static String recurring() {
    List<String> rules = new ArrayList<>(List.of("FREQ=SECONDLY", "FREQ=MINUTELY", "FREQ=HOURLY", "FREQ=DAILY",
        "FREQ=DAILY;COUNT=2147483647", "FREQ=DAILY;INTERVAL=2147483647", "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-1",
        "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=2"));
    for (int i = 0; i < 400; i++) {
      rules.add("FREQ=DAILY");
    }
    StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\n");
    for (int i = 0; i < rules.size(); i++) {
      text.append("BEGIN:VEVENT\r\nUID:r").append(i).append("\r\nSUMMARY:x\r\nDTSTART:16010101T000000Z\r\n")
          .append("DURATION:PT1H\r\nRRULE:").append(rules.get(i)).append("\r\nEND:VEVENT\r\n");
    }
    return text.append("END:VCALENDAR\r\n").toString();
  }

  @Test
  void endlessRecurringRules_withinTheWidestWindow_areBoundedByTheCapsIn64Mb() throws Exception {
    String out = fork("recurring");
    assertTrue(out.contains("410 events, 20000 sessions, reports [recurring, recurring, recurring, recurring,"
        + " recurring, recurring]"), out);
    assertTrue(out.contains("line 58: RRULE: finding the occurrences within the window needs more than 1000000 steps"),
        out);
    assertTrue(out.contains("line 205: RRULE: this input's events have more than 20000 occurrences between"
        + " 1901-01-01T00:00:00Z and 9998-01-01T00:00:00Z; 0 of this event's were imported"), out);
  }

  /** Issue 15: {@code count} VTIMEZONEs of Toronto's rules, each used by one VEVENT. */
  static String zones(int count) {
    StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\n");
    for (int i = 0; i < count; i++) {
      text.append("BEGIN:VTIMEZONE\r\nTZID:Z").append(i).append("\r\nBEGIN:STANDARD\r\nDTSTART:20071104T020000\r\n")
          .append("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\n")
          .append("END:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:20070311T020000\r\n")
          .append("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\n")
          .append("END:DAYLIGHT\r\nEND:VTIMEZONE\r\n");
    }
    for (int i = 0; i < count; i++) {
      text.append("BEGIN:VEVENT\r\nUID:e").append(i).append("\r\nSUMMARY:x\r\nDTSTART;TZID=Z").append(i)
          .append(":20230201T190000\r\nDURATION:PT1H\r\nEND:VEVENT\r\n");
    }
    return text.append("END:VCALENDAR\r\n").toString();
  }

  @Test
  void manyVtimezonesToMatch_areBoundedByTheMatchLimitIn64Mb() throws Exception {
    String out = fork("zones");
    assertTrue(out.contains("2400 events, 100 sessions, 2300 reports"), out);
    assertTrue(out.contains("line 36607: DTSTART: TZID \"Z100\" is defined by the VTIMEZONE of line 1504, but this input"
        + " asks for more than 100 time zones to be matched by their rules, so it was not"), out);
  }

  @Test
  void hourlyVtimezoneReply_isRefusedIn64Mb() throws Exception {
    assertEquals(411, HOURLY_REPLY.getBytes(StandardCharsets.UTF_8).length);
    String out = fork("reply");
    assertTrue(out.contains("line 9: RRULE: a VTIMEZONE rule must be FREQ=YEARLY"), out);
  }

  @Test
  void hourlyVtimezoneImport_isRefusedIn64Mb() throws Exception {
    String out = fork("import-hourly");
    assertTrue(out.contains("line 8: RRULE: a VTIMEZONE rule must be FREQ=YEARLY"), out);
  }

  @Test
  void categories470000_areRefusedAtTheLimitsIn64Mb() throws Exception {
    String out = fork("categories");
    assertTrue(out.contains("line 9: is longer than 100000 characters (limit maxLineLength)"), out);
    String longLines = fork("categories-long-lines");
    assertTrue(longLines.contains("line 9: CATEGORIES has more than 1000 values (limit maxValuesPerProperty)"), longLines);
  }

  @Test
  void categories116944_withTheLimitRaised_importLinearlyIn64Mb() throws Exception {
    String out = fork("categories-raised");
    assertTrue(out.contains("read 1 session with 116944 topics"), out);
  }

  @Test
  void manyEvents_areRefusedAtTheComponentLimitIn64Mb() throws Exception {
    String out = fork("events");
    assertTrue(out.contains("(limit maxComponents)"), out);
  }

  /** Runs {@link #main} on a scenario with {@code -Xmx64m}; returns its output. */
  private static String fork(String scenario) throws IOException, InterruptedException {
    String classPath = System.getProperty("java.class.path", "");
    String modulePath = System.getProperty("jdk.module.path", "");
    String path = modulePath.isEmpty() ? classPath : classPath + File.pathSeparator + modulePath;
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx64m", "-XX:+ExitOnOutOfMemoryError",
        "-cp", path, HostileHeapTest.class.getName(), scenario));
    File log = Files.createTempFile("hostile-" + scenario, ".log").toFile();
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
      if (!process.waitFor(HANG_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError(scenario + " did not finish in " + HANG_SECONDS + " s (hang detector)");
      }
      String out = Files.readString(log.toPath(), StandardCharsets.UTF_8);
      assertEquals(0, process.exitValue(), scenario + " failed: " + out);
      return out;
    } finally {
      Files.deleteIfExists(log.toPath());
    }
  }

  /**
   * The forked side.
   *
   * @param args the scenario
   */
  public static void main(String[] args) {
    IcsImport ics = IcsImport.of(ZoneId.of("America/Toronto"), Fixtures.SHARMAN_ROBERTSON,
        URI.create("https://wellness.example.org/sessions"));
    try {
      switch (args[0]) {
        case "reply" -> ReplyReader.of(Fixtures.PROGRAM, RegistrationBook.empty(), SentLog.empty())
            .read(EmailAddress.of("morgan.kelly@example.org"), HOURLY_REPLY);
        case "import-hourly" -> ics.readStrict(HOURLY_REPLY.replace("METHOD:REPLY\r\n", "")
            .replace("SUMMARY:Accept\r\n", "SUMMARY:Accept\r\nDTSTART;TZID=X:20230201T190000\r\nDURATION:PT1H\r\n"));
        case "categories" -> ics.readStrict(categories(470_000));
        case "categories-long-lines" -> ics.withLimits(IcsLimits.DEFAULTS.withMaxLineLength(5_000_000))
            .readStrict(categories(470_000));
        case "categories-raised" -> {
          int topics = ics.withLimits(IcsLimits.DEFAULTS.withMaxValuesPerProperty(200_000)
              .withMaxLineLength(5_000_000))
              .readStrict(categories(116_944)).get(0).topics().size();
          System.out.println(String.format(Locale.ROOT, "read 1 session with %d topics", topics));
        }
        case "events" -> ics.readStrict(events(22_914));
        case "zones" -> {
          ImportResult result = ics.read(zones(2400));
          System.out.println(String.format(Locale.ROOT, "%d events, %d sessions, %d reports", result.events(),
              result.sessions().size(), result.reports().size()));
          System.out.println(result.reports().get(0).problem());
        }
        case "recurring" -> {
          ImportResult result = ics.expandingWithin(java.time.Instant.parse("1901-01-01T00:00:00Z"),
              java.time.Instant.parse("9998-01-01T00:00:00Z")).read(recurring());
          System.out.println(String.format(Locale.ROOT, "%d events, %d sessions, reports %s", result.events(),
              result.sessions().size(), result.reports().stream().map(r -> r.reason().label()).toList()));
          result.reports().forEach(System.out::println);
          result.warnings().stream().filter(w -> w.contains("this input")).limit(2).forEach(System.out::println);
        }
        default -> throw new IllegalArgumentException(args[0]);
      }
      System.out.println("read without a refusal");
    } catch (SessionValidationException e) {
      System.out.println(e.getMessage());
    }
  }
}
