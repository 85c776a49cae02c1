package ca.cma.wellness.sessions.ical;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What Outlook computes from a VTIMEZONE, as Microsoft documents its import (MS-OXCICAL
 * 2.1.3.1.1.19; MS-STANOICAL 2.2.47): one STANDARD and one DAYLIGHT, each the one with the largest
 * DTSTART, turned into a yearly rule "n-th (or last) weekday of a month at a time", or a fixed day
 * of the month, that applies to every year. An RRULE must be FREQ=YEARLY with BYMONTH and either a
 * single BYDAY occurrence or a single BYMONTHDAY; without an RRULE, the rule comes from the date of
 * DTSTART (its weekday and which occurrence of it in the month). Any other RRULE has no documented
 * reading: {@link #of} then returns empty.
 */
final class OutlookReading {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

  private final ZoneOffset standard;
  private final Rule toStandard;
  private final ZoneOffset daylight;
  private final Rule toDaylight;

  private OutlookReading(ZoneOffset standard, Rule toStandard, ZoneOffset daylight, Rule toDaylight) {
    this.standard = standard;
    this.toStandard = toStandard;
    this.daylight = daylight;
    this.toDaylight = toDaylight;
  }

  /** A yearly onset: the n-th (5 is the last) weekday of a month, or a fixed day, at a time. */
  private record Rule(int month, DayOfWeek weekday, int occurrence, int dayOfMonth, LocalTime time) {
    LocalDateTime in(int year) {
      LocalDate first = LocalDate.of(year, month, 1);
      LocalDate date;
      if (weekday == null) {
        date = first.withDayOfMonth(Math.min(dayOfMonth, first.lengthOfMonth()));
      } else if (occurrence == 5) {
        date = first.with(TemporalAdjusters.lastInMonth(weekday));
      } else {
        date = first.with(TemporalAdjusters.dayOfWeekInMonth(occurrence, weekday));
      }
      return date.atTime(time);
    }
  }

  private record Observance(boolean daylight, LocalDateTime start, String rrule, ZoneOffset to) {}

  /**
   * Reads the one VTIMEZONE of a calendar the way Outlook imports it.
   *
   * @return empty when an RRULE is outside what Outlook documents that it imports
   */
  static Optional<OutlookReading> of(String calendar) {
    List<Observance> observances = new ArrayList<>();
    Boolean daylight = null;
    LocalDateTime start = null;
    String rrule = null;
    ZoneOffset to = null;
    for (String line : calendar.replace("\r\n ", "").split("\r\n")) {
      if (line.equals("BEGIN:STANDARD") || line.equals("BEGIN:DAYLIGHT")) {
        daylight = line.endsWith("DAYLIGHT");
        start = null;
        rrule = null;
        to = null;
      } else if (daylight != null && line.startsWith("DTSTART:")) {
        start = LocalDateTime.parse(line.substring(8), LOCAL);
      } else if (daylight != null && line.startsWith("RRULE:")) {
        rrule = line.substring(6);
      } else if (daylight != null && line.startsWith("TZOFFSETTO:")) {
        to = offset(line.substring(11));
      } else if (line.equals("END:STANDARD") || line.equals("END:DAYLIGHT")) {
        observances.add(new Observance(daylight, start, rrule, to));
        daylight = null;
      }
    }
    Observance std = latest(observances, false);
    Observance dst = latest(observances, true);
    if (std == null) {
      return Optional.empty();
    }
    if (dst == null) {
      return Optional.of(new OutlookReading(std.to(), null, null, null));
    }
    Optional<Rule> toStandard = rule(std);
    Optional<Rule> toDaylight = rule(dst);
    if (toStandard.isEmpty() || toDaylight.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new OutlookReading(std.to(), toStandard.get(), dst.to(), toDaylight.get()));
  }

  private static Observance latest(List<Observance> observances, boolean daylight) {
    Observance latest = null;
    for (Observance o : observances) {
      if (o.daylight() == daylight && (latest == null || o.start().isAfter(latest.start()))) {
        latest = o;
      }
    }
    return latest;
  }

  private static Optional<Rule> rule(Observance o) {
    LocalTime time = o.start().toLocalTime();
    if (o.rrule() == null) {
      LocalDate date = o.start().toLocalDate();
      return Optional.of(
          new Rule(date.getMonthValue(), date.getDayOfWeek(), (date.getDayOfMonth() - 1) / 7 + 1, 0, time));
    }
    int month = o.start().getMonthValue();
    String byDay = null;
    String byMonthDay = null;
    for (String part : o.rrule().split(";")) {
      String[] kv = part.split("=", 2);
      switch (kv[0]) {
        case "FREQ" -> {
          if (!kv[1].equals("YEARLY")) {
            return Optional.empty();
          }
        }
        case "BYMONTH" -> month = Integer.parseInt(kv[1]);
        case "BYDAY" -> byDay = kv[1];
        case "BYMONTHDAY" -> byMonthDay = kv[1];
        default -> {
          return Optional.empty();
        }
      }
    }
    if ((byDay == null) == (byMonthDay == null)) {
      return Optional.empty();
    }
    if (byMonthDay != null) {
      return byMonthDay.matches("[1-9][0-9]?")
          ? Optional.of(new Rule(month, null, 0, Integer.parseInt(byMonthDay), time))
          : Optional.empty();
    }
    if (!byDay.matches("(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)")) {
      return Optional.empty();
    }
    int n = Integer.parseInt(byDay.substring(0, byDay.length() - 2));
    return Optional.of(new Rule(month, weekday(byDay.substring(byDay.length() - 2)), n < 0 ? 5 : n, 0, time));
  }

  private static DayOfWeek weekday(String code) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().startsWith(code)) {
        return day;
      }
    }
    throw new IllegalArgumentException(code);
  }

  private static ZoneOffset offset(String value) {
    int sign = value.charAt(0) == '-' ? -1 : 1;
    int seconds =
        Integer.parseInt(value.substring(1, 3)) * 3600
            + Integer.parseInt(value.substring(3, 5)) * 60
            + (value.length() > 5 ? Integer.parseInt(value.substring(5, 7)) : 0);
    return ZoneOffset.ofTotalSeconds(sign * seconds);
  }

  /**
   * The offset Outlook uses for a local date-time: daylight time from the daylight onset (a wall
   * time in standard time) to the standard onset (a wall time in daylight time) of the same year,
   * across New Year in the southern hemisphere.
   */
  ZoneOffset offsetAt(LocalDateTime local) {
    if (toDaylight == null) {
      return standard;
    }
    LocalDateTime daylightFrom = toDaylight.in(local.getYear());
    LocalDateTime standardFrom = toStandard.in(local.getYear());
    boolean inDaylight =
        daylightFrom.isBefore(standardFrom)
            ? !local.isBefore(daylightFrom) && local.isBefore(standardFrom)
            : !local.isBefore(daylightFrom) || local.isBefore(standardFrom);
    return inDaylight ? daylight : standard;
  }
}
