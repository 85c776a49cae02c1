package ca.cma.wellness.sessions.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.ical.ImportReport.Reason;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The regression corpus of real calendar files (core's test resources, {@code importcorpus/}, with
 * their provenance in {@code SOURCES.tsv}): every file is imported and its outcome pinned in
 * {@code import-corpus-expected.tsv}, one row per file: the VEVENTs, the sessions, the reports by
 * reason, or the refusal of the whole file. A change in what the importer accepts, reports or
 * refuses fails here; after a deliberate change, rerun with {@code -DimportCorpus.write=true},
 * read the diff of the expectations file and commit it.
 *
 * <p>Independently of the importer, the VEVENTs of each file are counted from its bytes (BEGIN:VEVENT
 * lines), and every file that is not refused must account for each: mapped + reports. A second
 * pass expands recurring events from 2000 to 2030 ({@code import-corpus-expected-window.tsv}).
 */
class ImportCorpusTest {
  private static final Path CORPUS =
      Path.of("..", "core", "src", "test", "resources", "ca", "cma", "wellness", "sessions", "importcorpus");
  private static final Path EXPECTED =
      Path.of("src", "test", "resources", "ca", "cma", "wellness", "sessions", "ical", "import-corpus-expected.tsv");
  private static final IcsImport IMPORT = IcsImport.of(ZoneId.of("America/Toronto"), Fixtures.SHARMAN_ROBERTSON,
      URI.create("https://wellness.example.org/sessions"));
  /** The window of the second pass: recurring events expanded from 2000 to 2030. */
  private static final IcsImport WINDOWED =
      IMPORT.expandingWithin(Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z"));
  private static final Path EXPECTED_WINDOWED = Path.of("src", "test", "resources", "ca", "cma", "wellness",
      "sessions", "ical", "import-corpus-expected-window.tsv");
  private static final Pattern BEGIN_VEVENT = Pattern.compile("(?im)^BEGIN:VEVENT[ \\t]*$");

  @Test
  void everyCorpusFile_importsAsPinned_andEveryVeventIsAccountedFor() throws IOException {
    outcomes(IMPORT, EXPECTED, false);
  }

  @Test
  void everyCorpusFile_withRecurringEventsExpandedFrom2000To2030_importsAsPinned() throws IOException {
    outcomes(WINDOWED, EXPECTED_WINDOWED, true);
  }

  private static void outcomes(IcsImport ics, Path expected, boolean windowed) throws IOException {
    List<String> files = new ArrayList<>();
    for (String row : Files.readAllLines(CORPUS.resolve("SOURCES.tsv"), StandardCharsets.UTF_8).subList(1,
        Files.readAllLines(CORPUS.resolve("SOURCES.tsv"), StandardCharsets.UTF_8).size())) {
      if (!row.isBlank()) {
        files.add(row.substring(0, row.indexOf('\t')));
      }
    }
    assertTrue(files.size() >= 100, "the corpus has at least 100 files: " + files.size());

    StringBuilder actual = new StringBuilder("path\tevents\tsessions\treports or refusal\n");
    int events = 0;
    int sessions = 0;
    int refused = 0;
    int warnings = 0;
    Map<Reason, Integer> reasons = new EnumMap<>(Reason.class);
    for (String file : files) {
      byte[] bytes = Files.readAllBytes(CORPUS.resolve(file));
      String text = new String(bytes, StandardCharsets.UTF_8);
      Matcher begins = BEGIN_VEVENT.matcher(text.replace("\r\n", "\n").replace('\r', '\n'));
      int counted = 0;
      while (begins.find()) {
        counted++;
      }
      try (InputStream in = Files.newInputStream(CORPUS.resolve(file))) {
        ImportResult result = ics.read(in);
        assertEquals(counted, result.events(), file + ": VEVENTs read");
        assertEquals(counted, result.mapped() + result.reports().size(), file + ": VEVENTs = mapped + reports");
        if (!windowed) {
          assertEquals(result.mapped(), result.sessions().size(), file + ": one session per VEVENT mapped");
        }
        Map<Reason, Integer> byReason = new EnumMap<>(Reason.class);
        for (ImportReport report : result.reports()) {
          byReason.merge(report.reason(), 1, Integer::sum);
          reasons.merge(report.reason(), 1, Integer::sum);
          plain(file, report.problem());
        }
        StringBuilder summary = new StringBuilder();
        byReason.forEach((reason, n) -> summary.append(summary.length() == 0 ? "" : " ")
            .append(reason.label()).append('=').append(n));
        if (!result.warnings().isEmpty()) {
          summary.append(summary.length() == 0 ? "" : " ").append("warnings=").append(result.warnings().size());
          warnings += result.warnings().size();
          result.warnings().forEach(warning -> plain(file, warning));
        }
        actual.append(file).append('\t').append(counted).append('\t').append(result.sessions().size())
            .append('\t').append(summary.length() == 0 ? "-" : summary).append('\n');
        events += counted;
        sessions += result.sessions().size();
      } catch (SessionValidationException e) {
        plain(file, e.getMessage());
        actual.append(file).append('\t').append(counted).append("\t0\trefused ").append(e.path()).append(": ")
            .append(e.problem().replace('\t', ' ')).append('\n');
        events += counted;
        refused++;
      }
    }
    System.out.printf(Locale.ROOT,
        (windowed ? "windowed " : "") + "import corpus: %d files, %d VEVENTs, %d sessions, %d files refused, reports %s, %d warnings%n",
        files.size(), events, sessions, refused, reasons, warnings);

    if (Boolean.getBoolean("importCorpus.write")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual.toString(),
        "outcomes differ from " + expected.getFileName() + "; if the change is meant, rerun with -DimportCorpus.write=true");
  }

  /** A message a user reads never shows a Java class name, an exception or a tokenizer code. */
  private static void plain(String file, String message) {
    assertFalse(message.matches("(?s).*(class [a-z]+\\.|Exception|Expected \\[|net\\.fortuna|java\\.).*"),
        file + ": " + message);
    assertTrue(message.startsWith("line ") || message.startsWith("input"), file + ": " + message);
  }
}
