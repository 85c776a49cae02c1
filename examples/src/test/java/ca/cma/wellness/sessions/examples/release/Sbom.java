package ca.cma.wellness.sessions.examples.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A CycloneDX SBOM (JSON) read against the run-time dependencies Maven resolves for a module. */
final class Sbom {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Sbom() {}

  /**
   * Reads the dependencies that {@code dependency:list} wrote: one
   * {@code groupId:artifactId:type[:classifier]:version:scope} a line, after a header.
   *
   * @param list the file
   * @return {@code groupId:artifactId:version} of each, sorted
   * @throws IOException when the file cannot be read
   */
  static Set<String> runtimeDependencies(Path list) throws IOException {
    Set<String> dependencies = new TreeSet<>();
    for (String line : Files.readAllLines(list)) {
      String coordinates = line.strip().split(" ", 2)[0];
      String[] parts = coordinates.split(":");
      if (parts.length == 5 || parts.length == 6) {
        dependencies.add(parts[0] + ":" + parts[1] + ":" + parts[parts.length - 2]);
      }
    }
    return dependencies;
  }

  /**
   * Lists how an SBOM falls short: it must describe {@code module} and name every one of
   * {@code runtimeDependencies}, each with a licence (an SPDX id, a name or an expression), and
   * nothing else.
   *
   * @param sbom the CycloneDX JSON file
   * @param module {@code groupId:artifactId:version} of the module it describes
   * @param runtimeDependencies {@code groupId:artifactId:version} of each run-time dependency
   * @return the problems, one sentence each
   * @throws IOException when the file cannot be read
   */
  static List<String> problems(Path sbom, String module, Set<String> runtimeDependencies)
      throws IOException {
    List<String> problems = new ArrayList<>();
    JsonNode root = JSON.readTree(Files.readString(sbom));
    if (!"CycloneDX".equals(root.path("bomFormat").asString(""))) {
      problems.add(sbom.getFileName() + ": not a CycloneDX SBOM");
      return problems;
    }
    String described = coordinates(root.path("metadata").path("component"));
    if (!described.equals(module)) {
      problems.add(sbom.getFileName() + ": describes " + described + ", not " + module);
    }
    Map<String, JsonNode> components = new LinkedHashMap<>();
    for (JsonNode component : root.path("components")) {
      components.put(coordinates(component), component);
    }
    for (String dependency : runtimeDependencies) {
      JsonNode component = components.get(dependency);
      if (component == null) {
        problems.add(sbom.getFileName() + ": does not name " + dependency);
      } else if (!hasLicence(component)) {
        problems.add(sbom.getFileName() + ": names " + dependency + " without its licence");
      }
    }
    for (String named : components.keySet()) {
      if (!runtimeDependencies.contains(named)) {
        problems.add(sbom.getFileName() + ": names " + named + ", not a run-time dependency");
      }
    }
    return problems;
  }

  private static String coordinates(JsonNode component) {
    return component.path("group").asString("")
        + ":"
        + component.path("name").asString("")
        + ":"
        + component.path("version").asString("");
  }

  private static boolean hasLicence(JsonNode component) {
    for (JsonNode choice : component.path("licenses")) {
      JsonNode license = choice.path("license");
      if (!license.path("id").asString("").isBlank()
          || !license.path("name").asString("").isBlank()
          || !choice.path("expression").asString("").isBlank()) {
        return true;
      }
    }
    return false;
  }
}
