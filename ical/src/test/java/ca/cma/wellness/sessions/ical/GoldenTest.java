package ca.cma.wellness.sessions.ical;

import static ca.cma.wellness.sessions.ical.Ics.cancel;
import static ca.cma.wellness.sessions.ical.Ics.request;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * Golden files under {@code src/test/resources/golden/}: produced by the code, read by a person,
 * committed. Each test names the rules its file pins, as sections of docs/client-compatibility.md.
 * To regenerate after a deliberate change, run with {@code -Dwellness.golden.update=true} and
 * review the diff (docs/README.md, "Golden files").
 */
class GoldenTest {
  private static final Ical ICAL = Ical.of(Fixtures.PROGRAM, Fixtures.CLOCK);

  /** The imposter-syndrome session moved from 7 pm to 8 pm: revision 1. */
  private static final Session MOVED =
      Fixtures.IMPOSTER_SYNDROME.withStart(LocalDateTime.of(2023, 2, 1, 20, 0), Fixtures.TORONTO).withRevision(1);

  private static void assertGolden(String name, String actual) throws IOException {
    if (Boolean.getBoolean("wellness.golden.update")) {
      Files.writeString(Path.of("src/test/resources/golden", name), actual, StandardCharsets.UTF_8);
    } else {
      String expected;
      try (InputStream in = GoldenTest.class.getResourceAsStream("/golden/" + name)) {
        if (in == null) {
          throw new AssertionError(
              "missing golden file " + name + "; run with -Dwellness.golden.update=true");
        }
        expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertEquals(expected, actual, name);
    }
    if (name.endsWith(".ics")) {
      Ics.physicalLines(actual.getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * feed.ics pins the feed rules: METHOD:PUBLISH, NAME and X-WR-CALNAME, REFRESH-INTERVAL and
   * X-PUBLISHED-TTL (§29); one Toronto VTIMEZONE in the yearly-rule form (§1, §2); DTSTART and
   * DTEND with TZID (§5); the weekly circle at 19:00 across the March change (§3); a cancelled
   * session with STATUS:CANCELLED and SEQUENCE 1; RELATED-TO FIRST/NEXT between series parts
   * (§23); no join link and no attendee (§P1, §P2); DTSTAMP from the clock (§16).
   */
  @Test
  void feed() throws IOException {
    assertGolden("feed.ics", ICAL.feed(Fixtures.PROGRAM.sessionsInOrder()));
  }

  /**
   * invite.ics pins a first REQUEST to the St. John's learner: METHOD:REQUEST (§12, §20),
   * ORGANIZER with CN and the learner alone as ATTENDEE with RSVP=TRUE and PARTSTAT=NEEDS-ACTION
   * (§21),
   * CONFERENCE, LOCATION and DESCRIPTION with the join link, SEQUENCE 0, a 15-minute VALARM, the
   * feed's UID, and 75-octet folding (§24 to §27).
   */
  @Test
  void invite() throws IOException {
    assertGolden("invite.ics",
        ICAL.invite(request(Fixtures.ST_JOHNS_LEARNER, Fixtures.IMPOSTER_SYNDROME, 0, InviteReason.CONFIRMED)).calendar());
  }

  /** update.ics pins a reschedule: the same UID, SEQUENCE 1, the new time, METHOD:REQUEST (§10). */
  @Test
  void update() throws IOException {
    assertGolden("update.ics",
        ICAL.withProgram(Fixtures.PROGRAM.withSession(MOVED))
            .invite(request(Fixtures.ST_JOHNS_LEARNER, MOVED, 1, InviteReason.UPDATED)).calendar());
  }

  /**
   * withdrawal.ics pins a withdrawal: METHOD:CANCEL to that registrant only (§14), the same UID,
   * a SEQUENCE no lower than the last one sent, STATUS:CANCELLED (§11), no join link (§P4); in
   * French for the Montreal resident.
   */
  @Test
  void withdrawal() throws IOException {
    assertGolden("withdrawal.ics",
        ICAL.invite(cancel(Fixtures.MONTREAL_RESIDENT, Fixtures.IMPOSTER_SYNDROME, 0, InviteReason.WITHDRAWN)).calendar());
  }

  /**
   * cancellation.ics pins the organizer's cancellation of a session: METHOD:CANCEL, STATUS:CANCELLED,
   * SEQUENCE equal to the session's revision (§11), one attendee.
   */
  @Test
  void cancellation() throws IOException {
    assertGolden("cancellation.ics",
        ICAL.invite(cancel(Fixtures.TORONTO_LEARNER, Fixtures.CANCELLED_SESSION, 1, InviteReason.SESSION_CANCELLED))
            .calendar());
  }

  /**
   * feed.fr.ics pins the French feed of the bilingual program, served at its own URL: NAME;
   * LANGUAGE=fr-CA and X-WR-CALNAME "Connexion bien-être", French SUMMARY ("(partie I)",
   * "Annulée : "), DESCRIPTION and CATEGORIES with LANGUAGE=fr-CA, the same UIDs, times, STATUS and
   * SEQUENCE as feed.ics (docs/languages.md).
   */
  @Test
  void feedInFrench() throws IOException {
    assertGolden(
        "feed.fr.ics",
        Ical.of(Fixtures.BILINGUAL_PROGRAM, Fixtures.CLOCK)
            .withLanguage(Language.FRENCH)
            .feed(Fixtures.BILINGUAL_PROGRAM.sessionsInOrder()));
  }

  /**
   * invite.fr.ics and invite-body.fr.txt pin a first REQUEST to the Sudbury physician, wholly in
   * French: SUMMARY, DESCRIPTION and the alarm with LANGUAGE=fr-CA, the organizer "Connexion
   * bien-être", the French subject and body (docs/languages.md).
   */
  @Test
  void inviteInFrench() throws IOException {
    InviteEmail mail =
        Ical.of(Fixtures.BILINGUAL_PROGRAM, Fixtures.CLOCK)
            .invite(request(Fixtures.SUDBURY_PHYSICIAN, Fixtures.COMPASSION_ROUNDS_PART_I, 0, InviteReason.CONFIRMED));
    assertGolden("invite.fr.ics", mail.calendar());
    assertGolden("invite-body.fr.txt", "Subject: " + mail.subject() + "\r\nContent-Type: " + mail.contentType()
        + "\r\n\r\n" + mail.text());
  }

  /**
   * invite-fallback.fr.ics pins a French registrant of a program that has no French text: the
   * library's words in French, the title and description in English and marked LANGUAGE=en-CA.
   */
  @Test
  void inviteInFrench_englishOnlyProgram_marksTheEnglishText() throws IOException {
    Session imposter = Fixtures.ENGLISH_ONLY_PROGRAM.sessionById(Fixtures.IMPOSTER_SYNDROME.id()).orElseThrow();
    assertGolden(
        "invite-fallback.fr.ics",
        Ical.of(Fixtures.ENGLISH_ONLY_PROGRAM, Fixtures.CLOCK)
            .invite(request(Fixtures.MONTREAL_RESIDENT, imposter, 0, InviteReason.CONFIRMED))
            .calendar());
  }

  /** invite-body.txt pins the plain-text part: title, local time in St. John's, join link (§22). */
  @Test
  void inviteBody() throws IOException {
    InviteEmail mail = ICAL.invite(request(Fixtures.ST_JOHNS_LEARNER, Fixtures.IMPOSTER_SYNDROME, 0, InviteReason.CONFIRMED));
    assertGolden("invite-body.txt", "Subject: " + mail.subject() + "\r\nContent-Type: " + mail.contentType()
        + "\r\n\r\n" + mail.text());
  }
}
