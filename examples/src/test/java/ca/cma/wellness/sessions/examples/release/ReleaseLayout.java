package ca.cma.wellness.sessions.examples.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The repository as a release sees it, from its POMs alone: the BOM (core/bom/pom.xml) and the
 * modules of the parent POM, published unless they set {@code maven.deploy.skip}.
 */
final class ReleaseLayout {
  /** A module of the parent POM. */
  record Module(String artifactId, String packaging, Path directory) {
    /** Its staging repository (invoker:install in the parent POM). */
    Path staging() {
      return directory.resolve("target/staging");
    }
  }

  /** One managed dependency of the BOM. */
  record BomEntry(String artifactId, String type, String version) {}

  private final Path repository;
  private final Pom parent;
  private final Pom bom;

  private ReleaseLayout(Path repository, Pom parent, Pom bom) {
    this.repository = repository;
    this.parent = parent;
    this.bom = bom;
  }

  /**
   * Reads the parent POM at the top of a repository and the BOM it inherits.
   *
   * @param repository the repository's top folder
   * @return its layout
   * @throws IOException when a POM cannot be read
   */
  static ReleaseLayout of(Path repository) throws IOException {
    Pom parent = Pom.read(repository.resolve("pom.xml"));
    String bomPath = parent.text("parent/relativePath").orElseThrow();
    return new ReleaseLayout(repository, parent, Pom.read(repository.resolve(bomPath)));
  }

  Path repository() {
    return repository;
  }

  String groupId() {
    return bom.text("groupId").orElseThrow();
  }

  String version() {
    return bom.text("version").orElseThrow();
  }

  String parentArtifactId() {
    return parent.text("artifactId").orElseThrow();
  }

  String bomArtifactId() {
    return bom.text("artifactId").orElseThrow();
  }

  /** The BOM's managed dependencies, in order. */
  List<BomEntry> bomEntries() {
    List<BomEntry> entries = new ArrayList<>();
    for (Element dependency : bom.all("dependencyManagement/dependencies", "dependency")) {
      entries.add(
          new BomEntry(
              Pom.text(dependency, "artifactId").orElse(""),
              Pom.text(dependency, "type").orElse("jar"),
              Pom.text(dependency, "version").orElse("")));
    }
    return entries;
  }

  /**
   * The parent POM's modules that a release publishes (the BOM among them), in order.
   *
   * @throws IOException when a module's POM cannot be read
   */
  List<Module> publishedModules() throws IOException {
    List<Module> modules = new ArrayList<>();
    for (Element module : parent.all("modules", "module")) {
      Path directory = repository.resolve(module.getTextContent().strip());
      Pom pom = Pom.read(directory.resolve("pom.xml"));
      if (pom.text("properties/maven.deploy.skip").orElse("false").equals("true")) {
        continue;
      }
      String artifactId = pom.text("artifactId").orElseThrow();
      modules.add(new Module(artifactId, pom.text("packaging").orElse("jar"), directory));
    }
    return modules;
  }

  /**
   * Every staging repository of this build: the parent's (it stages itself and, as its parent,
   * the BOM, which inherits no plugin) and each other published module's.
   *
   * @throws IOException when a module's POM cannot be read
   */
  List<Path> stagings() throws IOException {
    List<Path> stagings = new ArrayList<>();
    stagings.add(repository.resolve("target/staging"));
    for (Module module : publishedModules()) {
      if (!module.artifactId().equals(bomArtifactId())) {
        stagings.add(module.staging());
      }
    }
    return stagings;
  }

  /**
   * What the bundle must hold: the parent POM, the BOM and every artifact the BOM names, with
   * the repository's LICENSE and docs/NOTICE in every jar.
   *
   * @throws IOException when the legal files cannot be read
   */
  CentralBundle.Expectations expectations() throws IOException {
    Set<String> artifactIds = new LinkedHashSet<>();
    artifactIds.add(parentArtifactId());
    artifactIds.add(bomArtifactId());
    for (BomEntry entry : bomEntries()) {
      artifactIds.add(entry.artifactId());
    }
    return new CentralBundle.Expectations(
        groupId(),
        version(),
        artifactIds,
        Files.readAllBytes(repository.resolve("LICENSE")),
        Files.readAllBytes(repository.resolve("docs/NOTICE")));
  }
}
