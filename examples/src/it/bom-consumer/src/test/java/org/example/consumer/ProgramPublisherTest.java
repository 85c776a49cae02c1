package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ProgramPublisherTest {
  private final ProgramPublisher publisher = new ProgramPublisher(Fixtures.PROGRAM, Fixtures.CLOCK);
  private final String uid = Fixtures.PROGRAM.uidOf(Fixtures.IMPOSTER_SYNDROME).toString();

  @Test
  void icalendarFeed_fixturesProgram_namesTheSessionByItsUid() {
    String feed = publisher.icalendarFeed();
    assertTrue(feed.startsWith("BEGIN:VCALENDAR\r\n"), feed);
    assertTrue(feed.contains("UID:" + uid + "\r\n"), feed);
  }

  @Test
  void jsonFeed_fixturesProgram_namesTheSessionByItsUid() {
    String feed = publisher.jsonFeed();
    assertTrue(feed.contains("\"" + uid + "\""), feed);
  }
}
