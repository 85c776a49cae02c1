package ca.cma.wellness.sessions.examples.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of the release bundle, each shown failing on a small bundle made here. */
class CentralBundleTest {
  private static final byte[] LICENSE = "the licence\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] NOTICE = "the notice\n".getBytes(StandardCharsets.UTF_8);
  private static final CentralBundle.Expectations EXPECTED =
      new CentralBundle.Expectations(
          "org.example", "1.0", Set.of("demo-parent", "demo"), LICENSE, NOTICE);
  private static final String METADATA =
      """
        <name>NAME</name>
        <description>A demo.</description>
        <url>https://example.org/demo</url>
        <inceptionYear>2026</inceptionYear>
        <licenses><license><name>Apache License, Version 2.0</name></license></licenses>
        <developers><developer><name>Demo maintainers</name></developer></developers>
        <scm>
          <connection>scm:git:https://example.org/demo.git</connection>
          <url>https://example.org/demo</url>
        </scm>
        <issueManagement><url>https://example.org/demo/issues</url></issueManagement>
      """;

  @TempDir Path work;
  private Path staging;
  private Path bundle;
  private Path zip;

  @BeforeEach
  void stageADemoRelease() throws IOException {
    staging = work.resolve("staging");
    bundle = work.resolve("bundle");
    zip = work.resolve("bundle.zip");
    Path parent = Files.createDirectories(staging.resolve("org/example/demo-parent/1.0"));
    Files.writeString(
        parent.resolve("demo-parent-1.0.pom"),
        """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <groupId>org.example</groupId>
          <artifactId>demo-parent</artifactId>
          <version>1.0</version>
          <packaging>pom</packaging>
        """
            + METADATA.replace("NAME", "demo-parent")
            + "</project>\n");
    Files.writeString(parent.resolve("_remote.repositories"), "local repository bookkeeping\n");
    Path demo = Files.createDirectories(staging.resolve("org/example/demo/1.0"));
    Files.writeString(
        demo.resolve("demo-1.0.pom"),
        """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <parent>
            <groupId>org.example</groupId>
            <artifactId>demo-parent</artifactId>
            <version>1.0</version>
          </parent>
          <artifactId>demo</artifactId>
          <name>demo</name>
        </project>
        """);
    for (String suffix : List.of("", "-sources", "-javadoc", "-tests")) {
      jar(
          demo.resolve("demo-1.0" + suffix + ".jar"),
          Map.of("META-INF/LICENSE", LICENSE, "META-INF/NOTICE", NOTICE));
    }
    Files.writeString(demo.resolve("demo-1.0-cyclonedx.json"), "{\"bomFormat\":\"CycloneDX\"}\n");
    Files.writeString(demo.resolve("maven-metadata-local.xml"), "<metadata/>\n");
  }

  private static void jar(Path file, Map<String, byte[]> entries) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        JarOutputStream jar = new JarOutputStream(out)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        jar.putNextEntry(new ZipEntry(entry.getKey()));
        jar.write(entry.getValue());
        jar.closeEntry();
      }
      jar.putNextEntry(new ZipEntry("org/example/Demo.class"));
      jar.closeEntry();
    }
  }

  private List<String> assembleAndCheck() throws IOException {
    CentralBundle.assemble(List.of(staging), EXPECTED, bundle, zip);
    return CentralBundle.check(bundle, EXPECTED);
  }

  @Test
  void check_completeRelease_findsNothing() throws IOException {
    assertEquals(List.of(), assembleAndCheck());
  }

  @Test
  void assemble_completeRelease_leavesLocalRepositoryFilesOutAndAddsEveryChecksum()
      throws IOException {
    assembleAndCheck();
    Path demo = bundle.resolve("org/example/demo/1.0");
    assertEquals(false, Files.exists(demo.resolve("maven-metadata-local.xml")));
    assertEquals(
        false, Files.exists(bundle.resolve("org/example/demo-parent/1.0/_remote.repositories")));
    assertEquals(
        CentralBundle.digest(demo.resolve("demo-1.0.jar"), "SHA-1"),
        Files.readString(demo.resolve("demo-1.0.jar.sha1")));
    for (String checksum : List.of("md5", "sha1", "sha256", "sha512")) {
      assertEquals(true, Files.exists(demo.resolve("demo-1.0.pom." + checksum)), checksum);
    }
  }

  @Test
  void assemble_twice_writesTheSameZip() throws IOException {
    assembleAndCheck();
    byte[] first = Files.readAllBytes(zip);
    assembleAndCheck();
    assertEquals(-1, Arrays.mismatch(first, Files.readAllBytes(zip)));
  }

  @Test
  void check_sourcesJarMissing_namesIt() throws IOException {
    Files.delete(staging.resolve("org/example/demo/1.0/demo-1.0-sources.jar"));
    assertEquals(List.of("org/example/demo/1.0/demo-1.0-sources.jar: missing"), assembleAndCheck());
  }

  @Test
  void check_sbomMissing_namesIt() throws IOException {
    Files.delete(staging.resolve("org/example/demo/1.0/demo-1.0-cyclonedx.json"));
    assertEquals(
        List.of("org/example/demo/1.0/demo-1.0-cyclonedx.json: missing"), assembleAndCheck());
  }

  @Test
  void check_checksumAltered_namesIt() throws IOException {
    CentralBundle.assemble(List.of(staging), EXPECTED, bundle, zip);
    Files.writeString(bundle.resolve("org/example/demo/1.0/demo-1.0.jar.sha1"), "0".repeat(40));
    assertEquals(
        List.of("org/example/demo/1.0/demo-1.0.jar.sha1: does not match the file"),
        CentralBundle.check(bundle, EXPECTED));
  }

  @Test
  void check_checksumMissing_namesIt() throws IOException {
    CentralBundle.assemble(List.of(staging), EXPECTED, bundle, zip);
    Files.delete(bundle.resolve("org/example/demo/1.0/demo-1.0-javadoc.jar.md5"));
    assertEquals(
        List.of("org/example/demo/1.0/demo-1.0-javadoc.jar.md5: missing"),
        CentralBundle.check(bundle, EXPECTED));
  }

  @Test
  void check_parentWithoutScm_namesEveryPomThatLacksIt() throws IOException {
    Path pom = staging.resolve("org/example/demo-parent/1.0/demo-parent-1.0.pom");
    String text = Files.readString(pom);
    Files.writeString(
        pom, text.substring(0, text.indexOf("<scm>")) + text.substring(text.indexOf("</scm>") + 6));
    assertEquals(
        List.of(
            "org/example/demo/1.0/demo-1.0.pom: no scm/url (nor in its parents)",
            "org/example/demo/1.0/demo-1.0.pom: no scm/connection (nor in its parents)",
            "org/example/demo-parent/1.0/demo-parent-1.0.pom: no scm/url (nor in its parents)",
            "org/example/demo-parent/1.0/demo-parent-1.0.pom:"
                + " no scm/connection (nor in its parents)"),
        assembleAndCheck());
  }

  @Test
  void check_pomWithoutName_namesIt() throws IOException {
    Path pom = staging.resolve("org/example/demo/1.0/demo-1.0.pom");
    Files.writeString(pom, Files.readString(pom).replace("<name>demo</name>", ""));
    assertEquals(List.of("org/example/demo/1.0/demo-1.0.pom: no name"), assembleAndCheck());
  }

  @Test
  void check_jarWithoutNotice_namesTheJar() throws IOException {
    jar(
        staging.resolve("org/example/demo/1.0/demo-1.0-tests.jar"),
        Map.of("META-INF/LICENSE", LICENSE));
    assertEquals(
        List.of("org/example/demo/1.0/demo-1.0-tests.jar: no META-INF/NOTICE"), assembleAndCheck());
  }

  @Test
  void check_jarWithAnotherLicence_namesTheJar() throws IOException {
    jar(
        staging.resolve("org/example/demo/1.0/demo-1.0-javadoc.jar"),
        Map.of("META-INF/LICENSE", NOTICE, "META-INF/NOTICE", NOTICE));
    assertEquals(
        List.of("org/example/demo/1.0/demo-1.0-javadoc.jar: META-INF/LICENSE is not the project's"),
        assembleAndCheck());
  }

  @Test
  void check_pomAtAnotherVersion_namesIt() throws IOException {
    Path pom = staging.resolve("org/example/demo/1.0/demo-1.0.pom");
    Files.writeString(
        pom,
        Files.readString(pom)
            .replace("<name>demo</name>", "<version>1.1</version><name>demo</name>"));
    assertEquals(
        List.of("org/example/demo/1.0/demo-1.0.pom: version is 1.1, its path says 1.0"),
        assembleAndCheck());
  }

  @Test
  void check_fileOfAnotherName_namesIt() throws IOException {
    Files.writeString(staging.resolve("org/example/demo/1.0/demo.zip"), "stray\n");
    assertEquals(
        List.of("org/example/demo/1.0/demo.zip: not named demo-1.0[-classifier].extension"),
        assembleAndCheck());
  }

  @Test
  void check_artifactNotStaged_namesIt() throws IOException {
    CentralBundle.Expectations more =
        new CentralBundle.Expectations(
            "org.example", "1.0", Set.of("demo-parent", "demo", "demo-extra"), LICENSE, NOTICE);
    CentralBundle.assemble(List.of(staging), more, bundle, zip);
    assertEquals(List.of("org/example/demo-extra/1.0: missing"), CentralBundle.check(bundle, more));
  }

  @Test
  void check_artifactNotExpected_namesIt() throws IOException {
    CentralBundle.assemble(List.of(staging), EXPECTED, bundle, zip);
    Files.createDirectories(bundle.resolve("org/example/demo-examples/1.0"));
    assertEquals(
        List.of("org/example/demo-examples: not an artifact this release publishes"),
        CentralBundle.check(bundle, EXPECTED));
  }

  @Test
  void assemble_twoStagingsDisagree_refuses() throws IOException {
    Path other = work.resolve("other");
    Path parent = Files.createDirectories(other.resolve("org/example/demo-parent/1.0"));
    Files.writeString(parent.resolve("demo-parent-1.0.pom"), "<project/>\n");
    assertThrows(
        IllegalStateException.class,
        () -> CentralBundle.assemble(List.of(staging, other), EXPECTED, bundle, zip));
  }
}
