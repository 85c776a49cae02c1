package ca.cma.wellness.sessions.json;

import static ca.cma.wellness.sessions.json.Golden.assertGolden;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteMethod;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.json.internal.Json;
import ca.cma.wellness.sessions.registration.Availability;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Pins the field names, field order, value formats and layout of every format on the fixtures.
 * Each golden file is produced by the code, read by a person, and committed; each test names the
 * rules its file pins.
 */
class GoldenFilesTest {
  private static final Program PROGRAM = Fixtures.PROGRAM;

  /** Availability a host could report: Imposter syndrome has 3 places left, the circle's part 2 a waitlist. */
  private static final Map<SessionId, Availability> HOST =
      Map.of(
          Fixtures.IMPOSTER_SYNDROME.id(),
          Availability.of(Availability.State.OPEN, OptionalInt.of(3)),
          Fixtures.WEEKLY_CIRCLE_PARTS.get(1).id(),
          Availability.of(Availability.State.WAITLIST, OptionalInt.empty()));

  /**
   * feed-v1.json pins feed v1: every field name of the contract in order; {@code generated} from
   * the clock in UTC; RFC 3339 starts with the offset of the day (-05:00 before March 12, 2023,
   * -04:00 after); {@code uid} as iCalendar's; display times in English and French; series parts
   * with part and part count; {@code buildsOnEarlierSessions} only when true; registration state
   * from the host (open with 3 places, waitlist) or derived (open; closed for the cancelled
   * session); no join link anywhere.
   */
  @Test
  void feed_fixtureProgram_matchesGoldenFile() {
    String feed =
        SessionFeed.of(PROGRAM, Fixtures.CLOCK)
            .withAvailability(id -> Optional.ofNullable(HOST.get(id)))
            .feed(PROGRAM.upcoming(Fixtures.CLOCK));
    assertGolden("feed-v1.json", feed);
  }

  /**
   * jsonld-imposter-syndrome.json pins a stand-alone scheduled event: identifier as the UID,
   * online attendance, VirtualLocation at the registration page, organizer, performer per
   * moderator, language, free, audience, keywords, and an InStock offer valid until the start.
   */
  @Test
  void jsonLd_standAloneSession_matchesGoldenFile() {
    assertGolden(
        "jsonld-imposter-syndrome.json",
        JsonLd.of(PROGRAM, Fixtures.CLOCK).event(Fixtures.IMPOSTER_SYNDROME));
  }

  /**
   * jsonld-compassion-rounds-part-2-rescheduled.json pins a rescheduled series part:
   * EventRescheduled with previousStartDate, the display title with the part in Roman numerals,
   * and superEvent as an EventSeries with the series identifier.
   */
  @Test
  void jsonLd_rescheduledSeriesPart_matchesGoldenFile() {
    ZonedDateTime previous = ZonedDateTime.of(LocalDateTime.of(2023, 3, 1, 19, 0), Fixtures.TORONTO);
    assertGolden(
        "jsonld-compassion-rounds-part-2-rescheduled.json",
        JsonLd.of(PROGRAM, Fixtures.CLOCK)
            .withPreviousStarts(id -> Optional.of(previous))
            .event(Fixtures.COMPASSION_ROUNDS_PART_II));
  }

  /**
   * jsonld-program.json pins the list form (one @context, a @graph of events in start order),
   * EventCancelled with an OutOfStock offer for the cancelled session, and BackOrder for a
   * waitlist.
   */
  @Test
  void jsonLd_programList_matchesGoldenFile() {
    JsonLd markup = JsonLd.of(PROGRAM, Fixtures.CLOCK).withAvailability(id -> Optional.ofNullable(HOST.get(id)));
    assertGolden("jsonld-program.json", markup.feed(PROGRAM.upcoming(Fixtures.CLOCK)));
  }

  /**
   * jscalendar-imposter-syndrome.json pins a JSCalendar Event: uid, updated from the clock,
   * local start with timeZone, duration, status confirmed, sequence, keywords, locale, the
   * registration link, and moderators as chairs.
   */
  @Test
  void jsCalendar_standAloneSession_matchesGoldenFile() {
    assertGolden(
        "jscalendar-imposter-syndrome.json",
        JsCalendar.of(PROGRAM, Fixtures.CLOCK).event(Fixtures.IMPOSTER_SYNDROME));
  }

  /**
   * jscalendar-compassion-rounds.json pins the Group of a series: its uid, and relatedTo between
   * parts (parent group, first part, next part).
   */
  @Test
  void jsCalendar_seriesGroup_matchesGoldenFile() {
    assertGolden(
        "jscalendar-compassion-rounds.json",
        JsCalendar.of(PROGRAM, Fixtures.CLOCK).group(Fixtures.COMPASSION_ROUNDS));
  }

  /**
   * jscalendar-program.json pins the Group of the program: every session by start, the weekly
   * circle's local 19:00 across the change to daylight time, and status cancelled.
   */
  @Test
  void jsCalendar_programGroup_matchesGoldenFile() {
    assertGolden("jscalendar-program.json", JsCalendar.of(PROGRAM, Fixtures.CLOCK).feed(PROGRAM.sessionsInOrder()));
  }

  /**
   * jscalendar-invite-st-johns-learner.json pins the per-registrant variant of a planner message:
   * method request and the message's sequence, replyTo, the organizer as owner, that one
   * registrant as attendee, and virtualLocations with the join link.
   */
  @Test
  void jsCalendarInvite_oneRegistrant_matchesGoldenFile() {
    assertGolden(
        "jscalendar-invite-st-johns-learner.json",
        JsCalendar.of(PROGRAM, Fixtures.CLOCK)
            .invite(
                InviteMessage.builder()
                    .method(InviteMethod.REQUEST)
                    .sequence(0)
                    .recipient(Fixtures.ST_JOHNS_LEARNER)
                    .session(Fixtures.IMPOSTER_SYNDROME)
                    .reason(InviteReason.CONFIRMED)
                    .build()));
  }

  /**
   * module-program.json pins the Jackson module's storage form of a program: attribute names,
   * enum names, and the private join links (this form is never public).
   */
  @Test
  void module_fixtureProgram_matchesGoldenFile() {
    tools.jackson.databind.json.JsonMapper mapper =
        tools.jackson.databind.json.JsonMapper.builder()
            .addModule(new WellnessSessionsModule())
            .build();
    assertGolden("module-program.json", Json.write(mapper.valueToTree(PROGRAM)));
  }
}
