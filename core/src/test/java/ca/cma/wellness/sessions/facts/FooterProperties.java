package ca.cma.wellness.sessions.facts;

import static ca.cma.wellness.sessions.testing.WellnessGens.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Over generated programs with support resources and hostile names: the footer a feed writes piece
 * by piece ({@link SessionFacts#footer(Language, Appendable)}) is the footer's lines joined by LF,
 * and no line holds a line break, so that escaping it piece by piece escapes it whole.
 */
class FooterProperties {
  @Test
  void footerWrittenPieceByPiece_isTheLinesJoinedByLf() {
    theory()
        .forAll(WellnessGens.programsWithSupportResources())
        .checkAssert(generated -> {
          Program program = generated.getKey();
          Language language = generated.getValue();
          ProgramFacts facts = ProgramFacts.of(program);
          for (Session session : program.sessions()) {
            SessionFacts about = facts.session(session);
            List<String> lines = about.footer(language);
            StringBuilder written = new StringBuilder();
            try {
              about.footer(language, written);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            assertEquals(String.join("\n", lines), written.toString());
            for (String line : lines) {
              assertFalse(line.contains("\n") || line.contains("\r"), line);
            }
          }
        });
  }
}
