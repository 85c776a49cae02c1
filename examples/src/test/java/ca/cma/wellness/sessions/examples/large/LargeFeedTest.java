package ca.cma.wellness.sessions.examples.large;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory target: feeds of 100,000 sessions, iCalendar and JSON, to a stream and to an {@link
 * Appendable}, from a lazy {@link Iterable} that keeps nothing, in a JVM of their own whose heap is
 * 64 MB ({@link LargeFeed}). The sessions alone would need about three times that heap if a
 * writer kept them.
 */
class LargeFeedTest {
  @Test
  void feeds_100000SessionsFromALazyIterable_runIn64MbOfHeap(@TempDir Path dir) throws IOException, InterruptedException {
    Path output = dir.resolve("out.txt");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-XX:+ExitOnOutOfMemoryError",
                "-Dnet.fortuna.ical4j.timezone.update.enabled=false",
                "-cp",
                System.getProperty("java.class.path"),
                LargeFeed.class.getName())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the large feeds took more than 5 minutes");
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), String.join("\n", lines));
    long maxHeap = Long.parseLong(lines.get(0).substring("maxHeap=".length()));
    assertTrue(maxHeap <= 64L * 1024 * 1024, "max heap " + maxHeap);
    for (String kind : List.of("ical-stream", "ical-appendable", "json-stream", "json-appendable")) {
      String line = lines.stream().filter(l -> l.startsWith(kind + " ")).findFirst().orElseThrow(() -> new AssertionError(kind + " missing: " + lines));
      assertTrue(line.contains(" events=" + LargeFeed.SESSIONS + " "), line);
      long bytes = Long.parseLong(line.substring(line.indexOf("bytes=") + 6));
      assertTrue(bytes > 64L * 1024 * 1024, "more output than heap: " + line);
    }
  }
}
