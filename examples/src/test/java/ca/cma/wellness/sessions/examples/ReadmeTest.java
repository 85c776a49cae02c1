package ca.cma.wellness.sessions.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the README's Java code, so the README cannot drift from the library.
 *
 * <p>The README's {@code java} blocks, in order, form one program: their {@code import} lines go
 * to the top, the rest becomes the body of one method. A statement followed by a comment holding
 * a quoted string, on its line or alone on the next line, is checked: {@code
 * en.dateTime(start); // "Feb. 1, 2023, 7 pm ET"} asserts that the expression equals that string.
 */
class ReadmeTest {
  private static final Pattern BLOCK = Pattern.compile("(?s)```java\\n(.*?)```");
  private static final Pattern CLAIM = Pattern.compile("^(\\s*)(.*?);\\s*//\\s*(\"[^\"]*\").*$");
  private static final Pattern CLAIM_ALONE = Pattern.compile("^\\s*//\\s*(\"[^\"]*\")\\s*$");
  private static final List<String> DEFAULT_IMPORTS =
      List.of(
          "import ca.cma.wellness.sessions.*;",
          "import ca.cma.wellness.sessions.ical.*;",
          "import ca.cma.wellness.sessions.json.*;",
          "import ca.cma.wellness.sessions.registration.*;",
          "import ca.cma.wellness.sessions.invites.*;",
          "import ca.cma.wellness.sessions.testing.*;",
          "import java.io.*;",
          "import java.net.URI;",
          "import java.time.*;",
          "import java.util.*;");

  @Test
  void readme_javaCode_compilesRunsAndPrintsWhatItClaims(@TempDir Path work) throws Exception {
    Path readme = findReadme();
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    List<String> imports = new ArrayList<>(DEFAULT_IMPORTS);
    List<String> body = new ArrayList<>();
    int claims = 0;
    Matcher block = BLOCK.matcher(text);
    while (block.find()) {
      int firstLine = lineOf(text, block.start(1));
      String[] lines = block.group(1).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        int readmeLine = firstLine + i;
        if (line.startsWith("import ")) {
          imports.add(line);
          continue;
        }
        Matcher claim = CLAIM.matcher(line);
        Matcher alone = i + 1 < lines.length ? CLAIM_ALONE.matcher(lines[i + 1]) : null;
        if (claim.matches() && !claim.group(2).contains(" = ")) {
          body.add(check(claim.group(2), claim.group(3), readmeLine));
          claims++;
        } else if (line.trim().endsWith(";")
            && !line.contains(" = ")
            && !line.contains("//")
            && alone != null
            && alone.matches()) {
          body.add(check(line.trim().replaceAll(";$", ""), alone.group(1), readmeLine));
          claims++;
          i++;
        } else {
          body.add(line);
        }
      }
    }
    assertTrue(claims >= 5, "the README should make checkable claims; found " + claims);

    String source =
        String.join("\n", imports)
            + "\npublic class ReadmeSnippets {\n"
            + "  static void check(Object actual, String expected, int line) {\n"
            + "    if (!expected.equals(actual)) throw new AssertionError(\"README line \" + line"
            + " + \": expected \" + expected + \" but the code gives \" + actual);\n"
            + "  }\n"
            + "  public static void run() throws Exception {\n"
            + String.join("\n", body)
            + "\n  }\n}\n";
    Path file = work.resolve("ReadmeSnippets.java");
    Files.writeString(file, source, StandardCharsets.UTF_8);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "the tests need a JDK");
    StringWriter diagnostics = new StringWriter();
    boolean compiled =
        javac
            .getTask(
                diagnostics,
                null,
                null,
                List.of(
                    "-classpath", System.getProperty("java.class.path"),
                    "-d", work.toString(),
                    "-encoding", "UTF-8",
                    "-proc:none"),
                null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                    .getJavaFileObjects(file))
            .call();
    assertTrue(compiled, () -> "README code does not compile:\n" + diagnostics + "\n" + source);

    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {work.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> snippets = loader.loadClass("ReadmeSnippets");
      try {
        snippets.getMethod("run").invoke(null);
      } catch (InvocationTargetException e) {
        throw new AssertionError("README code failed: " + e.getCause(), e.getCause());
      }
    }
  }

  private static String check(String expression, String expected, int line) {
    return "check(" + expression + ", " + expected + ", " + line + ");";
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static Path findReadme() throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path readme = dir.resolve("README.md");
      if (Files.exists(readme) && Files.exists(dir.resolve("examples"))) {
        return readme;
      }
      dir = dir.getParent();
    }
    throw new IOException("README.md not found above " + Path.of("").toAbsolutePath());
  }

  /**
   * The refusals the README shows as text, each produced here by the code that causes it: the
   * README's error block and its sentence about missing attributes must be what the library says.
   */
  @Test
  void readme_refusals_areWhatTheLibrarySaysAsWritten() throws IOException {
    String text = Files.readString(findReadme(), StandardCharsets.UTF_8);
    Matcher block =
        Pattern.compile("(?s)Invalid values never exist\\..*?```\\n(.*?)```").matcher(text);
    assertTrue(block.find(), "the README's block of refusals");
    List<String> shown = List.of(block.group(1).strip().split("\\n"));
    List<String> produced =
        List.of(
            refusal(() -> Session.builder().start(LocalDateTime.of(2023, 3, 12, 2, 30), "America/Toronto")),
            refusal(() -> Session.builder().start(LocalDateTime.of(2023, 2, 1, 19, 0), "EST")),
            refusal(
                () ->
                    Program.builder()
                        .name("Wellness Connection")
                        .organizerEmail(Fixtures.ORGANIZER)
                        .homePage(Fixtures.PROGRAM.homePage())
                        .supportUrl(Fixtures.PROGRAM.supportUrl())
                        .addSeries(Fixtures.COMPASSION_ROUNDS)
                        .addSessions(
                            Fixtures.IMPOSTER_SYNDROME,
                            Fixtures.MEDICINE_ON_THE_ROCKS,
                            Fixtures.COMPASSION_ROUNDS_PART_I,
                            Fixtures.COMPASSION_ROUNDS_PART_II,
                            Fixtures.COMPASSION_ROUNDS_PART_II.withId(SessionId.of("compassion-rounds-again")))
                        .build()));
    assertEquals(produced, shown);

    Matcher missing = Pattern.compile("(?s)moderators included:\\s*`(.*?)`").matcher(text);
    assertTrue(missing.find(), "the README's sentence about missing attributes");
    assertEquals(
        refusal(() -> Session.builder().start(LocalDateTime.of(2023, 2, 1, 19, 0), "America/Toronto").build()),
        missing.group(1).replaceAll("\\s*\\n\\s*", " "));
  }

  private static String refusal(Runnable action) {
    try {
      action.run();
    } catch (SessionValidationException e) {
      return e.getMessage();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void findReadme_fromTheModule_isTheProjectReadme() throws IOException {
    Path readme = findReadme();
    assertEquals("README.md", Objects.requireNonNull(readme.getFileName()).toString());
    assertTrue(Files.readString(readme, StandardCharsets.UTF_8).contains("mvn -B -ntp verify"));
  }
}
