package ca.cma.wellness.sessions;

import static ca.cma.wellness.sessions.testing.Fixtures.CANCELLED_SESSION;
import static ca.cma.wellness.sessions.testing.Fixtures.COMPASSION_ROUNDS;
import static ca.cma.wellness.sessions.testing.Fixtures.COMPASSION_ROUNDS_PART_I;
import static ca.cma.wellness.sessions.testing.Fixtures.COMPASSION_ROUNDS_PART_II;
import static ca.cma.wellness.sessions.testing.Fixtures.IMPOSTER_SYNDROME;
import static ca.cma.wellness.sessions.testing.Fixtures.MEDICINE_ON_THE_ROCKS;
import static ca.cma.wellness.sessions.testing.Fixtures.PROGRAM;
import static ca.cma.wellness.sessions.testing.Fixtures.WEEKLY_CIRCLE;
import static ca.cma.wellness.sessions.testing.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.testing.Fixtures;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProgramTest {
  private static List<String> ids(List<Session> sessions) {
    return sessions.stream().map(s -> s.id().value()).collect(Collectors.toList());
  }

  private static Program.Builder programWith(Iterable<Session> sessions) {
    return Program.builder()
        .name("Wellness Connection")
        .organizerEmail(Fixtures.ORGANIZER)
        .homePage(URI.create("https://wellness.example.org/"))
        .supportUrl(URI.create("https://wellness.example.org/support"))
        .addSeries(COMPASSION_ROUNDS)
        .addAllSessions(sessions);
  }

  @Test
  void build_fixtureProgram_hasDocumentedDefaults() {
    assertEquals("Wellness Connection", PROGRAM.organizerName());
    assertEquals(ZoneId.of("America/Toronto"), PROGRAM.defaultTimeZone());
    assertEquals("wellness.example.org", PROGRAM.uidDomain());
  }

  @Test
  void uidOf_session_isIdAtProgramDomain() {
    assertEquals(
        "imposter-syndrome-2023-02-01@wellness.example.org", PROGRAM.uidOf(IMPOSTER_SYNDROME).toString());
  }

  @Test
  void sessions_duplicateId_isRefusedNamingBothPositions() {
    SessionValidationException refused =
        assertRefused(
            "sessions[1].id",
            () -> programWith(List.of(IMPOSTER_SYNDROME, IMPOSTER_SYNDROME.withTitle("Other"))).build());
    assertTrue(refused.getMessage().contains("sessions[0]"), refused.getMessage());
  }

  @Test
  void series_duplicateId_isRefused() {
    assertRefused(
        "series[1].id",
        () -> programWith(List.of()).addSeries(COMPASSION_ROUNDS.withTitle("Again")).build());
  }

  @Test
  void sessions_pointingAtMissingSeries_isRefused() {
    SessionValidationException refused =
        assertRefused(
            "sessions[0].seriesPart.seriesId",
            () ->
                programWith(List.of())
                    .addSession(
                        IMPOSTER_SYNDROME.withSeriesPart(
                            Optional.of(SeriesPart.of(SeriesId.of("no-such-series"), 1))))
                    .build());
    assertTrue(refused.getMessage().contains("no-such-series"), refused.getMessage());
  }

  @Test
  void sessions_pointingAtPartBeyondTheSeries_isRefused() {
    assertRefused(
        "sessions[0].seriesPart.part",
        () ->
            programWith(
                    List.of(
                        COMPASSION_ROUNDS_PART_I.withSeriesPart(
                            Optional.of(SeriesPart.of(COMPASSION_ROUNDS.id(), 3)))))
                .build());
  }

  @Test
  void sessions_twoClaimingOnePart_isRefused() {
    Session impostor =
        COMPASSION_ROUNDS_PART_II.withSeriesPart(Optional.of(SeriesPart.of(COMPASSION_ROUNDS.id(), 1)));
    SessionValidationException refused =
        assertRefused(
            "sessions[1].seriesPart",
            () -> programWith(List.of(COMPASSION_ROUNDS_PART_I, impostor)).build());
    assertTrue(refused.getMessage().contains("sessions[0]"), refused.getMessage());
  }

  @Test
  void moderators_oneIdTwoDifferentPeople_isRefused() {
    Moderator other = Fixtures.DANIELA_ISFAN.withDisplayName("Dr. Someone Else");
    assertRefused(
        "sessions[1].moderators[0]",
        () ->
            programWith(List.of(IMPOSTER_SYNDROME, MEDICINE_ON_THE_ROCKS.withModerators(List.of(other))))
                .build());
  }

  @Test
  void homePage_plainHttp_isRefused() {
    assertRefused(
        "homePage",
        () ->
            Program.builder()
                .name("Wellness Connection")
                .organizerEmail(Fixtures.ORGANIZER)
                .homePage(URI.create("http://wellness.example.org/"))
                .supportUrl(URI.create("https://wellness.example.org/support"))
                .build());
  }

  @Test
  void uidDomain_notADnsName_isRefused() {
    assertRefused("uidDomain", () -> programWith(List.of()).uidDomain("Wellness Example").build());
  }

  @Test
  void upcoming_window_returnsSessionsStartingInsideOrderedByStartThenId() {
    Instant from = IMPOSTER_SYNDROME.startInstant();
    List<Session> upcoming = PROGRAM.upcoming(from, Duration.ofDays(23));
    assertEquals(
        List.of(
            "imposter-syndrome-2023-02-01",
            "medicine-on-the-rocks-2023-02-16",
            "compassion-rounds-happiness-1"),
        ids(upcoming));
  }

  @Test
  void upcoming_startExactlyAtWindowEnd_isExcluded() {
    Instant from = IMPOSTER_SYNDROME.startInstant();
    Duration toSecond = Duration.between(from, MEDICINE_ON_THE_ROCKS.startInstant());
    assertEquals(List.of("imposter-syndrome-2023-02-01"), ids(PROGRAM.upcoming(from, toSecond)));
    assertEquals(List.of(), PROGRAM.upcoming(from, Duration.ZERO));
  }

  @Test
  void upcoming_includesCancelledSessionsSoFeedsCanRemoveThem() {
    List<Session> march = PROGRAM.upcoming(Instant.parse("2023-03-09T12:00:00Z"), Duration.ofDays(1));
    assertEquals(List.of(CANCELLED_SESSION), march);
  }

  @Test
  void upcoming_sameStart_isOrderedById() {
    Session twin = IMPOSTER_SYNDROME.withId(SessionId.of("a-twin"));
    Program program = PROGRAM.withSession(twin);
    List<Session> upcoming = program.upcoming(IMPOSTER_SYNDROME.startInstant(), Duration.ofMinutes(1));
    assertEquals(List.of("a-twin", "imposter-syndrome-2023-02-01"), ids(upcoming));
  }

  @Test
  void upcoming_fromClock_usesItsInstant() {
    assertEquals(
        PROGRAM.upcoming(Fixtures.CLOCK.instant(), Duration.ofDays(30)),
        PROGRAM.upcoming(Fixtures.CLOCK, Duration.ofDays(30)));
  }

  @Test
  void upcoming_negativeWindow_isMisuse() {
    assertThrows(
        IllegalArgumentException.class, () -> PROGRAM.upcoming(Instant.EPOCH, Duration.ofDays(-1)));
  }

  @Test
  void byTopic_ignoresCase() {
    assertEquals(List.of(IMPOSTER_SYNDROME), PROGRAM.byTopic(Topic.of("imposter SYNDROME")));
  }

  @Test
  void byModerator_listsTheirSessionsInOrder() {
    assertEquals(
        List.of(
            "imposter-syndrome-2023-02-01",
            "compassion-rounds-happiness-1",
            "compassion-rounds-happiness-2",
            "residency-self-care-2023-03-09"),
        ids(PROGRAM.byModerator(Fixtures.DANIELA_ISFAN.id())));
  }

  @Test
  void partsOf_series_areInPartOrderWhateverTheListOrder() {
    Program reversed =
        programWith(List.of(COMPASSION_ROUNDS_PART_II, COMPASSION_ROUNDS_PART_I)).build();
    assertEquals(
        List.of(COMPASSION_ROUNDS_PART_I, COMPASSION_ROUNDS_PART_II),
        reversed.partsOf(COMPASSION_ROUNDS.id()));
    assertEquals(List.of(), reversed.partsOf(SeriesId.of("unknown")));
  }

  @Test
  void displayTitle_seriesPart_readsAsTheProgramPage() {
    assertEquals(
        "Compassion Rounds: The art and science of happiness (part I)",
        PROGRAM.displayTitle(COMPASSION_ROUNDS_PART_I));
    assertEquals(
        "Compassion Rounds: The art and science of happiness (part II)",
        PROGRAM.displayTitle(COMPASSION_ROUNDS_PART_II));
    assertEquals("Imposter syndrome", PROGRAM.displayTitle(IMPOSTER_SYNDROME));
  }

  @Test
  void displayTitle_partWithItsOwnTitle_appendsIt() {
    Session gratitude = COMPASSION_ROUNDS_PART_II.withTitle("Gratitude");
    assertEquals(
        "Compassion Rounds: The art and science of happiness (part II): Gratitude",
        PROGRAM.withSession(gratitude).displayTitle(gratitude));
  }

  @Test
  void displayTitle_weeklyPart_usesRomanNumerals() {
    assertEquals(
        "Peer support circle (part IV)",
        PROGRAM.displayTitle(PROGRAM.partsOf(WEEKLY_CIRCLE.id()).get(3)));
  }

  @Test
  void withSession_sameId_replacesInPlace() {
    Session moved =
        IMPOSTER_SYNDROME.withStart(LocalDateTime.of(2023, 2, 8, 19, 0), Fixtures.TORONTO).withRevision(1);
    Program next = PROGRAM.withSession(moved);
    assertEquals(PROGRAM.sessions().size(), next.sessions().size());
    assertEquals(moved, next.sessionById(moved.id()).orElseThrow());
    assertEquals(0, next.sessions().indexOf(moved));
  }

  @Test
  void withSession_newId_isAppended() {
    List<Session> expected = new ArrayList<>(PROGRAM.sessions());
    Session extra = IMPOSTER_SYNDROME.withId(SessionId.of("extra"));
    expected.add(extra);
    assertEquals(expected, PROGRAM.withSession(extra).sessions());
  }
}
