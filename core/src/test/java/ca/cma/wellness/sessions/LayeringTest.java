package ca.cma.wellness.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers of core, as docs/architecture.md draws them: the model, then registration, then
 * invites, then facts; each uses only those below it. A package that reached up would tie the
 * model to what is derived from it, and the one derivation would stop being one.
 */
class LayeringTest {
  private static final String BASE = "ca.cma.wellness.sessions";

  /** Each layer, lowest first; a package may use its own layer and those before it. */
  private static final List<String> LAYERS =
      List.of(BASE, BASE + ".registration", BASE + ".invites", BASE + ".facts");

  private static final Pattern REFERENCE = Pattern.compile("\\b(" + Pattern.quote(BASE) + "(?:\\.[a-z]+)?)\\.[A-Z]");

  @Test
  void everyCorePackage_usesOnlyTheLayersBelowIt() throws IOException {
    Path sources = Path.of("src", "main", "java");
    assertTrue(Files.isDirectory(sources), "run from the core module: " + sources.toAbsolutePath());
    List<String> violations = new ArrayList<>();
    int files = 0;
    try (Stream<Path> walk = Files.walk(sources)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher declared = Pattern.compile("(?m)^package ([\\w.]+);").matcher(text);
        if (!declared.find()) {
          continue; // module-info
        }
        files++;
        int layer = LAYERS.indexOf(declared.group(1));
        if (layer < 0) {
          continue; // internal: the shared checks, used by every layer
        }
        Matcher used = REFERENCE.matcher(withoutComments(text));
        while (used.find()) {
          int usedLayer = LAYERS.indexOf(used.group(1));
          if (usedLayer > layer) {
            violations.add(sources.relativize(file) + " uses " + used.group(1));
          }
        }
      }
    }
    assertTrue(files > 40, "found the sources: " + files + " files");
    assertEquals(List.of(), violations);
  }

  @Test
  void layers_areTheExportedPackagesOfTheModule() throws IOException {
    String module = Files.readString(Path.of("src", "main", "java", "module-info.java"), StandardCharsets.UTF_8);
    Map<String, Boolean> exported =
        LAYERS.stream().collect(Collectors.toMap(p -> p, p -> module.contains("exports " + p + ";")));
    assertEquals(Map.of(BASE, true, BASE + ".registration", true, BASE + ".invites", true, BASE + ".facts", true), exported);
    assertTrue(
        module.contains(
            "exports ca.cma.wellness.sessions.internal to ca.cma.wellness.sessions.ical, ca.cma.wellness.sessions.json;"),
        "internal is exported to this project's modules only");
  }

  /** The code without its comments, where a Javadoc link may name any package. */
  private static String withoutComments(String text) {
    return text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
  }
}
