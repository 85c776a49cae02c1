package ca.cma.wellness.sessions.examples.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The build refuses a published POM without Central's metadata: Maven runs the enforcer rules of
 * core/bom/pom.xml (which every POM of the project inherits) on a copy of that POM, whole and
 * stripped of its metadata.
 */
class PublishedPomTest {
  private static final Path REPOSITORY = Path.of(System.getProperty("wellness.repository"));
  private static final List<String> METADATA =
      List.of(
          "name",
          "description",
          "url",
          "inceptionYear",
          "licenses",
          "developers",
          "scm",
          "issueManagement");
  /** A hang detector, not a speed check. */
  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  @Test
  void enforcer_bomAsWritten_passes(@TempDir Path work) throws Exception {
    Path pom = copyOfBom(work, List.of());
    Run run = validate(pom);
    assertEquals(0, run.exitCode(), run.output());
    assertTrue(run.output().contains("published-pom-metadata"), run.output());
  }

  @Test
  void enforcer_bomWithoutMetadata_failsNamingEveryMissingElement(@TempDir Path work)
      throws Exception {
    Path pom = copyOfBom(work, METADATA);
    Run run = validate(pom);
    assertNotEquals(0, run.exitCode(), run.output());
    List<String> expected =
        List.of(
            "Published POMs need a name.",
            "Published POMs need a description.",
            "Published POMs need a url.",
            "Published POMs need an inceptionYear.",
            "Published POMs need licenses with a name.",
            "Published POMs need developers with a name.",
            "Published POMs need scm with a url.",
            "Published POMs need scm with a connection.",
            "Published POMs need issueManagement with a url.");
    List<String> missing = new ArrayList<>();
    for (String message : expected) {
      if (!run.output().contains(message)) {
        missing.add(message);
      }
    }
    assertEquals(List.of(), missing, run.output());
  }

  /** The BOM's POM, with the named top-level elements removed, as {@code work/pom.xml}. */
  private static Path copyOfBom(Path work, List<String> remove) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    Document document =
        factory.newDocumentBuilder().parse(REPOSITORY.resolve("core/bom/pom.xml").toFile());
    Element project = document.getDocumentElement();
    for (String name : remove) {
      int removed = 0;
      for (Node child = project.getFirstChild(); child != null; ) {
        Node next = child.getNextSibling();
        if (child instanceof Element element && name.equals(element.getLocalName())) {
          project.removeChild(child);
          removed++;
        }
        child = next;
      }
      assertEquals(1, removed, "core/bom/pom.xml has one <" + name + ">");
    }
    Path pom = work.resolve("pom.xml");
    try (OutputStream out = Files.newOutputStream(pom)) {
      TransformerFactory.newInstance()
          .newTransformer()
          .transform(new DOMSource(document), new StreamResult(out));
    }
    return pom;
  }

  private record Run(int exitCode, String output) {}

  /** {@code mvn -B -o -N validate} on a POM, with this build's Maven and local repository. */
  private static Run validate(Path pom) throws IOException, InterruptedException {
    Path mvn = Path.of(System.getProperty("wellness.maven.home"), "bin", "mvn");
    Path log = pom.resolveSibling("build.log");
    Process process =
        new ProcessBuilder(
                mvn.toString(),
                "-B",
                "-o",
                "-N",
                "-Dmaven.repo.local=" + System.getProperty("wellness.maven.repository"),
                "-f",
                pom.toString(),
                "validate")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Maven did not finish in " + TIMEOUT);
    }
    return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
