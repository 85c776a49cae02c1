package ca.cma.wellness.sessions.examples.bench;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that fails on its first write: it stops a writer as soon as its first bytes
 * leave it, so that a benchmark times how long a writer takes to start streaming (and what it
 * allocates before that). A writer that streams gets there after a few events; one that builds the
 * whole text first gets there at the end.
 */
final class FirstByteOutputStream extends OutputStream {
  /** What the stream throws: without a stack trace, so that throwing it costs next to nothing. */
  static final class FirstByte extends IOException {
    private static final long serialVersionUID = 1L;

    FirstByte() {
      super("first byte");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  @Override
  public void write(int b) throws FirstByte {
    throw new FirstByte();
  }

  @Override
  public void write(byte[] b, int off, int len) throws FirstByte {
    throw new FirstByte();
  }

  /**
   * Tells whether a failure is this stream's, directly or wrapped.
   *
   * @param failure what a writer threw
   * @return whether the first byte was reached
   */
  static boolean reached(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof FirstByte) {
        return true;
      }
    }
    return false;
  }
}
