package ca.cma.wellness.sessions.examples.large;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.ical.Ical;
import ca.cma.wellness.sessions.json.SessionFeed;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Writes feeds of {@value #SESSIONS} sessions from a lazy {@link Iterable} that makes each session
 * when asked and keeps none, to outputs that keep nothing but counts; run by {@link LargeFeedTest}
 * in a JVM of its own with a 64 MB heap. Prints one line per feed: {@code <kind> events=<n>
 * bytes=<n>}, and the heap's maximum first.
 */
public final class LargeFeed {
  /** How many sessions each feed has. */
  public static final int SESSIONS = 100_000;

  private static final List<ZoneId> ZONES =
      List.of(ZoneId.of("America/Toronto"), ZoneId.of("America/Vancouver"), ZoneId.of("America/St_Johns"));

  private static final Session FRENCH =
      Fixtures.IMPOSTER_SYNDROME
          .withTitle("Le syndrome de l'imposteur")
          .withDescription(
              "Bien des médecins se sentent un jour imposteurs, dès la faculté de médecine, et ce"
                  + " sentiment nourrit l'épuisement professionnel. Ensemble, nous verrons d'où il"
                  + " vient et nous pratiquerons des façons de penser qui en protègent.")
          .withLanguage(Language.FRENCH);

  private LargeFeed() {}

  /** The sessions, made anew on each iteration: the same ones every time. */
  static Iterable<Session> sessions() {
    return () ->
        new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < SESSIONS;
          }

          @Override
          public Session next() {
            if (next >= SESSIONS) {
              throw new NoSuchElementException();
            }
            int i = next++;
            Session template = i % 5 == 0 ? FRENCH : i % 2 == 0 ? Fixtures.IMPOSTER_SYNDROME : Fixtures.MEDICINE_ON_THE_ROCKS;
            LocalDateTime start = LocalDateTime.of(LocalDate.of(2023, 2, 1).plusDays(i / 30), LocalTime.of(12, 0).plusMinutes(i % 30 * 10));
            return template.withId(SessionId.of("large-feed-" + i)).withStart(start, ZONES.get(i % ZONES.size()));
          }
        };
  }

  /**
   * Writes the four feeds.
   *
   * @param args none
   * @throws IOException never: the outputs keep nothing
   */
  public static void main(String[] args) throws IOException {
    System.out.println("maxHeap=" + Runtime.getRuntime().maxMemory());
    Ical ical = Ical.of(Fixtures.PROGRAM, Fixtures.CLOCK);
    SessionFeed json = SessionFeed.of(Fixtures.PROGRAM, Fixtures.CLOCK);

    Counter icalBytes = new Counter("BEGIN:VEVENT\r\n");
    ical.writeFeed(sessions(), icalBytes);
    report("ical-stream", icalBytes.matches, icalBytes.bytes);

    Counter icalText = new Counter("BEGIN:VEVENT\r\n");
    ical.writeFeed(sessions(), (Appendable) new CounterWriter(icalText));
    report("ical-appendable", icalText.matches, icalText.bytes);

    Counter jsonBytes = new Counter("\"uid\": \"");
    json.writeFeed(sessions(), jsonBytes);
    report("json-stream", jsonBytes.matches, jsonBytes.bytes);

    Counter jsonText = new Counter("\"uid\": \"");
    json.writeFeed(sessions(), (Appendable) new CounterWriter(jsonText));
    report("json-appendable", jsonText.matches, jsonText.bytes);
  }

  private static void report(String kind, long events, long bytes) {
    System.out.println(kind + " events=" + events + " bytes=" + bytes);
  }

  /** Counts bytes and the occurrences of an ASCII marker, and keeps nothing. */
  static final class Counter extends OutputStream {
    private final byte[] marker;
    private int matched;
    long matches;
    long bytes;

    Counter(String marker) {
      this.marker = marker.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void write(int b) {
      bytes++;
      if (b == marker[matched]) {
        if (++matched == marker.length) {
          matches++;
          matched = 0;
        }
      } else {
        matched = b == marker[0] ? 1 : 0;
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        write(b[i]);
      }
    }
  }

  /** Text into a {@link Counter}, as UTF-8. */
  static final class CounterWriter extends Writer {
    private final Counter counter;

    CounterWriter(Counter counter) {
      this.counter = counter;
    }

    @Override
    public void write(char[] chars, int off, int len) {
      byte[] bytes = new String(chars, off, len).getBytes(StandardCharsets.UTF_8);
      counter.write(bytes, 0, bytes.length);
    }

    @Override
    public void flush() {
      // nothing kept
    }

    @Override
    public void close() {
      // nothing kept
    }
  }
}
