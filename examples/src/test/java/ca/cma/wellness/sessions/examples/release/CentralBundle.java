package ca.cma.wellness.sessions.examples.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The bundle a Maven Central release uploads, gathered from this build, and the rules it must
 * meet.
 *
 * <p>Every published module stages its POM, its jar and its attached artifacts into its own
 * {@code target/staging} repository (invoker:install in the parent POM). {@link #assemble} copies
 * the project's artifacts from there into one folder in repository layout and adds checksums;
 * {@link #check} lists every way in which the folder falls short of what Central accepts and of
 * what this project promises in each artifact (licence and notice in every jar, an SBOM beside
 * every jar). Nothing is signed: a real release adds an {@code .asc} beside every file.
 */
final class CentralBundle {
  /** The checksum files written and checked beside every file: extension and digest name. */
  static final Map<String, String> CHECKSUMS = checksums();

  /** Files that a local repository keeps for itself and a release never uploads. */
  private static final Pattern LOCAL_REPOSITORY_FILE =
      Pattern.compile(
          "_remote\\.repositories|maven-metadata.*\\.xml|.*\\.lastUpdated"
              + "|resolver-status\\.properties");

  /** The instant of every zip entry: the same bundle gives the same zip. */
  private static final FileTime ZIP_TIME = FileTime.fromMillis(0);

  private CentralBundle() {}

  private static Map<String, String> checksums() {
    Map<String, String> checksums = new LinkedHashMap<>();
    checksums.put("md5", "MD5");
    checksums.put("sha1", "SHA-1");
    checksums.put("sha256", "SHA-256");
    checksums.put("sha512", "SHA-512");
    return checksums;
  }

  /** What a bundle must hold: the coordinates of every artifact and the legal texts of jars. */
  record Expectations(
      String groupId, String version, Set<String> artifactIds, byte[] license, byte[] notice) {
    Expectations {
      artifactIds = Set.copyOf(artifactIds);
      license = license.clone();
      notice = notice.clone();
    }

    Path folderOf(Path bundle, String artifactId) {
      return bundle.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version);
    }
  }

  /**
   * Copies the expected artifacts from the staging repositories into {@code bundle} (emptied
   * first), writes the checksums of every file, and zips the folder into {@code zip}.
   *
   * @param stagings the staging repositories, in any order
   * @param expected the artifacts to gather
   * @param bundle the folder to fill
   * @param zip the zip file to write
   * @throws IOException when a file cannot be read or written
   * @throws IllegalStateException when two stagings hold different bytes under one name
   */
  static void assemble(List<Path> stagings, Expectations expected, Path bundle, Path zip)
      throws IOException {
    deleteRecursively(bundle);
    Files.createDirectories(bundle);
    for (Path staging : stagings) {
      for (String artifactId : expected.artifactIds()) {
        Path from = expected.folderOf(staging, artifactId);
        if (!Files.isDirectory(from)) {
          continue;
        }
        Path to = expected.folderOf(bundle, artifactId);
        Files.createDirectories(to);
        for (Path file : list(from)) {
          String name = file.getFileName().toString();
          if (LOCAL_REPOSITORY_FILE.matcher(name).matches()) {
            continue;
          }
          Path target = to.resolve(name);
          if (Files.exists(target)) {
            if (Files.mismatch(file, target) != -1) {
              throw new IllegalStateException(
                  "two stagings hold different " + name + ": " + file + " and " + target);
            }
            continue;
          }
          Files.copy(file, target);
        }
      }
    }
    try (Stream<Path> files = Files.walk(bundle)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        for (Map.Entry<String, String> checksum : CHECKSUMS.entrySet()) {
          Path sum = file.resolveSibling(file.getFileName() + "." + checksum.getKey());
          Files.writeString(sum, digest(file, checksum.getValue()));
        }
      }
    }
    zip(bundle, zip);
  }

  /**
   * Lists every way in which {@code bundle} falls short of Maven Central's rules and of this
   * project's promises; an empty list means it may be signed and uploaded.
   *
   * <p>Per artifact: a folder {@code groupId-path/artifactId/version}; a POM whose coordinates
   * are that path and whose model (with parents, found in the bundle) has a name, description,
   * url, licence, developer, scm url and connection, issue tracker and inception year; for jar
   * packaging the jar, {@code -sources.jar}, {@code -javadoc.jar} and the CycloneDX SBOM; every
   * file named {@code artifactId-version[-classifier].extension} with a matching md5, sha1,
   * sha256 and sha512 beside it; and {@code META-INF/LICENSE} and {@code META-INF/NOTICE}, as
   * expected, in every jar.
   *
   * @param bundle the folder in repository layout
   * @param expected what it must hold
   * @return the problems, one sentence each, naming the file
   * @throws IOException when a file cannot be read
   */
  static List<String> check(Path bundle, Expectations expected) throws IOException {
    List<String> problems = new ArrayList<>();
    Path group = bundle.resolve(expected.groupId().replace('.', '/'));
    if (Files.isDirectory(group)) {
      for (Path artifact : list(group)) {
        String artifactId = artifact.getFileName().toString();
        if (!expected.artifactIds().contains(artifactId)) {
          problems.add(bundle.relativize(artifact) + ": not an artifact this release publishes");
        }
      }
    }
    for (String artifactId : new TreeSet<>(expected.artifactIds())) {
      Path folder = expected.folderOf(bundle, artifactId);
      if (!Files.isDirectory(folder)) {
        problems.add(bundle.relativize(folder) + ": missing");
        continue;
      }
      checkArtifact(bundle, folder, artifactId, expected, problems);
    }
    return problems;
  }

  private static void checkArtifact(
      Path bundle, Path folder, String artifactId, Expectations expected, List<String> problems)
      throws IOException {
    String base = artifactId + "-" + expected.version();
    Path pomFile = folder.resolve(base + ".pom");
    if (!Files.isRegularFile(pomFile)) {
      problems.add(bundle.relativize(pomFile) + ": missing");
      return;
    }
    Pom pom = Pom.read(pomFile);
    String where = bundle.relativize(pomFile).toString();
    List<Pom> lineage = lineage(bundle, pom, where, problems);
    expectEqual(where, "groupId", inherited(lineage, "groupId"), expected.groupId(), problems);
    expectEqual(where, "artifactId", pom.text("artifactId"), artifactId, problems);
    expectEqual(where, "version", inherited(lineage, "version"), expected.version(), problems);
    if (pom.text("name").isEmpty()) {
      problems.add(where + ": no name");
    }
    for (String path :
        List.of(
            "description",
            "url",
            "inceptionYear",
            "licenses/license/name",
            "developers/developer/name",
            "scm/url",
            "scm/connection",
            "issueManagement/url")) {
      if (inherited(lineage, path).isEmpty()) {
        problems.add(where + ": no " + path + " (nor in its parents)");
      }
    }
    String packaging = pom.text("packaging").orElse("jar");
    if (packaging.equals("jar")) {
      for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar", "-cyclonedx.json")) {
        Path required = folder.resolve(base + suffix);
        if (!Files.isRegularFile(required)) {
          problems.add(bundle.relativize(required) + ": missing");
        }
      }
    }
    Pattern name = Pattern.compile(Pattern.quote(base) + "(-[A-Za-z0-9_.-]+)?\\.[a-z]+");
    for (Path file : list(folder)) {
      String fileName = file.getFileName().toString();
      if (isChecksum(fileName)) {
        continue;
      }
      Path relative = bundle.relativize(file);
      if (!name.matcher(fileName).matches()) {
        problems.add(relative + ": not named " + base + "[-classifier].extension");
      }
      for (Map.Entry<String, String> checksum : CHECKSUMS.entrySet()) {
        Path sum = file.resolveSibling(fileName + "." + checksum.getKey());
        if (!Files.isRegularFile(sum)) {
          problems.add(relative + "." + checksum.getKey() + ": missing");
        } else if (!Files.readString(sum).trim().equals(digest(file, checksum.getValue()))) {
          problems.add(relative + "." + checksum.getKey() + ": does not match the file");
        }
      }
      if (fileName.endsWith(".jar")) {
        checkLegalFiles(file, relative, expected, problems);
      }
    }
  }

  private static void checkLegalFiles(
      Path jar, Path relative, Expectations expected, List<String> problems) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (Map.Entry<String, byte[]> legal :
          List.of(
              Map.entry("META-INF/LICENSE", expected.license()),
              Map.entry("META-INF/NOTICE", expected.notice()))) {
        ZipEntry entry = zip.getEntry(legal.getKey());
        if (entry == null) {
          problems.add(relative + ": no " + legal.getKey());
          continue;
        }
        try (InputStream in = zip.getInputStream(entry)) {
          if (!Arrays.equals(in.readAllBytes(), legal.getValue())) {
            problems.add(relative + ": " + legal.getKey() + " is not the project's");
          }
        }
      }
    }
  }

  /** The POM and its parents, nearest first, as far as the bundle holds them. */
  private static List<Pom> lineage(Path bundle, Pom pom, String where, List<String> problems)
      throws IOException {
    List<Pom> lineage = new ArrayList<>();
    lineage.add(pom);
    Pom current = pom;
    while (current.element("parent").isPresent()) {
      String groupId = current.text("parent/groupId").orElse("");
      String artifactId = current.text("parent/artifactId").orElse("");
      String version = current.text("parent/version").orElse("");
      Path parent =
          bundle
              .resolve(groupId.replace('.', '/'))
              .resolve(artifactId)
              .resolve(version)
              .resolve(artifactId + "-" + version + ".pom");
      if (!Files.isRegularFile(parent)) {
        problems.add(where + ": parent " + groupId + ":" + artifactId + ":" + version
            + " is not in the bundle");
        break;
      }
      current = Pom.read(parent);
      lineage.add(current);
    }
    return lineage;
  }

  /** A value of the POM or of its nearest parent that has it ({@code groupId} from parent/). */
  private static Optional<String> inherited(List<Pom> lineage, String path) {
    for (Pom pom : lineage) {
      Optional<String> value = pom.text(path);
      if (value.isEmpty() && (path.equals("groupId") || path.equals("version"))) {
        value = pom.text("parent/" + path);
      }
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  private static void expectEqual(
      String where, String what, Optional<String> actual, String expected, List<String> problems) {
    if (!actual.equals(Optional.of(expected))) {
      problems.add(
          where + ": " + what + " is " + actual.orElse("missing") + ", its path says " + expected);
    }
  }

  private static boolean isChecksum(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot >= 0 && CHECKSUMS.containsKey(fileName.substring(dot + 1));
  }

  /**
   * Returns the hexadecimal digest of a file.
   *
   * @param file the file
   * @param algorithm a {@link MessageDigest} algorithm name
   * @return lower-case hexadecimal
   * @throws IOException when the file cannot be read
   */
  static String digest(Path file, String algorithm) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance(algorithm);
      return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm, e);
    }
  }

  private static void zip(Path bundle, Path zip) throws IOException {
    Files.createDirectories(zip.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream archive = new ZipOutputStream(out);
        Stream<Path> files = Files.walk(bundle)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        ZipEntry entry = new ZipEntry(bundle.relativize(file).toString().replace('\\', '/'));
        entry.setLastModifiedTime(ZIP_TIME);
        archive.putNextEntry(entry);
        Files.copy(file, archive);
        archive.closeEntry();
      }
    }
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.sorted().toList();
    }
  }

  static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
