package ca.cma.wellness.sessions.examples.bench;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.invites.InviteMessage;
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

/**
 * The first invite a fresh JVM writes: one single shot per fork, in {@value #FORKS} forks, so the
 * time includes loading and initialising every class the writer needs (and, for ical4j, building
 * its zone registry) but not the JVM's own start nor the domain objects, which the setup builds
 * before the shot as a host application would have them. The writers are created inside the shot.
 * Compare {@code ours} with {@code handWritten} for the cold-start target;
 * {@link ColdProcessBenchmark} times whole processes. Results: {@link Benchmarks}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = ColdInviteBenchmark.FORKS, jvmArgsAppend = Benchmarks.NO_TZ_UPDATES)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdInviteBenchmark {
  /** How many fresh JVMs each writer is timed in. */
  public static final int FORKS = 20;

  private Program program;
  private InviteMessage message;

  /** Builds the domain objects before the shot. */
  @Setup
  public void setUp() {
    program = BenchData.inviteProgram();
    message = BenchData.torontoInvite();
  }

  /**
   * The module's first invite.
   *
   * @return the calendar's bytes
   */
  @Benchmark
  public byte[] ours() {
    return ColdInvite.write("ours", program, BenchData.CLOCK, message);
  }

  /**
   * The minimal hand-written writer's first invite.
   *
   * @return the calendar's bytes
   */
  @Benchmark
  public byte[] handWritten() {
    return ColdInvite.write("handWritten", program, BenchData.CLOCK, message);
  }

  /**
   * ical4j's first invite, its zone registry included.
   *
   * @return the calendar's bytes
   */
  @Benchmark
  public byte[] ical4j() {
    return ColdInvite.write("ical4j", program, BenchData.CLOCK, message);
  }
}
