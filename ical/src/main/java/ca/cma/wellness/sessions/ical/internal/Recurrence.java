package ca.cma.wellness.sessions.ical.internal;

import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.internal.Checks;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Expands one RRULE, as data, within a window: a sound subset of RFC 5545 §3.3.10 (FREQ DAILY,
 * WEEKLY, MONTHLY or YEARLY; INTERVAL, COUNT, UNTIL, BYMONTH, BYMONTHDAY, BYDAY, WKST). The work is
 * bounded by the window, the cap of occurrences and {@link #MAX_STEPS}, never by what the rule
 * asks: without a COUNT that can end the rule before the window, the expansion starts at the
 * window, not at DTSTART.
 */
final class Recurrence {
  /** The most periods and candidate dates one rule is followed for before it is reported. */
  static final int MAX_STEPS = 1_000_000;

  /**
   * The work left to one read, shared by its rules: periods and candidate dates, so that a file of
   * many rules costs no more than {@link #MAX_STEPS_PER_READ} in all.
   */
  static final class Budget {
    private long steps;

    Budget(long steps) {
      this.steps = steps;
    }
  }

  /** The most periods and candidate dates all the rules of one read are followed for. */
  static final int MAX_STEPS_PER_READ = 4_000_000;

  private static final Set<String> READ = Set.of("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYMONTH", "BYMONTHDAY",
      "BYDAY", "WKST");

  /** Why a rule is not expanded: it asks what this subset does not read, or more work than allowed. */
  static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported(String message) {
      super(message, null, false, false);
    }
  }

  private enum Freq { DAILY, WEEKLY, MONTHLY, YEARLY }

  private record ByDay(int ordinal, DayOfWeek day) {}

  /** The occurrences of a rule that start within the window, and whether the cap stopped it. */
  record Expansion(List<ZonedDateTime> starts, boolean capped) {}

  private final Freq freq;
  private final int interval;
  private final long count;
  private final String until;
  private final Set<Integer> byMonth = new TreeSet<>();
  private final Set<Integer> byMonthDay = new TreeSet<>();
  private final List<ByDay> byDay = new ArrayList<>();
  private final DayOfWeek weekStart;

  private Recurrence(Source.Property rule) {
    String freqValue = null;
    int intervalValue = 1;
    long countValue = -1;
    String untilValue = null;
    DayOfWeek wkst = DayOfWeek.MONDAY;
    Set<String> seen = new java.util.HashSet<>();
    for (String part : rule.value().strip().split(";", -1)) {
      if (part.isBlank()) {
        continue;
      }
      int equals = part.indexOf('=');
      if (equals <= 0) {
        throw malformed(rule, "a part is not NAME=VALUE");
      }
      String name = part.substring(0, equals).strip().toUpperCase(Locale.ROOT);
      String value = part.substring(equals + 1).strip().toUpperCase(Locale.ROOT);
      if (!READ.contains(name)) {
        throw new Unsupported("line " + rule.line() + ": RRULE: " + Checks.quote(Source.oneLine(name))
            + " is not read by this importer, so the event's occurrences are unknown (was "
            + Checks.quote(Source.oneLine(rule.value())) + ")");
      }
      if (!seen.add(name)) {
        throw malformed(rule, name + " appears twice");
      }
      switch (name) {
        case "FREQ" -> freqValue = value;
        case "INTERVAL" -> intervalValue = (int) positive(rule, name, value, Integer.MAX_VALUE);
        case "COUNT" -> countValue = positive(rule, name, value, Integer.MAX_VALUE);
        case "UNTIL" -> untilValue = value;
        case "WKST" -> wkst = weekday(rule, value);
        case "BYMONTH" -> {
          for (String month : value.split(",", -1)) {
            byMonth.add((int) positive(rule, name, month, 12));
          }
        }
        case "BYMONTHDAY" -> {
          for (String day : value.split(",", -1)) {
            int n = number(rule, name, day);
            if (n == 0 || n > 31 || n < -31) {
              throw malformed(rule, "BYMONTHDAY must be 1 to 31 or -31 to -1 (was " + Checks.quote(day) + ")");
            }
            byMonthDay.add(n);
          }
        }
        default -> {
          for (String day : value.split(",", -1)) {
            if (day.length() < 2) {
              throw malformed(rule, "BYDAY is not a weekday such as MO or 2TU (was " + Checks.quote(day) + ")");
            }
            String ordinal = day.substring(0, day.length() - 2).replace("+", "");
            int n = ordinal.isEmpty() ? 0 : number(rule, name, ordinal);
            if (n > 53 || n < -53) {
              throw malformed(rule, "BYDAY's ordinal must be -53 to 53 (was " + Checks.quote(day) + ")");
            }
            byDay.add(new ByDay(n, weekday(rule, day.substring(day.length() - 2))));
          }
        }
      }
    }
    if (freqValue == null) {
      throw malformed(rule, "FREQ is missing");
    }
    switch (freqValue) {
      case "DAILY" -> freq = Freq.DAILY;
      case "WEEKLY" -> freq = Freq.WEEKLY;
      case "MONTHLY" -> freq = Freq.MONTHLY;
      case "YEARLY" -> freq = Freq.YEARLY;
      case "SECONDLY", "MINUTELY", "HOURLY" -> throw new Unsupported("line " + rule.line() + ": RRULE: FREQ="
          + freqValue + " is not imported; sessions repeat at most daily");
      default -> throw malformed(rule, "FREQ is not DAILY, WEEKLY, MONTHLY or YEARLY (was "
          + Checks.quote(Source.oneLine(freqValue)) + ")");
    }
    if (countValue > 0 && untilValue != null) {
      throw malformed(rule, "COUNT and UNTIL cannot both be given");
    }
    boolean ordinals = byDay.stream().anyMatch(d -> d.ordinal() != 0);
    if (ordinals && (freq == Freq.DAILY || freq == Freq.WEEKLY || !byMonthDay.isEmpty())
        || freq == Freq.WEEKLY && !byMonthDay.isEmpty()
        || freq == Freq.YEARLY && !byDay.isEmpty() && byMonth.isEmpty()) {
      throw new Unsupported("line " + rule.line() + ": RRULE: this combination of BYDAY, BYMONTHDAY and FREQ is not"
          + " read by this importer, so the event's occurrences are unknown (was "
          + Checks.quote(Source.oneLine(rule.value())) + ")");
    }
    this.interval = intervalValue;
    this.count = countValue;
    this.until = untilValue;
    this.weekStart = wkst;
  }

  /**
   * Reads a rule.
   *
   * @param rule the RRULE
   * @return the rule
   * @throws Unsupported if it asks what this subset does not read
   * @throws SessionValidationException with path {@code line N} if it is malformed
   */
  static Recurrence of(Source.Property rule) {
    return new Recurrence(rule);
  }

  /**
   * The starts of the occurrences of the rule, DTSTART first, whose instants are within {@code
   * [from, to)} and not excluded, at most {@code cap} of them.
   *
   * @param rule the RRULE, for messages
   * @param start DTSTART's wall-clock time
   * @param zone the zone of the wall-clock times: DTSTART's zone, UTC, or the import's zone
   * @param from the window's start, inclusive
   * @param to the window's end, exclusive
   * @param excluded whether a start is excluded (EXDATE, or replaced by a RECURRENCE-ID)
   * @param cap the most occurrences kept
   * @param budget the work left to the read, spent here
   * @return the occurrences in order
   * @throws Unsupported if finding them needs more than {@link #MAX_STEPS}, or more than is left
   *     of the budget
   * @throws SessionValidationException if UNTIL is malformed
   */
  Expansion expand(Source.Property rule, LocalDateTime start, ZoneId zone, Instant from, Instant to,
      java.util.function.Predicate<ZonedDateTime> excluded, int cap, Budget budget) {
    LocalDateTime untilLocal = null;
    Instant untilInstant = null;
    if (until != null) {
      try {
        if (until.length() == 8) {
          untilLocal = LocalDate.parse(until, Times.DATE).atTime(LocalTime.MAX);
        } else if (until.length() == 16 && until.endsWith("Z")) {
          untilInstant = LocalDateTime.parse(until.substring(0, 15), Times.LOCAL).toInstant(ZoneOffset.UTC);
        } else {
          untilLocal = LocalDateTime.parse(until, Times.LOCAL);
        }
      } catch (DateTimeException e) {
        throw malformed(rule, "UNTIL is not a date such as 20230201 or a date-time such as 20230201T190000Z (was "
            + Checks.quote(Source.oneLine(until)) + ")");
      }
    }
    LocalDate first = start.toLocalDate();
    LocalTime time = start.toLocalTime();
    LocalDate origin = switch (freq) {
      case DAILY -> first;
      case WEEKLY -> first.with(TemporalAdjusters.previousOrSame(weekStart));
      case MONTHLY -> first.withDayOfMonth(1);
      case YEARLY -> first.withDayOfYear(1);
    };
    // Two days either side cover every offset between the window's instants and wall-clock dates.
    LocalDate fromDate = LocalDateTime.ofInstant(from, zone).toLocalDate().minusDays(2);
    LocalDate toDate = LocalDateTime.ofInstant(to, zone).toLocalDate().plusDays(2);
    long periodsToWindow = Math.max(0, between(origin, fromDate) / interval);
    long periodsToEnd = Math.max(0, between(origin, toDate) / interval + 1);
    int perPeriod = switch (freq) {
      case DAILY -> 1;
      case WEEKLY -> Math.max(1, byDay.size());
      case MONTHLY -> 31;
      case YEARLY -> 366;
    };
    // A COUNT that cannot end the rule before the window's end is no limit: start at the window.
    boolean counting = count > 0 && count <= perPeriod * periodsToEnd;
    long period = counting ? 0 : Math.max(0, periodsToWindow - 1);

    TreeMap<Instant, ZonedDateTime> kept = new TreeMap<>();
    boolean capped = false;
    long produced = 1;
    ZonedDateTime dtStart = ZonedDateTime.of(start, zone);
    if (inWindow(dtStart, from, to) && !excluded.test(dtStart)) {
      if (cap == 0) {
        return new Expansion(List.of(), true);
      }
      kept.put(dtStart.toInstant(), dtStart);
    }
    long steps = 0;
    periods:
    for (; ; period++) {
      LocalDate periodStart;
      try {
        long amount = Math.multiplyExact(period, (long) interval);
        periodStart = switch (freq) {
          case DAILY -> origin.plusDays(amount);
          case WEEKLY -> origin.plusWeeks(amount);
          case MONTHLY -> origin.plusMonths(amount);
          case YEARLY -> origin.plusYears(amount);
        };
      } catch (ArithmeticException | DateTimeException beyondTheCalendar) {
        break;
      }
      if (periodStart.isAfter(toDate)) {
        break;
      }
      List<LocalDate> dates = dates(periodStart, first);
      steps += 1 + dates.size();
      budget.steps -= 1 + dates.size();
      if (steps > MAX_STEPS) {
        throw new Unsupported("line " + rule.line() + ": RRULE: finding the occurrences within the window needs more"
            + " than " + MAX_STEPS + " steps, so they are not imported (was "
            + Checks.quote(Source.oneLine(rule.value())) + ")");
      }
      if (budget.steps < 0) {
        throw new Unsupported("line " + rule.line() + ": RRULE: the rules of this input need more than "
            + MAX_STEPS_PER_READ + " steps in all, so this one's occurrences are not imported (was "
            + Checks.quote(Source.oneLine(rule.value())) + ")");
      }
      for (LocalDate date : dates) {
        LocalDateTime local = date.atTime(time);
        if (!local.isAfter(start)) {
          continue;
        }
        ZonedDateTime occurrence = ZonedDateTime.of(local, zone);
        if (untilLocal != null && local.isAfter(untilLocal)
            || untilInstant != null && occurrence.toInstant().isAfter(untilInstant)) {
          break periods;
        }
        if (counting && ++produced > count) {
          break periods;
        }
        if (date.isAfter(toDate)) {
          break periods;
        }
        if (inWindow(occurrence, from, to) && !excluded.test(occurrence)) {
          if (kept.size() >= cap) {
            capped = true;
            break periods;
          }
          kept.put(occurrence.toInstant(), occurrence);
        }
      }
    }
    return new Expansion(List.copyOf(kept.values()), capped);
  }

  static boolean inWindow(ZonedDateTime start, Instant from, Instant to) {
    Instant instant = start.toInstant();
    return !instant.isBefore(from) && instant.isBefore(to);
  }

  private long between(LocalDate origin, LocalDate date) {
    return switch (freq) {
      case DAILY -> ChronoUnit.DAYS.between(origin, date);
      case WEEKLY -> ChronoUnit.WEEKS.between(origin, date);
      case MONTHLY -> ChronoUnit.MONTHS.between(origin, date);
      case YEARLY -> ChronoUnit.YEARS.between(origin, date);
    };
  }

  /** The dates a period gives, in order, before DTSTART's and UNTIL's limits. */
  private List<LocalDate> dates(LocalDate periodStart, LocalDate first) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    switch (freq) {
      case DAILY -> {
        if (monthMatches(periodStart) && monthDayMatches(periodStart) && weekdayMatches(periodStart)) {
          dates.add(periodStart);
        }
      }
      case WEEKLY -> {
        if (byDay.isEmpty()) {
          dates.add(periodStart.with(TemporalAdjusters.nextOrSame(first.getDayOfWeek())));
        } else {
          for (ByDay day : byDay) {
            dates.add(periodStart.with(TemporalAdjusters.nextOrSame(day.day())));
          }
        }
        dates.removeIf(date -> !monthMatches(date));
      }
      case MONTHLY -> {
        if (monthMatches(periodStart)) {
          monthDates(periodStart, first, dates);
        }
      }
      case YEARLY -> {
        Set<Integer> months = !byMonth.isEmpty() ? byMonth
            : !byMonthDay.isEmpty() ? Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12) : Set.of(first.getMonthValue());
        for (int month : months) {
          monthDates(periodStart.withMonth(month), first, dates);
        }
      }
    }
    return new ArrayList<>(dates);
  }

  /** The dates of one month that BYMONTHDAY and BYDAY give, or DTSTART's day of the month. */
  private void monthDates(LocalDate month, LocalDate first, TreeSet<LocalDate> dates) {
    int length = month.lengthOfMonth();
    if (!byMonthDay.isEmpty()) {
      for (int n : byMonthDay) {
        int day = n > 0 ? n : length + 1 + n;
        if (day >= 1 && day <= length && weekdayMatches(month.withDayOfMonth(day))) {
          dates.add(month.withDayOfMonth(day));
        }
      }
    } else if (!byDay.isEmpty()) {
      for (ByDay day : byDay) {
        LocalDate firstOne = month.with(TemporalAdjusters.firstInMonth(day.day()));
        LocalDate lastOne = month.with(TemporalAdjusters.lastInMonth(day.day()));
        if (day.ordinal() == 0) {
          for (LocalDate date = firstOne; !date.isAfter(lastOne); date = date.plusWeeks(1)) {
            dates.add(date);
          }
        } else {
          LocalDate date = day.ordinal() > 0 ? firstOne.plusWeeks(day.ordinal() - 1L)
              : lastOne.minusWeeks(-1L - day.ordinal());
          if (date.getMonth() == month.getMonth() && date.getYear() == month.getYear()) {
            dates.add(date);
          }
        }
      }
    } else if (first.getDayOfMonth() <= length) {
      dates.add(month.withDayOfMonth(first.getDayOfMonth()));
    }
  }

  private boolean monthMatches(LocalDate date) {
    return byMonth.isEmpty() || byMonth.contains(date.getMonthValue());
  }

  private boolean monthDayMatches(LocalDate date) {
    if (byMonthDay.isEmpty()) {
      return true;
    }
    int length = date.lengthOfMonth();
    return byMonthDay.contains(date.getDayOfMonth()) || byMonthDay.contains(date.getDayOfMonth() - length - 1);
  }

  private boolean weekdayMatches(LocalDate date) {
    return byDay.isEmpty() || byDay.stream().anyMatch(day -> day.day() == date.getDayOfWeek());
  }

  private static long positive(Source.Property rule, String name, String value, long max) {
    int n = number(rule, name, value);
    if (n < 1 || n > max) {
      throw malformed(rule, name + " must be 1 to " + max + " (was " + Checks.quote(Source.oneLine(value)) + ")");
    }
    return n;
  }

  private static int number(Source.Property rule, String name, String value) {
    if (value.isEmpty() || value.length() > 10 || !value.matches("[+-]?[0-9]+")) {
      throw malformed(rule, name + " is not a whole number (was " + Checks.quote(Source.oneLine(value)) + ")");
    }
    long n = Long.parseLong(value);
    if (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE) {
      throw malformed(rule, name + " is not a whole number (was " + Checks.quote(Source.oneLine(value)) + ")");
    }
    return (int) n;
  }

  private static DayOfWeek weekday(Source.Property rule, String code) {
    return weekday(code).orElseThrow(
        () -> malformed(rule, "not a weekday such as MO (was " + Checks.quote(Source.oneLine(code)) + ")"));
  }

  /**
   * Returns the day of an RFC 5545 weekday code ({@code MO} to {@code SU}, upper case), for RRULEs
   * here and in VTIMEZONEs.
   */
  static Optional<DayOfWeek> weekday(String code) {
    return switch (code) {
      case "MO" -> Optional.of(DayOfWeek.MONDAY);
      case "TU" -> Optional.of(DayOfWeek.TUESDAY);
      case "WE" -> Optional.of(DayOfWeek.WEDNESDAY);
      case "TH" -> Optional.of(DayOfWeek.THURSDAY);
      case "FR" -> Optional.of(DayOfWeek.FRIDAY);
      case "SA" -> Optional.of(DayOfWeek.SATURDAY);
      case "SU" -> Optional.of(DayOfWeek.SUNDAY);
      default -> Optional.empty();
    };
  }

  private static SessionValidationException malformed(Source.Property rule, String problem) {
    return new SessionValidationException("line " + rule.line(), "RRULE: " + problem + " in "
        + Checks.quote(Source.oneLine(rule.value())));
  }
}
