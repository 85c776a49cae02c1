package ca.cma.wellness.sessions.examples.bench;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.ical.Ical;
import ca.cma.wellness.sessions.json.SessionFeed;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * Side-by-side runs for a shared, loaded machine: each writer and its yardstick run alternately,
 * one whole feed each, in the same thread, so that both see the same load; the ratio of each
 * adjacent pair is taken, then their median. Time is wall-clock and the thread's CPU time;
 * allocation is exact, from the thread's allocated-bytes counter ({@code
 * com.sun.management.ThreadMXBean}). JMH ({@link Benchmarks}) remains the reference for absolute
 * numbers; this is for ratios when other processes share the cores.
 *
 * <pre>
 * java -cp ... ca.cma.wellness.sessions.examples.bench.PairedRuns [rounds]
 * </pre>
 */
public final class PairedRuns {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private PairedRuns() {}

  /** One run of a writer: the feed, to a stream that keeps nothing. */
  @FunctionalInterface
  interface Run {
    void run(OutputStream out) throws IOException;
  }

  /** One measured run. */
  record Sample(long wallNanos, long cpuNanos, long allocated) {}

  /**
   * Runs every pair.
   *
   * @param args the number of measured rounds, 30 unless given
   * @throws IOException never: the streams keep nothing
   */
  public static void main(String[] args) throws IOException {
    System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
    if (args.length > 0 && args[0].equals("scaling")) {
      scaling();
      return;
    }
    if (args.length > 0 && args[0].equals("ledger")) {
      for (int round = 0; round < 3; round++) {
        ledger(1);
        ledger(2);
      }
      return;
    }
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    Program program = BenchData.largeProgram();
    List<Session> sessions = program.sessionsInOrder();
    List<Session> upcoming = program.upcoming(BenchData.CLOCK);
    Ical ical = Ical.of(program, BenchData.CLOCK);
    HandWrittenFeed hand = new HandWrittenFeed(program, BenchData.CLOCK);
    SessionFeed json = SessionFeed.of(program, BenchData.CLOCK);
    RawJackson jackson = new RawJackson(BenchData.CLOCK);
    RawIcal4j raw = new RawIcal4j(program, BenchData.CLOCK);
    int n = sessions.size();
    System.out.printf(Locale.ROOT, "%,d sessions, %d rounds, load %s%n", n, rounds, load());
    pair("iCalendar stream: ours / hand-written", n, rounds,
        out -> ical.writeFeed(sessions, out), out -> hand.write(sessions, out));
    pair("iCalendar String: ours / hand-written stream", n, rounds,
        out -> out.write(ical.feed(sessions).length()), out -> hand.write(sessions, out));
    pair("JSON stream: ours / Jackson streaming", upcoming.size(), rounds,
        out -> json.writeFeed(upcoming, out), out -> jackson.writeStream(program, out));
    pair("iCalendar stream: ours / ical4j bulk", n, Math.max(3, rounds / 5),
        out -> ical.writeFeed(sessions, out), out -> raw.writeFeedBulk(sessions, out));
    System.out.printf(Locale.ROOT, "load %s%n", load());
  }

  /**
   * The scaling table with the thread's CPU time, which other processes disturb less than wall
   * time: the feeds of {@link ScalingBenchmark} for N = 100 to 1,000,000, median of several runs
   * after a warm-up at N = 10,000.
   */
  private static void scaling() throws IOException {
    Program program = BenchData.largeProgram();
    Ical ical = Ical.of(program, BenchData.CLOCK);
    SessionFeed json = SessionFeed.of(program, BenchData.CLOCK);
    Iterable<Session> warm = ScalingBenchmark.cycle(program.sessionsInOrder(), 10_000);
    for (int i = 0; i < 30; i++) {
      ical.writeFeed(warm, OutputStream.nullOutputStream());
      json.writeFeed(warm, OutputStream.nullOutputStream());
    }
    System.out.printf(Locale.ROOT, "%9s  %-34s  %-34s  load%n", "N", "iCalendar: cpu/wall us, B per event", "JSON: cpu/wall us, B per event");
    for (int n : new int[] {1_000_000, 100_000, 10_000, 1_000, 100, 1_000, 100}) {
      Iterable<Session> sessions = ScalingBenchmark.cycle(program.sessionsInOrder(), n);
      int runs = n >= 1_000_000 ? 3 : n >= 100_000 ? 5 : Math.max(9, 2_000_000 / n / 100);
      List<Sample> a = new ArrayList<>();
      List<Sample> b = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        a.add(measure(out -> ical.writeFeed(sessions, out)));
        b.add(measure(out -> json.writeFeed(sessions, out)));
      }
      System.out.printf(Locale.ROOT, "%,9d  %8.2f / %8.2f us, %,7d B        %8.2f / %8.2f us, %,7d B        %s%n", n,
          median(a, false) / 1e3 / n, median(a, true) / 1e3 / n, a.get(runs - 1).allocated / n,
          median(b, false) / 1e3 / n, median(b, true) / 1e3 / n, b.get(runs - 1).allocated / n, load());
    }
  }

  /**
   * {@link LedgerBenchmark}'s register-and-withdraw pairs on {@code threads} threads, each on busy
   * sessions of its own in one ledger, as its iterations run them: 40 rounds of 100 ms, each on a
   * fresh ledger, the first 10 as warm-up. Prints pairs per second of wall time for all threads,
   * and per second of each thread's own CPU time, which shows whether threads slow each other
   * down when the machine has fewer free cores than threads.
   */
  private static void ledger(int threads) {
    int rounds = 40;
    int warmUp = 10;
    long[] pairs = new long[threads];
    long[] cpu = new long[threads];
    LedgerBenchmark.Busy busy = new LedgerBenchmark.Busy();
    CyclicBarrier fresh = new CyclicBarrier(threads, busy::setUp);
    CyclicBarrier ready = new CyclicBarrier(threads);
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      int index = t;
      workers[t] =
          new Thread(
              () -> {
                LedgerBenchmark.Worker worker = new LedgerBenchmark.Worker();
                for (int round = 0; round < rounds; round++) {
                  await(fresh);
                  worker.setUp(busy);
                  await(ready);
                  long start = THREADS.getCurrentThreadCpuTime();
                  long end = System.nanoTime() + 100_000_000L;
                  long count = 0;
                  while (System.nanoTime() < end) {
                    LedgerBenchmark.pair(busy.ledger, worker);
                    count++;
                  }
                  if (round >= warmUp) {
                    cpu[index] += THREADS.getCurrentThreadCpuTime() - start;
                    pairs[index] += count;
                  }
                  await(ready);
                }
              });
    }
    for (Thread worker : workers) {
      worker.start();
    }
    for (Thread worker : workers) {
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    long total = Arrays.stream(pairs).sum();
    double perCpuSecond = 0;
    for (int t = 0; t < threads; t++) {
      perCpuSecond += pairs[t] / (cpu[t] / 1e9);
    }
    System.out.printf(Locale.ROOT,
        "ledger, %d thread(s): %,9.0f pairs/s of wall time, %,9.0f pairs per CPU-second per thread (load %s)%n",
        threads, total / ((rounds - warmUp) * 0.1), perCpuSecond / threads, load());
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (BrokenBarrierException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void pair(String name, int events, int rounds, Run ours, Run yardstick) throws IOException {
    for (int i = 0; i < Math.max(5, rounds / 2); i++) {
      measure(ours);
      measure(yardstick);
    }
    List<Sample> a = new ArrayList<>();
    List<Sample> b = new ArrayList<>();
    double[] wall = new double[rounds];
    double[] cpu = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      // Alternate which goes first, so that neither always follows the other's garbage.
      Sample x;
      Sample y;
      if (i % 2 == 0) {
        x = measure(ours);
        y = measure(yardstick);
      } else {
        y = measure(yardstick);
        x = measure(ours);
      }
      a.add(x);
      b.add(y);
      wall[i] = (double) x.wallNanos / y.wallNanos;
      cpu[i] = (double) x.cpuNanos / y.cpuNanos;
    }
    System.out.printf(Locale.ROOT, "%s (load %s)%n", name, load());
    System.out.printf(Locale.ROOT,
        "  ours       wall min %7.2f / median %7.2f us/event, cpu median %7.2f us/event, %,7d B/event%n",
        min(a, true) / 1e3 / events, median(a, true) / 1e3 / events, median(a, false) / 1e3 / events,
        a.get(a.size() - 1).allocated / events);
    System.out.printf(Locale.ROOT,
        "  yardstick  wall min %7.2f / median %7.2f us/event, cpu median %7.2f us/event, %,7d B/event%n",
        min(b, true) / 1e3 / events, median(b, true) / 1e3 / events, median(b, false) / 1e3 / events,
        b.get(b.size() - 1).allocated / events);
    System.out.printf(Locale.ROOT, "  ratio of adjacent runs: wall median %.2f, cpu median %.2f%n",
        median(wall), median(cpu));
  }

  private static Sample measure(Run run) throws IOException {
    long thread = Thread.currentThread().getId();
    OutputStream out = OutputStream.nullOutputStream();
    long allocated = THREADS.getThreadAllocatedBytes(thread);
    long cpu = THREADS.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    run.run(out);
    long wallNanos = System.nanoTime() - wall;
    long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpu;
    return new Sample(wallNanos, cpuNanos, THREADS.getThreadAllocatedBytes(thread) - allocated);
  }

  private static double min(List<Sample> samples, boolean wall) {
    return samples.stream().mapToLong(s -> wall ? s.wallNanos : s.cpuNanos).min().orElseThrow();
  }

  private static double median(List<Sample> samples, boolean wall) {
    return median(samples.stream().mapToDouble(s -> wall ? s.wallNanos : s.cpuNanos).toArray());
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** The system load average of the last minute. */
  static String load() {
    return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
