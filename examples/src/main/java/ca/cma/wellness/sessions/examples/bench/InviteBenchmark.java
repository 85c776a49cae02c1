package ca.cma.wellness.sessions.examples.bench;

import ca.cma.wellness.sessions.ical.Ical;
import ca.cma.wellness.sessions.invites.InviteMessage;
import java.io.ByteArrayOutputStream;
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
 * One REQUEST invite for a 7 pm Toronto session ({@link BenchData#torontoInvite()}), warm: the
 * module's {@link Ical#invite} (calendar, subject and plain-text body) and its calendar's bytes,
 * against ical4j building and writing the same calendar ({@link RawIcal4j#invite}) and the minimal
 * hand-written writer ({@link HandWrittenInvite}). Results: {@link Benchmarks}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {Benchmarks.NO_TZ_UPDATES, Benchmarks.HEAP_MIN, Benchmarks.HEAP_MAX})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class InviteBenchmark {
  private InviteMessage message;
  private Ical ical;
  private RawIcal4j raw;
  private HandWrittenInvite hand;

  /** Builds the message and the three writers once. */
  @Setup
  public void setUp() {
    message = BenchData.torontoInvite();
    ical = Ical.of(BenchData.inviteProgram(), BenchData.CLOCK);
    raw = new RawIcal4j(BenchData.inviteProgram(), BenchData.CLOCK);
    hand = new HandWrittenInvite(BenchData.inviteProgram(), BenchData.CLOCK);
  }

  /**
   * The module.
   *
   * @return the calendar's bytes
   */
  @Benchmark
  public byte[] ours() {
    return ical.invite(message).bytes();
  }

  /**
   * ical4j's model and outputter.
   *
   * @return the calendar's bytes
   */
  @Benchmark
  public byte[] ical4j() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    RawIcal4j.write(raw.invite(message), out);
    return out.toByteArray();
  }

  /**
   * The minimal hand-written writer.
   *
   * @return the calendar's bytes
   */
  @Benchmark
  public byte[] handWritten() {
    return hand.write(message);
  }
}
