package ca.cma.wellness.sessions.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Series;
import ca.cma.wellness.sessions.SeriesId;
import ca.cma.wellness.sessions.SeriesPart;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.registration.Availability;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What the public outputs say about a session, decided once. */
class SessionFactsTest {
  private static final ProgramFacts FACTS = ProgramFacts.of(Fixtures.PROGRAM);

  @Test
  void session_standAlone_statesIdentityTitlesTimesAndLinks() {
    SessionFacts imposter = FACTS.session(Fixtures.IMPOSTER_SYNDROME);
    assertEquals("imposter-syndrome-2023-02-01@wellness.example.org", imposter.uid().toString());
    assertEquals(0, imposter.sequence());
    assertEquals("Imposter syndrome", imposter.summary(Language.ENGLISH));
    assertEquals("Feb. 1, 2023, 7 pm ET", imposter.dateTime(Language.ENGLISH));
    assertEquals("1er février 2023, 19 h HE", imposter.dateTime(Language.FRENCH));
    assertEquals("Moderated by Dr. Daniela Isfan", imposter.moderatorsLine(Language.ENGLISH));
    assertEquals("Animé par Dr. Daniela Isfan", imposter.moderatorsLine(Language.FRENCH));
    assertEquals(List.of(Fixtures.IMPOSTER_SYNDROME.description()), imposter.paragraphs(Language.ENGLISH));
    assertEquals(
        List.of(
            "Moderated by Dr. Daniela Isfan",
            "Register: " + Fixtures.IMPOSTER_SYNDROME.registrationUrl(),
            "Support resources: https://wellness.example.org/support",
            "Physician support line (sample): 1-800-555-0100 <tel:+1-800-555-0100> (24/7)"
                + " https://support.example.org/"),
        imposter.footer(Language.ENGLISH));
    assertEquals(Optional.of(Fixtures.IMPOSTER_SYNDROME.registrationUrl()), imposter.registrationLink());
    assertEquals(Optional.of(Fixtures.PUBLISHED), imposter.lastModified());
    assertTrue(imposter.seriesPlace().isEmpty());
  }

  @Test
  void session_cancelled_isAnnouncedInTheReadersLanguageWithoutARegistrationLink() {
    SessionFacts cancelled = FACTS.session(Fixtures.CANCELLED_SESSION);
    assertEquals("Cancelled: Self-care in residency", cancelled.summary(Language.ENGLISH));
    assertEquals("Annulée : Prendre soin de soi pendant la résidence", cancelled.summary(Language.FRENCH));
    assertEquals("Self-care in residency", cancelled.title(Language.ENGLISH));
    assertEquals(
        List.of("This session is cancelled.", Fixtures.CANCELLED_SESSION.description()),
        cancelled.paragraphs(Language.ENGLISH));
    assertEquals("Cette séance est annulée.", cancelled.paragraphs(Language.FRENCH).get(0));
    assertEquals(Optional.empty(), cancelled.registrationLink());
    assertFalse(String.join("\n", cancelled.footer(Language.ENGLISH)).contains("Register"));
    assertEquals(
        "Ligne de soutien aux médecins (exemple) : 1-800-555-0100 <tel:+1-800-555-0100>"
            + " (24 h/24, 7 j/7) https://support.example.org/",
        cancelled.footer(Language.FRENCH).get(cancelled.footer(Language.FRENCH).size() - 1),
        "a cancelled session keeps the national resources, in the reader's language");
    assertEquals(Fixtures.CANCELLED_SESSION.registrationUrl(), cancelled.page(), "the page stays");
    assertEquals(1, cancelled.sequence());
  }

  @Test
  void session_seriesPart_knowsItsFirstPreviousAndNextPartsAndTheSeriesSpan() {
    List<Session> circle = Fixtures.WEEKLY_CIRCLE_PARTS;
    SeriesPlace third = FACTS.session(circle.get(2)).seriesPlace().orElseThrow();
    assertEquals(3, third.part());
    assertEquals(5, third.partCount());
    assertEquals(Optional.of(Fixtures.PROGRAM.uidOf(circle.get(0))), third.first());
    assertEquals(Optional.of(Fixtures.PROGRAM.uidOf(circle.get(1))), third.previous());
    assertEquals(Optional.of(Fixtures.PROGRAM.uidOf(circle.get(3))), third.next());
    SeriesPlace first = FACTS.session(circle.get(0)).seriesPlace().orElseThrow();
    assertEquals(Optional.empty(), first.first());
    assertEquals(Optional.empty(), first.previous());
    SeriesPlace last = FACTS.session(circle.get(4)).seriesPlace().orElseThrow();
    assertEquals(Optional.empty(), last.next());
    SeriesFacts series = third.series();
    assertEquals("series/peer-support-circle-2023-03@wellness.example.org", series.uid());
    assertEquals(Optional.of(circle.get(0).start()), series.start());
    assertEquals(Optional.of(circle.get(4).end()), series.end());
    assertEquals("Peer support circle (part III)", FACTS.session(circle.get(2)).title(Language.ENGLISH));
  }

  @Test
  void session_partWhoseNeighboursAreUnscheduled_linksTheScheduledOnes() {
    Series five = Series.builder().id(SeriesId.of("five")).title("Five").partCount(5).build();
    Session part2 = part(five, 2, 5);
    Session part4 = part(five, 4, 19);
    Program program = Fixtures.PROGRAM.withSeries(five, List.of(part4, part2));
    ProgramFacts facts = ProgramFacts.of(program);
    Session part3 = part(five, 3, 12); // described, though the program does not list it
    SeriesPlace place = facts.session(part3).seriesPlace().orElseThrow();
    assertEquals(Optional.of(program.uidOf(part2)), place.first());
    assertEquals(Optional.of(program.uidOf(part2)), place.previous());
    assertEquals(Optional.of(program.uidOf(part4)), place.next());
    assertEquals(List.of(part2, part4), facts.series(five.id()).orElseThrow().parts());
  }

  @Test
  void session_ofAnUnknownSeries_isRefused() {
    ProgramFacts empty = ProgramFacts.of(Fixtures.PROGRAM.withSessions(List.of()).withSeries(List.of()));
    assertThrows(IllegalArgumentException.class, () -> empty.session(Fixtures.COMPASSION_ROUNDS_PART_I));
  }

  @Test
  void availability_followsTheOneWindowRuleAndTheHost() {
    SessionFacts imposter = FACTS.session(Fixtures.IMPOSTER_SYNDROME);
    Instant now = Fixtures.CLOCK.instant();
    assertEquals(Availability.of(Availability.State.OPEN, OptionalInt.empty()), imposter.availability(now, Optional.empty()));
    Availability waitlist = Availability.of(Availability.State.WAITLIST, OptionalInt.of(0));
    assertEquals(waitlist, imposter.availability(now, Optional.of(waitlist)));
    assertEquals(
        Availability.of(Availability.State.CLOSED, OptionalInt.empty()),
        imposter.availability(Fixtures.IMPOSTER_SYNDROME.startInstant(), Optional.of(waitlist)));
    assertEquals(
        Availability.State.CLOSED,
        FACTS.session(Fixtures.CANCELLED_SESSION).availability(now, Optional.empty()).state());
  }

  @Test
  void program_statesItsNameDescriptionAndGroupUid() {
    assertEquals("Wellness Connection", FACTS.name());
    assertEquals(Optional.of(Fixtures.PROGRAM.description()), FACTS.description());
    assertEquals(Optional.empty(), ProgramFacts.of(Fixtures.PROGRAM.withDescription("")).description());
    assertEquals("program/all@wellness.example.org", FACTS.uid());
  }

  @Test
  void titleOfAndDescriptionOf_readBackWhatTheFactsAdded() {
    SessionFacts cancelled = FACTS.session(Fixtures.CANCELLED_SESSION);
    for (Language language : Language.values()) {
      String written =
          String.join("\n\n", cancelled.paragraphs(language)) + "\n\n" + String.join("\n", cancelled.footer(language));
      assertEquals(
          cancelled.localizedDescription(language).orElseThrow().text(),
          SessionFacts.descriptionOf(written, true));
      assertEquals(cancelled.title(language), SessionFacts.titleOf(cancelled.summary(language), true));
    }
    assertEquals("Cancelled: a talk", SessionFacts.titleOf("Cancelled: a talk", false), "only when cancelled");
    assertEquals("", SessionFacts.descriptionOf("This session is cancelled.\n\nModerated by A", true));
    assertEquals("Own text.", SessionFacts.descriptionOf("Own text.\n\nJoin: https://meet.example.org/j/1\nModerated by A", false));
    assertEquals("Own text.\n\nMore.", SessionFacts.descriptionOf("Own text.\n\nMore.", false), "no footer, nothing cut");
  }

  private static Session part(Series series, int part, int day) {
    return Session.builder()
        .id(SessionId.of(series.id() + "-" + part))
        .title(series.title())
        .start(LocalDateTime.of(2023, 4, day, 19, 0), Fixtures.TORONTO)
        .duration(java.time.Duration.ofMinutes(60))
        .addModerator(Fixtures.DANIELA_ISFAN)
        .registrationUrl(URI.create("https://wellness.example.org/sessions/" + series.id()))
        .joinUrl(URI.create("https://meet.example.org/j/" + part))
        .seriesPart(SeriesPart.of(series.id(), part))
        .build();
  }
}
