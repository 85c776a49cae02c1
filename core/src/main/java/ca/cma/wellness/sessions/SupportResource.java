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
   * Returns the phone number as an RFC 3966 {@code tel:} URI, as given: a global North American
   * number, possibly with an extension, or one of Canada's three-digit codes as a local number in
   * the {@code +1} context.
   *
   * @return such as {@code tel:+1-800-555-0100}, {@code tel:+1-800-555-0100;ext=12} or {@code
   *     tel:988;phone-context=+1}
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
   * Returns the phone number the way people in Canada write it, in English.
   *
   * @return such as {@code "1-800-555-0100"}, {@code "1-800-555-0100 ext. 12"} or {@code "9-8-8"}
   */
  public final String phoneText() {
    return phoneText(Language.ENGLISH);
  }

  /**
   * Returns the phone number the way people in Canada write it, in a language: a three-digit code
   * digit by digit ({@code "9-8-8"}), a number as {@code "1-800-555-0100"}, and an extension after
   * it as {@code " ext. 12"} in English and {@code ", poste 12"} in French.
   *
   * @param language the reader's language
   * @return such as {@code "1-800-555-0100, poste 12"}
   */
  public final String phoneText(Language language) {
    Objects.requireNonNull(language, "language");
    PhoneNumber number = PhoneNumber.parse(phone());
    String digits = number.digits;
    if (number.local) {
      return digits.charAt(0) + "-" + digits.charAt(1) + "-" + digits.charAt(2);
    }
    String text =
        digits.charAt(0) + "-" + digits.substring(1, 4) + "-" + digits.substring(4, 7) + "-" + digits.substring(7);
    if (number.extension.isEmpty()) {
      return text;
    }
    return text + (language == Language.FRENCH ? ", poste " : " ext. ") + number.extension;
  }

  /**
   * Returns the phone number as a {@code tel:} URI written one way whatever its given separators
   * and the case of its parameter names, so that every output links the same number the same way.
   *
   * @return such as {@code tel:+1-800-555-0100}, {@code tel:+1-800-555-0100;ext=12} or {@code
   *     tel:988;phone-context=+1}
   */
  public final URI telUri() {
    PhoneNumber number = PhoneNumber.parse(phone());
    String digits = number.digits;
    if (number.local) {
      return URI.create("tel:" + digits + ";phone-context=+1");
    }
    return URI.create(
        "tel:+"
            + digits.charAt(0)
            + "-"
            + digits.substring(1, 4)
            + "-"
            + digits.substring(4, 7)
            + "-"
            + digits.substring(7)
            + (number.extension.isEmpty() ? "" : ";ext=" + number.extension));
  }

  /**
   * Tells whether the number is one of Canada's three-digit codes (2-1-1 to 9-1-1, 9-8-8), dialled
   * as is anywhere in North America, rather than a ten-digit number.
   *
   * @return whether {@link #phone()} is a local number in the {@code +1} context
   */
  public final boolean isThreeDigitCode() {
    return PhoneNumber.parse(phone()).local;
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

  /** Accepts what {@link PhoneNumber} reads, and refuses the rest naming the rule and the value. */
  static void checkPhone(String path, URI phone) {
    String problem = PhoneNumber.problem(phone);
    if (problem != null) {
      throw new SessionValidationException(
          path,
          "must be a tel: URI of a North American number such as tel:+1-800-555-0100 (with an"
              + " extension: tel:+1-800-555-0100;ext=12) or of a Canadian three-digit code such as"
              + " tel:988;phone-context=+1: "
              + problem
              + " (was "
              + Checks.quote(phone.toString())
              + ")");
    }
  }

  /**
   * A phone number this class accepts (RFC 3966): a global number, {@code +1} and ten digits whose
   * area code and exchange do not start with 0 or 1, with the visual separators {@code - . ( )}
   * anywhere and an optional {@code ;ext=} of 1 to {@value #MAX_EXTENSION} digits (separators
   * allowed); or a local number that is one of {@link #THREE_DIGIT_CODES}, with {@code
   * ;phone-context=+1} and no extension. Parameter names are read without regard to case (RFC 3966
   * §3); no other parameter, no repeated one, no fragment.
   */
  private static final class PhoneNumber {
    /** Canada's three-digit dialling codes: the N11 services and the 9-8-8 suicide crisis line. */
    static final Set<String> THREE_DIGIT_CODES =
        Set.of("211", "311", "411", "511", "611", "711", "811", "911", "988");

    /** The most digits an extension has. */
    static final int MAX_EXTENSION = 10;

    final String digits;
    final boolean local;
    final String extension;

    private PhoneNumber(String digits, boolean local, String extension) {
      this.digits = digits;
      this.local = local;
      this.extension = extension;
    }

    /** Reads a number {@link SupportResource#check()} has accepted. */
    static PhoneNumber parse(URI phone) {
      Object read = read(phone);
      if (read instanceof String) {
        throw new IllegalStateException((String) read);
      }
      return (PhoneNumber) read;
    }

    /** Returns why a number is refused, or null when it is accepted. */
    static String problem(URI phone) {
      Object read = read(phone);
      return read instanceof String ? (String) read : null;
    }

    /** Returns the number, or the problem as a String. */
    private static Object read(URI phone) {
      String scheme = phone.getScheme();
      if (scheme == null || !scheme.toLowerCase(Locale.ROOT).equals("tel")) {
        return "the scheme is not tel";
      }
      String text = phone.getRawSchemeSpecificPart();
      if (text == null || text.isEmpty() || phone.getRawFragment() != null) {
        return "there is no number, or a fragment";
      }
      String[] parts = text.split(";", -1);
      String number = parts[0];
      String extension = null;
      String context = null;
      for (int i = 1; i < parts.length; i++) {
        String parameter = parts[i];
        int equals = parameter.indexOf('=');
        String name = (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
        String value = equals < 0 ? null : parameter.substring(equals + 1);
        if (name.equals("ext") && value != null) {
          if (extension != null) {
            return "';ext=' is given twice";
          }
          extension = value;
        } else if (name.equals("phone-context") && value != null) {
          if (context != null) {
            return "';phone-context=' is given twice";
          }
          context = value;
        } else {
          return "the parameter " + Checks.quote(";" + parameter)
              + " is not supported (only ;ext= and ;phone-context=)";
        }
      }
      if (number.isEmpty()) {
        return "there is no number before the parameters";
      }
      if (number.charAt(0) == '+') {
        return global(number.substring(1), extension, context);
      }
      String digits = digits(number);
      if (digits.startsWith("'")) {
        return digits;
      }
      if (!THREE_DIGIT_CODES.contains(digits)) {
        return "a local number; write it as a global number, starting with +1 (only Canada's"
            + " three-digit codes, 2-1-1 to 9-1-1 and 9-8-8, are local numbers)";
      }
      if (context == null) {
        return "a three-digit code needs ;phone-context=+1 (RFC 3966 §5.1.5)";
      }
      if (!context.equals("+1")) {
        return "a three-digit code is in the context +1, North America (was ;phone-context="
            + context + ")";
      }
      if (extension != null) {
        return "a three-digit code has no extension";
      }
      return new PhoneNumber(digits, true, "");
    }

    private static Object global(String number, String extension, String context) {
      if (context != null) {
        return "a global number (starting with +) has no ;phone-context=";
      }
      String digits = digits(number);
      if (digits.startsWith("'")) {
        return digits;
      }
      if (digits.length() != 11 || digits.charAt(0) != '1') {
        return "it needs +1 and ten digits (has " + digits.length() + " digits)";
      }
      if (digits.charAt(1) < '2' || digits.charAt(4) < '2') {
        return "an area code or exchange cannot start with 0 or 1";
      }
      if (extension == null) {
        return new PhoneNumber(digits, false, "");
      }
      String ext = digits(extension);
      if (ext.startsWith("'")) {
        return "the extension: " + ext;
      }
      if (ext.isEmpty() || ext.length() > MAX_EXTENSION) {
        return "an extension has 1 to " + MAX_EXTENSION + " digits (has " + ext.length() + ")";
      }
      return new PhoneNumber(digits, false, ext);
    }

    /**
     * Returns the digits of a number written with visual separators, or the problem, which starts
     * with a quote.
     */
    private static String digits(String written) {
      StringBuilder digits = new StringBuilder(11);
      for (int i = 0; i < written.length(); i++) {
        char c = written.charAt(i);
        if (c >= '0' && c <= '9') {
          digits.append(c);
        } else if ("-.()".indexOf(c) < 0) {
          return "'" + c + "' is neither a digit nor a visual separator (- . ( ))";
        }
      }
      return digits.toString();
    }
  }

  /** Builds a {@link SupportResource}; each attribute may be set once. */
  public static final class Builder extends ImmutableSupportResource.Builder {
    Builder() {}
  }
}
