package ca.cma.wellness.sessions.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.testing.Refusals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationIdTest {
  private static final SessionId SESSION = SessionId.of("imposter-syndrome-2023-02-01");

  @Test
  void toString_parse_roundTrips() {
    RegistrationId id = RegistrationId.of(SESSION, 26);

    assertEquals("imposter-syndrome-2023-02-01#26", id.toString());
    assertEquals(id, RegistrationId.parse(id.toString()));
  }

  @Test
  void compareTo_sameSession_ordersByNumberNotText() {
    assertTrue(RegistrationId.of(SESSION, 9).compareTo(RegistrationId.of(SESSION, 10)) < 0);
  }

  @Test
  void of_numberBelowOne_isRefused() {
    Refusals.assertRefused("registrationId.number", () -> RegistrationId.of(SESSION, 0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"imposter", "imposter#", "imposter#x", "imposter#-1", "imposter#1234567890"})
  void parse_withoutNumber_isRefused(String text) {
    Refusals.assertRefused("registrationId", () -> RegistrationId.parse(text));
  }

  @Test
  void parse_badSessionId_isRefusedAtSessionId() {
    Refusals.assertRefused("sessionId", () -> RegistrationId.parse("bad id#3"));
  }
}
