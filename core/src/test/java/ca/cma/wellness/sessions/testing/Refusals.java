package ca.cma.wellness.sessions.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.cma.wellness.sessions.SessionValidationException;
import org.junit.jupiter.api.function.Executable;

/**
 * Assertions for refused values: the exception type, its path, and that its message names the
 * offending value.
 *
 * <p>Needs JUnit Jupiter on the test class path.
 */
public final class Refusals {
  private Refusals() {}

  /**
   * Asserts that {@code action} throws a {@link SessionValidationException} with the given path.
   *
   * @param path the expected {@link SessionValidationException#path()}
   * @param action the code that must refuse
   * @return the exception, for further checks of its message
   */
  public static SessionValidationException assertRefused(String path, Executable action) {
    SessionValidationException refused = assertThrows(SessionValidationException.class, action);
    assertEquals(path, refused.path(), () -> "path of: " + refused.getMessage());
    return refused;
  }
}
