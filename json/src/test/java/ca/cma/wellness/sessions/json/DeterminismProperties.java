package ca.cma.wellness.sessions.json;

import static ca.cma.wellness.sessions.json.Outputs.BEFORE_EVERYTHING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.facts.ProgramFacts;
import ca.cma.wellness.sessions.json.internal.Json;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The same program and clock give byte-identical output, whatever the text and zones. */
class DeterminismProperties {
  @Test
  void everyOutput_writtenTwice_isByteIdentical() {
    WellnessGens.theory()
        .forAll(WellnessGens.programs())
        .checkAssert(
            program -> {
              Program copy = program.withSessions(program.sessions());
              Clock sameInstant = Clock.fixed(BEFORE_EVERYTHING.instant(), java.time.ZoneId.of("Asia/Tokyo"));
              assertEquals(Outputs.publicOutputs(program, BEFORE_EVERYTHING), Outputs.publicOutputs(copy, sameInstant));
            });
  }

  @Test
  void feed_toAStream_isTheSameUtf8AsTheText() {
    WellnessGens.theory()
        .forAll(WellnessGens.programs())
        .checkAssert(
            program -> {
              SessionFeed feed = SessionFeed.of(program, BEFORE_EVERYTHING);
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              StringBuilder text = new StringBuilder();
              try {
                feed.writeFeed(program.upcoming(BEFORE_EVERYTHING), out);
                feed.writeFeed(program.upcoming(BEFORE_EVERYTHING), text);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              assertEquals(Outputs.feed(BEFORE_EVERYTHING, program), out.toString(StandardCharsets.UTF_8));
              assertEquals(Outputs.feed(BEFORE_EVERYTHING, program), text.toString());
            });
  }

  @Test
  void jsonLd_ofAnyProgram_isSafeInsideAScriptElementAndReadsBackToTheSameText() {
    WellnessGens.theory()
        .forAll(WellnessGens.programs())
        .checkAssert(
            program -> {
              String markup = JsonLd.of(program, BEFORE_EVERYTHING).feed(program.sessionsInOrder());
              for (char c : new char[] {'<', '>', '&', '\u2028', '\u2029'}) {
                assertFalse(markup.indexOf(c) >= 0, () -> "raw " + c);
              }
              var graph = Json.MAPPER.readTree(markup).get("@graph");
              for (int i = 0; i < graph.size(); i++) {
                var session = program.sessionsInOrder().get(i);
                assertEquals(
                    ProgramFacts.of(program).session(session).summary(program.firstLanguage()),
                    graph.get(i).get("name").stringValue());
              }
            });
  }
}
