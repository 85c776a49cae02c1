package ca.cma.wellness.sessions.ical.internal;

import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.internal.Checks;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Optional;

/**
 * Reads the offset a VTIMEZONE of an input gives a wall-clock time, as data: for each STANDARD and
 * DAYLIGHT, its latest onset at or before that time (its DTSTART, an RDATE, or the yearly RRULE's
 * date in that year or the one before), and the TZOFFSETTO of the latest of them. No recurrence is
 * expanded: a yearly rule is evaluated for two years, so the cost is the same for a rule that
 * starts in 1601 as for one that starts last year. Rules other than yearly ones are refused
 * ({@link Source#checkYearly}). The importer uses these offsets only to match the VTIMEZONE to an
 * IANA region ({@link #region}).
 */
final class EmbeddedZone {
  private EmbeddedZone() {}

  /**
   * Finds the offset of a wall-clock time.
   *
   * @param vtimezone the VTIMEZONE
   * @param local the wall-clock time
   * @return the offset, or empty if no observance starts at or before the time
   * @throws SessionValidationException with path {@code line N} if an observance cannot be read
   */
  static Optional<ZoneOffset> offset(Source.Component vtimezone, LocalDateTime local) {
    Source.checkYearly(vtimezone);
    return Optional.ofNullable(latest(vtimezone, local)).map(Map.Entry::getValue);
  }

  /** The latest onset at or before a wall-clock time and the offset it sets, or null if none. */
  private static Map.Entry<LocalDateTime, ZoneOffset> latest(Source.Component vtimezone, LocalDateTime local) {
    LocalDateTime best = null;
    ZoneOffset offset = null;
    for (String kind : List.of("STANDARD", "DAYLIGHT")) {
      for (Source.Component observance : vtimezone.components(kind)) {
        LocalDateTime onset = onset(observance, local);
        if (onset != null && (best == null || onset.isAfter(best))) {
          best = onset;
          offset = offsetTo(observance);
        }
      }
    }
    return best == null ? null : Map.entry(best, offset);
  }

  /** The years over which a VTIMEZONE is compared with the IANA regions. */
  static final int MATCHED_YEARS = 2;

  /**
   * The IANA region whose rules a VTIMEZONE follows over two years: the same offset at noon of
   * every seventh day, and the same transitions at the same instants with the same offsets. Canadian regions are tried first, in
   * the order of {@link #CANADIAN}, then the others in the order of their ids: the first that
   * matches is the answer, so the choice is the same on every run. After Canada's come the regions
   * of the Windows names (Europe/Berlin before Africa/Ceuta, which has the same rules), then every
   * other region, each group in the order of its ids.
   *
   * @param vtimezone the VTIMEZONE
   * @param year the first year compared, the year of the time read
   * @return the region, or empty if none matches or the VTIMEZONE gives no offset for part of
   *     those years
   * @throws SessionValidationException with path {@code line N} if an observance cannot be read
   */
  static Optional<ZoneId> region(Source.Component vtimezone, int year) {
    // One probe a week: the latest onset at each probe is the transition since the last one, so
    // ~105 evaluations find every transition of two years (no region changes twice in a week).
    Source.checkYearly(vtimezone);
    List<Instant> probes = new ArrayList<>();
    List<ZoneOffset> offsets = new ArrayList<>();
    List<Instant> transitions = new ArrayList<>();
    List<ZoneOffset> after = new ArrayList<>();
    ZoneOffset previous = null;
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() < year + MATCHED_YEARS; day = day.plusDays(7)) {
      Map.Entry<LocalDateTime, ZoneOffset> onset = latest(vtimezone, day.atTime(12, 0));
      if (onset == null) {
        return Optional.empty();
      }
      ZoneOffset offset = onset.getValue();
      if (previous != null && !offset.equals(previous)) {
        // The onset is written in the wall-clock time before it (RFC 5545, TZOFFSETFROM).
        transitions.add(onset.getKey().toInstant(previous));
        after.add(offset);
      }
      probes.add(day.atTime(12, 0).toInstant(offset));
      offsets.add(offset);
      previous = offset;
    }
    Instant first = probes.get(0);
    Instant last = probes.get(probes.size() - 1);
    candidates:
    for (ZoneId candidate : CANDIDATES) {
      ZoneRules rules = candidate.getRules();
      for (int i = 0; i < probes.size(); i++) {
        if (!rules.getOffset(probes.get(i)).equals(offsets.get(i))) {
          continue candidates;
        }
      }
      int n = 0;
      for (ZoneOffsetTransition t = rules.nextTransition(first); t != null && t.getInstant().isBefore(last);
          t = rules.nextTransition(t.getInstant())) {
        if (n >= transitions.size() || !t.getInstant().equals(transitions.get(n))
            || !t.getOffsetAfter().equals(after.get(n))) {
          continue candidates;
        }
        n++;
      }
      if (n == transitions.size()) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Canada's regions, east to west: tried first when a VTIMEZONE is matched. */
  static final List<String> CANADIAN = List.of("America/St_Johns", "America/Halifax", "America/Glace_Bay",
      "America/Moncton", "America/Goose_Bay", "America/Toronto", "America/Iqaluit", "America/Atikokan",
      "America/Winnipeg", "America/Rankin_Inlet", "America/Resolute", "America/Regina", "America/Swift_Current",
      "America/Edmonton", "America/Cambridge_Bay", "America/Inuvik", "America/Vancouver", "America/Whitehorse",
      "America/Dawson", "America/Dawson_Creek", "America/Fort_Nelson", "America/Creston", "America/Blanc-Sablon");

  private static final List<ZoneId> CANDIDATES = candidates();

  private static List<ZoneId> candidates() {
    List<ZoneId> zones = new ArrayList<>();
    Set<String> known = ZoneId.getAvailableZoneIds();
    for (String id : CANADIAN) {
      if (known.contains(id)) {
        zones.add(ZoneId.of(id));
      }
    }
    Set<String> added = new java.util.HashSet<>(CANADIAN);
    for (String id : WindowsZones.windowsRegions()) {
      if (known.contains(id) && added.add(id)) {
        zones.add(ZoneId.of(id));
      }
    }
    for (String id : new TreeSet<>(known)) {
      ZoneId zone = ZoneId.of(id);
      if (!added.contains(id) && Checks.isRegionZone(zone)) {
        zones.add(zone);
      }
    }
    return List.copyOf(zones);
  }

  private static ZoneOffset offsetTo(Source.Component observance) {
    Source.Property to = observance.property("TZOFFSETTO").orElseThrow(() -> new SessionValidationException(
        "line " + observance.line(), observance.name() + " has no TZOFFSETTO"));
    try {
      return ZoneOffset.of(to.value().strip());
    } catch (DateTimeException e) {
      throw new SessionValidationException(
          "line " + to.line(), "TZOFFSETTO: not an offset such as -0500 (was " + Checks.quote(to.value()) + ")");
    }
  }

  /** The latest onset of an observance at or before a time, or null. */
  private static LocalDateTime onset(Source.Component observance, LocalDateTime local) {
    Source.Property dtStart = observance.property("DTSTART").orElseThrow(() -> new SessionValidationException(
        "line " + observance.line(), observance.name() + " has no DTSTART"));
    LocalDateTime start = Times.local(dtStart);
    if (start.isAfter(local)) {
      return null;
    }
    LocalDateTime latest = start;
    for (Source.Property rdate : observance.properties("RDATE")) {
      for (String value : rdate.value().split(",", -1)) {
        LocalDateTime date = Times.local(new Source.Property("RDATE", rdate.parameters(), value, rdate.line()));
        if (!date.isAfter(local) && date.isAfter(latest)) {
          latest = date;
        }
      }
    }
    Optional<Source.Property> rrule = observance.property("RRULE");
    if (rrule.isPresent()) {
      for (int year = local.getYear(); year >= local.getYear() - 1; year--) {
        LocalDateTime date = yearly(rrule.get(), start, year);
        if (date != null && !date.isBefore(start) && !date.isAfter(local)) {
          if (date.isAfter(latest)) {
            latest = date;
          }
          break;
        }
      }
    }
    return latest;
  }

  /** The date a yearly rule gives in a year, or null if it gives none (after UNTIL or COUNT). */
  private static LocalDateTime yearly(Source.Property rule, LocalDateTime start, int year) {
    int month = start.getMonthValue();
    String byDay = null;
    int byMonthDay = start.getDayOfMonth();
    String byMonthDays = null;
    for (String part : rule.value().split(";", 20)) {
      String[] pair = part.split("=", 2);
      String name = pair[0].strip().toUpperCase(Locale.ROOT);
      String value = pair.length == 2 ? pair[1].strip().toUpperCase(Locale.ROOT) : "";
      try {
        switch (name) {
          case "BYMONTH" -> month = Integer.parseInt(value);
          case "BYDAY" -> byDay = value;
          case "BYMONTHDAY" -> {
            byMonthDays = value;
            byMonthDay = value.contains(",") ? 0 : Integer.parseInt(value);
          }
          case "UNTIL" -> {
            String digits = value.endsWith("Z") ? value.substring(0, value.length() - 1) : value;
            LocalDateTime until = digits.length() == 8
                ? LocalDate.parse(digits, Times.DATE).atTime(23, 59, 59)
                : LocalDateTime.parse(digits, Times.LOCAL);
            if (LocalDate.of(year, 1, 1).atStartOfDay().isAfter(until)) {
              return null;
            }
          }
          case "COUNT" -> {
            if (year - start.getYear() >= Integer.parseInt(value)) {
              return null;
            }
          }
          default -> {
            // FREQ=YEARLY and WKST change nothing here; Source refused the rest
          }
        }
      } catch (NumberFormatException | DateTimeException e) {
        throw unreadable(rule);
      }
    }
    if (month < 1 || month > 12) {
      throw unreadable(rule);
    }
    LocalDate first = LocalDate.of(year, month, 1);
    LocalDate date;
    if (byDay == null) {
      if (byMonthDay == 0 || Math.abs(byMonthDay) > 31) {
        throw unreadable(rule);
      }
      date = byMonthDay > 0
          ? first.withDayOfMonth(Math.min(byMonthDay, first.lengthOfMonth()))
          : first.withDayOfMonth(Math.max(1, first.lengthOfMonth() + 1 + byMonthDay));
    } else if (byMonthDays != null && byMonthDays.contains(",")) {
      // A weekday on one of the listed days, such as the Sunday on or after the 8th.
      DayOfWeek weekday = weekday(byDay, rule);
      date = null;
      for (String day : byMonthDays.split(",")) {
        int n;
        try {
          n = Integer.parseInt(day.strip());
        } catch (NumberFormatException e) {
          throw unreadable(rule);
        }
        if (n >= 1 && n <= first.lengthOfMonth() && first.withDayOfMonth(n).getDayOfWeek() == weekday) {
          date = first.withDayOfMonth(n);
          break;
        }
      }
      if (date == null) {
        return null;
      }
    } else {
      if (byDay.length() < 3) {
        throw unreadable(rule);
      }
      DayOfWeek weekday = weekday(byDay.substring(byDay.length() - 2), rule);
      String ordinal = byDay.substring(0, byDay.length() - 2).replace("+", "");
      int n;
      try {
        n = Integer.parseInt(ordinal);
      } catch (NumberFormatException e) {
        throw unreadable(rule);
      }
      if (n == 0 || n > 5 || n < -5) {
        throw unreadable(rule);
      }
      date = n > 0
          ? first.with(TemporalAdjusters.dayOfWeekInMonth(n, weekday))
          : first.with(TemporalAdjusters.lastInMonth(weekday)).minusWeeks(-1 - n);
      if (date.getMonthValue() != month) {
        date = n > 0 ? first.with(TemporalAdjusters.lastInMonth(weekday)) : first.with(TemporalAdjusters.firstInMonth(weekday));
      }
    }
    return date.atTime(start.toLocalTime());
  }

  private static DayOfWeek weekday(String code, Source.Property rule) {
    return Recurrence.weekday(code).orElseThrow(() -> unreadable(rule));
  }

  private static SessionValidationException unreadable(Source.Property rule) {
    return new SessionValidationException(
        "line " + rule.line(), "RRULE: not a yearly rule such as FREQ=YEARLY;BYMONTH=11;BYDAY=1SU (was "
            + Checks.quote(rule.value()) + ")");
  }
}
