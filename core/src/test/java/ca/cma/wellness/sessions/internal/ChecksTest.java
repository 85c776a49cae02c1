package ca.cma.wellness.sessions.internal;

import static ca.cma.wellness.sessions.testing.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Pins the shared field rules and how an error message shows the offending value. */
class ChecksTest {

  @Test
  void acceptedValues_areReturnedAsGiven() {
    String text = "Peer support 😀\tand\r\nmore";
    assertSame(text, Checks.text("title", text));
    URI url = URI.create("https://wellness.example.org/sessions/1");
    assertSame(url, Checks.httpsUrl("registrationUrl", url));
    ZoneId toronto = ZoneId.of("America/Toronto");
    assertSame(toronto, Checks.regionZone("zone", toronto));
    assertEquals(toronto, Checks.regionZone("zone", "America/Toronto"));
    assertEquals(5, Checks.atLeast("capacity", 5, 1));
    assertEquals(0, Checks.atLeast("capacity", 0, 0));
  }

  @Test
  void quote_plainText_isInDoubleQuotes() {
    assertEquals("\"Imposter syndrome\"", Checks.quote("Imposter syndrome"));
    assertEquals("\"\"", Checks.quote(""));
  }

  @Test
  void quote_quotesBackslashesAndControls_areEscaped() {
    assertEquals("\"say \\\"hi\\\" \\\\ \\u000A\\u0000\"", Checks.quote("say \"hi\" \\ \n\u0000"));
  }

  @Test
  void quote_surrogates_showPairsAndEscapeLoneHalves() {
    assertEquals("\"😀\"", Checks.quote("😀"));
    assertEquals("\"\\uD83D\"", Checks.quote("\uD83D"));
    assertEquals("\"\\uDE00\"", Checks.quote("\uDE00"));
    assertEquals("\"a\\uDE00\\uD83D\"", Checks.quote("a\uDE00\uD83D"));
    assertEquals("\"\\uD83Dx\"", Checks.quote("\uD83Dx"));
    assertEquals("\"x\\uDE00😀\"", Checks.quote("x\uDE00😀"));
  }

  @Test
  void quote_longValue_isCutAtSixtyCharactersWithItsLength() {
    String sixty = "a".repeat(60);
    assertEquals("\"" + sixty + "\"", Checks.quote(sixty));
    assertEquals("\"" + sixty + "\"… (61 characters)", Checks.quote(sixty + "b"));
  }

  @Test
  void quote_cutInsideASurrogatePair_keepsThePairOut() {
    String value = "a".repeat(59) + "😀" + "b";
    assertEquals("\"" + "a".repeat(59) + "\"… (62 characters)", Checks.quote(value));
    String fits = "a".repeat(58) + "😀";
    assertEquals("\"" + fits + "\"", Checks.quote(fits));
  }

  @Test
  void text_unpairedSurrogate_isRefusedWithItsIndex() {
    String message = assertRefused("title", () -> Checks.text("title", "ab\uD83D")).getMessage();
    assertTrue(message.contains("U+D83D at index 2"), message);
    message = assertRefused("title", () -> Checks.text("title", "\uDE00")).getMessage();
    assertTrue(message.contains("U+DE00 at index 0"), message);
  }
}
