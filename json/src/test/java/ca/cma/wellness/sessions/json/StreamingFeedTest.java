package ca.cma.wellness.sessions.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON feed goes out one session at a time. */
class StreamingFeedTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-01-20T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void writeFeed_firstSession_reachesTheStreamBeforeTheSecondIsRead() throws IOException {
    List<Session> sessions = Fixtures.PROGRAM.upcoming(CLOCK);
    assertTrue(sessions.size() >= 2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int[] seenWhenSecondRead = {-1};
    Iterable<Session> watched =
        () ->
            new Iterator<>() {
              private int next;

              @Override
              public boolean hasNext() {
                return next < sessions.size();
              }

              @Override
              public Session next() {
                if (next == 1) {
                  seenWhenSecondRead[0] = out.size();
                }
                return sessions.get(next++);
              }
            };
    SessionFeed feed = SessionFeed.of(Fixtures.PROGRAM, CLOCK);
    feed.writeFeed(watched, out);
    String written = out.toString(StandardCharsets.UTF_8);
    assertEquals(feed.feed(sessions), written);
    String beforeSecond = written.substring(0, seenWhenSecondRead[0]);
    assertTrue(beforeSecond.contains("\"id\": \"" + sessions.get(0).id() + "\""), beforeSecond);
    assertTrue(!beforeSecond.contains(sessions.get(1).id().toString()), beforeSecond);
  }

  @Test
  void writeFeed_appendableAndStringAndStream_sameText() throws IOException {
    List<Session> sessions = Fixtures.PROGRAM.sessionsInOrder();
    SessionFeed feed = SessionFeed.of(Fixtures.PROGRAM, CLOCK);
    StringBuilder text = new StringBuilder();
    feed.writeFeed(sessions, text);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    feed.writeFeed(sessions, bytes);
    assertEquals(feed.feed(sessions), text.toString());
    assertEquals(text.toString(), bytes.toString(StandardCharsets.UTF_8));
    assertTrue(text.toString().endsWith("}\n"));
  }

  @Test
  void writeFeed_sessionRefusedAfterTheFirst_leavesTheOutputVisiblyCutOff() {
    List<Session> sessions = Fixtures.PROGRAM.upcoming(Fixtures.CLOCK);
    // The first listed session has a capacity, the next none: places left for it are refused.
    SessionFeed feed =
        SessionFeed.of(Fixtures.PROGRAM, Fixtures.CLOCK)
            .withAvailability(
                id -> java.util.Optional.of(
                    ca.cma.wellness.sessions.registration.Availability.of(
                        ca.cma.wellness.sessions.registration.Availability.State.OPEN, java.util.OptionalInt.of(1))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ca.cma.wellness.sessions.SessionValidationException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ca.cma.wellness.sessions.SessionValidationException.class, () -> feed.writeFeed(sessions, out));
    assertEquals("sessions[1].registration.spotsLeft", e.path());
    String written = out.toString(StandardCharsets.UTF_8);
    assertTrue(written.contains(sessions.get(0).id().toString()), written);
    assertTrue(!written.endsWith("}\n"), "a cut-off feed must not look complete");
    org.junit.jupiter.api.Assertions.assertThrows(
        RuntimeException.class, () -> ca.cma.wellness.sessions.json.internal.Json.MAPPER.readTree(written));
  }
}
