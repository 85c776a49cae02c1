package ca.cma.wellness.sessions.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteMethod;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.Refusals;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What one planner message says to its recipient, decided once for every format. */
class InviteFactsTest {
  private static final ProgramFacts FACTS = ProgramFacts.of(Fixtures.PROGRAM);

  private static InviteMessage message(InviteMethod method, int sequence, InviteReason reason) {
    return InviteMessage.builder()
        .method(method)
        .sequence(sequence)
        .recipient(Fixtures.ST_JOHNS_LEARNER)
        .session(Fixtures.IMPOSTER_SYNDROME)
        .reason(reason)
        .build();
  }

  @Test
  void invite_request_carriesTheMessagesSequenceNotTheRevision() {
    InviteFacts invite = FACTS.invite(message(InviteMethod.REQUEST, 2, InviteReason.CONFIRMED));
    assertEquals(2, invite.sequence());
    assertEquals(0, invite.session().sequence(), "the revision, which public outputs state");
    assertEquals(SessionStatus.SCHEDULED, invite.status());
    assertEquals(FACTS.session(Fixtures.IMPOSTER_SYNDROME).uid(), invite.uid());
    assertEquals(Optional.of(Fixtures.IMPOSTER_SYNDROME.joinUrl()), invite.joinUrl());
  }

  @Test
  void invite_request_inTheRecipientsZoneAndLanguage() {
    InviteFacts invite = FACTS.invite(message(InviteMethod.REQUEST, 0, InviteReason.CONFIRMED));
    assertEquals("Invitation: Imposter syndrome, Feb. 1, 2023, 8:30 pm NT", invite.subject());
    assertEquals("Feb. 1, 2023, 8:30 pm NT (7 pm ET)", invite.when());
    assertEquals(
        List.of(
            "Join: " + Fixtures.IMPOSTER_SYNDROME.joinUrl(),
            "Moderated by Dr. Daniela Isfan",
            "Support resources: https://wellness.example.org/support",
            "Physician Health Program of Newfoundland and Labrador (sample): 1-800-555-0105"
                + " <tel:+1-800-555-0105> (24/7) https://php-nl.example.org/",
            "Physician support line (sample): 1-800-555-0100 <tel:+1-800-555-0100> (24/7)"
                + " https://support.example.org/"),
        invite.footer());
    assertEquals(
        List.of(
            "You are registered for this Wellness Connection session.",
            "",
            "Imposter syndrome",
            "Feb. 1, 2023, 8:30 pm NT (7 pm ET)",
            "",
            "Join: " + Fixtures.IMPOSTER_SYNDROME.joinUrl(),
            "Moderated by Dr. Daniela Isfan",
            "",
            "Support resources: https://wellness.example.org/support",
            "Physician Health Program of Newfoundland and Labrador (sample): 1-800-555-0105"
                + " <tel:+1-800-555-0105> (24/7) https://php-nl.example.org/",
            "Physician support line (sample): 1-800-555-0100 <tel:+1-800-555-0100> (24/7)"
                + " https://support.example.org/"),
        invite.body());
  }

  @Test
  void invite_cancelOfAScheduledSession_isCancelledForItsRecipientOnly() {
    InviteFacts cancel = FACTS.invite(message(InviteMethod.CANCEL, 1, InviteReason.WITHDRAWN));
    assertEquals(SessionStatus.CANCELLED, cancel.status());
    assertEquals(SessionStatus.SCHEDULED, cancel.session().status());
    assertEquals(Optional.empty(), cancel.joinUrl());
    assertEquals(
        List.of(
            "Support resources: https://wellness.example.org/support",
            "Physician Health Program of Newfoundland and Labrador (sample): 1-800-555-0105"
                + " <tel:+1-800-555-0105> (24/7) https://php-nl.example.org/",
            "Physician support line (sample): 1-800-555-0100 <tel:+1-800-555-0100> (24/7)"
                + " https://support.example.org/"),
        cancel.footer());
    assertEquals("Registration cancelled: Imposter syndrome, Feb. 1, 2023, 8:30 pm NT", cancel.subject());
  }

  @Test
  void invite_requestForACancelledSession_isRefused() {
    InviteMessage request =
        InviteMessage.builder()
            .method(InviteMethod.REQUEST)
            .sequence(1)
            .recipient(Fixtures.ST_JOHNS_LEARNER)
            .session(Fixtures.CANCELLED_SESSION)
            .reason(InviteReason.UPDATED)
            .build();
    Refusals.assertRefused("session.status", () -> FACTS.invite(request));
  }

  /** Issue 9 §7: a long title is cut with an ellipsis; bidi controls never reach the subject. */
  @Test
  void subject_longTitleIsCut_andBidiControlsRemoved() {
    InviteMessage longTitle = InviteMessage.builder().method(InviteMethod.REQUEST).sequence(0)
        .recipient(Fixtures.ST_JOHNS_LEARNER).session(Fixtures.IMPOSTER_SYNDROME.withTitle("é".repeat(200)))
        .reason(InviteReason.CONFIRMED).build();
    String subject = FACTS.invite(longTitle).subject();
    assertEquals(InviteFacts.MAX_SUBJECT_LENGTH, subject.codePointCount(0, subject.length()), subject);
    assertEquals(true, subject.startsWith("Invitation: éé") && subject.contains("é…, Feb. 1, 2023"), subject);
    InviteMessage seance = InviteMessage.builder().method(InviteMethod.REQUEST).sequence(0)
        .recipient(Fixtures.ST_JOHNS_LEARNER).session(Fixtures.IMPOSTER_SYNDROME.withTitle("Séance \u202Eenilno\u202C"))
        .reason(InviteReason.CONFIRMED).build();
    assertEquals(true, FACTS.invite(seance).subject().startsWith("Invitation: Séance enilno, "));
    assertEquals("a b c", InviteFacts.displayText("\u2066a\r\n\tb\u2069 \u202Ac\u202C"));
  }
}
