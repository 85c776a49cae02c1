package ca.cma.wellness.sessions.examples.bench;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.ical.Ical;
import ca.cma.wellness.sessions.invites.InviteMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;

/**
 * A process that writes one invite and exits, as a command-line tool or a serverless function
 * would: what {@link ColdProcessBenchmark} starts. The message is {@link
 * BenchData#torontoInvite()}; the calendar's bytes go to standard output.
 *
 * <p>{@code java -cp ... ca.cma.wellness.sessions.examples.bench.ColdInvite ours|handWritten|ical4j}
 */
public final class ColdInvite {
  private ColdInvite() {}

  /**
   * Writes the invite with the writer named by the argument.
   *
   * @param args {@code ours}, {@code handWritten} or {@code ical4j}
   * @throws IOException if standard output fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ColdInvite ours|handWritten|ical4j");
    }
    System.out.write(write(args[0], BenchData.inviteProgram(), BenchData.CLOCK, BenchData.torontoInvite()));
    System.out.flush();
  }

  /**
   * Writes one invite's calendar with one of the three writers, each created for this call only.
   *
   * @param writer {@code ours}, {@code handWritten} or {@code ical4j}
   * @param program the program
   * @param clock the source of DTSTAMP
   * @param message the message
   * @return the calendar's bytes
   */
  static byte[] write(String writer, Program program, Clock clock, InviteMessage message) {
    switch (writer) {
      case "ours":
        return Ical.of(program, clock).invite(message).bytes();
      case "handWritten":
        return new HandWrittenInvite(program, clock).write(message);
      case "ical4j":
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        RawIcal4j.write(new RawIcal4j(program, clock).invite(message), out);
        return out.toByteArray();
      default:
        throw new IllegalArgumentException("no writer " + writer + "; ours, handWritten or ical4j");
    }
  }
}
