package ca.cma.wellness.sessions.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The cold-start target on a shared machine: whole {@link ColdInvite} processes, ours and the
 * hand-written writer's, run in pairs (alternating which goes first), for the median of the
 * paired time ratios and each process's peak resident set size, read from {@code /usr/bin/time
 * -f %M} where that exists.
 *
 * <pre>
 * java -cp ... ca.cma.wellness.sessions.examples.bench.ColdPairs [pairs]
 * </pre>
 */
public final class ColdPairs {
  private static final Path TIME = Path.of("/usr/bin/time");

  private ColdPairs() {}

  /** One process: wall time and peak RSS in KB, or -1 when unknown. */
  record Shot(long nanos, long peakKb) {}

  /**
   * Runs two warm-up pairs and then the measured ones.
   *
   * @param args the number of measured pairs, 20 unless given
   * @throws IOException if a process cannot be started
   * @throws InterruptedException if interrupted while waiting
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    for (int i = 0; i < 2; i++) {
      shot("ours");
      shot("handWritten");
    }
    double[] ratios = new double[pairs];
    double[] rss = new double[pairs];
    List<Shot> ours = new ArrayList<>();
    List<Shot> hand = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      Shot a;
      Shot b;
      if (i % 2 == 0) {
        a = shot("ours");
        b = shot("handWritten");
      } else {
        b = shot("handWritten");
        a = shot("ours");
      }
      ours.add(a);
      hand.add(b);
      ratios[i] = (double) a.nanos / b.nanos;
      rss[i] = a.peakKb < 0 ? Double.NaN : (double) a.peakKb / b.peakKb;
    }
    System.out.printf(Locale.ROOT, "%d pairs, load %s%n", pairs, PairedRuns.load());
    System.out.printf(Locale.ROOT, "  ours         median %6.1f ms, peak RSS median %,d KB%n",
        median(ours.stream().mapToDouble(s -> s.nanos / 1e6).toArray()),
        (long) median(ours.stream().mapToDouble(s -> s.peakKb).toArray()));
    System.out.printf(Locale.ROOT, "  hand-written median %6.1f ms, peak RSS median %,d KB%n",
        median(hand.stream().mapToDouble(s -> s.nanos / 1e6).toArray()),
        (long) median(hand.stream().mapToDouble(s -> s.peakKb).toArray()));
    System.out.printf(Locale.ROOT, "  paired ratio: time median %.2f, peak RSS median %.2f%n", median(ratios), median(rss));
  }

  private static Shot shot(String writer) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    boolean timed = Files.isExecutable(TIME);
    if (timed) {
      command.addAll(List.of(TIME.toString(), "-f", "%M"));
    }
    command.addAll(ColdProcessBenchmark.command(writer));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).start();
    int size;
    try (InputStream in = process.getInputStream()) {
      size = in.readAllBytes().length;
    }
    String err;
    try (InputStream in = process.getErrorStream()) {
      err = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    int exit = process.waitFor();
    long nanos = System.nanoTime() - start;
    if (exit != 0 || size == 0) {
      throw new IllegalStateException("ColdInvite " + writer + " exited with " + exit + ": " + err);
    }
    long peak = -1;
    if (timed) {
      String[] lines = err.split("\n");
      peak = Long.parseLong(lines[lines.length - 1].strip());
    }
    return new Shot(nanos, peak);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
