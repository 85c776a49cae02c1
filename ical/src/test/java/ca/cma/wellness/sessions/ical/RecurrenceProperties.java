package ca.cma.wellness.sessions.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import net.fortuna.ical4j.model.Recur;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the importer's expansion of an RRULE equals ical4j's ({@link Recur#getDates}), an
 * independent implementation of RFC 5545, for generated rules of the subset it reads (FREQ DAILY to
 * YEARLY, INTERVAL, UNTIL, COUNT, BYMONTH, BYMONTHDAY, BYDAY with and without ordinals), with
 * DTSTART in Toronto, across daylight-saving changes. ical4j is run on the same rule only here, in
 * a test, with a bounded window. DTSTART, which RFC 5545 counts as the first occurrence whether or
 * not the rule gives it, is left out of the comparison, and when the rule does not give it, ical4j,
 * which counts only what the rule gives, is asked for one occurrence less.
 */
class RecurrenceProperties {
  private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
  private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
  private static final Instant FROM = Instant.parse("2023-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2025-01-01T00:00:00Z");
  private static final IcsImport IMPORT = IcsImport.of(TORONTO, Fixtures.SHARMAN_ROBERTSON,
      URI.create("https://wellness.example.org/sessions")).expandingWithin(FROM, TO);

  /** A rule of the subset, and a DTSTART, from a random generator. */
  record Case(LocalDateTime start, String rule) {}

  static Case generate(RandomGenerator random) {
    String freq = List.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY").get(random.nextInt(4));
    StringBuilder rule = new StringBuilder("FREQ=").append(freq);
    if (random.nextBoolean()) {
      rule.append(";INTERVAL=").append(1 + random.nextInt(3));
    }
    boolean ordinals;
    switch (freq) {
      case "DAILY" -> {
        if (random.nextBoolean()) {
          rule.append(";BYDAY=").append(days(random, false));
        }
      }
      case "WEEKLY" -> {
        if (random.nextBoolean()) {
          rule.append(";BYDAY=").append(days(random, false));
        }
      }
      default -> {
        if (freq.equals("YEARLY") || random.nextBoolean()) {
          int months = 1 + random.nextInt(3);
          TreeSet<Integer> set = new TreeSet<>();
          for (int i = 0; i < months; i++) {
            set.add(1 + random.nextInt(12));
          }
          if (freq.equals("YEARLY") || random.nextBoolean()) {
            rule.append(";BYMONTH=").append(String.join(",", set.stream().map(String::valueOf).toList()));
          }
        }
        int kind = random.nextInt(3);
        if (kind == 1) {
          List<String> days = new ArrayList<>();
          for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            int day = 1 + random.nextInt(31);
            days.add(String.valueOf(random.nextBoolean() ? day : -day));
          }
          rule.append(";BYMONTHDAY=").append(String.join(",", new TreeSet<>(days)));
          if (random.nextBoolean()) {
            rule.append(";BYDAY=").append(days(random, false));
          }
        } else if (kind == 2 && (freq.equals("MONTHLY") || rule.indexOf("BYMONTH=") >= 0)) {
          ordinals = random.nextBoolean();
          rule.append(";BYDAY=").append(days(random, ordinals));
        }
      }
    }
    int end = random.nextInt(3);
    if (end == 1) {
      rule.append(";UNTIL=").append(LOCAL.format(LocalDateTime.of(2023, 6, 1, 0, 0).plusDays(random.nextInt(500))))
          .append('Z');
    } else if (end == 2) {
      rule.append(";COUNT=").append(1 + random.nextInt(40));
    }
    // Always written: ical4j's default week start is not RFC 5545's Monday.
    rule.append(";WKST=").append(DAYS[random.nextInt(7)]);
    LocalDateTime start = LocalDateTime.of(2022, 1, 1, 19, 0).plusDays(random.nextInt(700));
    return new Case(start, rule.toString());
  }

  private static String days(RandomGenerator random, boolean ordinals) {
    TreeSet<String> days = new TreeSet<>();
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      String day = DAYS[random.nextInt(7)];
      if (ordinals) {
        int ordinal = 1 + random.nextInt(4);
        day = (random.nextBoolean() ? "" : "-") + ordinal + day;
      }
      days.add(day);
    }
    return String.join(",", days);
  }

  private static final List<String> PARTS = List.of("FREQ=DAILY", "FREQ=WEEKLY", "FREQ=MONTHLY", "FREQ=YEARLY",
      "FREQ=HOURLY", "FREQ=", "FREQ=FORTNIGHTLY", "INTERVAL=0", "INTERVAL=2147483647", "INTERVAL=99999999999",
      "INTERVAL=x", "COUNT=0", "COUNT=2147483647", "COUNT=-1", "UNTIL=2023", "UNTIL=20231399", "UNTIL=20230101T000000Z",
      "UNTIL=99991231T235959", "BYDAY=MO", "BYDAY=53MO", "BYDAY=-54SU", "BYDAY=XX", "BYDAY=", "BYDAY=1", "BYMONTH=13",
      "BYMONTH=0", "BYMONTH=2", "BYMONTHDAY=-31", "BYMONTHDAY=32", "BYMONTHDAY=30", "BYSETPOS=1", "WKST=XX", "WKST=SU",
      "=", ";", "FREQ", "X-NAME=1");

  /** Any mix of rule parts, well formed or not, gives sessions or a report: never another exception. */
  @Test
  void anyRule_givesSessionsOrAReport() {
    WellnessGens.theory()
        .forAll(WellnessGens.from(random -> {
          StringBuilder rule = new StringBuilder();
          for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
            rule.append(i == 0 ? "" : ";").append(PARTS.get(random.nextInt(PARTS.size())));
          }
          return rule.toString();
        }))
        .checkAssert(rule -> {
          String text = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT",
              "UID:r", "SUMMARY:x", "DTSTART;TZID=America/Toronto:20230311T023000", "DURATION:PT1H",
              "RRULE:" + rule, "EXDATE:20230313T063000Z", "END:VEVENT", "END:VCALENDAR", "");
          ImportResult result = IMPORT.read(text);
          assertEquals(1, result.events(), rule);
          result.reports().forEach(report -> assertEquals(true, report.problem().startsWith("line 9: RRULE: "), rule
              + ": " + report.problem()));
        });
  }

  @Test
  void expansion_equalsIcal4jsRecur() {
    WellnessGens.theory()
        .forAll(WellnessGens.from(RecurrenceProperties::generate))
        .checkAssert(generated -> {
          String text = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT",
              "UID:r", "SUMMARY:x", "DTSTART;TZID=America/Toronto:" + LOCAL.format(generated.start()),
              "DURATION:PT1H", "RRULE:" + generated.rule(), "END:VEVENT", "END:VCALENDAR", "");
          ImportResult result = IMPORT.read(text);
          assertEquals(List.of(), result.reports(), generated.toString());
          ZonedDateTime seed = ZonedDateTime.of(generated.start(), TORONTO);
          List<Instant> ours = new ArrayList<>(result.sessions().stream().map(Session::startInstant).toList());
          ours.remove(seed.toInstant());

          String rule = generated.rule();
          java.util.regex.Matcher count = java.util.regex.Pattern.compile("COUNT=([0-9]+)").matcher(rule);
          if (count.find()) {
            // RFC 5545 counts DTSTART as the first occurrence; ical4j counts only what the rule gives.
            Recur<ZonedDateTime> endless = new Recur<>(rule.replaceFirst(";COUNT=[0-9]+", ""));
            boolean synced = endless.getDates(seed, seed.minusDays(1), seed.plusDays(1)).contains(seed);
            int n = Integer.parseInt(count.group(1)) - (synced ? 0 : 1);
            if (n == 0) {
              assertEquals(List.of(), ours, generated.toString());
              return;
            }
            rule = rule.replaceFirst("COUNT=[0-9]+", "COUNT=" + n);
          }
          Recur<ZonedDateTime> recur = new Recur<>(rule);
          List<Instant> theirs = new ArrayList<>();
          for (ZonedDateTime date : recur.getDates(seed, seed.minusDays(1), TO.atZone(TORONTO))) {
            Instant instant = date.toInstant();
            if (!instant.isBefore(FROM) && instant.isBefore(TO) && !instant.equals(seed.toInstant())) {
              theirs.add(instant);
            }
          }
          assertEquals(theirs, ours, generated.toString());
        });
  }
}
