package ca.cma.wellness.sessions.examples.bench;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.ical.Ical;
import ca.cma.wellness.sessions.json.SessionFeed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Runs the JMH benchmarks of the module's writers, each side by side with the raw library doing
 * the same work in the same run: the 10,000-session iCalendar feed ({@link IcalFeedBenchmark}), a
 * one-event Toronto invite warm ({@link InviteBenchmark}), cold in a fresh JVM ({@link
 * ColdInviteBenchmark}) and as a whole process ({@link ColdProcessBenchmark}), and the
 * 10,000-session JSON feed ({@link JsonFeedBenchmark}). The inputs are {@link BenchData}'s.
 *
 * <pre>
 * mvn -q -B -ntp -pl examples -am -DskipTests package exec:exec@bench
 * mvn -q -B -ntp -pl examples -am -DskipTests package exec:exec@bench -Dbench.args="IcalFeed"
 * </pre>
 *
 * <p>It first prints the sizes of what is written, then hands its arguments to {@code
 * org.openjdk.jmh.Main}, adding {@code -prof gc} (allocation per operation, {@code
 * gc.alloc.rate.norm}), {@code -rf json} and {@code -rff target/jmh-result.json} unless given. Forks,
 * warm-up and measurement are set per class: the feeds run in 2 forks of 4 warm-up and 5 measured
 * iterations of 2 s (one fork's JIT decisions moved ical4j's time by 70% between runs), the warm
 * invite in one fork of 3 and 5; the cold invite in 20 forks of one shot; the cold process as 2
 * warm-up and 10 measured processes. About 9 minutes on 2 cores. JMH options such as {@code -f},
 * {@code -wi} or {@code -i} override them for every class, the cold ones included.
 * Forks run with {@code -Dnet.fortuna.ical4j.timezone.update.enabled=false} so that ical4j never
 * asks tzurl.org for zone updates (4.4.0 does not by default; this makes it explicit), and the warm
 * ones with a fixed 2 GB heap.
 *
 * <h2>Results</h2>
 *
 * RESULTS
 */
public final class Benchmarks {
  /** The JVM option that keeps ical4j off the network. */
  static final String NO_TZ_UPDATES = "-Dnet.fortuna.ical4j.timezone.update.enabled=false";

  /** The warm benchmarks' heap, fixed so that GC pauses do not depend on heap growth. */
  static final String HEAP_MIN = "-Xms2g";

  /** See {@link #HEAP_MIN}. */
  static final String HEAP_MAX = "-Xmx2g";

  private Benchmarks() {}

  /**
   * Prints the output sizes, then runs JMH.
   *
   * @param args JMH options and benchmark name patterns, such as {@code IcalFeed} or {@code -h}
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
    List<String> options = new ArrayList<>(Arrays.asList(args));
    if (!options.contains("-h") && !options.contains("-l") && !options.contains("-lp")) {
      sizes(System.out);
    }
    if (!options.contains("-prof")) {
      options.addAll(0, List.of("-prof", "gc"));
    }
    if (!options.contains("-rf")) {
      options.addAll(0, List.of("-rf", "json"));
    }
    if (!options.contains("-rff")) {
      options.addAll(0, List.of("-rff", "target/jmh-result.json"));
    }
    org.openjdk.jmh.Main.main(options.toArray(new String[0]));
  }

  /**
   * Prints how many bytes each writer writes, for reading allocation against output.
   *
   * @param out where to print
   * @throws IOException never: the streams are in memory
   */
  static void sizes(PrintStream out) throws IOException {
    byte[] ours = ColdInvite.write("ours", BenchData.inviteProgram(), BenchData.CLOCK, BenchData.torontoInvite());
    byte[] ical4j = ColdInvite.write("ical4j", BenchData.inviteProgram(), BenchData.CLOCK, BenchData.torontoInvite());
    byte[] hand = ColdInvite.write("handWritten", BenchData.inviteProgram(), BenchData.CLOCK, BenchData.torontoInvite());
    out.printf(Locale.ROOT, "One-event Toronto invite: ours %,d B, ical4j %,d B, hand-written %,d B%n",
        ours.length, ical4j.length, hand.length);
    Program program = BenchData.largeProgram();
    List<Session> sessions = program.sessionsInOrder();
    ByteArrayOutputStream feed = new ByteArrayOutputStream(1 << 24);
    Ical.of(program, BenchData.CLOCK).writeFeed(sessions, feed);
    ByteArrayOutputStream rawFeed = new ByteArrayOutputStream(1 << 24);
    new RawIcal4j(program, BenchData.CLOCK).writeFeedBulk(sessions, rawFeed);
    ByteArrayOutputStream json = new ByteArrayOutputStream(1 << 24);
    SessionFeed.of(BenchData.CLOCK).write(program, json);
    int n = sessions.size();
    out.printf(Locale.ROOT, "%,d-session iCalendar feed: ours %,d B (%,d B/event), ical4j %,d B (%,d B/event)%n",
        n, feed.size(), feed.size() / n, rawFeed.size(), rawFeed.size() / n);
    out.printf(Locale.ROOT, "%,d-session JSON feed: %,d B (%,d B/session)%n", n, json.size(), json.size() / n);
  }
}
