package ca.cma.wellness.sessions;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Canada's six time zones as people name them ("ET", "HE"), each with the IANA zone that stands
 * for it, and the table that turns a label typed by a person into a zone.
 *
 * <h2>Reading labels</h2>
 *
 * {@link #fromLabel(String)} is the only place a label becomes a zone, so that "ET" never reaches
 * a calendar as a zone id. It reads, ignoring case and periods:
 *
 * <table>
 *   <caption>Labels and zones</caption>
 *   <tr><th>Zone</th><th>English</th><th>French</th><th>IANA zone</th></tr>
 *   <tr><td>Pacific</td><td>PT PST PDT</td><td>HP HNP HAP</td><td>America/Vancouver</td></tr>
 *   <tr><td>Mountain</td><td>MT MST MDT</td><td>HR HNR HAR</td><td>America/Edmonton</td></tr>
 *   <tr><td>Central</td><td>CT CST CDT</td><td>HC HNC HAC</td><td>America/Winnipeg</td></tr>
 *   <tr><td>Eastern</td><td>ET EST EDT</td><td>HE HNE HAE</td><td>America/Toronto</td></tr>
 *   <tr><td>Atlantic</td><td>AT AST ADT</td><td>HA HNA HAA</td><td>America/Halifax</td></tr>
 *   <tr><td>Newfoundland</td><td>NT NST NDT</td><td>HT HNT HAT</td><td>America/St_Johns</td></tr>
 * </table>
 *
 * <p>"CST" means Central, not China Standard Time, and "IST" or "BST" are not read at all: the
 * table holds Canadian labels only.
 */
public enum CanadianTimeZone {
  /** Pacific time, as in Vancouver. */
  PACIFIC('P', 'P', "America/Vancouver"),
  /** Mountain time, as in Edmonton; "heure des Rocheuses" in French. */
  MOUNTAIN('M', 'R', "America/Edmonton"),
  /** Central time, as in Winnipeg. */
  CENTRAL('C', 'C', "America/Winnipeg"),
  /** Eastern time, as in Toronto and Montreal. */
  EASTERN('E', 'E', "America/Toronto"),
  /** Atlantic time, as in Halifax. */
  ATLANTIC('A', 'A', "America/Halifax"),
  /** Newfoundland time, as in St. John's; "heure de Terre-Neuve" in French. */
  NEWFOUNDLAND('N', 'T', "America/St_Johns");

  /**
   * Every IANA region id for a place in Canada, including the ones that tzdb now links to another
   * zone (such as {@code America/Montreal} or {@code America/Atikokan}).
   */
  private static final Set<String> CANADIAN_IDS =
      Set.of(
          "America/St_Johns",
          "America/Halifax",
          "America/Glace_Bay",
          "America/Moncton",
          "America/Goose_Bay",
          "America/Blanc-Sablon",
          "America/Toronto",
          "America/Montreal",
          "America/Nipigon",
          "America/Thunder_Bay",
          "America/Iqaluit",
          "America/Pangnirtung",
          "America/Atikokan",
          "America/Winnipeg",
          "America/Rainy_River",
          "America/Resolute",
          "America/Rankin_Inlet",
          "America/Regina",
          "America/Swift_Current",
          "America/Edmonton",
          "America/Cambridge_Bay",
          "America/Yellowknife",
          "America/Inuvik",
          "America/Creston",
          "America/Dawson_Creek",
          "America/Fort_Nelson",
          "America/Whitehorse",
          "America/Dawson",
          "America/Vancouver");

  private final char englishLetter;
  private final char frenchLetter;
  private final ZoneId zone;

  CanadianTimeZone(char englishLetter, char frenchLetter, String zone) {
    this.englishLetter = englishLetter;
    this.frenchLetter = frenchLetter;
    this.zone = ZoneId.of(zone);
  }

  /**
   * Returns the IANA zone that stands for this time zone.
   *
   * @return such as {@code America/Toronto} for {@link #EASTERN}
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the label that covers standard and daylight time alike.
   *
   * @param language the language of the label
   * @return such as {@code "ET"} in English or {@code "HE"} in French
   */
  public String genericLabel(Language language) {
    return language == Language.FRENCH ? "H" + frenchLetter : englishLetter + "T";
  }

  /**
   * Returns the label of standard or daylight time in particular.
   *
   * @param language the language of the label
   * @param daylight whether daylight-saving time is meant
   * @return such as {@code "EST"} or {@code "EDT"} in English, {@code "HNE"} or {@code "HAE"} in
   *     French
   */
  public String specificLabel(Language language, boolean daylight) {
    return language == Language.FRENCH
        ? (daylight ? "HA" : "HN") + frenchLetter
        : englishLetter + (daylight ? "DT" : "ST");
  }

  /**
   * Reads a Canadian time-zone label, using the table in the class description.
   *
   * @param label such as {@code "ET"}, {@code "e.t."}, {@code "HNE"}
   * @return the time zone, or empty for anything else
   */
  public static Optional<CanadianTimeZone> fromLabel(String label) {
    Objects.requireNonNull(label, "label");
    String wanted = label.strip().replace(".", "").toUpperCase(Locale.ROOT);
    for (CanadianTimeZone candidate : values()) {
      for (Language language : Language.values()) {
        if (wanted.equals(candidate.genericLabel(language))
            || wanted.equals(candidate.specificLabel(language, false))
            || wanted.equals(candidate.specificLabel(language, true))) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether a zone is a place in Canada.
   *
   * @param zone any zone
   * @return whether it is one of {@link #canadianZoneIds()}
   */
  public static boolean isCanadian(ZoneId zone) {
    return CANADIAN_IDS.contains(Objects.requireNonNull(zone, "zone").getId());
  }

  /**
   * Returns every IANA region id for a place in Canada, sorted.
   *
   * @return ids such as {@code America/Regina} and {@code America/St_Johns}
   */
  public static List<ZoneId> canadianZoneIds() {
    return Sorted.IDS;
  }

  /** The sorted list, built on first use (an enum's own constants cannot see its statics). */
  private static final class Sorted {
    static final List<ZoneId> IDS =
        CANADIAN_IDS.stream().sorted().map(ZoneId::of).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the Canadian time zone a place keeps at an instant: the one whose standard offset
   * equals the place's. Regina, on Central Standard Time all year, is {@link #CENTRAL}; Whitehorse
   * is {@link #PACIFIC} before its 2020 change and {@link #MOUNTAIN} after.
   *
   * @param zone a zone
   * @param at the instant
   * @return the time zone, or empty when {@code zone} is not in Canada
   */
  public static Optional<CanadianTimeZone> of(ZoneId zone, Instant at) {
    Objects.requireNonNull(at, "at");
    if (!isCanadian(zone)) {
      return Optional.empty();
    }
    // A plain loop: this runs for every time label written, and streams cost a cold start.
    ZoneOffset standard = zone.getRules().getStandardOffset(at);
    for (CanadianTimeZone candidate : values()) {
      if (candidate.zone.getRules().getStandardOffset(at).equals(standard)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
