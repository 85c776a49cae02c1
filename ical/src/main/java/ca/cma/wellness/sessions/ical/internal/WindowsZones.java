package ca.cma.wellness.sessions.ical.internal;

import ca.cma.wellness.sessions.internal.Checks;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the TZIDs that calendars write to IANA region zones: IANA ids themselves, ids with a
 * prefix such as {@code /mozilla.org/20070129_1/America/Toronto}, and Windows zone names such as
 * {@code Eastern Standard Time}, which Outlook writes. Windows names follow CLDR's
 * {@code windowsZones} table, choosing the Canadian zone where a name covers Canada (Eastern
 * Standard Time is America/Toronto, not America/New_York) and the world default elsewhere.
 */
public final class WindowsZones {
  private static final Map<String, String> WINDOWS =
      Map.ofEntries(
          Map.entry("newfoundland standard time", "America/St_Johns"),
          Map.entry("atlantic standard time", "America/Halifax"),
          Map.entry("eastern standard time", "America/Toronto"),
          Map.entry("us eastern standard time", "America/Indiana/Indianapolis"),
          Map.entry("central standard time", "America/Winnipeg"),
          Map.entry("canada central standard time", "America/Regina"),
          Map.entry("mountain standard time", "America/Edmonton"),
          Map.entry("us mountain standard time", "America/Phoenix"),
          Map.entry("yukon standard time", "America/Whitehorse"),
          Map.entry("pacific standard time", "America/Vancouver"),
          Map.entry("alaskan standard time", "America/Anchorage"),
          Map.entry("hawaiian standard time", "Pacific/Honolulu"),
          Map.entry("gmt standard time", "Europe/London"),
          Map.entry("greenwich standard time", "Atlantic/Reykjavik"),
          Map.entry("w. europe standard time", "Europe/Berlin"),
          Map.entry("romance standard time", "Europe/Paris"),
          Map.entry("central europe standard time", "Europe/Budapest"),
          Map.entry("central european standard time", "Europe/Warsaw"),
          Map.entry("e. europe standard time", "Europe/Chisinau"),
          Map.entry("gtb standard time", "Europe/Bucharest"),
          Map.entry("fle standard time", "Europe/Kiev"),
          Map.entry("russian standard time", "Europe/Moscow"),
          Map.entry("israel standard time", "Asia/Jerusalem"),
          Map.entry("india standard time", "Asia/Kolkata"),
          Map.entry("nepal standard time", "Asia/Kathmandu"),
          Map.entry("china standard time", "Asia/Shanghai"),
          Map.entry("singapore standard time", "Asia/Singapore"),
          Map.entry("tokyo standard time", "Asia/Tokyo"),
          Map.entry("korea standard time", "Asia/Seoul"),
          Map.entry("cen. australia standard time", "Australia/Adelaide"),
          Map.entry("aus eastern standard time", "Australia/Sydney"),
          Map.entry("e. australia standard time", "Australia/Brisbane"),
          Map.entry("w. australia standard time", "Australia/Perth"),
          Map.entry("new zealand standard time", "Pacific/Auckland"),
          Map.entry("chatham islands standard time", "Pacific/Chatham"),
          Map.entry("e. south america standard time", "America/Sao_Paulo"),
          Map.entry("pacific sa standard time", "America/Santiago"),
          Map.entry("morocco standard time", "Africa/Casablanca"),
          Map.entry("south africa standard time", "Africa/Johannesburg"),
          Map.entry("mexico standard time", "America/Mexico_City"),
          Map.entry("central standard time (mexico)", "America/Mexico_City"));

  /**
   * The legacy IANA ids that are links (tzdb's {@code backward} file) and the region each names.
   * Several regions share the rules of most of these links (Canada/Eastern's are also those of
   * America/Nassau), so rules alone cannot choose; the table does, and {@code WindowsZonesTest}
   * checks that each region has the same rules as its link in the running Java.
   */
  private static final Map<String, String> LINKS =
      Map.ofEntries(
          Map.entry("Canada/Atlantic", "America/Halifax"),
          Map.entry("Canada/Central", "America/Winnipeg"),
          Map.entry("Canada/Eastern", "America/Toronto"),
          Map.entry("Canada/Mountain", "America/Edmonton"),
          Map.entry("Canada/Newfoundland", "America/St_Johns"),
          Map.entry("Canada/Pacific", "America/Vancouver"),
          Map.entry("Canada/Saskatchewan", "America/Regina"),
          Map.entry("Canada/Yukon", "America/Whitehorse"),
          Map.entry("US/Alaska", "America/Anchorage"),
          Map.entry("US/Aleutian", "America/Adak"),
          Map.entry("US/Arizona", "America/Phoenix"),
          Map.entry("US/Central", "America/Chicago"),
          Map.entry("US/East-Indiana", "America/Indiana/Indianapolis"),
          Map.entry("US/Eastern", "America/New_York"),
          Map.entry("US/Hawaii", "Pacific/Honolulu"),
          Map.entry("US/Indiana-Starke", "America/Indiana/Knox"),
          Map.entry("US/Michigan", "America/Detroit"),
          Map.entry("US/Mountain", "America/Denver"),
          Map.entry("US/Pacific", "America/Los_Angeles"),
          Map.entry("US/Samoa", "Pacific/Pago_Pago"),
          Map.entry("Mexico/BajaNorte", "America/Tijuana"),
          Map.entry("Brazil/Acre", "America/Rio_Branco"),
          Map.entry("GB", "Europe/London"),
          Map.entry("GB-Eire", "Europe/London"),
          Map.entry("Israel", "Asia/Jerusalem"),
          Map.entry("NZ", "Pacific/Auckland"),
          Map.entry("Navajo", "America/Denver"),
          Map.entry("PRC", "Asia/Shanghai"),
          Map.entry("Singapore", "Asia/Singapore"),
          Map.entry("Turkey", "Europe/Istanbul"),
          Map.entry("Iceland", "Atlantic/Reykjavik"),
          Map.entry("MST7MDT", "America/Denver"),
          Map.entry("CET", "Europe/Brussels"),
          Map.entry("MET", "Europe/Brussels"));

  private WindowsZones() {}

  /**
   * Returns the regions that the Windows names give, in the order of their ids: the zones a
   * VTIMEZONE is matched to after Canada's.
   *
   * @return region ids
   */
  static java.util.SortedSet<String> windowsRegions() {
    return new java.util.TreeSet<>(WINDOWS.values());
  }

  /**
   * Returns the links of the table, for the test that checks them.
   *
   * @return link id to region id
   */
  static Map<String, String> links() {
    return LINKS;
  }

  /**
   * The region a legacy IANA id names: the table's, else the one region whose rules equal the
   * link's; a fixed offset for ids such as UTC or Etc/GMT+5; empty when none or several match.
   */
  private static Optional<ZoneId> link(String id) {
    ZoneId zone;
    try {
      zone = ZoneId.of(id);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    if (Checks.isRegionZone(zone)) {
      return Optional.of(zone);
    }
    String region = LINKS.get(zone.getId());
    if (region != null) {
      return Optional.of(ZoneId.of(region));
    }
    if (zone.getRules().isFixedOffset()) {
      return Optional.of(zone.getRules().getOffset(java.time.Instant.EPOCH));
    }
    return BY_RULES.computeIfAbsent(zone.getId(), key -> byRules(zone));
  }

  /** Links resolved by their rules; bounded by the ids Java knows, so it never grows further. */
  private static final Map<String, Optional<ZoneId>> BY_RULES = new java.util.concurrent.ConcurrentHashMap<>();

  private static Optional<ZoneId> byRules(ZoneId zone) {
    ZoneId found = null;
    for (String candidate : ZoneId.getAvailableZoneIds()) {
      ZoneId other = ZoneId.of(candidate);
      if (Checks.isRegionZone(other) && other.getRules().equals(zone.getRules())) {
        if (found != null) {
          return Optional.empty();
        }
        found = other;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Finds the zone a TZID means.
   *
   * @param tzid the TZID parameter value
   * @return an IANA region zone (a link id such as {@code Canada/Mountain} gives its region,
   *     {@code America/Edmonton}), a fixed offset for {@code UTC} or {@code Etc/GMT+5}, or empty
   *     when the TZID names none
   */
  public static Optional<ZoneId> zone(String tzid) {
    String id = tzid.strip();
    if (id.length() > 2 && id.startsWith("\"") && id.endsWith("\"")) {
      id = id.substring(1, id.length() - 1);
    }
    String windows = WINDOWS.get(id.toLowerCase(Locale.ROOT));
    if (windows != null) {
      return Optional.of(ZoneId.of(windows));
    }
    for (int slash = -1; ; slash = id.indexOf('/', slash + 1)) {
      String candidate = id.substring(slash + 1);
      if (candidate.indexOf('/') > 0 || slash < 0) {
        Optional<ZoneId> zone = link(candidate);
        if (zone.isPresent()) {
          return zone;
        }
      }
      if (id.indexOf('/', slash + 1) < 0) {
        return Optional.empty();
      }
    }
  }
}
