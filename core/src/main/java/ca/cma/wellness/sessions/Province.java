package ca.cma.wellness.sessions;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Canada's provinces and territories, with their postal codes, names in both official languages,
 * and the time zone most of their people live in.
 *
 * <p>A province's {@link #defaultTimeZone()} is only a default: British Columbia, Quebec, Ontario,
 * Nunavut and Newfoundland and Labrador each span more than one zone, so a {@link Registrant} may
 * name their own.
 */
public enum Province {
  /** Alberta. */
  ALBERTA("AB", "Alberta", "Alberta", "America/Edmonton"),
  /** British Columbia. */
  BRITISH_COLUMBIA("BC", "British Columbia", "Colombie-Britannique", "America/Vancouver"),
  /** Manitoba. */
  MANITOBA("MB", "Manitoba", "Manitoba", "America/Winnipeg"),
  /** New Brunswick. */
  NEW_BRUNSWICK("NB", "New Brunswick", "Nouveau-Brunswick", "America/Moncton"),
  /** Newfoundland and Labrador. */
  NEWFOUNDLAND_AND_LABRADOR(
      "NL", "Newfoundland and Labrador", "Terre-Neuve-et-Labrador", "America/St_Johns"),
  /** Nova Scotia. */
  NOVA_SCOTIA("NS", "Nova Scotia", "Nouvelle-Écosse", "America/Halifax"),
  /** Northwest Territories. */
  NORTHWEST_TERRITORIES(
      "NT", "Northwest Territories", "Territoires du Nord-Ouest", "America/Edmonton"),
  /** Nunavut. */
  NUNAVUT("NU", "Nunavut", "Nunavut", "America/Iqaluit"),
  /** Ontario. */
  ONTARIO("ON", "Ontario", "Ontario", "America/Toronto"),
  /** Prince Edward Island. */
  PRINCE_EDWARD_ISLAND("PE", "Prince Edward Island", "Île-du-Prince-Édouard", "America/Halifax"),
  /** Quebec. */
  QUEBEC("QC", "Quebec", "Québec", "America/Toronto"),
  /** Saskatchewan, which keeps Central Standard Time all year. */
  SASKATCHEWAN("SK", "Saskatchewan", "Saskatchewan", "America/Regina"),
  /** Yukon, which keeps UTC-7 all year. */
  YUKON("YT", "Yukon", "Yukon", "America/Whitehorse");

  private final String code;
  private final String englishName;
  private final String frenchName;
  private final ZoneId defaultZone;

  Province(String code, String englishName, String frenchName, String defaultZone) {
    this.code = code;
    this.englishName = englishName;
    this.frenchName = frenchName;
    this.defaultZone = ZoneId.of(defaultZone);
  }

  /**
   * Returns the two-letter postal abbreviation.
   *
   * @return such as {@code "NL"}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the name in the given language.
   *
   * @param language the language
   * @return such as {@code "Newfoundland and Labrador"} or {@code "Terre-Neuve-et-Labrador"}
   */
  public String displayName(Language language) {
    return language == Language.FRENCH ? frenchName : englishName;
  }

  /**
   * Returns the zone most of the province's people live in.
   *
   * @return an IANA region id, such as {@code America/St_Johns} for Newfoundland and Labrador
   */
  public ZoneId defaultTimeZone() {
    return defaultZone;
  }

  /**
   * Finds a province by its postal abbreviation, ignoring case and surrounding white space.
   *
   * @param code such as {@code "sk"}
   * @return the province, or empty when no province has that code
   */
  public static Optional<Province> fromCode(String code) {
    Objects.requireNonNull(code, "code");
    String wanted = code.strip().toUpperCase(Locale.ROOT);
    for (Province province : values()) {
      if (province.code.equals(wanted)) {
        return Optional.of(province);
      }
    }
    return Optional.empty();
  }
}
