package ca.cma.wellness.sessions.ical.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.cma.wellness.sessions.testing.Generators;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * RFC 5545 §3.1 unfolding after each line ending: generated hostile text, escaped as a TEXT value
 * and folded at random places with CRLF, LF or a lone CR and a space or a tab, reads back as the
 * same value, and the property after it is never lost (issue 15: LF-only folds once swallowed the
 * next property).
 */
class FoldingProperties {
  private static final List<String> ENDINGS = List.of("\r\n", "\n", "\r");

  /** A generated value folded with one line ending, and the value it must unfold to. */
  private record Folded(String ending, String value, String text) {}

  private static Folded folded(RandomGenerator random) {
    String ending = Generators.oneOf(random, ENDINGS);
    StringBuilder value = new StringBuilder();
    String text = Generators.hostileText(random);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> value.append("\\\\");
        case ';' -> value.append("\\;");
        case ',' -> value.append("\\,");
        case '\n' -> value.append("\\n");
        case '\r' -> value.append("\\n");
        default -> {
          if (c >= 0x20 && c != 0x7f || c == '\t') {
            value.append(c);
          }
        }
      }
    }
    StringBuilder written = new StringBuilder("DESCRIPTION:");
    int sinceFold = 0;
    for (int i = 0; i < value.length(); i++) {
      boolean insidePair = i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
      if (!insidePair && (sinceFold >= 74 || random.nextInt(20) == 0)) {
        written.append(ending).append(random.nextBoolean() ? ' ' : '\t');
        sinceFold = 0;
      }
      written.append(value.charAt(i));
      sinceFold++;
    }
    String calendar = String.join(ending, "BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", written,
        "STATUS:CANCELLED", "END:VEVENT", "END:VCALENDAR") + ending;
    return new Folded(ending, value.toString(), calendar);
  }

  @Test
  void foldedWithCrlfLfOrCr_unfoldsToTheSameValue_andKeepsTheNextProperty() {
    WellnessGens.theory()
        .forAll(WellnessGens.from(FoldingProperties::folded))
        .checkAssert(folded -> {
          Source.Component event = Source.parse(folded.text()).calendar().components("VEVENT").get(0);
          String ending = folded.ending().replace("\r", "CR").replace("\n", "LF");
          assertEquals(folded.value(), event.property("DESCRIPTION").orElseThrow().value(), ending);
          Source.Property status = event.property("STATUS").orElseThrow();
          assertEquals("CANCELLED", status.value(), ending);
          // Every physical line counts, folded or not: STATUS's line is one more than the folds.
          long physical = folded.text().split("\r\n|\n|\r", -1).length;
          assertEquals(physical - 3, status.line(), ending);
        });
  }
}
