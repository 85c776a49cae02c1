package ca.cma.wellness.sessions.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Moderator;
import ca.cma.wellness.sessions.ModeratorId;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Series;
import ca.cma.wellness.sessions.SeriesId;
import ca.cma.wellness.sessions.SeriesPart;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteMethod;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.json.internal.Json;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.Refusals;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** JSCalendar: participants, relations between parts, group identities, and the invite variant. */
class JsCalendarTest {
  private static JsCalendar jscal(Program program) {
    return JsCalendar.of(program, Fixtures.CLOCK);
  }

  private static InviteMessage message(InviteMethod method, Registrant to, Session session, int sequence, InviteReason reason) {
    return InviteMessage.builder().method(method).sequence(sequence).recipient(to).session(session).reason(reason).build();
  }

  private static JsonNode tree(String json) {
    return Json.MAPPER.readTree(json);
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.propertyNames().forEach(names::add);
    return names;
  }

  @Test
  void event_moderatorIds_becomeJsCalendarIdsThatStayDistinct() {
    Moderator dotted = Moderator.builder().id(ModeratorId.of("a.b")).displayName("A").build();
    Moderator underscored = Moderator.builder().id(ModeratorId.of("a_db")).displayName("B").build();
    Session session = Fixtures.IMPOSTER_SYNDROME.withModerators(List.of(dotted, underscored));
    JsonNode participants = tree(jscal(Fixtures.PROGRAM.withSession(session)).event(session)).get("participants");
    assertEquals(List.of("a_db", "a__db"), names(participants));
    for (String id : names(participants)) {
      assertTrue(id.matches("[A-Za-z0-9_-]{1,255}"), id);
      assertEquals(
          List.of("attendee", "chair"), names(participants.get(id).get("roles")));
    }
  }

  @Test
  void event_cancelledSession_isCancelledWithItsSequence() {
    JsonNode event = tree(jscal(Fixtures.PROGRAM).event(Fixtures.CANCELLED_SESSION));
    assertEquals("cancelled", event.get("status").stringValue());
    assertEquals(1, event.get("sequence").intValue());
    assertEquals("2023-03-09T12:00:00", event.get("start").stringValue());
    assertEquals("PT45M", event.get("duration").stringValue());
  }

  @Test
  void event_partsOfASeriesWithTheFirstPartUnscheduled_relateToTheScheduledOnes() {
    Series three = Series.builder().id(SeriesId.of("three")).title("Three").partCount(3).build();
    Session part2 = part(three, 2, LocalDateTime.of(2023, 4, 5, 19, 0));
    Session part3 = part(three, 3, LocalDateTime.of(2023, 4, 12, 19, 0));
    Program program = Fixtures.PROGRAM.withSeries(List.of(Fixtures.COMPASSION_ROUNDS, Fixtures.WEEKLY_CIRCLE, three))
        .withSession(part2)
        .withSession(part3);
    JsonNode second = tree(jscal(program).event(part2)).get("relatedTo");
    assertEquals(List.of("series/three@wellness.example.org", "three-3@wellness.example.org"), names(second));
    assertEquals(List.of("next"), names(second.get("three-3@wellness.example.org").get("relation")));
    JsonNode third = tree(jscal(program).event(part3)).get("relatedTo");
    assertEquals(List.of("series/three@wellness.example.org", "three-2@wellness.example.org"), names(third));
    assertEquals(List.of("first"), names(third.get("three-2@wellness.example.org").get("relation")));
    JsonNode group = tree(jscal(program).group(three));
    assertEquals(2, group.get("entries").size());
    assertFalse(group.has("description"));
  }

  @Test
  void group_uid_neverEqualsTheUidOfASessionWithTheSameId() {
    Series named = Series.builder().id(SeriesId.of("imposter-syndrome-2023-02-01")).title("Same id").partCount(1).build();
    Program program = Fixtures.PROGRAM.withSeries(List.of(Fixtures.COMPASSION_ROUNDS, Fixtures.WEEKLY_CIRCLE, named));
    String groupUid = tree(jscal(program).group(named)).get("uid").stringValue();
    assertNotEquals(program.uidOf(Fixtures.IMPOSTER_SYNDROME).toString(), groupUid);
    assertEquals("series/imposter-syndrome-2023-02-01@wellness.example.org", groupUid);
    assertEquals("program/all@wellness.example.org", tree(jscal(program).feed(program.sessionsInOrder())).get("uid").stringValue());
  }

  @Test
  void publicEvent_hasNoJoinLinkReplyToOrRegistrant() {
    JsonNode event = tree(jscal(Fixtures.PROGRAM).event(Fixtures.IMPOSTER_SYNDROME));
    assertFalse(event.has("virtualLocations"));
    assertFalse(event.has("replyTo"));
    assertEquals(List.of("daniela-isfan"), names(event.get("participants")));
  }

  @Test
  void invite_addsTheJoinLinkTheOrganizerAndTheOneRegistrant() {
    JsonNode invite =
        tree(
            jscal(Fixtures.PROGRAM)
                .invite(
                    message(
                        InviteMethod.REQUEST, Fixtures.MONTREAL_RESIDENT, Fixtures.IMPOSTER_SYNDROME, 0,
                        InviteReason.CONFIRMED)));
    assertEquals(
        Fixtures.IMPOSTER_SYNDROME.joinUrl().toString(),
        invite.get("virtualLocations").get("join").get("uri").stringValue());
    assertEquals("mailto:wellness@example.org", invite.get("replyTo").get("imip").stringValue());
    assertEquals(List.of("daniela-isfan", "_organizer", "_registrant"), names(invite.get("participants")));
    JsonNode registrant = invite.get("participants").get("_registrant");
    assertEquals("Dre Camille Gagnon", registrant.get("name").stringValue());
    assertEquals("fr", registrant.get("language").stringValue());
    assertEquals(List.of("owner"), names(invite.get("participants").get("_organizer").get("roles")));
  }

  @Test
  void invite_nonAsciiAddress_isAPercentEncodedMailtoUri() {
    Registrant elise =
        Registrant.builder()
            .name("Élise")
            .email(EmailAddress.of("élise@médecins.example.org"))
            .role(ca.cma.wellness.sessions.Role.RESIDENT)
            .province(ca.cma.wellness.sessions.Province.QUEBEC)
            .language(ca.cma.wellness.sessions.Language.FRENCH)
            .build();
    JsonNode registrant =
        tree(
                jscal(Fixtures.PROGRAM)
                    .invite(message(InviteMethod.REQUEST, elise, Fixtures.IMPOSTER_SYNDROME, 0, InviteReason.CONFIRMED)))
            .get("participants")
            .get("_registrant");
    assertEquals("élise@médecins.example.org", registrant.get("email").stringValue());
    assertEquals(
        "mailto:%C3%A9lise@m%C3%A9decins.example.org", registrant.get("sendTo").get("imip").stringValue());
  }

  @Test
  void invite_carriesThePlannersSequenceAndMethodNotTheRevision() {
    // Withdrew and registered again: the planner's third message, while the revision is still 0.
    JsonNode invite =
        tree(
            jscal(Fixtures.PROGRAM)
                .invite(
                    message(
                        InviteMethod.REQUEST, Fixtures.ST_JOHNS_LEARNER, Fixtures.IMPOSTER_SYNDROME, 2,
                        InviteReason.CONFIRMED)));
    assertEquals(0, Fixtures.IMPOSTER_SYNDROME.revision());
    assertEquals(2, invite.get("sequence").intValue());
    assertEquals("request", invite.get("method").stringValue());
    assertEquals("confirmed", invite.get("status").stringValue());
  }

  @Test
  void invite_cancel_isCancelledWithoutTheJoinLinkEvenForAScheduledSession() {
    JsonNode cancel =
        tree(
            jscal(Fixtures.PROGRAM)
                .invite(
                    message(
                        InviteMethod.CANCEL, Fixtures.ST_JOHNS_LEARNER, Fixtures.IMPOSTER_SYNDROME, 1,
                        InviteReason.WITHDRAWN)));
    assertEquals("cancel", cancel.get("method").stringValue());
    assertEquals("cancelled", cancel.get("status").stringValue());
    assertEquals(1, cancel.get("sequence").intValue());
    assertFalse(cancel.has("virtualLocations"));
    assertEquals(List.of("daniela-isfan", "_organizer", "_registrant"), names(cancel.get("participants")));
  }

  @Test
  void invite_requestForACancelledSession_isRefused() {
    Refusals.assertRefused(
        "session.status",
        () ->
            jscal(Fixtures.PROGRAM)
                .invite(
                    message(
                        InviteMethod.REQUEST, Fixtures.ST_JOHNS_LEARNER, Fixtures.CANCELLED_SESSION, 1,
                        InviteReason.UPDATED)));
  }

  private static Session part(Series series, int part, LocalDateTime start) {
    return Session.builder()
        .id(SessionId.of(series.id() + "-" + part))
        .title(series.title())
        .start(start, Fixtures.TORONTO)
        .duration(java.time.Duration.ofMinutes(60))
        .addModerator(Fixtures.SHARMAN_ROBERTSON)
        .registrationUrl(java.net.URI.create("https://wellness.example.org/sessions/" + series.id()))
        .joinUrl(java.net.URI.create("https://meet.example.org/j/" + part))
        .seriesPart(Optional.of(SeriesPart.of(series.id(), part)))
        .build();
  }
}
