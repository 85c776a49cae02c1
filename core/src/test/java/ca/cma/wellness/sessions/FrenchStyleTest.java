package ca.cma.wellness.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the French time text against the French-Canadian style guides that docs/languages.md
 * names: the Office québécois de la langue française's Banque de dépannage linguistique (hours
 * with "h" on the 24-hour clock, "1er" for the first of the month, months in lower case, no comma
 * between month and year) and the Translation Bureau's TERMIUM Plus and Clefs du français
 * pratique (the time-zone abbreviations HNE, HAE, HE and the others, "T" standing for
 * Terre-Neuve).
 */
class FrenchStyleTest {
  private static final TimeText FRENCH = TimeText.of(Language.FRENCH);
  private static final Instant WINTER = Instant.parse("2023-02-01T12:00:00Z");
  private static final Instant SUMMER = Instant.parse("2023-07-01T12:00:00Z");

  @Test
  void zoneLabel_eachCanadianZone_usesTheTranslationBureausAbbreviations() {
    // zone, generic, standard, daylight (Bureau de la traduction, TERMIUM Plus "heure normale de l'Est")
    List<List<String>> table =
        List.of(
            List.of("America/St_Johns", "HT", "HNT", "HAT"),
            List.of("America/Halifax", "HA", "HNA", "HAA"),
            List.of("America/Toronto", "HE", "HNE", "HAE"),
            List.of("America/Winnipeg", "HC", "HNC", "HAC"),
            List.of("America/Edmonton", "HR", "HNR", "HAR"),
            List.of("America/Vancouver", "HP", "HNP", "HAP"));
    for (List<String> row : table) {
      ZoneId zone = ZoneId.of(row.get(0));
      assertEquals(row.get(1), FRENCH.zoneLabel(zone, WINTER), row.get(0));
      assertEquals(row.get(1), FRENCH.zoneLabel(zone, SUMMER), row.get(0));
      CanadianTimeZone family = CanadianTimeZone.of(zone, WINTER).orElseThrow();
      assertEquals(row.get(2), family.specificLabel(Language.FRENCH, false), row.get(0));
      assertEquals(row.get(3), family.specificLabel(Language.FRENCH, true), row.get(0));
    }
  }

  @Test
  void zoneLabel_placeOnStandardTimeAllYear_namesStandardTime() {
    // Regina keeps Central Standard Time while Winnipeg is on daylight time: "HNC", not "HC".
    assertEquals("HNC", FRENCH.zoneLabel(ZoneId.of("America/Regina"), SUMMER));
  }

  @Test
  void time_twentyFourHourClockWithH_perTheBanqueDeDepannageLinguistique() {
    assertEquals("19 h", FRENCH.time(LocalTime.of(19, 0)));
    assertEquals("19 h 30", FRENCH.time(LocalTime.of(19, 30)));
    assertEquals("8 h 05", FRENCH.time(LocalTime.of(8, 5)));
    assertEquals("12 h", FRENCH.time(LocalTime.NOON));
    assertEquals("0 h", FRENCH.time(LocalTime.MIDNIGHT));
  }

  @Test
  void date_firstOfTheMonthIsPremier_monthsInLowerCase_noCommaBeforeTheYear() {
    assertEquals("1er février 2023", FRENCH.date(LocalDate.of(2023, 2, 1)));
    assertEquals("2 février 2023", FRENCH.date(LocalDate.of(2023, 2, 2)));
    String[] months = {
      "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
      "octobre", "novembre", "décembre"
    };
    for (int month = 1; month <= 12; month++) {
      assertEquals("15 " + months[month - 1] + " 2023", FRENCH.date(LocalDate.of(2023, month, 15)));
    }
  }

  @Test
  void dateTime_theSeedPagesFirstSession_readsAsQuebecWritesIt() {
    ZonedDateTime start = ZonedDateTime.of(LocalDateTime.of(2023, 2, 1, 19, 0), ZoneId.of("America/Toronto"));
    assertEquals("1er février 2023, 19 h HE", FRENCH.dateTime(start));
    assertEquals("20 h 30 HT", FRENCH.forViewer(start, ZoneId.of("America/St_Johns")));
    assertEquals("16 h HP", FRENCH.forViewer(start, ZoneId.of("America/Vancouver")));
  }

  @Test
  void dateTime_midnight_isZeroHourOfTheDayItOpens() {
    ZonedDateTime midnight = ZonedDateTime.of(LocalDateTime.of(2023, 3, 1, 0, 0), ZoneId.of("America/Toronto"));
    assertEquals("1er mars 2023, 0 h HE", FRENCH.dateTime(midnight));
  }
}
