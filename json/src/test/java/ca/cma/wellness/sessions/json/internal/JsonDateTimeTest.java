package ca.cma.wellness.sessions.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-made date-time formatting of {@link Json} against java.time's formatters. */
class JsonDateTimeTest {
  private static final DateTimeFormatter LOCAL =
      new DateTimeFormatterBuilder()
          .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .toFormatter(Locale.ROOT);
  private static final DateTimeFormatter OFFSET =
      new DateTimeFormatterBuilder().append(LOCAL).appendOffset("+HH:MM", "+00:00").toFormatter(Locale.ROOT);
  private static final DateTimeFormatter UTC =
      new DateTimeFormatterBuilder().append(LOCAL).appendLiteral('Z').toFormatter(Locale.ROOT);

  private static final List<ZoneId> ZONES =
      List.of(
          ZoneOffset.UTC,
          ZoneId.of("America/Toronto"),
          ZoneId.of("America/St_Johns"),
          ZoneId.of("Asia/Kathmandu"),
          ZoneId.of("Pacific/Chatham"),
          ZoneId.of("Europe/Amsterdam"), // +00:19:32 before 1937: an offset with seconds
          ZoneOffset.ofHoursMinutesSeconds(-3, -30, -15),
          ZoneOffset.MAX,
          ZoneOffset.MIN);

  private static List<Instant> instants() {
    SplittableRandom random = new SplittableRandom(20_000);
    long min = Instant.parse("-0999-01-01T00:00:00Z").getEpochSecond();
    long max = Instant.parse("+12000-01-01T00:00:00Z").getEpochSecond();
    List<Instant> instants =
        new ArrayList<>(
            List.of(
                Instant.EPOCH,
                Instant.ofEpochSecond(-1),
                Instant.parse("0000-01-01T00:00:00Z"),
                Instant.parse("-0001-12-31T23:59:59Z"),
                Instant.parse("9999-12-31T23:59:59Z"),
                Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("2000-02-29T12:00:00Z"),
                Instant.parse("2100-02-28T23:59:59Z"),
                Instant.parse("2023-03-12T07:00:00Z"),
                Instant.parse("2023-11-05T05:59:59.5Z"),
                Instant.parse("1930-06-01T00:00:00.000000001Z")));
    for (int i = 0; i < 20_000; i++) {
      long seconds = random.nextLong(min, max);
      int nanos = random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0;
      instants.add(Instant.ofEpochSecond(seconds, nanos));
    }
    return instants;
  }

  @Test
  void utc_20000Instants_sameAsDateTimeFormatter() {
    for (Instant instant : instants()) {
      assertEquals(UTC.format(instant.atOffset(ZoneOffset.UTC)), Json.utc(instant), instant.toString());
    }
  }

  @Test
  void dateTime_20000InstantsInZonesWithOddOffsets_sameAsDateTimeFormatter() {
    List<Instant> instants = instants();
    for (int i = 0; i < instants.size(); i++) {
      ZonedDateTime dateTime = instants.get(i).atZone(ZONES.get(i % ZONES.size()));
      assertEquals(OFFSET.format(dateTime), Json.dateTime(dateTime), dateTime.toString());
    }
  }
}
