package ca.cma.wellness.sessions;

import ca.cma.wellness.sessions.internal.Checks;
import java.util.Locale;
import java.util.Objects;

/**
 * An e-mail address, compared the way people expect: surrounding white space is removed and case
 * does not matter ({@code " Ana@Example.CA "} equals {@code "ana@example.ca"}).
 *
 * <p>The rule is deliberately practical, not the full RFC 5322 grammar: a local part of 1 to 64
 * characters without spaces, quotes, angle brackets or control characters, no leading, trailing or
 * doubled dot; one {@code @}; a domain of at least two dot-separated labels of letters, digits and
 * hyphens (letters may be non-ASCII), at most 254 characters in all. Quoted local parts and IP
 * literals are refused: no mail system of the program uses them, and they are a common vector for
 * header injection.
 *
 * <p>Immutable and thread-safe.
 */
public final class EmailAddress {
  private static final int MAX_LENGTH = 254;
  private static final int MAX_LOCAL_LENGTH = 64;
  private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~.-";

  private final String address;
  private final String canonical;

  private EmailAddress(String address) {
    this.address = address;
    this.canonical = address.toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the address, trimmed of surrounding white space.
   *
   * @param address the address as typed, such as {@code "daniela.isfan@example.ca"}
   * @return the address
   * @throws SessionValidationException with path {@code email} if it is not an address
   */
  public static EmailAddress of(String address) {
    return of("email", address);
  }

  /**
   * Returns the address, reporting a problem under the given path.
   *
   * @param path the field that holds the address, such as {@code "organizerEmail"}
   * @param address the address as typed
   * @return the address
   * @throws SessionValidationException with the given path if it is not an address
   */
  public static EmailAddress of(String path, String address) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(address, "address");
    String trimmed = address.strip();
    String problem = problem(trimmed);
    if (problem != null) {
      throw new SessionValidationException(
          path, "is not an e-mail address: " + problem + " (was " + Checks.quote(address) + ")");
    }
    return new EmailAddress(trimmed);
  }

  private static String problem(String address) {
    if (address.isEmpty()) {
      return "it is empty";
    }
    if (address.length() > MAX_LENGTH) {
      return "it is longer than " + MAX_LENGTH + " characters";
    }
    int at = address.indexOf('@');
    if (at < 0 || at != address.lastIndexOf('@')) {
      return "it needs exactly one @";
    }
    String local = address.substring(0, at);
    String domain = address.substring(at + 1);
    if (local.isEmpty() || local.length() > MAX_LOCAL_LENGTH) {
      return "the part before @ needs 1 to " + MAX_LOCAL_LENGTH + " characters";
    }
    if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
      return "the part before @ has a misplaced dot";
    }
    for (int i = 0; i < local.length(); i++) {
      char c = local.charAt(i);
      if (!(Character.isLetterOrDigit(c) || LOCAL_SPECIALS.indexOf(c) >= 0)) {
        return "the part before @ contains " + describe(c);
      }
    }
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return "the domain needs a dot";
    }
    for (String label : labels) {
      if (label.isEmpty() || label.startsWith("-") || label.endsWith("-") || label.length() > 63) {
        return "the domain has an empty or malformed label";
      }
      for (int i = 0; i < label.length(); i++) {
        char c = label.charAt(i);
        if (!(Character.isLetterOrDigit(c) || c == '-')) {
          return "the domain contains " + describe(c);
        }
      }
    }
    String top = labels[labels.length - 1];
    if (top.length() < 2 || !top.chars().allMatch(Character::isLetter) && !top.startsWith("xn--")) {
      return "the top-level domain must be letters";
    }
    return null;
  }

  private static String describe(char c) {
    return Character.isISOControl(c) || Character.isWhitespace(c)
        ? String.format(Locale.ROOT, "U+%04X", (int) c)
        : "'" + c + "'";
  }

  /**
   * Returns the address as given, without surrounding white space.
   *
   * @return the address, such as {@code "Ana@Example.CA"}
   */
  public String address() {
    return address;
  }

  /**
   * Returns the form that identifies the mailbox: lower case, so that two spellings of one
   * address compare equal.
   *
   * @return the address in lower case
   */
  public String canonical() {
    return canonical;
  }

  /**
   * Returns the domain, after the {@code @}.
   *
   * @return the domain as given
   */
  public String domain() {
    return address.substring(address.indexOf('@') + 1);
  }

  /**
   * Tells whether two addresses name the same mailbox, ignoring case.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an address with the same {@link #canonical()} form
   */
  /**
   * Returns the address as a {@code mailto:} URI (RFC 6068): letters, digits and {@code
   * -._~!$'()*+@} as they are, every other octet of its UTF-8 percent-encoded, so that {@code
   * a|b@example.org} is {@code mailto:a%7Cb@example.org} and {@code a%41b@example.org} is {@code
   * mailto:a%2541b@example.org}. Decoding the URI gives the address back.
   *
   * @return such as {@code mailto:morgan.kelly@example.org}
   */
  public String toMailto() {
    StringBuilder uri = new StringBuilder("mailto:");
    for (byte b : address.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int octet = b & 0xff;
      if (octet >= 'a' && octet <= 'z' || octet >= 'A' && octet <= 'Z' || octet >= '0' && octet <= '9'
          || "-._~!$'()*+@".indexOf(octet) >= 0) {
        uri.append((char) octet);
      } else {
        uri.append('%').append(Character.toUpperCase(Character.forDigit(octet >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(octet & 0xf, 16)));
      }
    }
    return uri.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EmailAddress && canonical.equals(((EmailAddress) other).canonical);
  }

  /**
   * Returns a hash of the {@link #canonical()} form.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return canonical.hashCode();
  }

  /**
   * Returns the address as given.
   *
   * @return {@link #address()}
   */
  @Override
  public String toString() {
    return address;
  }
}
