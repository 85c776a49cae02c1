package ca.cma.wellness.sessions.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole cold process that writes one invite: each shot starts {@code java} on {@link
 * ColdInvite} with this benchmark's class path and default JVM options, reads the invite from its
 * standard output and waits for it to exit. The time includes the JVM's start and exit and building
 * the fixtures, which are the same for every writer. The {@code gc} profiler's figures here are the
 * benchmark JVM's, which only waits: they say nothing of the child. Results: {@link Benchmarks}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = Benchmarks.NO_TZ_UPDATES)
@Warmup(iterations = 2)
@Measurement(iterations = 10)
public class ColdProcessBenchmark {
  /** The writer the process uses. */
  @Param({"ours", "handWritten", "ical4j"})
  public String writer;

  /**
   * Runs one process.
   *
   * @return how many bytes the invite has
   * @throws IOException if the process cannot be started or read
   * @throws InterruptedException if interrupted while waiting for it
   */
  @Benchmark
  public int process() throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command(writer)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    int size;
    try (InputStream in = process.getInputStream()) {
      size = in.readAllBytes().length;
    }
    int exit = process.waitFor();
    if (exit != 0 || size == 0) {
      throw new IllegalStateException("ColdInvite " + writer + " exited with " + exit + " after " + size + " bytes");
    }
    return size;
  }

  /**
   * The command of a fresh JVM that writes one invite with the given writer ({@link ColdInvite}),
   * on this JVM's class path.
   */
  static List<String> command(String writer) {
    return List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        Benchmarks.NO_TZ_UPDATES,
        "-cp",
        System.getProperty("java.class.path"),
        ColdInvite.class.getName(),
        writer);
  }
}
