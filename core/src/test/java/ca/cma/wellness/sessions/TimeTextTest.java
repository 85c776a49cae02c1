package ca.cma.wellness.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeTextTest {
  private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
  private static final ZonedDateTime FEB_1_7PM = ZonedDateTime.of(2023, 2, 1, 19, 0, 0, 0, TORONTO);
  private static final ZonedDateTime JULY_5_7PM = ZonedDateTime.of(2023, 7, 5, 19, 0, 0, 0, TORONTO);
  private static final TimeText EN = TimeText.of(Language.ENGLISH);
  private static final TimeText FR = TimeText.of(Language.FRENCH);

  @Test
  void dateTime_programPageSession_readsAsThePageDoes() {
    assertEquals("Feb. 1, 2023, 7 pm ET", EN.dateTime(FEB_1_7PM));
  }

  @Test
  void dateTime_minutesPastTheHour_showsMinutes() {
    assertEquals("Feb. 1, 2023, 7:30 pm ET", EN.dateTime(FEB_1_7PM.plusMinutes(30)));
  }

  @Test
  void dateTime_french_usesTwentyFourHourClockAndFirstOrdinal() {
    assertEquals("1er février 2023, 19 h HE", FR.dateTime(FEB_1_7PM));
    assertEquals("1er février 2023, 19 h 30 HE", FR.dateTime(FEB_1_7PM.plusMinutes(30)));
    assertEquals("16 février 2023, 19 h HE", FR.dateTime(FEB_1_7PM.plusDays(15)));
  }

  @ParameterizedTest
  @CsvSource({
    "America/Vancouver, 4 pm PT",
    "America/Edmonton, 5 pm MT",
    "America/Regina, 6 pm CT",
    "America/Winnipeg, 6 pm CT",
    "America/Toronto, 7 pm ET",
    "America/Halifax, 8 pm AT",
    "America/St_Johns, 8:30 pm NT",
  })
  void forViewer_winterSessionAcrossCanada_givesLocalTimeAndLabel(String zone, String expected) {
    assertEquals(expected, EN.forViewer(FEB_1_7PM, ZoneId.of(zone)));
  }

  @ParameterizedTest
  @CsvSource({
    "America/Vancouver, 16 h HP",
    "America/Edmonton, 17 h HR",
    "America/Winnipeg, 18 h HC",
    "America/Toronto, 19 h HE",
    "America/Halifax, 20 h HA",
    "America/St_Johns, 20 h 30 HT",
  })
  void forViewer_french_usesFrenchLabels(String zone, String expected) {
    assertEquals(expected, FR.forViewer(FEB_1_7PM, ZoneId.of(zone)));
  }

  @Test
  void forViewer_dateDiffers_includesTheDate() {
    ZonedDateTime late = ZonedDateTime.of(2023, 2, 1, 23, 0, 0, 0, TORONTO);
    assertEquals("Feb. 2, 2023, 12:30 am NT", EN.forViewer(late, ZoneId.of("America/St_Johns")));
    assertEquals("2 février 2023, 0 h 30 HT", FR.forViewer(late, ZoneId.of("America/St_Johns")));
    ZonedDateTime early = ZonedDateTime.of(2023, 2, 1, 1, 0, 0, 0, TORONTO);
    assertEquals("Jan. 31, 2023, 10 pm PT", EN.forViewer(early, ZoneId.of("America/Vancouver")));
  }

  @Test
  void forViewer_summer_labelsPlacesWithoutDaylightTimeBySpecificLabel() {
    assertEquals("6 pm CT", EN.forViewer(JULY_5_7PM, ZoneId.of("America/Winnipeg")));
    assertEquals("5 pm CST", EN.forViewer(JULY_5_7PM, ZoneId.of("America/Regina")));
    assertEquals("17 h HNC", FR.forViewer(JULY_5_7PM, ZoneId.of("America/Regina")));
    assertEquals("6 pm EST", EN.forViewer(JULY_5_7PM, ZoneId.of("America/Atikokan")));
    assertEquals("4 pm MST", EN.forViewer(JULY_5_7PM, ZoneId.of("America/Whitehorse")));
    assertEquals("4 pm MST", EN.forViewer(JULY_5_7PM, ZoneId.of("America/Creston")));
  }

  @Test
  void forViewer_outsideCanada_usesUtcOffset() {
    assertEquals("Feb. 2, 2023, 1 am UTC+1", EN.forViewer(FEB_1_7PM, ZoneId.of("Europe/Paris")));
    assertEquals("Feb. 2, 2023, 5:30 am UTC+5:30", EN.forViewer(FEB_1_7PM, ZoneId.of("Asia/Kolkata")));
    assertEquals("Feb. 1–2, 2023, midnight UTC", EN.forViewer(FEB_1_7PM, ZoneId.of("Europe/London")));
    assertEquals("7 pm UTC-5", EN.forViewer(FEB_1_7PM, ZoneId.of("America/New_York")));
    assertEquals("9 pm UTC-3", EN.forViewer(FEB_1_7PM, ZoneId.of("America/Sao_Paulo")));
  }

  @Test
  void canadaWide_winter_listsSessionZoneFirstThenWestToEast() {
    assertEquals(
        "7 pm ET · 4 pm PT · 5 pm MT · 6 pm CT · 8 pm AT · 8:30 pm NT", EN.canadaWide(FEB_1_7PM));
    assertEquals(
        "19 h HE · 16 h HP · 17 h HR · 18 h HC · 20 h HA · 20 h 30 HT", FR.canadaWide(FEB_1_7PM));
  }

  @Test
  void canadaWide_summer_addsSaskatchewanWhenItDiffersFromCentral() {
    assertEquals(
        "7 pm ET · 4 pm PT · 5 pm MT · 6 pm CT · 5 pm CST · 8 pm AT · 8:30 pm NT",
        EN.canadaWide(JULY_5_7PM));
  }

  @Test
  void canadaWide_chosenZones_keepsTheirOrder() {
    assertEquals(
        "7 pm ET · 4 pm PT · 8:30 pm NT",
        EN.canadaWide(
            FEB_1_7PM,
            List.of(ZoneId.of("America/Vancouver"), TORONTO, ZoneId.of("America/St_Johns"))));
  }

  @Test
  void time_noonAndMidnight_areWrittenUnambiguously() {
    assertEquals("noon", EN.time(LocalTime.NOON));
    assertEquals("12:30 pm", EN.time(LocalTime.of(12, 30)));
    assertEquals("midnight", EN.time(LocalTime.MIDNIGHT));
    assertEquals("12:30 am", EN.time(LocalTime.of(0, 30)));
    assertEquals("12 h", FR.time(LocalTime.NOON));
    assertEquals("0 h", FR.time(LocalTime.MIDNIGHT));
  }

  @Test
  void dateTime_midnight_namesBothDatesItSeparates() {
    assertEquals(
        "Feb. 1–2, 2023, midnight ET", EN.dateTime(ZonedDateTime.of(2023, 2, 2, 0, 0, 0, 0, TORONTO)));
    assertEquals(
        "Jan. 31–Feb. 1, 2023, midnight ET",
        EN.dateTime(ZonedDateTime.of(2023, 2, 1, 0, 0, 0, 0, TORONTO)));
    assertEquals(
        "Dec. 31, 2023–Jan. 1, 2024, midnight ET",
        EN.dateTime(ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, TORONTO)));
    assertEquals(
        "2 février 2023, 0 h HE", FR.dateTime(ZonedDateTime.of(2023, 2, 2, 0, 0, 0, 0, TORONTO)));
  }

  @Test
  void dateTime_noon_saysNoon() {
    assertEquals("March 9, 2023, noon ET", EN.dateTime(ZonedDateTime.of(2023, 3, 9, 12, 0, 0, 0, TORONTO)));
  }

  @ParameterizedTest
  @CsvSource({
    "2023-01-05, 'Jan. 5, 2023', '5 janvier 2023'",
    "2023-03-01, 'March 1, 2023', '1er mars 2023'",
    "2023-04-02, 'April 2, 2023', '2 avril 2023'",
    "2023-05-03, 'May 3, 2023', '3 mai 2023'",
    "2023-06-04, 'June 4, 2023', '4 juin 2023'",
    "2023-07-05, 'July 5, 2023', '5 juillet 2023'",
    "2023-08-06, 'Aug. 6, 2023', '6 août 2023'",
    "2023-09-07, 'Sept. 7, 2023', '7 septembre 2023'",
    "2023-10-08, 'Oct. 8, 2023', '8 octobre 2023'",
    "2023-11-09, 'Nov. 9, 2023', '9 novembre 2023'",
    "2023-12-10, 'Dec. 10, 2023', '10 décembre 2023'",
  })
  void date_everyMonth_followsCanadianStyle(LocalDate date, String english, String french) {
    assertEquals(english, EN.date(date));
    assertEquals(french, FR.date(date));
  }

  @Test
  void zoneLabel_daylightTimeInToronto_staysGeneric() {
    assertEquals("ET", EN.zoneLabel(TORONTO, JULY_5_7PM.toInstant()));
    assertEquals("HE", FR.zoneLabel(TORONTO, JULY_5_7PM.toInstant()));
  }

  @Test
  void zoneLabel_whitehorseBefore2020_isPacific() {
    Instant winter2019 = Instant.parse("2019-01-15T20:00:00Z");
    assertEquals("PT", EN.zoneLabel(ZoneId.of("America/Whitehorse"), winter2019));
    Instant winter2023 = Instant.parse("2023-01-15T20:00:00Z");
    assertEquals("MT", EN.zoneLabel(ZoneId.of("America/Whitehorse"), winter2023));
  }
}
