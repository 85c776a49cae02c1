package ca.cma.wellness.sessions;

import static ca.cma.wellness.sessions.testing.WellnessGens.theory;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.testing.Generators;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Time text never fails, whatever the zone and instant. */
class TimeTextProperties {
  @Test
  void everyAvailableZone_atInstantsAroundItsTransitions_writesTextEndingInItsLabel() {
    SplittableRandom random = new SplittableRandom(3);
    for (String id : ZoneId.getAvailableZoneIds()) {
      ZoneId zone = ZoneId.of(id);
      for (int i = 0; i < 8; i++) {
        ZonedDateTime at = ZonedDateTime.of(Generators.localStartNearTransition(random, zone), zone);
        for (Language language : Language.values()) {
          TimeText text = TimeText.of(language);
          String label = text.zoneLabel(zone, at.toInstant());
          assertFalse(label.isBlank(), id);
          assertTrue(text.dateTime(at).endsWith(" " + label), () -> id + " " + at);
          ZonedDateTime session = Generators.start(random, Generators.timeZone(random));
          assertTrue(
              text.forViewer(session, zone)
                  .endsWith(" " + text.zoneLabel(zone, session.toInstant())),
              () -> id + " " + session);
          assertFalse(text.canadaWide(at).isBlank());
        }
      }
    }
  }

  @Test
  void forViewer_generatedStartsAndViewers_nameTheViewersLabelAtThatInstant() {
    theory()
        .forAll(WellnessGens.from(r -> Generators.start(r, Generators.timeZone(r))), WellnessGens.timeZones())
        .checkAssert(
            (start, viewer) -> {
              for (Language language : Language.values()) {
                TimeText text = TimeText.of(language);
                Instant at = start.toInstant();
                String line = text.forViewer(start, viewer);
                assertTrue(line.endsWith(" " + text.zoneLabel(viewer, at)), line);
                String wide = text.canadaWide(start);
                assertTrue(wide.startsWith(text.forViewer(start, start.getZone())), wide);
              }
            });
  }
}
