package ca.cma.wellness.sessions;

import static ca.cma.wellness.sessions.testing.WellnessGens.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.testing.Generators;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties of generated programs and schedules, and of the generators themselves. */
class GeneratorProperties {
  @Test
  void generators_sameSeed_giveEqualValues() {
    for (long seed = 0; seed < 20; seed++) {
      assertEquals(
          Generators.program(new SplittableRandom(seed)), Generators.program(new SplittableRandom(seed)));
      assertEquals(
          Generators.registrant(new SplittableRandom(seed)),
          Generators.registrant(new SplittableRandom(seed)));
    }
  }

  @Test
  void hostileText_overManySeeds_coversEveryPieceAndLengthsUpToTenThousand() {
    Set<String> seen = new HashSet<>();
    int longest = 0;
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 3000; i++) {
      String text = Generators.hostileText(random);
      assertTrue(text.length() >= 1 && text.length() <= Generators.MAX_TEXT_LENGTH);
      longest = Math.max(longest, text.length());
      for (String piece : Generators.HOSTILE_PIECES) {
        if (text.contains(piece)) {
          seen.add(piece);
        }
      }
    }
    assertEquals(new HashSet<>(Generators.HOSTILE_PIECES), seen);
    assertTrue(longest > 9000, "longest was " + longest);
  }

  @Test
  void weeklySchedule_generated_keepsWallClockTimeWeekdayAndZone() {
    theory()
        .forAll(WellnessGens.weeklySchedules())
        .checkAssert(
            schedule -> {
              List<ZonedDateTime> starts = schedule.starts();
              assertTrue(!starts.isEmpty());
              schedule.count().ifPresent(count -> assertEquals(count, starts.size()));
              for (int i = 0; i < starts.size(); i++) {
                ZonedDateTime start = starts.get(i);
                LocalDate date = start.toLocalDate();
                assertEquals(schedule.localTime(), start.toLocalTime());
                assertEquals(schedule.dayOfWeek(), start.getDayOfWeek());
                assertEquals(schedule.timeZone(), start.getZone());
                assertTrue(!schedule.skippedDates().contains(date));
                assertTrue(!date.isBefore(schedule.firstDate()));
                schedule.lastDate().ifPresent(last -> assertTrue(!date.isAfter(last)));
                if (i > 0) {
                  LocalDate before = starts.get(i - 1).toLocalDate();
                  long skippedBetween =
                      schedule.skippedDates().stream()
                          .filter(d -> d.isAfter(before) && d.isBefore(date))
                          .count();
                  assertEquals(
                      before.plusWeeks(1 + skippedBetween), date, "no week is left out unless skipped");
                }
              }
            });
  }

  @Test
  void program_upcoming_equalsFilteredAndSortedByStartThenId() {
    theory()
        .forAll(WellnessGens.programs(), WellnessGens.from(r -> Generators.start(r, Generators.timeZone(r))))
        .checkAssert(
            (program, from) -> {
              Duration window = Duration.ofDays(400);
              List<Session> upcoming = program.upcoming(from.toInstant(), window);
              List<Session> expected =
                  program.sessions().stream()
                      .filter(
                          s ->
                              !s.startInstant().isBefore(from.toInstant())
                                  && s.startInstant().isBefore(from.toInstant().plus(window)))
                      .sorted(Program.BY_START)
                      .collect(Collectors.toList());
              assertEquals(expected, upcoming);
              List<Session> sorted = new ArrayList<>(upcoming);
              for (int i = 1; i < sorted.size(); i++) {
                int byStart = sorted.get(i - 1).startInstant().compareTo(sorted.get(i).startInstant());
                assertTrue(byStart < 0 || byStart == 0 && sorted.get(i - 1).id().compareTo(sorted.get(i).id()) < 0);
              }
            });
  }

  @Test
  void program_displayTitle_namesTheSeriesAndPartOfEveryPart() {
    theory()
        .forAll(WellnessGens.programs())
        .checkAssert(
            program -> {
              for (Session session : program.sessions()) {
                String title = program.displayTitle(session);
                if (session.seriesPart().isPresent()) {
                  SeriesPart part = session.seriesPart().get();
                  Series series = program.seriesById(part.seriesId()).orElseThrow();
                  assertTrue(title.startsWith(series.title() + " (part " + part.roman() + ")"));
                  assertTrue(program.partsOf(part.seriesId()).contains(session));
                } else {
                  assertEquals(session.title(), title);
                }
              }
            });
  }
}
