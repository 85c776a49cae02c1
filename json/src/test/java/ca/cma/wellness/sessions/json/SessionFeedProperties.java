package ca.cma.wellness.sessions.json;

import static ca.cma.wellness.sessions.json.Outputs.BEFORE_EVERYTHING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The feed over generated programs with hostile text, every zone and daylight-saving edges. */
class SessionFeedProperties {
  private static final FeedReader READER = FeedReader.of();

  @Test
  void feed_ofAnyProgram_isValidAgainstTheShippedSchema() {
    WellnessGens.theory()
        .forAll(WellnessGens.programs())
        .checkAssert(program -> assertEquals(List.of(), FeedSchemaTest.violations(Outputs.feed(BEFORE_EVERYTHING, program))));
  }

  @Test
  void feed_readBack_givesTheSessionsItCarries() {
    WellnessGens.theory()
        .forAll(WellnessGens.programs())
        .checkAssert(
            program -> {
              Program read = READER.read(Outputs.feed(BEFORE_EVERYTHING, program));
              assertEquals(
                  program.upcoming(BEFORE_EVERYTHING).stream().map(Outputs::asFeedCarriesIt).collect(Collectors.toList()),
                  read.sessions());
              assertEquals(program.name(), read.name());
              assertEquals(program.organizerEmail(), read.organizerEmail());
              for (var session : read.sessions()) {
                assertEquals(program.uidOf(session), read.uidOf(session));
                assertEquals(program.displayTitle(session), read.displayTitle(session));
              }
            });
  }

  @Test
  void feed_readAndWrittenAgain_givesTheSameBytes() {
    WellnessGens.theory()
        .forAll(WellnessGens.programs())
        .checkAssert(
            program -> {
              String feed = Outputs.feed(BEFORE_EVERYTHING, program);
              assertEquals(feed, Outputs.feed(BEFORE_EVERYTHING, READER.read(feed)));
            });
  }
}
