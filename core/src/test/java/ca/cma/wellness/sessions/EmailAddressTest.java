package ca.cma.wellness.sessions;

import static ca.cma.wellness.sessions.testing.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Pins which addresses are refused and the reason each refusal names. */
class EmailAddressTest {

  private static void refused(String address, String reason) {
    String message = assertRefused("email", () -> EmailAddress.of(address)).getMessage();
    assertTrue(message.contains(reason), () -> address + ": " + message);
  }

  @Test
  void of_validAddresses_areKeptAsTyped() {
    assertEquals("Ana@Example.CA", EmailAddress.of("  Ana@Example.CA ").address());
    assertEquals("a!#$%&'*+/=?^_`{|}~.-b@x-y.example.org", EmailAddress.of("a!#$%&'*+/=?^_`{|}~.-b@x-y.example.org").address());
    assertEquals("é@exämple.ca", EmailAddress.of("é@exämple.ca").address());
    assertEquals("a@xn--bcher-kva.xn--p1ai", EmailAddress.of("a@xn--bcher-kva.xn--p1ai").address());
    assertEquals("a".repeat(64) + "@example.ca", EmailAddress.of("a".repeat(64) + "@example.ca").address());
    String longest = "a@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + "." + "e".repeat(57) + ".ca";
    assertEquals(254, longest.length());
    assertEquals(longest, EmailAddress.of(longest).address());
    assertEquals("a@" + "b".repeat(63) + ".ca", EmailAddress.of("a@" + "b".repeat(63) + ".ca").address());
  }

  @Test
  void of_eachProblem_isNamed() {
    refused("   ", "it is empty");
    refused("a@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + "." + "e".repeat(58) + ".ca",
        "it is longer than 254 characters");
    refused("example.ca", "it needs exactly one @");
    refused("a@b@example.ca", "it needs exactly one @");
    refused("@example.ca", "the part before @ needs 1 to 64 characters");
    refused("a".repeat(65) + "@example.ca", "the part before @ needs 1 to 64 characters");
    refused(".a@example.ca", "misplaced dot");
    refused("a.@example.ca", "misplaced dot");
    refused("a..b@example.ca", "misplaced dot");
    refused("a b@example.ca", "the part before @ contains U+0020");
    refused("a\u0001b@example.ca", "the part before @ contains U+0001");
    refused("a\"b@example.ca", "the part before @ contains '\"'");
    refused("a@example", "the domain needs a dot");
    refused("a@example..ca", "empty or malformed label");
    refused("a@-example.ca", "empty or malformed label");
    refused("a@example-.ca", "empty or malformed label");
    refused("a@" + "b".repeat(64) + ".ca", "empty or malformed label");
    refused("a@exa_mple.ca", "the domain contains '_'");
    refused("a@exa mple.ca", "the domain contains U+0020");
    refused("a@example.c", "the top-level domain must be letters");
    refused("a@example.c4", "the top-level domain must be letters");
  }
}
