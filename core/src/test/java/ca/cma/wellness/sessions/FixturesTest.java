package ca.cma.wellness.sessions;

import static ca.cma.wellness.sessions.testing.Fixtures.PROGRAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.testing.Fixtures;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fixtures say what the program's public page says. */
class FixturesTest {
  private static String listing(Session session) {
    return PROGRAM.displayTitle(session)
        + ", "
        + TimeText.of(Language.ENGLISH).dateTime(session.start())
        + ", moderated by "
        + session.moderators().get(0).displayName();
  }

  @Test
  void programPage_upcomingSessions_matchThePage() {
    List<Session> page =
        PROGRAM.upcoming(Fixtures.CLOCK, Duration.ofDays(40)).stream()
            .limit(3)
            .collect(Collectors.toList());
    assertEquals(
        List.of(
            "Imposter syndrome, Feb. 1, 2023, 7 pm ET, moderated by Dr. Daniela Isfan",
            "Are you and medicine on the rocks?, Feb. 16, 2023, 7 pm ET, moderated by Dr. Sharman Robertson",
            "Compassion Rounds: The art and science of happiness (part I), Feb. 23, 2023, 7 pm ET,"
                + " moderated by Dr. Daniela Isfan"),
        page.stream().map(FixturesTest::listing).collect(Collectors.toList()));
  }

  @Test
  void programPage_secondSession_buildsOnEarlierSessions() {
    assertTrue(Fixtures.MEDICINE_ON_THE_ROCKS.buildsOnEarlierSessions());
  }

  @Test
  void weeklyCircle_crossesTheMarchChangeAtSevenPmLocal() {
    Set<ZoneOffset> offsets =
        Fixtures.WEEKLY_CIRCLE_PARTS.stream().map(s -> s.start().getOffset()).collect(Collectors.toSet());
    assertEquals(Set.of(ZoneOffset.ofHours(-5), ZoneOffset.ofHours(-4)), offsets);
    assertTrue(Fixtures.WEEKLY_CIRCLE_PARTS.stream().allMatch(s -> s.localStart().getHour() == 19));
  }

  @Test
  void registrants_includeNewfoundlandAndSaskatchewan() {
    Set<Province> provinces =
        Fixtures.REGISTRANTS.stream().map(Registrant::province).collect(Collectors.toSet());
    assertTrue(provinces.contains(Province.NEWFOUNDLAND_AND_LABRADOR));
    assertTrue(provinces.contains(Province.SASKATCHEWAN));
    assertEquals(
        Fixtures.REGISTRANTS.size(),
        Fixtures.REGISTRANTS.stream().map(Registrant::email).distinct().count(),
        "every fixture registrant is a different person");
  }

  @Test
  void clock_isBeforeEveryFixtureSession() {
    assertTrue(PROGRAM.sessions().stream().allMatch(s -> s.startInstant().isAfter(Fixtures.CLOCK.instant())));
  }

  @Test
  void cancelledSession_isCancelledWithARevision() {
    assertEquals(SessionStatus.CANCELLED, Fixtures.CANCELLED_SESSION.status());
    assertEquals(1, Fixtures.CANCELLED_SESSION.revision());
  }
}
