package ca.cma.wellness.sessions.examples.bench;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.json.SessionFeed;
import java.io.IOException;
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
 * The JSON feed v1 of {@value BenchData#FEED_SESSIONS} sessions to an {@link java.io.OutputStream}
 * that keeps nothing: the module's {@link SessionFeed#write(Program, java.io.OutputStream)} against
 * Jackson 3 writing the same bytes by hand, as a tree and with its streaming generator ({@link
 * RawJackson}). Results: {@link Benchmarks}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 2, jvmArgsAppend = {Benchmarks.NO_TZ_UPDATES, Benchmarks.HEAP_MIN, Benchmarks.HEAP_MAX})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsonFeedBenchmark {
  private Program program;
  private List<Session> sessions;
  private SessionFeed feed;
  private RawJackson raw;

  /** Builds the program and the writers once. */
  @Setup
  public void setUp() {
    program = BenchData.largeProgram();
    feed = SessionFeed.of(program, BenchData.CLOCK);
    sessions = program.upcoming(BenchData.CLOCK);
    raw = new RawJackson(BenchData.CLOCK);
  }

  /**
   * The module.
   *
   * @param blackhole JMH's sink
   * @return the bytes written
   * @throws IOException never: the sink does not fail
   */
  @Benchmark
  public long ours(Blackhole blackhole) throws IOException {
    BlackholeOutputStream out = new BlackholeOutputStream(blackhole);
    feed.writeFeed(sessions, out);
    return out.count();
  }

  /**
   * Jackson, a tree built by hand.
   *
   * @param blackhole JMH's sink
   * @return the bytes written
   */
  @Benchmark
  public long jacksonTree(Blackhole blackhole) {
    BlackholeOutputStream out = new BlackholeOutputStream(blackhole);
    raw.writeTree(program, out);
    return out.count();
  }

  /**
   * Jackson's streaming generator.
   *
   * @param blackhole JMH's sink
   * @return the bytes written
   */
  @Benchmark
  public long jacksonStreaming(Blackhole blackhole) {
    BlackholeOutputStream out = new BlackholeOutputStream(blackhole);
    raw.writeStream(program, out);
    return out.count();
  }
}
