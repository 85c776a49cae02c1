package ca.cma.wellness.sessions.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected output that the code produced once, a person read and committed, under
 * {@code src/test/resources/golden/}. A test fails on any byte of difference. After a deliberate
 * change, regenerate with {@code -Dwellness.golden.update=true}, read the diff, and commit it
 * (docs/README.md, "Golden files").
 */
final class Golden {
  private static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  /** Asserts that {@code actual} is the golden file {@code name}, byte for byte. */
  static void assertGolden(String name, String actual) {
    Path file = DIRECTORY.resolve(name);
    try {
      if (Boolean.getBoolean("wellness.golden.update")) {
        Files.createDirectories(DIRECTORY);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        fail("no golden file " + file.toAbsolutePath() + "; run with -Dwellness.golden.update=true");
      }
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a golden file. */
  static String read(String name) {
    try {
      return Files.readString(DIRECTORY.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
