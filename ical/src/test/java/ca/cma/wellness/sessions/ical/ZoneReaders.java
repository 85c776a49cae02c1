package ca.cma.wellness.sessions.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarParserFactory;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryImpl;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * Readers that must take a zone's rules from the VTIMEZONE inside the file: ical4j with a registry
 * that holds nothing but the file's VTIMEZONEs, and ical.js (Mozilla's) run by Node.js. Both get
 * the file with its TZID renamed to {@link #UNKNOWN_TZID}, which no zone database knows.
 */
final class ZoneReaders {
  /** The TZID that replaces the zone's id in the VTIMEZONE and in DTSTART and DTEND. */
  static final String UNKNOWN_TZID = "X-TEST-1";

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

  private ZoneReaders() {}

  /**
   * Renames the zone's TZID to {@link #UNKNOWN_TZID} everywhere and drops X-WR-TIMEZONE, so that no
   * reader can find the zone by its name.
   */
  static String renamed(String calendar, ZoneId zone) {
    String id = zone.getId();
    StringBuilder out = new StringBuilder(calendar.length());
    for (String line : Ics.contentLines(calendar)) {
      if (line.startsWith("X-WR-TIMEZONE:")) {
        continue;
      }
      String renamed =
          line.equals("TZID:" + id)
              ? "TZID:" + UNKNOWN_TZID
              : line.replace(";TZID=" + id + ":", ";TZID=" + UNKNOWN_TZID + ":");
      out.append(renamed).append("\r\n");
    }
    String text = out.toString();
    assertFalse(text.contains(id), () -> id + " is still named in\n" + text);
    return text;
  }

  /** A session's times as a reader computed them. */
  record Times(Instant start, Instant end) {}

  /** What ical4j read from one file. */
  record Ical4jReading(List<Times> events, ZoneRules rules, Instant firstChange) {
    /**
     * Tells whether ical4j 4.4's reading is meaningful at an instant. Its {@code ZoneRulesBuilder}
     * drops every observance whose TZOFFSETFROM equals its TZOFFSETTO and takes the offset before
     * its first remaining change from the STANDARD observance in effect on the day it runs, not
     * from the file: before that change, what it says depends on the date of the test run.
     */
    boolean reads(Instant instant) {
      return !instant.isBefore(firstChange);
    }
  }

  /**
   * Parses with ical4j through a registry that knows only the file's VTIMEZONEs, and returns the
   * instants of every VEVENT and the rules ical4j built from the VTIMEZONE.
   */
  static Ical4jReading ical4j(String text) {
    // ical4j 4.4 names the zones it builds from VTIMEZONEs from one pool of about a thousand ids,
    // shared by the whole JVM and not thread-safe, and gives an id back only once the registry
    // that took it has been garbage-collected: one parse at a time, and a collection when the
    // pool runs dry.
    synchronized (ZoneReaders.class) {
      for (int attempt = 0; ; attempt++) {
        try {
          return ical4jOnce(text);
        } catch (AssertionError e) {
          if (attempt < 3 && String.valueOf(rootCause(e).getMessage()).contains("Ran out of available zone IDs")) {
            System.gc();
            continue;
          }
          throw e;
        }
      }
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root;
  }

  private static Ical4jReading ical4jOnce(String text) {
    FileOnlyRegistry registry = new FileOnlyRegistry();
    Calendar calendar;
    try {
      calendar =
          new CalendarBuilder(CalendarParserFactory.getInstance().get(), new ContentHandlerContext(), registry)
              .build(new StringReader(text));
    } catch (Exception e) {
      throw new AssertionError("ical4j cannot parse (" + rootCause(e) + "):\n" + text, e);
    }
    assertEquals(Set.of(UNKNOWN_TZID), registry.fromFile, "VTIMEZONEs registered from the file");
    List<Times> events = new ArrayList<>();
    ZoneRules rules = null;
    for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
      DtStart<?> start = event.getRequiredProperty("DTSTART");
      ZonedDateTime zoned = (ZonedDateTime) start.getDate();
      // The zone is one that ical4j built from a VTIMEZONE of this file ("local" to it), never a
      // zone of the JDK's or of ical4j's bundled definitions.
      assertTrue(zoned.getZone().getId().startsWith("ical4j-local-"), zoned::toString);
      rules = zoned.getZone().getRules();
      DtEnd<?> end = event.getRequiredProperty("DTEND");
      events.add(new Times(zoned.toInstant(), Instant.from((Temporal) end.getDate())));
    }
    VTimeZone vtimezone = calendar.<VTimeZone>getComponents("VTIMEZONE").get(0);
    Instant firstChange = Instant.MAX;
    for (Observance observance : vtimezone.getObservances()) {
      ZoneOffset from = observance.<TzOffsetFrom>getRequiredProperty(Property.TZOFFSETFROM).getOffset();
      ZoneOffset to = observance.<TzOffsetTo>getRequiredProperty(Property.TZOFFSETTO).getOffset();
      if (!from.equals(to)) {
        DtStart<?> onset = observance.getRequiredProperty(Property.DTSTART);
        Instant at = ((LocalDateTime) onset.getDate()).toInstant(from);
        firstChange = at.isBefore(firstChange) ? at : firstChange;
      }
    }
    return new Ical4jReading(events, rules, firstChange);
  }

  /**
   * An ical4j registry that holds the VTIMEZONEs registered while a file is parsed and nothing
   * else: no zone is ever looked up by name in ical4j's bundled definitions or the JDK's.
   */
  static final class FileOnlyRegistry implements TimeZoneRegistry {
    final Set<String> fromFile = new HashSet<>();
    private final TimeZoneRegistryImpl delegate = new TimeZoneRegistryImpl();

    @Override
    public void register(TimeZone timezone) {
      register(timezone, false);
    }

    @Override
    public void register(TimeZone timezone, boolean update) {
      fromFile.add(timezone.getID());
      delegate.register(timezone, false);
    }

    @Override
    public void clear() {
      fromFile.clear();
      delegate.clear();
    }

    @Override
    public TimeZone getTimeZone(String id) {
      return fromFile.contains(id) ? delegate.getTimeZone(id) : null;
    }

    @Override
    public Map<String, ZoneRules> getZoneRules() {
      return delegate.getZoneRules();
    }

    @Override
    public ZoneId getZoneId(String tzId) {
      if (!fromFile.contains(tzId)) {
        throw new DateTimeException("no VTIMEZONE in the file for TZID " + tzId);
      }
      return delegate.getZoneId(tzId);
    }

    @Override
    public String getTzId(String zoneId) {
      return delegate.getTzId(zoneId);
    }
  }

  /** One file for ical.js, and the local date-times at which to ask it for the offset. */
  record IcalJsCase(String id, String calendar, List<LocalDateTime> probes) {}

  /** What ical.js read from one file. */
  record IcalJsReading(List<Times> events, List<Integer> offsets) {}

  /** The local date-time as ical.js is asked for it. */
  static String local(LocalDateTime dateTime) {
    return dateTime.format(LOCAL);
  }

  /**
   * Runs every case through ical.js in one Node.js process: {@code node} from the PATH and the
   * ical.js that the build installed into {@code target/icaljs}.
   */
  static Map<String, IcalJsReading> icalJs(List<IcalJsCase> cases) {
    Path script = Path.of("target", "icaljs", "oracle.mjs").toAbsolutePath();
    assertTrue(
        Files.isRegularFile(script.resolveSibling("node_modules/ical.js/package.json")),
        "ical.js is not installed in target/icaljs: the build's npm ci step installs it");
    try {
      Path errors = Files.createTempFile(script.getParent(), "oracle", ".err");
      Process node =
          new ProcessBuilder("node", script.toString())
              .redirectError(errors.toFile())
              .start();
      try (Writer in = new java.io.OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8)) {
        for (IcalJsCase c : cases) {
          StringBuilder probes = new StringBuilder();
          for (LocalDateTime probe : c.probes()) {
            probes.append(probes.length() == 0 ? "" : ",").append(local(probe));
          }
          in.write(c.id() + "\t" + escape(c.calendar()) + "\t" + probes + "\n");
        }
      }
      Map<String, IcalJsReading> out = new HashMap<>();
      try (BufferedReader lines =
          new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          String[] parts = line.split("\t", -1);
          List<Times> events = new ArrayList<>();
          for (String pair : parts[1].isEmpty() ? new String[0] : parts[1].split(";")) {
            String[] both = pair.split(",");
            events.add(
                new Times(
                    Instant.ofEpochSecond(Long.parseLong(both[0])),
                    Instant.ofEpochSecond(Long.parseLong(both[1]))));
          }
          List<Integer> offsets = new ArrayList<>();
          for (String offset : parts[2].isEmpty() ? new String[0] : parts[2].split(",")) {
            offsets.add(Integer.parseInt(offset));
          }
          out.put(parts[0], new IcalJsReading(events, offsets));
        }
      }
      assertTrue(node.waitFor(2, TimeUnit.MINUTES), "node did not finish");
      String stderr = Files.readString(errors);
      Files.delete(errors);
      assertEquals(0, node.exitValue(), () -> "ical.js failed:\n" + stderr);
      assertEquals(cases.size(), out.size(), "cases read by ical.js");
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run node (Node.js 18 or later must be on the PATH)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
  }

  /**
   * The offset ical.js gives for a java.time offset: it reads TZOFFSETFROM and TZOFFSETTO without
   * their seconds (its own documented limit), which only matters before 1972 in
   * Africa/Monrovia.
   */
  static int icalJsSeconds(ZoneOffset offset) {
    int total = offset.getTotalSeconds();
    return total - total % 60;
  }
}
