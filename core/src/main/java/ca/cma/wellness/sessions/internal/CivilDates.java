package ca.cma.wellness.sessions.internal;

/**
 * The civil date of a day counted from 1970-01-01, in the proleptic Gregorian calendar that
 * java.time uses, without building a {@code LocalDate}: the one calculation behind the fast UTC
 * date-time writers of {@code ical} and {@code json}.
 *
 * <p>Not part of the API: exported to this project's own modules only.
 */
public final class CivilDates {
  private CivilDates() {}

  /**
   * Returns the date {@code days} days after 1970-01-01 as {@code year * 10_000 + month * 100 +
   * day}; read it back with {@link Math#floorDiv(long, long)} and {@link Math#floorMod(long, long)}
   * by 10,000 and by 100, which also holds for years before 0.
   *
   * @param days days since 1970-01-01, negative before it
   * @return such as {@code 20230201} for day 19,389
   */
  public static long ofEpochDay(long days) {
    // Howard Hinnant's civil_from_days: eras of 400 years (146,097 days) from 0000-03-01.
    long shifted = days + 719_468;
    long era = Math.floorDiv(shifted, 146_097);
    long dayOfEra = shifted - era * 146_097;
    long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long monthIndex = (5 * dayOfYear + 2) / 153;
    long day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
    long month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return year * 10_000 + month * 100 + day;
  }
}
