package ca.cma.wellness.sessions.examples.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SBOM rule, shown failing on small SBOMs made here. */
class SbomTest {
  private static final String MODULE = "org.example:demo:1.0";
  private static final Set<String> RUNTIME = Set.of("org.lib:a:1.0", "org.lib:b:2.0");

  @TempDir Path work;

  private Path sbom(String components) throws IOException {
    return Files.writeString(
        work.resolve("bom.json"),
        """
        {"bomFormat": "CycloneDX",
         "metadata": {"component": {"group": "org.example", "name": "demo", "version": "1.0"}},
         "components": [%s]}
        """
            .formatted(components));
  }

  private static String component(String group, String name, String version, String licenses) {
    return """
        {"group": "%s", "name": "%s", "version": "%s", "licenses": [%s]}"""
        .formatted(group, name, version, licenses);
  }

  @Test
  void problems_everyDependencyWithLicence_none() throws IOException {
    Path sbom =
        sbom(
            component("org.lib", "a", "1.0", "{\"license\": {\"id\": \"Apache-2.0\"}}")
                + ","
                + component("org.lib", "b", "2.0", "{\"license\": {\"name\": \"The b licence\"}}"));
    assertEquals(List.of(), Sbom.problems(sbom, MODULE, RUNTIME));
  }

  @Test
  void problems_dependencyMissingAndLicenceMissing_namesBoth() throws IOException {
    Path sbom = sbom(component("org.lib", "a", "1.0", ""));
    assertEquals(
        List.of(
            "bom.json: names org.lib:a:1.0 without its licence",
            "bom.json: does not name org.lib:b:2.0"),
        Sbom.problems(sbom, MODULE, new TreeSet<>(RUNTIME)));
  }

  @Test
  void problems_testDependencyListed_namesIt() throws IOException {
    String licence = "{\"expression\": \"EPL-2.0\"}";
    Path sbom =
        sbom(
            component("org.lib", "a", "1.0", licence)
                + ","
                + component("org.lib", "b", "2.0", licence)
                + ","
                + component("org.junit.jupiter", "junit-jupiter", "5.14.4", licence));
    assertEquals(
        List.of(
            "bom.json: names org.junit.jupiter:junit-jupiter:5.14.4,"
                + " not a run-time dependency"),
        Sbom.problems(sbom, MODULE, RUNTIME));
  }

  @Test
  void problems_anotherModule_namesIt() throws IOException {
    Path sbom = sbom("");
    assertEquals(
        List.of("bom.json: describes org.example:demo:1.0, not org.example:other:1.0"),
        Sbom.problems(sbom, "org.example:other:1.0", Set.of()));
  }

  @Test
  void runtimeDependencies_dependencyListOutput_coordinatesOfEach() throws IOException {
    Path list =
        Files.writeString(
            work.resolve("runtime-dependencies.txt"),
            """

            The following files have been resolved:
               org.mnode.ical4j:ical4j:jar:4.4.0:compile -- module org.mnode.ical4j.core
               org.slf4j:slf4j-api:jar:2.0.12:compile -- module org.slf4j
               org.example:fixtures:jar:tests:1.0:runtime

            """);
    assertEquals(
        Set.of(
            "org.mnode.ical4j:ical4j:4.4.0",
            "org.slf4j:slf4j-api:2.0.12",
            "org.example:fixtures:1.0"),
        Sbom.runtimeDependencies(list));
  }
}
