package ca.cma.wellness.sessions;

import static ca.cma.wellness.sessions.testing.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.testing.Fixtures;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WeeklyScheduleTest {
  private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  private static WeeklySchedule.Builder wednesdays() {
    return wednesdaysFrom(LocalDate.of(2023, 3, 1), TORONTO);
  }

  private static WeeklySchedule.Builder wednesdaysFrom(LocalDate firstDate, ZoneId zone) {
    return WeeklySchedule.builder()
        .dayOfWeek(DayOfWeek.WEDNESDAY)
        .localTime(LocalTime.of(19, 0))
        .timeZone(zone)
        .firstDate(firstDate);
  }

  @Test
  void starts_acrossMarchDaylightSavingChange_keepWallClockTime() {
    List<ZonedDateTime> starts = wednesdays().lastDate(LocalDate.of(2023, 3, 29)).build().starts();
    assertEquals(5, starts.size());
    for (ZonedDateTime start : starts) {
      assertEquals(LocalTime.of(19, 0), start.toLocalTime());
      assertEquals(DayOfWeek.WEDNESDAY, start.getDayOfWeek());
    }
    assertEquals(ZoneOffset.ofHours(-5), starts.get(0).getOffset());
    assertEquals(ZoneOffset.ofHours(-5), starts.get(1).getOffset());
    assertEquals(ZoneOffset.ofHours(-4), starts.get(2).getOffset());
    assertEquals(ZoneOffset.ofHours(-4), starts.get(4).getOffset());
    assertEquals(
        List.of(1, 8, 15, 22, 29),
        starts.stream().map(ZonedDateTime::getDayOfMonth).collect(Collectors.toList()));
  }

  @Test
  void starts_skippedDate_isLeftOutAndCountCountsSessionsHeld() {
    List<ZonedDateTime> starts =
        wednesdays().count(4).addSkippedDate(LocalDate.of(2023, 3, 15)).build().starts();
    assertEquals(
        List.of(1, 8, 22, 29),
        starts.stream().map(ZonedDateTime::getDayOfMonth).collect(Collectors.toList()));
  }

  @Test
  void starts_firstDateNotOnTheWeekday_beginsAtTheNextOne() {
    List<ZonedDateTime> starts =
        wednesdaysFrom(LocalDate.of(2023, 2, 27), TORONTO).count(1).build().starts();
    assertEquals(LocalDate.of(2023, 3, 1), starts.get(0).toLocalDate());
  }

  @Test
  void starts_timeInAGapOnOneDate_isRefusedNamingThatStart() {
    SessionValidationException refused =
        assertRefused(
            "starts[1].start",
            () ->
                WeeklySchedule.builder()
                    .dayOfWeek(DayOfWeek.SUNDAY)
                    .localTime(LocalTime.of(2, 30))
                    .timeZone(TORONTO)
                    .firstDate(LocalDate.of(2023, 3, 5))
                    .count(3)
                    .build());
    assertTrue(refused.getMessage().contains("2023-03-12T02:30"), refused.getMessage());
  }

  @Test
  void build_bothCountAndLastDate_isRefused() {
    assertRefused("count", () -> wednesdays().count(2).lastDate(LocalDate.of(2023, 3, 29)).build());
    assertRefused("count", () -> wednesdays().build());
  }

  @Test
  void build_countOutOfRange_isRefused() {
    assertRefused("count", () -> wednesdays().count(0).build());
    assertRefused("count", () -> wednesdays().count(WeeklySchedule.MAX_SESSIONS + 1).build());
  }

  @Test
  void build_lastDateBeforeFirst_isRefused() {
    assertRefused("lastDate", () -> wednesdays().lastDate(LocalDate.of(2023, 2, 1)).build());
  }

  @Test
  void build_skippedDateNotOnTheWeekday_isRefusedRatherThanIgnored() {
    assertRefused(
        "skippedDates",
        () -> wednesdays().count(3).addSkippedDate(LocalDate.of(2023, 3, 16)).build());
  }

  @Test
  void build_everyDateSkipped_isRefused() {
    assertRefused(
        "skippedDates",
        () ->
            wednesdays()
                .lastDate(LocalDate.of(2023, 3, 8))
                .addSkippedDates(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 8))
                .build());
  }

  @Test
  void build_offsetZone_isRefused() {
    assertRefused(
        "timeZone", () -> wednesdaysFrom(LocalDate.of(2023, 3, 1), ZoneOffset.ofHours(-5)).count(1).build());
  }

  @Test
  void parts_fromTemplate_numberThemAndKeepTheTemplate() {
    List<Session> parts = Fixtures.WEEKLY_CIRCLE_PARTS;
    assertEquals(5, parts.size());
    for (int i = 0; i < parts.size(); i++) {
      Session part = parts.get(i);
      assertEquals(i + 1, part.seriesPart().orElseThrow().part());
      assertEquals(Fixtures.WEEKLY_CIRCLE.id(), part.seriesPart().orElseThrow().seriesId());
      assertEquals("peer-support-circle-2023-03-part-" + (i + 1), part.id().value());
      assertEquals("Peer support circle", part.title());
      assertEquals(LocalTime.of(19, 0), part.localStart().toLocalTime());
    }
  }

  @Test
  void parts_seriesTooShort_isRefused() {
    WeeklySchedule schedule = wednesdays().count(6).build();
    assertRefused(
        "partCount",
        () -> schedule.parts(Fixtures.WEEKLY_CIRCLE, n -> SessionId.of("p" + n), Fixtures::circleDetails));
  }

  @Test
  void parts_withoutATemplate_takeTheSeriesTitleTheStartsAndTheDetails() {
    WeeklySchedule schedule = wednesdays().count(3).build();
    Series evenings = Series.builder().id(SeriesId.of("evening-circle")).title("Evening circle").partCount(3).build();
    List<Session> parts = schedule.parts(evenings, n -> SessionId.of("circle-" + n), Fixtures::circleDetails);
    assertEquals(schedule.starts(), parts.stream().map(Session::start).collect(Collectors.toList()));
    for (int i = 0; i < parts.size(); i++) {
      assertEquals("circle-" + (i + 1), parts.get(i).id().value());
      assertEquals("Evening circle", parts.get(i).title());
      assertEquals(SeriesPart.of(evenings.id(), i + 1), parts.get(i).seriesPart().orElseThrow());
      assertEquals(List.of(Fixtures.SHARMAN_ROBERTSON), parts.get(i).moderators());
    }
    Program program = Fixtures.PROGRAM.withSeries(evenings, parts);
    assertEquals(Fixtures.PROGRAM.sessions().size() + 3, program.sessions().size());
    assertEquals(parts, program.partsOf(evenings.id()));
    assertEquals(
        "Evening circle (part III)",
        program.displayTitle(program.sessionById(SessionId.of("circle-3")).orElseThrow()));
    // Adding the same series again replaces it and its parts instead of repeating them.
    assertEquals(program, program.withSeries(evenings, parts));
  }

  @Test
  void parts_detailsMissingTheDuration_isRefusedNamingThePart() {
    WeeklySchedule schedule = wednesdays().count(2).build();
    SessionValidationException refused =
        assertRefused(
            "parts[0].duration",
            () ->
                schedule.parts(
                    Fixtures.WEEKLY_CIRCLE,
                    n -> SessionId.of("p" + n),
                    part -> part.addModerator(Fixtures.SHARMAN_ROBERTSON)));
    assertTrue(refused.problem().contains("registrationUrl"), refused.getMessage());
    assertTrue(refused.problem().contains("joinUrl"), refused.getMessage());
  }
}
