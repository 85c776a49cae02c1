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

  private WindowsZones() {}

  /**
   * Finds the zone a TZID means.
   *
   * @param tzid the TZID parameter value
   * @return an IANA region zone, or empty when the TZID names none
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
      if (candidate.indexOf('/') > 0) {
        try {
          ZoneId zone = ZoneId.of(candidate);
          if (Checks.isRegionZone(zone)) {
            return Optional.of(zone);
          }
        } catch (DateTimeException e) {
          // try the next suffix
        }
      }
      if (id.indexOf('/', slash + 1) < 0) {
        return Optional.empty();
      }
    }
  }
}
