package ca.cma.wellness.sessions.examples.bench;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.ical.Ical;
import ca.cma.wellness.sessions.json.SessionFeed;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Whether time and allocation per event stay flat with the feed's size: the iCalendar and JSON
 * feeds of N = 100 to 1,000,000 sessions streamed to a stream that keeps nothing. The sessions
 * come from a lazy {@link Iterable} that walks {@link BenchData#largeProgram()}'s sessions again
 * and again up to N (so N = 1,000,000 holds 10,000 sessions in memory, not a million), by a prime
 * stride so that every N has the same mix of sessions, in the same order every time. One operation is one whole feed: divide the score and {@code
 * gc.alloc.rate.norm} by N. Results: {@link Benchmarks}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {Benchmarks.NO_TZ_UPDATES, Benchmarks.HEAP_MIN, Benchmarks.HEAP_MAX})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
public class ScalingBenchmark {
  /** How many sessions the feed has. */
  @Param({"100", "1000", "10000", "100000", "1000000"})
  public int sessionCount;

  /** A prime that does not divide the program's size. */
  private static final long STRIDE = 7_919;

  private Iterable<Session> sessions;
  private Ical ical;
  private SessionFeed json;

  /** Builds the program, the writers and the lazy sessions once. */
  @Setup
  public void setUp() {
    Program program = BenchData.largeProgram();
    ical = Ical.of(program, BenchData.CLOCK);
    json = SessionFeed.of(program, BenchData.CLOCK);
    sessions = cycle(program.sessionsInOrder(), sessionCount);
  }

  /**
   * Returns {@code count} sessions of {@code base}, walked by a prime stride and round again,
   * made on each iteration and kept nowhere.
   *
   * @param base the sessions to walk
   * @param count how many to give
   * @return the lazy sessions
   */
  static Iterable<Session> cycle(List<Session> base, int count) {
    return () ->
        new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < count;
          }

          @Override
          public Session next() {
            if (next >= count) {
              throw new NoSuchElementException();
            }
            // A prime stride visits every session once per round, mixed, so that a small N has
            // the same mix of series parts, stand-alone, cancelled and French sessions as a large.
            return base.get((int) ((long) next++ * STRIDE % base.size()));
          }
        };
  }

  /**
   * The iCalendar feed.
   *
   * @param blackhole JMH's sink
   * @return the bytes written
   * @throws IOException never: the stream does not fail
   */
  @Benchmark
  public long ical(Blackhole blackhole) throws IOException {
    BlackholeOutputStream out = new BlackholeOutputStream(blackhole);
    ical.writeFeed(sessions, out);
    return out.count();
  }

  /**
   * The JSON feed v1.
   *
   * @param blackhole JMH's sink
   * @return the bytes written
   * @throws IOException never: the stream does not fail
   */
  @Benchmark
  public long json(Blackhole blackhole) throws IOException {
    BlackholeOutputStream out = new BlackholeOutputStream(blackhole);
    json.writeFeed(sessions, out);
    return out.count();
  }
}
