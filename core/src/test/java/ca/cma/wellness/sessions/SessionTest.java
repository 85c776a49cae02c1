package ca.cma.wellness.sessions;

import static ca.cma.wellness.sessions.testing.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.testing.Fixtures;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionTest {
  private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
  private static final Session VALID = Fixtures.IMPOSTER_SYNDROME;

  private static Session.Builder minimal() {
    return Session.builder()
        .id(SessionId.of("s1"))
        .title("Imposter syndrome")
        .duration(Duration.ofMinutes(60))
        .addModerator(Fixtures.DANIELA_ISFAN)
        .registrationUrl(URI.create("https://wellness.example.org/r"))
        .joinUrl(URI.create("https://meet.example.org/j/1"));
  }

  @Test
  void build_minimal_appliesDocumentedDefaults() {
    Session session = minimal().start(LocalDateTime.of(2023, 2, 1, 19, 0), TORONTO).build();
    assertEquals("", session.description());
    assertEquals(EnumSet.allOf(Audience.class), session.audience());
    assertEquals(Language.ENGLISH, session.language());
    assertEquals(SessionStatus.SCHEDULED, session.status());
    assertEquals(0, session.revision());
    assertEquals(OptionalInt.empty(), session.capacity());
    assertEquals(Optional.empty(), session.seriesPart());
    assertFalse(session.buildsOnEarlierSessions());
  }

  @Test
  void start_winterSession_isAtUtcMinusFive() {
    assertEquals(ZoneOffset.ofHours(-5), VALID.start().getOffset());
    assertEquals(Instant.parse("2023-02-02T00:00:00Z"), VALID.startInstant());
    assertEquals(VALID.start().plusHours(1), VALID.end());
    assertEquals(LocalDateTime.of(2023, 2, 1, 19, 0), VALID.localStart());
    assertEquals(TORONTO, VALID.timeZone());
  }

  @Test
  void build_missingRequiredAttributes_namesTheFirstAndListsTheRest() {
    SessionValidationException refused =
        assertRefused("title", () -> Session.builder().id(SessionId.of("x")).build());
    assertTrue(refused.getMessage().contains("start"), refused.getMessage());
  }

  @Test
  void build_missingModeratorsAndOthers_listsEveryOneInDeclarationOrder() {
    SessionValidationException refused =
        assertRefused("title", () -> Session.builder().id(SessionId.of("x")).build());
    assertEquals(
        "is required but was not set (also missing: start, duration, moderators, registrationUrl, joinUrl)",
        refused.problem());
  }

  @Test
  void build_onlyModeratorsMissing_isRefusedNamingThem() {
    Session.Builder noModerators =
        Session.builder()
            .id(SessionId.of("s1"))
            .title("Imposter syndrome")
            .start(LocalDateTime.of(2023, 2, 1, 19, 0), TORONTO)
            .duration(Duration.ofMinutes(60))
            .registrationUrl(URI.create("https://wellness.example.org/r"))
            .joinUrl(URI.create("https://meet.example.org/j/1"));
    assertRefused("moderators", noModerators::build);
  }

  @Test
  void start_zoneTypedAsText_isTheRegionZone() {
    Session session = minimal().start(LocalDateTime.of(2023, 2, 1, 19, 0), " America/Toronto".strip()).build();
    assertEquals(VALID.start(), session.start());
    assertEquals(VALID.start(), VALID.withStart(LocalDateTime.of(2023, 2, 1, 19, 0), "America/Toronto").start());
  }

  @ParameterizedTest
  @ValueSource(strings = {"EST", "ET", "Eastern", "-05:00", "UTC", "US/Eastern", "America/Nowhere", ""})
  void start_zoneTypedAsTextThatIsNoRegion_isRefusedWithTheReadmesMessage(String zone) {
    SessionValidationException refused =
        assertRefused("timeZone", () -> minimal().start(LocalDateTime.of(2023, 2, 1, 19, 0), zone));
    assertTrue(refused.problem().startsWith("must be an IANA region id such as America/Toronto"), refused.getMessage());
    assertTrue(refused.problem().contains("\"" + zone + "\""), refused.getMessage());
  }

  @Test
  void waitlistLimitAndLastModified_areKeptAndChecked() {
    Session limited = VALID.withWaitlistLimit(3).withLastModified(Instant.parse("2023-01-10T12:00:00Z"));
    assertEquals(OptionalInt.of(3), limited.waitlistLimit());
    assertEquals(Optional.of(Instant.parse("2023-01-10T12:00:00Z")), limited.lastModified());
    assertEquals(OptionalInt.empty(), limited.withWaitlistLimit(OptionalInt.empty()).waitlistLimit());
    assertRefused("waitlistLimit", () -> VALID.withWaitlistLimit(-1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n", "\u00A0 \u2003", "\u200B\u200F\u202E"})
  void title_blank_isRefused(String title) {
    SessionValidationException refused = assertRefused("title", () -> VALID.withTitle(title));
    assertTrue(refused.getMessage().contains("blank"), refused.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "bell\u0007", "esc\u001B[31m", "del\u007F", "c1\u0085"})
  void title_controlCharacter_isRefusedNamingTheCharacter(String title) {
    SessionValidationException refused = assertRefused("title", () -> VALID.withTitle(title));
    assertTrue(refused.getMessage().contains("control character U+"), refused.getMessage());
  }

  @Test
  void description_controlCharacter_isRefused() {
    assertRefused("description", () -> VALID.withDescription("line\u000Bvertical tab"));
  }

  @Test
  void text_tabsLineBreaksEmojiAndRightToLeftMarks_areKept() {
    String text = "A\tB\r\nC\nD\rE 😀 \u200Fשלום e\u0301 ;,\\:\"";
    Session session = VALID.withTitle(text).withDescription(text);
    assertEquals(text, session.title());
    assertEquals(text, session.description());
  }

  @Test
  void title_unpairedSurrogate_isRefused() {
    assertRefused("title", () -> VALID.withTitle("broken \uD83D here"));
    assertRefused("title", () -> VALID.withTitle("broken \uDE00 here"));
  }

  @Test
  void title_twoHundredCharacters_isKept_andOneMoreIsRefused() {
    String title = "😀".repeat(200);
    assertEquals(title, VALID.withTitle(title).title());
    SessionValidationException refused = assertRefused("title", () -> VALID.withTitle(title + "é"));
    assertTrue(refused.problem().startsWith("is longer than 200 characters (was 201"), refused.problem());
    assertEquals("é".repeat(10_000), VALID.withDescription("é".repeat(10_000)).description());
    assertRefused("description", () -> VALID.withDescription("é".repeat(10_001)));
  }

  @Test
  void start_bareOffset_isRefused() {
    SessionValidationException refused =
        assertRefused(
            "timeZone",
            () -> minimal().start(LocalDateTime.of(2023, 2, 1, 19, 0), ZoneOffset.ofHours(-5)).build());
    assertTrue(refused.getMessage().contains("-05:00"), refused.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"EST", "EST5EDT", "UTC", "GMT", "Etc/GMT+5", "UTC-05:00", "Canada/Eastern", "SystemV/EST5"})
  void start_zoneThatIsNotARegion_isRefused(String id) {
    ZoneId zone = ZoneId.of(id, ZoneId.SHORT_IDS);
    SessionValidationException refused =
        assertRefused("timeZone", () -> minimal().start(LocalDateTime.of(2023, 2, 1, 19, 0), zone).build());
    assertTrue(refused.getMessage().contains(zone.getId()), refused.getMessage());
  }

  @Test
  void start_zonedDateTimeWithOffsetZone_isRefusedAtBuild() {
    assertRefused(
        "timeZone",
        () -> minimal().start(ZonedDateTime.of(2023, 2, 1, 19, 0, 0, 0, ZoneOffset.UTC)).build());
  }

  @Test
  void start_inDaylightSavingGap_isRefusedWithTheLocalTimeAndZone() {
    SessionValidationException refused =
        assertRefused(
            "start", () -> minimal().start(LocalDateTime.of(2023, 3, 12, 2, 30), TORONTO));
    assertEquals(
        "start: 2023-03-12T02:30 does not exist in America/Toronto (daylight-saving gap)",
        refused.getMessage());
  }

  @Test
  void withStart_inDaylightSavingGap_isRefused() {
    assertRefused("start", () -> VALID.withStart(LocalDateTime.of(2023, 3, 12, 2, 0), TORONTO));
  }

  @Test
  void start_inDaylightSavingOverlap_resolvesToTheFirstOccurrence() {
    Session session = minimal().start(LocalDateTime.of(2023, 11, 5, 1, 30), TORONTO).build();
    assertEquals(ZoneOffset.ofHours(-4), session.start().getOffset());
    assertEquals(Instant.parse("2023-11-05T05:30:00Z"), session.startInstant());
  }

  @Test
  void start_secondOccurrenceOfOverlap_isRefusedRatherThanSilentlyMoved() {
    ZonedDateTime second =
        ZonedDateTime.of(2023, 11, 5, 1, 30, 0, 0, TORONTO).withLaterOffsetAtOverlap();
    SessionValidationException refused = assertRefused("start", () -> minimal().start(second).build());
    assertTrue(refused.getMessage().contains("overlap"), refused.getMessage());
  }

  @Test
  void start_notOnAWholeMinute_isRefused() {
    assertRefused(
        "start", () -> minimal().start(LocalDateTime.of(2023, 2, 1, 19, 0, 30), TORONTO));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT0S", "PT-1M", "PT24H1M", "P2D", "PT59.5S"})
  void duration_outOfRangeOrNotWholeMinutes_isRefused(String duration) {
    SessionValidationException refused =
        assertRefused("duration", () -> VALID.withDuration(Duration.parse(duration)));
    assertTrue(refused.getMessage().contains("(was "), refused.getMessage());
  }

  @Test
  void duration_exactlyTwentyFourHours_isAccepted() {
    assertEquals(Duration.ofHours(24), VALID.withDuration(Duration.ofHours(24)).duration());
  }

  @Test
  void moderators_none_isRefused() {
    assertRefused("moderators", () -> VALID.withModerators(List.of()));
  }

  @Test
  void moderators_sameIdTwice_isRefused() {
    assertRefused(
        "moderators[1].id",
        () -> VALID.withModerators(List.of(Fixtures.DANIELA_ISFAN, Fixtures.DANIELA_ISFAN)));
  }

  @Test
  void topics_repeatedIgnoringCase_isRefused() {
    assertRefused(
        "topics[1]", () -> VALID.withTopics(List.of(Topic.BURNOUT, Topic.of("burnout"))));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://wellness.example.org/r",
        "ftp://wellness.example.org/r",
        "/relative/path",
        "mailto:someone@example.org",
        "https:///no-host",
        "https://user:secret@wellness.example.org/r",
        "javascript:alert(1)"
      })
  void registrationUrl_notAbsoluteHttpsWithHost_isRefused(String url) {
    assertRefused("registrationUrl", () -> VALID.withRegistrationUrl(URI.create(url)));
  }

  @Test
  void joinUrl_plainHttp_isRefused() {
    assertRefused("joinUrl", () -> VALID.withJoinUrl(URI.create("http://meet.example.org/j/1")));
  }

  @Test
  void capacity_negative_isRefused() {
    SessionValidationException refused = assertRefused("capacity", () -> VALID.withCapacity(-1));
    assertEquals("capacity: must be at least 0 (was -1)", refused.getMessage());
  }

  @Test
  void capacity_zero_isAccepted() {
    assertEquals(OptionalInt.of(0), VALID.withCapacity(0).capacity());
  }

  @Test
  void revision_negative_isRefused() {
    assertRefused("revision", () -> VALID.withRevision(-1));
  }

  @Test
  void registrationCloses_afterTheEnd_isRefused() {
    assertRefused(
        "registrationCloses",
        () -> VALID.withRegistrationCloses(Optional.of(VALID.end().toInstant().plusSeconds(60))));
  }

  @Test
  void registrationOpens_notBeforeClosing_isRefused() {
    Instant start = VALID.startInstant();
    assertRefused("registrationOpens", () -> VALID.withRegistrationOpens(Optional.of(start)));
    Session closesEarly = VALID.withRegistrationCloses(Optional.of(start.minusSeconds(3600)));
    assertRefused(
        "registrationOpens",
        () -> closesEarly.withRegistrationOpens(Optional.of(start.minusSeconds(1800))));
  }

  @Test
  void audience_emptyAfterCopy_meansBoth() {
    Session learners = VALID.withAudience(List.of(Audience.MEDICAL_LEARNERS));
    assertFalse(learners.admits(Role.PHYSICIAN));
    assertTrue(learners.admits(Role.RESIDENT));
    assertTrue(learners.admits(Role.MEDICAL_STUDENT));
    assertEquals(EnumSet.allOf(Audience.class), learners.withAudience(List.of()).audience());
  }

  @Test
  void withCopies_leaveTheOriginalUnchanged() {
    Session moved = VALID.withStart(LocalDateTime.of(2023, 2, 8, 19, 30), TORONTO).withRevision(1);
    assertEquals(LocalDateTime.of(2023, 2, 1, 19, 0), VALID.localStart());
    assertEquals(LocalDateTime.of(2023, 2, 8, 19, 30), moved.localStart());
    assertEquals(VALID.id(), moved.id());
    assertEquals(1, moved.revision());
  }

  @Test
  void toString_neverShowsTheJoinLink() {
    assertFalse(VALID.toString().contains(VALID.joinUrl().toString()), VALID.toString());
    assertFalse(VALID.toString().contains("meet.example.org"), VALID.toString());
  }

  @Test
  void builder_startSetTwice_isMisuse() {
    Session.Builder builder = minimal().start(LocalDateTime.of(2023, 2, 1, 19, 0), TORONTO);
    assertThrows(
        IllegalStateException.class,
        () -> builder.start(LocalDateTime.of(2023, 2, 2, 19, 0), TORONTO));
  }

  @Test
  void isCancelled_followsStatus() {
    assertTrue(Fixtures.CANCELLED_SESSION.isCancelled());
    assertFalse(VALID.isCancelled());
  }
}
