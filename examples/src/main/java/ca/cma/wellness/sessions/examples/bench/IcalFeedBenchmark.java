package ca.cma.wellness.sessions.examples.bench;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.ical.Ical;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The public feed of {@value BenchData#FEED_SESSIONS} sessions ({@link BenchData#largeProgram()}),
 * streamed to an {@link java.io.OutputStream} that keeps nothing: the module's {@link
 * Ical#writeFeed(Iterable, java.io.OutputStream)} against ical4j 4.4.0 building its model of the
 * same events and writing it with its outputter ({@link RawIcal4j}), events added one by one as
 * ical4j's documentation shows, and with every list built in one go. One operation is the whole
 * feed; divide by {@value BenchData#FEED_SESSIONS} for per-event figures. The floor is {@link
 * HandWrittenFeed}, the same bytes written by hand; {@code oursString} is the {@code String} path. The {@code FirstByte}
 * pair stops each writer at its first write to the stream ({@link FirstByteOutputStream}): the time
 * to the first byte shows whether a writer streams. Results: {@link Benchmarks}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 2, jvmArgsAppend = {Benchmarks.NO_TZ_UPDATES, Benchmarks.HEAP_MIN, Benchmarks.HEAP_MAX})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class IcalFeedBenchmark {
  private List<Session> sessions;
  private Ical ical;
  private RawIcal4j raw;
  private HandWrittenFeed hand;

  /** Builds the program and both writers once. */
  @Setup
  public void setUp() {
    Program program = BenchData.largeProgram();
    sessions = program.sessionsInOrder();
    ical = Ical.of(program, BenchData.CLOCK);
    raw = new RawIcal4j(program, BenchData.CLOCK);
    hand = new HandWrittenFeed(program, BenchData.CLOCK);
  }

  /**
   * The module: streams the feed.
   *
   * @param blackhole JMH's sink
   * @return the bytes written
   * @throws IOException never: the stream does not fail
   */
  @Benchmark
  public long ours(Blackhole blackhole) throws IOException {
    BlackholeOutputStream out = new BlackholeOutputStream(blackhole);
    ical.writeFeed(sessions, out);
    return out.count();
  }

  /**
   * The module: the feed as a {@code String}.
   *
   * @return the text's length
   */
  @Benchmark
  public int oursString() {
    return ical.feed(sessions).length();
  }

  /**
   * The floor: the same bytes written by hand ({@link HandWrittenFeed}).
   *
   * @param blackhole JMH's sink
   * @return the bytes written
   * @throws IOException never: the stream does not fail
   */
  @Benchmark
  public long handWritten(Blackhole blackhole) throws IOException {
    BlackholeOutputStream out = new BlackholeOutputStream(blackhole);
    hand.write(sessions, out);
    return out.count();
  }

  /**
   * The module, until its first bytes reach the stream.
   *
   * @return whether they did
   */
  @Benchmark
  public boolean oursFirstByte() {
    try {
      ical.writeFeed(sessions, new FirstByteOutputStream());
      return false;
    } catch (IOException e) {
      return FirstByteOutputStream.reached(e);
    }
  }

  /**
   * ical4j with every list built in one go, until its first bytes reach the stream.
   *
   * @return whether they did
   */
  @Benchmark
  public boolean ical4jBulkFirstByte() {
    try {
      raw.writeFeedBulk(sessions, new FirstByteOutputStream());
      return false;
    } catch (UncheckedIOException e) {
      return FirstByteOutputStream.reached(e);
    }
  }

  /**
   * ical4j, events added one by one with {@code add}.
   *
   * @param blackhole JMH's sink
   * @return the bytes written
   */
  @Benchmark
  public long ical4jTypical(Blackhole blackhole) {
    BlackholeOutputStream out = new BlackholeOutputStream(blackhole);
    raw.writeFeedTypical(sessions, out);
    return out.count();
  }

  /**
   * ical4j, every list built in one go.
   *
   * @param blackhole JMH's sink
   * @return the bytes written
   */
  @Benchmark
  public long ical4jBulk(Blackhole blackhole) {
    BlackholeOutputStream out = new BlackholeOutputStream(blackhole);
    raw.writeFeedBulk(sessions, out);
    return out.count();
  }
}
