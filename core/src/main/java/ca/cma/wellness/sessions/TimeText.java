package ca.cma.wellness.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes times the way the program's pages and e-mails do, in English or French.
 *
 * <pre>{@code
 * TimeText en = TimeText.of(Language.ENGLISH);
 * en.dateTime(session.start());                                  // "Feb. 1, 2023, 7 pm ET"
 * en.forViewer(session.start(), ZoneId.of("America/St_Johns"));  // "8:30 pm NT"
 * en.canadaWide(session.start());  // "7 pm ET · 4 pm PT · 5 pm MT · 6 pm CT · 8 pm AT · 8:30 pm NT"
 * TimeText.of(Language.FRENCH).dateTime(session.start());        // "1er février 2023, 19 h HE"
 * }</pre>
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>English follows Canadian Press style: "Jan.", "Feb.", "March" to "July", "Aug.",
 *       "Sept.", "Oct.", "Nov.", "Dec."; "7 pm", "7:30 pm". Noon is written "noon". Midnight is
 *       written "midnight" after the two dates it separates, "Feb. 1–2, 2023, midnight ET", so it
 *       cannot be read as the wrong night.
 *   <li>French uses the 24-hour clock: "1er février 2023, 19 h HE", "19 h 30", "12 h", "0 h".
 *   <li>Seconds are not shown.
 *   <li>Places in Canada get the label of their time zone: "ET" while the place keeps the same
 *       time as the zone's reference city, otherwise the standard or daylight label of that zone.
 *       So Regina reads "CT" in winter, when it keeps Winnipeg's time, and "CST" in summer;
 *       Atikokan, on Eastern Standard Time all year, reads "EST" in summer. French labels are HP,
 *       HR, HC, HE, HA, HT, and HNE / HAE and so on for standard and daylight time.
 *   <li>Places outside Canada get their UTC offset, which no reader can take for another zone:
 *       "UTC+1", "UTC-3:30", "UTC".
 * </ul>
 *
 * <p>Immutable and thread-safe. Uses no default locale or zone.
 */
public final class TimeText {
  private static final TimeText ENGLISH = new TimeText(Language.ENGLISH);
  private static final TimeText FRENCH = new TimeText(Language.FRENCH);

  private static final String[] ENGLISH_MONTHS = {
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."
  };
  private static final String[] FRENCH_MONTHS = {
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre"
  };

  /** The places a Canada-wide line names after the session's own zone, west to east. */
  private static final List<ZoneId> CANADA_WIDE =
      List.of(
          ZoneId.of("America/Vancouver"),
          ZoneId.of("America/Edmonton"),
          ZoneId.of("America/Winnipeg"),
          ZoneId.of("America/Regina"),
          ZoneId.of("America/Toronto"),
          ZoneId.of("America/Halifax"),
          ZoneId.of("America/St_Johns"));

  private static final String SEPARATOR = " · ";

  private final Language language;

  private TimeText(Language language) {
    this.language = language;
  }

  /**
   * Returns the time text of a language.
   *
   * @param language English or French
   * @return the time text
   */
  public static TimeText of(Language language) {
    return Objects.requireNonNull(language, "language") == Language.FRENCH ? FRENCH : ENGLISH;
  }

  /**
   * Returns the language this time text writes.
   *
   * @return the language
   */
  public Language language() {
    return language;
  }

  /**
   * Writes a date.
   *
   * @param date the date
   * @return such as {@code "Feb. 1, 2023"} or {@code "1er février 2023"}
   */
  public String date(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return dayAndMonth(date) + (language == Language.FRENCH ? " " : ", ") + date.getYear();
  }

  /**
   * Writes a wall-clock time, without seconds.
   *
   * @param time the time
   * @return such as {@code "7 pm"}, {@code "7:30 pm"}, {@code "noon"}, {@code "midnight"}, or
   *     {@code "19 h 30"} in French
   */
  public String time(LocalTime time) {
    Objects.requireNonNull(time, "time");
    int hour = time.getHour();
    int minute = time.getMinute();
    if (language == Language.FRENCH) {
      return hour + " h" + (minute == 0 ? "" : String.format(Locale.ROOT, " %02d", minute));
    }
    if (minute == 0 && hour == 12) {
      return "noon";
    }
    if (minute == 0 && hour == 0) {
      return "midnight";
    }
    int clock = hour % 12 == 0 ? 12 : hour % 12;
    String minutes = minute == 0 ? "" : String.format(Locale.ROOT, ":%02d", minute);
    return clock + minutes + (hour < 12 ? " am" : " pm");
  }

  /**
   * Returns the label of a zone at an instant, by the rules in the class description.
   *
   * @param zone any zone
   * @param at the instant, which decides between standard and daylight time
   * @return such as {@code "ET"}, {@code "CST"}, {@code "HE"} or {@code "UTC+1"}
   */
  public String zoneLabel(ZoneId zone, Instant at) {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(at, "at");
    ZoneOffset offset = zone.getRules().getOffset(at);
    Optional<CanadianTimeZone> canadian = CanadianTimeZone.of(zone, at);
    if (canadian.isPresent()) {
      CanadianTimeZone family = canadian.get();
      return family.zone().getRules().getOffset(at).equals(offset)
          ? family.genericLabel(language)
          : family.specificLabel(language, zone.getRules().isDaylightSavings(at));
    }
    return utcLabel(offset);
  }

  /**
   * Writes a date, time and zone label, in the date-time's own zone.
   *
   * @param dateTime the moment, such as a session's start
   * @return such as {@code "Feb. 1, 2023, 7 pm ET"} or {@code "1er février 2023, 19 h HE"}
   */
  public String dateTime(ZonedDateTime dateTime) {
    Objects.requireNonNull(dateTime, "dateTime");
    LocalDateTime local = dateTime.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
    String label = zoneLabel(dateTime.getZone(), dateTime.toInstant());
    if (language == Language.ENGLISH && local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return nightOf(local.toLocalDate()) + ", midnight " + label;
    }
    return date(local.toLocalDate()) + ", " + time(local.toLocalTime()) + " " + label;
  }

  /**
   * Writes the moment a session starts as someone in another zone reads it: the time and label
   * when their date is the session's, and the date too when it is not.
   *
   * @param start the session's start, in its own zone
   * @param viewer the zone of the reader
   * @return such as {@code "4 pm PT"}, or {@code "Feb. 2, 2023, 12:30 am NT"} when the date
   *     differs
   */
  public String forViewer(ZonedDateTime start, ZoneId viewer) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(viewer, "viewer");
    ZonedDateTime there = start.withZoneSameInstant(viewer);
    LocalDateTime local = there.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
    boolean sameDate = local.toLocalDate().equals(start.toLocalDate());
    boolean midnight = local.toLocalTime().equals(LocalTime.MIDNIGHT);
    if (!sameDate || midnight && language == Language.ENGLISH) {
      return dateTime(there);
    }
    return time(local.toLocalTime()) + " " + zoneLabel(viewer, there.toInstant());
  }

  /**
   * Writes one line for an e-mail read across Canada: the session's own zone first, then
   * Vancouver, Edmonton, Winnipeg, Regina, Toronto, Halifax and St. John's, leaving out any that
   * would repeat an earlier entry.
   *
   * @param start the session's start, in its own zone
   * @return such as {@code "7 pm ET · 4 pm PT · 5 pm MT · 6 pm CT · 8 pm AT · 8:30 pm NT"}
   */
  public String canadaWide(ZonedDateTime start) {
    return canadaWide(start, CANADA_WIDE);
  }

  /**
   * Writes one line naming the start in several zones: the session's own zone first, then each of
   * {@code zones} in order, leaving out any that would repeat an earlier entry.
   *
   * @param start the session's start, in its own zone
   * @param zones the readers' zones
   * @return the entries joined by {@code " · "}
   */
  public String canadaWide(ZonedDateTime start, List<ZoneId> zones) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(zones, "zones");
    Set<String> entries = new LinkedHashSet<>();
    entries.add(forViewer(start, start.getZone()));
    for (ZoneId zone : zones) {
      entries.add(forViewer(start, Objects.requireNonNull(zone, "zones[i]")));
    }
    return String.join(SEPARATOR, new ArrayList<>(entries));
  }

  private String dayAndMonth(LocalDate date) {
    int day = date.getDayOfMonth();
    int month = date.getMonthValue() - 1;
    return language == Language.FRENCH
        ? (day == 1 ? "1er" : Integer.toString(day)) + " " + FRENCH_MONTHS[month]
        : ENGLISH_MONTHS[month] + " " + day;
  }

  /** "Feb. 1–2, 2023": the two dates a midnight separates, the later one starting at it. */
  private String nightOf(LocalDate dayStarting) {
    LocalDate before = dayStarting.minusDays(1);
    if (before.getYear() != dayStarting.getYear()) {
      return date(before) + "–" + date(dayStarting);
    }
    String end =
        before.getMonth() == dayStarting.getMonth()
            ? Integer.toString(dayStarting.getDayOfMonth())
            : dayAndMonth(dayStarting);
    return dayAndMonth(before) + "–" + end + ", " + dayStarting.getYear();
  }

  private static String utcLabel(ZoneOffset offset) {
    int seconds = offset.getTotalSeconds();
    if (seconds == 0) {
      return "UTC";
    }
    int minutes = Math.abs(seconds) / 60;
    String sign = seconds < 0 ? "-" : "+";
    return "UTC"
        + sign
        + minutes / 60
        + (minutes % 60 == 0 ? "" : String.format(Locale.ROOT, ":%02d", minutes % 60));
  }
}
