package ca.cma.wellness.sessions.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.registration.RegistrationBook;
import ca.cma.wellness.sessions.registration.RegistrationLedger;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The README's JSON quick start, kept compiling and true. */
class ReadmeExampleTest {
  @Test
  void quickStart_compilesAndDoesWhatTheReadmeSays() {
    Program program = Fixtures.PROGRAM;
    Clock clock = Fixtures.CLOCK; // the README uses your application's clock
    RegistrationLedger ledger = RegistrationLedger.create(clock);

    // --- README: JSON quick start
    SessionFeed feed =
        SessionFeed.of(clock)
            .withWindow(Duration.ofDays(90))
            .withAvailability(id -> program.sessionById(id).map(ledger::availability));
    String json = feed.write(program); // feed v1; schema at SessionFeed.SCHEMA_RESOURCE
    Program imported = FeedReader.create().read(json); // errors name the JSON path
    String markup = JsonLd.of(clock).events(program, feed.sessionsOf(program));
    String calendar = JsCalendar.of(clock).group(program);
    JsonMapper mapper = JsonMapper.builder().addModule(new WellnessSessionsModule()).build();
    Program stored = mapper.readValue(mapper.writeValueAsString(program), Program.class);
    RegistrationBook book = mapper.readValue(mapper.writeValueAsString(ledger.snapshot()), RegistrationBook.class);
    // --- end

    assertEquals(feed.sessionsOf(program).size(), imported.sessions().size());
    assertTrue(markup.contains("\"@graph\""));
    assertTrue(calendar.contains("\"@type\": \"Group\""));
    assertEquals(program, stored);
    assertEquals(ledger.snapshot(), book);
    assertTrue(SessionFeed.schema().contains(SessionFeed.SCHEMA_ID));
  }
}
