package ca.cma.wellness.sessions.examples.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The release dry run: what this build would upload to Maven Central, checked against Central's
 * rules and the project's promises.
 *
 * <p>It runs in the verify phase of examples, the reactor's last module, when every published
 * module has staged its artifacts (Surefire execution {@code release-checks}), and also under
 * {@code -DskipTests}. It leaves the bundle in {@code target/central-bundle} and
 * {@code target/central-bundle.zip} at the top of the repository: everything to sign and upload.
 */
class ReleaseArtifactsTest {
  private static ReleaseLayout layout;
  private static CentralBundle.Expectations expected;
  private static Path bundle;

  @BeforeAll
  static void assembleTheBundle() throws IOException {
    layout = ReleaseLayout.of(Path.of(System.getProperty("wellness.repository")).toRealPath());
    expected = layout.expectations();
    for (Path staging : layout.stagings()) {
      if (!Files.isDirectory(staging)) {
        throw new IllegalStateException(
            staging + " does not exist: run the whole reactor to verify (mvn -B -ntp verify)");
      }
    }
    bundle = layout.repository().resolve("target/central-bundle");
    Path zip = layout.repository().resolve("target/central-bundle.zip");
    CentralBundle.assemble(layout.stagings(), expected, bundle, zip);
  }

  @Test
  void bundle_thisBuild_meetsCentralRules() throws IOException {
    assertEquals(List.of(), CentralBundle.check(bundle, expected));
    assertTrue(Files.size(layout.repository().resolve("target/central-bundle.zip")) > 0);
  }

  @Test
  void bom_everyPublishedModule_pinnedAtTheProjectVersion() throws IOException {
    Set<String> published = new TreeSet<>();
    for (ReleaseLayout.Module module : layout.publishedModules()) {
      if (!module.packaging().equals("jar")) {
        continue;
      }
      published.add(module.artifactId() + ":jar");
      Path folder = expected.folderOf(bundle, module.artifactId());
      String base = module.artifactId() + "-" + layout.version();
      if (Files.exists(folder.resolve(base + "-tests.jar"))) {
        published.add(module.artifactId() + ":test-jar");
      }
    }
    Set<String> pinned = new TreeSet<>();
    for (ReleaseLayout.BomEntry entry : layout.bomEntries()) {
      pinned.add(entry.artifactId() + ":" + entry.type());
      assertEquals("${project.version}", entry.version(), entry.artifactId());
    }
    assertEquals(published, pinned);
    assertTrue(pinned.contains("wellness-sessions-core:test-jar"), pinned::toString);
  }

  @Test
  void jars_everyKind_carryLicenseAndNotice() throws IOException {
    Set<String> kinds = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(bundle)) {
      for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).toList()) {
        String name = jar.getFileName().toString();
        String base = jar.getParent().getParent().getFileName() + "-" + layout.version();
        kinds.add(name.substring(base.length(), name.length() - ".jar".length()));
      }
    }
    // The checker opens every jar for META-INF/LICENSE and META-INF/NOTICE; these are the kinds
    // it found, so that a kind missing from the bundle cannot pass unseen.
    assertEquals(Set.of("", "-sources", "-javadoc", "-tests", "-test-sources"), kinds);
    for (String problem : CentralBundle.check(bundle, expected)) {
      if (problem.contains("META-INF/")) {
        problems.add(problem);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void sboms_everyPublishedModule_nameEachRunTimeDependencyWithItsLicence() throws IOException {
    int dependencies = 0;
    for (ReleaseLayout.Module module : layout.publishedModules()) {
      if (!module.packaging().equals("jar")) {
        continue;
      }
      Path sbom =
          expected
              .folderOf(bundle, module.artifactId())
              .resolve(module.artifactId() + "-" + layout.version() + "-cyclonedx.json");
      Set<String> runtime =
          Sbom.runtimeDependencies(module.directory().resolve("target/runtime-dependencies.txt"));
      dependencies += runtime.size();
      String coordinates = layout.groupId() + ":" + module.artifactId() + ":" + layout.version();
      assertEquals(List.of(), Sbom.problems(sbom, coordinates, runtime), module.artifactId());
    }
    // ical brings ical4j and json brings Jackson: an SBOM check over no dependency proves nothing.
    assertFalse(dependencies < 2, "run-time dependencies found: " + dependencies);
  }
}
