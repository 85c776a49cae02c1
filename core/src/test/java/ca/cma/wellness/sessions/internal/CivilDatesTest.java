package ca.cma.wellness.sessions.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CivilDatesTest {

  private static long packed(LocalDate date) {
    return date.getYear() * 10_000L + date.getMonthValue() * 100L + date.getDayOfMonth();
  }

  private static void assertSameAsJavaTime(long day) {
    LocalDate expected = LocalDate.ofEpochDay(day);
    long date = CivilDates.ofEpochDay(day);
    assertEquals(packed(expected), date, () -> "day " + day + " is " + expected);
    assertEquals(expected.getYear(), Math.floorDiv(date, 10_000), () -> "year of day " + day);
    assertEquals(expected.getMonthValue() * 100 + expected.getDayOfMonth(),
        Math.floorMod(date, 10_000), () -> "month and day of day " + day);
  }

  @Test
  void ofEpochDay_everyDayFrom1899To2101_isJavaTimesDate() {
    long last = LocalDate.of(2101, 12, 31).toEpochDay();
    for (long day = LocalDate.of(1899, 1, 1).toEpochDay(); day <= last; day++) {
      assertSameAsJavaTime(day);
    }
  }

  @Test
  void ofEpochDay_edgesOfEraAndYearsBeforeZero_areJavaTimesDate() {
    for (LocalDate date : new LocalDate[] {
        LocalDate.of(0, 1, 1), LocalDate.of(0, 2, 29), LocalDate.of(0, 3, 1),
        LocalDate.of(-1, 12, 31), LocalDate.of(-400, 3, 1), LocalDate.of(1600, 2, 29),
        LocalDate.of(1900, 2, 28), LocalDate.of(1900, 3, 1), LocalDate.of(2000, 2, 29),
        LocalDate.of(2100, 3, 1), LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1)}) {
      assertSameAsJavaTime(date.toEpochDay());
      assertSameAsJavaTime(date.toEpochDay() - 1);
    }
  }

  @Test
  void ofEpochDay_randomDaysOverTwentyThousandYears_areJavaTimesDate() {
    SplittableRandom random = new SplittableRandom(20_230_201L);
    long first = LocalDate.of(-9_999, 1, 1).toEpochDay();
    long last = LocalDate.of(9_999, 12, 31).toEpochDay();
    for (int i = 0; i < 100_000; i++) {
      assertSameAsJavaTime(random.nextLong(first, last + 1));
    }
  }
}
