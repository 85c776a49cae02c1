package ca.cma.wellness.sessions.ical.internal;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A VTIMEZONE built offline from {@link ZoneRules}, in the form Outlook reads (MS-STANOICAL
 * §2.2.47): one STANDARD and one DAYLIGHT observance with a yearly RRULE taken from the zone's
 * current rules, TZOFFSETFROM and TZOFFSETTO, and no history before the year before the first year
 * the output needs (so the offset at any instant of the output is defined). A zone without
 * daylight saving in that range gets a single STANDARD. A zone whose transitions in the range do
 * not follow a yearly rule (it changes its rules, or follows a lunar calendar) gets one observance
 * per transition, each with its own DTSTART; never an RDATE list.
 *
 * <p>Immutable and thread-safe. Built once per zone and range of years, then cached.
 */
public final class Vtimezone {
  private static final int CACHE_LIMIT = 1024;
  private static final Map<Key, Vtimezone> CACHE = new ConcurrentHashMap<>();

  /** A 28-year span: every weekday and leap-year combination of the Gregorian calendar. */
  private static final int CYCLE = 28;

  private final ZoneId zone;
  private final List<Observance> observances;

  private Vtimezone(ZoneId zone, List<Observance> observances) {
    this.zone = zone;
    this.observances = List.copyOf(observances);
  }

  /**
   * Returns the VTIMEZONE of a zone for output whose instants fall in the given years.
   *
   * @param zone a region zone
   * @param firstYear the earliest year of any instant in the output, in the zone
   * @param lastYear the latest year of any instant in the output, in the zone
   * @return the cached or new VTIMEZONE
   */
  public static Vtimezone of(ZoneId zone, int firstYear, int lastYear) {
    Key key = new Key(zone, firstYear, Math.max(firstYear, lastYear));
    Vtimezone cached = CACHE.get(key);
    if (cached != null) {
      return cached;
    }
    if (CACHE.size() >= CACHE_LIMIT) {
      CACHE.clear();
    }
    return CACHE.computeIfAbsent(key, k -> build(k.zone, k.firstYear, k.lastYear));
  }

  /** Returns how many VTIMEZONEs the cache holds; at most {@value #CACHE_LIMIT}. */
  static int cached() {
    return CACHE.size();
  }

  /**
   * Returns the zone.
   *
   * @return the zone whose id is the TZID
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Tells whether the zone is written as a yearly rule pair, the form Outlook reads.
   *
   * @return whether every observance has an RRULE, or there is a single STANDARD
   */
  public boolean isYearlyRuleForm() {
    return observances.size() == 1 || observances.stream().allMatch(o -> o.rrule != null);
  }

  /**
   * Writes the component.
   *
   * @param sink where it goes
   * @throws IOException if writing fails
   */
  public void emit(Sink sink) throws IOException {
    String[] none = new String[0];
    sink.begin("VTIMEZONE");
    sink.property("TZID", none, zone.getId());
    for (Observance observance : observances) {
      String kind = observance.daylight ? "DAYLIGHT" : "STANDARD";
      sink.begin(kind);
      sink.property("DTSTART", none, Values.local(observance.start));
      if (observance.rrule != null) {
        sink.property("RRULE", none, observance.rrule);
      }
      sink.property("TZOFFSETFROM", none, Values.offset(observance.from));
      sink.property("TZOFFSETTO", none, Values.offset(observance.to));
      sink.end(kind);
    }
    sink.end("VTIMEZONE");
  }

  /** Builds without the cache, for {@link #of} and for tests. */
  static Vtimezone build(ZoneId zone, int firstYear, int lastYear) {
    ZoneRules rules = zone.getRules();
    int anchor = firstYear - 1;
    int end = lastYear + 1;
    Instant from = LocalDate.of(anchor, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to = LocalDate.of(end + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    List<ZoneOffsetTransition> actual = new ArrayList<>();
    for (ZoneOffsetTransition t = rules.nextTransition(from.minusSeconds(1));
        t != null && t.getInstant().isBefore(to);
        t = rules.nextTransition(t.getInstant())) {
      actual.add(t);
    }
    if (actual.isEmpty()) {
      ZoneOffset offset = rules.getOffset(from);
      return new Vtimezone(
          zone,
          List.of(
              new Observance(
                  rules.isDaylightSavings(from),
                  LocalDateTime.of(anchor, 1, 1, 0, 0),
                  null,
                  offset,
                  offset)));
    }
    List<Observance> yearly = yearly(rules, anchor, end, from, to, actual);
    if (yearly != null) {
      return new Vtimezone(zone, yearly);
    }
    List<Observance> explicit = new ArrayList<>();
    ZoneOffset base = rules.getOffset(from);
    explicit.add(
        new Observance(
            rules.isDaylightSavings(from), LocalDateTime.of(anchor, 1, 1, 0, 0), null, base, base));
    for (ZoneOffsetTransition t : actual) {
      explicit.add(
          new Observance(
              rules.isDaylightSavings(t.getInstant()),
              t.getDateTimeBefore(),
              null,
              t.getOffsetBefore(),
              t.getOffsetAfter()));
    }
    return new Vtimezone(zone, explicit);
  }

  /** The yearly rule pair, or null when the zone's transitions in range do not follow it. */
  private static List<Observance> yearly(
      ZoneRules rules,
      int anchor,
      int end,
      Instant from,
      Instant to,
      List<ZoneOffsetTransition> actual) {
    List<ZoneOffsetTransitionRule> transitionRules = rules.getTransitionRules();
    if (transitionRules.isEmpty()) {
      return null;
    }
    List<ZoneOffsetTransition> expected = new ArrayList<>();
    for (int year = anchor; year <= end; year++) {
      for (ZoneOffsetTransitionRule rule : transitionRules) {
        ZoneOffsetTransition t = rule.createTransition(year);
        if (!t.getInstant().isBefore(from) && t.getInstant().isBefore(to)) {
          expected.add(t);
        }
      }
    }
    expected.sort(Comparator.comparing(ZoneOffsetTransition::getInstant));
    if (!expected.equals(actual)) {
      return null;
    }
    List<Observance> observances = new ArrayList<>();
    for (ZoneOffsetTransitionRule rule : transitionRules) {
      String rrule = rrule(rule, anchor);
      if (rrule == null) {
        return null;
      }
      ZoneOffsetTransition first = rule.createTransition(anchor);
      observances.add(
          new Observance(
              rules.isDaylightSavings(first.getInstant()),
              first.getDateTimeBefore(),
              rrule,
              first.getOffsetBefore(),
              first.getOffsetAfter()));
    }
    observances.sort(Comparator.comparing(o -> o.start));
    return observances;
  }

  /**
   * Writes a transition rule as a yearly RRULE on the wall clock of the offset before it, or
   * returns null when no RRULE says the same for every year.
   */
  static String rrule(ZoneOffsetTransitionRule rule, int anchor) {
    List<LocalDateTime> onsets = new ArrayList<>(CYCLE);
    for (int year = anchor; year < anchor + CYCLE; year++) {
      onsets.add(rule.createTransition(year).getDateTimeBefore());
    }
    LocalDateTime first = onsets.get(0);
    Month month = first.getMonth();
    LocalTime time = first.toLocalTime();
    DayOfWeek dow = first.getDayOfWeek();
    boolean sameDow = true;
    boolean sameDay = true;
    boolean last = true;
    int minDay = 31;
    int maxDay = 1;
    for (LocalDateTime onset : onsets) {
      if (onset.getMonth() != month || !onset.toLocalTime().equals(time)) {
        return null;
      }
      sameDow &= onset.getDayOfWeek() == dow;
      sameDay &= onset.getDayOfMonth() == first.getDayOfMonth();
      last &= onset.toLocalDate().equals(onset.toLocalDate().with(TemporalAdjusters.lastInMonth(dow)));
      minDay = Math.min(minDay, onset.getDayOfMonth());
      maxDay = Math.max(maxDay, onset.getDayOfMonth());
    }
    String byMonth = "FREQ=YEARLY;BYMONTH=" + month.getValue();
    if (!sameDow) {
      return sameDay ? byMonth + ";BYMONTHDAY=" + first.getDayOfMonth() : null;
    }
    String day = dow.name().substring(0, 2);
    if (last && minDay > 21) {
      return byMonth + ";BYDAY=-1" + day;
    }
    if (maxDay - minDay > 6) {
      return null;
    }
    if ((minDay - 1) % 7 == 0 && minDay <= 22) {
      return byMonth + ";BYDAY=" + ((minDay - 1) / 7 + 1) + day;
    }
    StringBuilder days = new StringBuilder();
    for (int d = minDay; d <= minDay + 6; d++) {
      days.append(d == minDay ? "" : ",").append(d);
    }
    return byMonth + ";BYDAY=" + day + ";BYMONTHDAY=" + days;
  }

  private static final class Observance {
    final boolean daylight;
    final LocalDateTime start;
    final String rrule;
    final ZoneOffset from;
    final ZoneOffset to;

    Observance(boolean daylight, LocalDateTime start, String rrule, ZoneOffset from, ZoneOffset to) {
      this.daylight = daylight;
      this.start = start;
      this.rrule = rrule;
      this.from = from;
      this.to = to;
    }
  }

  private static final class Key {
    final ZoneId zone;
    final int firstYear;
    final int lastYear;

    Key(ZoneId zone, int firstYear, int lastYear) {
      this.zone = zone;
      this.firstYear = firstYear;
      this.lastYear = lastYear;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key
          && ((Key) other).zone.equals(zone)
          && ((Key) other).firstYear == firstYear
          && ((Key) other).lastYear == lastYear;
    }

    @Override
    public int hashCode() {
      return zone.hashCode() * 31 * 31 + firstYear * 31 + lastYear;
    }
  }
}
