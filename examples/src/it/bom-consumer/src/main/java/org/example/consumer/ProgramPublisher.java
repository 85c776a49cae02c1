package org.example.consumer;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.ical.Ical;
import ca.cma.wellness.sessions.json.SessionFeed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/** What a host application does with the library: publish its program as iCalendar and JSON. */
public final class ProgramPublisher {
  private final Program program;
  private final Clock clock;

  public ProgramPublisher(Program program, Clock clock) {
    this.program = program;
    this.clock = clock;
  }

  /** The public iCalendar feed of every session. */
  public String icalendarFeed() {
    StringBuilder out = new StringBuilder();
    try {
      Ical.of(program, clock).writeFeed(program.sessions(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The public JSON feed v1. */
  public String jsonFeed() {
    return SessionFeed.of(program, clock).feed(program.sessions());
  }
}
