package ca.cma.wellness.sessions;

import ca.cma.wellness.sessions.internal.Checks;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A place a physician in distress can call: a crisis line or a physician health program, with its
 * name in English and French, a phone number, a web page, its hours and the provinces and
 * territories it serves. A resource that serves no province in particular is national.
 *
 * <p>The library knows no real resource and hard-codes no phone number: the host supplies them,
 * and {@link Program#supportResources()} holds them. The numbers in this Javadoc and in the test
 * fixtures are fictional (the 555-01xx range) and their pages are on {@code example.org}.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}:
 *
 * <pre>{@code
 * SupportResource nlPhp = SupportResource.builder()
 *     .englishName("Physician Health Program of Newfoundland and Labrador (sample)")
 *     .frenchName("Programme de santé des médecins de Terre-Neuve-et-Labrador (exemple)")
 *     .phone(URI.create("tel:+1-800-555-0113"))
 *     .page(URI.create("https://php-nl.example.org/"))
 *     .englishHours("Mon.–Fri., 8:30 am to 4:30 pm NT")
 *     .frenchHours("lun. au ven., 8 h 30 à 16 h 30 HT")
 *     .addProvince(Province.NEWFOUNDLAND_AND_LABRADOR)
 *     .build();
 * SupportResource national = SupportResource.builder()
 *     .englishName("Physician support line (sample)")
 *     .frenchName("Ligne de soutien aux médecins (exemple)")
 *     .phone(URI.create("tel:+1-800-555-0100"))
 *     .page(URI.create("https://support.example.org/"))
 *     .alwaysOpen(true)
 *     .build();   // no province: national
 * }</pre>
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class SupportResource {
  SupportResource() {}

  /**
   * Returns a builder; {@code englishName}, {@code frenchName}, {@code phone} and {@code page} are
   * required, and either both hours or {@code alwaysOpen(true)}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the name in English.
   *
   * @return such as {@code "Physician Health Program of Nova Scotia"}
   */
  public abstract String englishName();

  /**
   * Returns the name in French.
   *
   * @return such as {@code "Programme de santé des médecins de la Nouvelle-Écosse"}
   */
  public abstract String frenchName();

  /**
   * Returns the name in a language.
   *
   * @param language the reader's language
   * @return {@link #englishName()} or {@link #frenchName()}
   */
  public final String name(Language language) {
    return Objects.requireNonNull(language, "language") == Language.FRENCH ? frenchName() : englishName();
  }

  /**
   * Returns the phone number as an RFC 3966 {@code tel:} URI of a global North American number,
   * as given.
   *
   * @return such as {@code tel:+1-800-555-0100}
   */
  public abstract URI phone();

  /**
   * Returns the resource's web page.
   *
   * @return an absolute https URL
   */
  public abstract URI page();

  /**
   * Tells whether the resource answers at every hour of every day, in which case it has no hours.
   *
   * @return {@code false} unless set
   */
  @Value.Default
  public boolean alwaysOpen() {
    return false;
  }

  /**
   * Returns when the resource answers, in English, unless it is {@link #alwaysOpen()}.
   *
   * @return such as {@code "Mon.–Fri., 8:30 am to 4:30 pm NT"}, or empty when always open
   */
  public abstract Optional<String> englishHours();

  /**
   * Returns when the resource answers, in French, unless it is {@link #alwaysOpen()}.
   *
   * @return such as {@code "lun. au ven., 8 h 30 à 16 h 30 HT"}, or empty when always open
   */
  public abstract Optional<String> frenchHours();

  /**
   * Returns the hours in a language.
   *
   * @param language the reader's language
   * @return {@link #englishHours()} or {@link #frenchHours()}: empty when always open
   */
  public final Optional<String> hours(Language language) {
    return Objects.requireNonNull(language, "language") == Language.FRENCH ? frenchHours() : englishHours();
  }

  /**
   * Returns the provinces and territories the resource serves.
   *
   * @return the provinces; empty for a national resource
   */
  public abstract Set<Province> provinces();

  /**
   * Tells whether the resource serves all of Canada rather than some provinces or territories.
   *
   * @return whether {@link #provinces()} is empty
   */
  public final boolean isNational() {
    return provinces().isEmpty();
  }

  /**
   * Tells whether the resource serves the people of a province or territory: a national resource
   * serves every one.
   *
   * @param province the province or territory
   * @return whether the resource is national or lists it
   */
  public final boolean serves(Province province) {
    Objects.requireNonNull(province, "province");
    return isNational() || provinces().contains(province);
  }

  /**
   * Returns the phone number the way people in Canada write it.
   *
   * @return such as {@code "1-800-555-0100"}
   */
  public final String phoneText() {
    String digits = digits();
    return digits.charAt(0) + "-" + digits.substring(1, 4) + "-" + digits.substring(4, 7) + "-" + digits.substring(7);
  }

  /**
   * Returns the phone number as a {@code tel:} URI written one way whatever its given separators,
   * so that every output links the same number the same way.
   *
   * @return such as {@code tel:+1-800-555-0100}
   */
  public final URI telUri() {
    return URI.create("tel:+" + phoneText());
  }

  /** The eleven digits of the number, from 1: {@link #check()} has accepted it. */
  private String digits() {
    String number = phone().getSchemeSpecificPart();
    StringBuilder digits = new StringBuilder(11);
    for (int i = 1; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    return digits.toString();
  }

  /**
   * Describes the resource by its English name, number and provinces.
   *
   * @return such as {@code SupportResource{Physician support line (sample), tel:+1-800-555-0100,
   *     national}}
   */
  @Override
  public String toString() {
    return "SupportResource{"
        + englishName()
        + ", "
        + phone()
        + ", "
        + (isNational() ? "national" : provinces().stream().map(Province::code).sorted().toList())
        + "}";
  }

  @Value.Check
  void check() {
    line("englishName", englishName());
    line("frenchName", frenchName());
    checkPhone("phone", phone());
    Checks.httpsUrl("page", page());
    if (alwaysOpen()) {
      englishHours().ifPresent(hours -> alwaysOpenWithHours("englishHours", hours));
      frenchHours().ifPresent(hours -> alwaysOpenWithHours("frenchHours", hours));
    } else {
      if (englishHours().isEmpty() && frenchHours().isEmpty()) {
        throw new SessionValidationException(
            "englishHours", "a resource needs its hours in English and French, or alwaysOpen(true)");
      }
      hours("englishHours", englishHours());
      hours("frenchHours", frenchHours());
    }
  }

  /**
   * Accepts non-blank text of at most {@link Checks#MAX_TITLE_LENGTH} characters, as a moderator's
   * name; a message writes each resource on a line of its own, with line breaks as spaces.
   */
  private static void line(String path, String value) {
    Checks.maxLength(path, Checks.nonBlankText(path, value), Checks.MAX_TITLE_LENGTH);
  }

  private static void hours(String path, Optional<String> hours) {
    if (hours.isEmpty()) {
      throw new SessionValidationException(
          path, "a resource that is not always open needs its hours in English and French");
    }
    line(path, hours.get());
  }

  private static void alwaysOpenWithHours(String path, String hours) {
    throw new SessionValidationException(
        path, "a resource that is always open has no hours (was " + Checks.quote(hours) + ")");
  }

  /**
   * Accepts an RFC 3966 global number of the North American plan: {@code tel:+1} then ten digits,
   * with the visual separators {@code - . ( )} anywhere, an area code and an exchange that do not
   * start with 0 or 1, and no parameter.
   */
  static void checkPhone(String path, URI phone) {
    String problem = phoneProblem(phone);
    if (problem != null) {
      throw new SessionValidationException(
          path,
          "must be a tel: URI of a global North American number such as tel:+1-800-555-0100: "
              + problem
              + " (was "
              + Checks.quote(phone.toString())
              + ")");
    }
  }

  private static String phoneProblem(URI phone) {
    String scheme = phone.getScheme();
    if (scheme == null || !scheme.toLowerCase(Locale.ROOT).equals("tel")) {
      return "the scheme is not tel";
    }
    String number = phone.getRawSchemeSpecificPart();
    if (number == null || number.isEmpty() || phone.getRawFragment() != null) {
      return "there is no number, or a fragment";
    }
    if (number.indexOf(';') >= 0) {
      return "parameters such as ;ext= or ;phone-context= are not supported";
    }
    if (number.charAt(0) != '+') {
      return "a local number; write it as a global number, starting with +1";
    }
    StringBuilder digits = new StringBuilder(11);
    for (int i = 1; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if ("-.()".indexOf(c) < 0) {
        return "'" + c + "' is neither a digit nor a visual separator (- . ( ))";
      }
    }
    if (digits.length() != 11 || digits.charAt(0) != '1') {
      return "it needs +1 and ten digits (has " + digits.length() + " digits)";
    }
    if (digits.charAt(1) < '2' || digits.charAt(4) < '2') {
      return "an area code or exchange cannot start with 0 or 1";
    }
    return null;
  }

  /** Builds a {@link SupportResource}; each attribute may be set once. */
  public static final class Builder extends ImmutableSupportResource.Builder {
    Builder() {}
  }
}
