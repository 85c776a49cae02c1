package ca.cma.wellness.sessions.examples.bench;

import java.io.OutputStream;
import java.util.Objects;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The "null" output stream of the benchmarks: it keeps nothing, but hands every buffer to JMH's
 * {@link Blackhole} and counts the bytes, so that the JIT cannot drop the work that made them.
 */
final class BlackholeOutputStream extends OutputStream {
  private final Blackhole blackhole;
  private long count;

  BlackholeOutputStream(Blackhole blackhole) {
    this.blackhole = Objects.requireNonNull(blackhole, "blackhole");
  }

  @Override
  public void write(int b) {
    blackhole.consume(b);
    count++;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    Objects.checkFromIndexSize(off, len, b.length);
    blackhole.consume(b);
    count += len;
  }

  /** Returns how many bytes were written. */
  long count() {
    return count;
  }
}
