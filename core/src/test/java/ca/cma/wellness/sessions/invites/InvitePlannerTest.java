package ca.cma.wellness.sessions.invites;

import static ca.cma.wellness.sessions.testing.RegistrationGenerators.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Moderator;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Role;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.Topic;
import ca.cma.wellness.sessions.registration.NoticeKind;
import ca.cma.wellness.sessions.registration.RegistrationLedger;
import ca.cma.wellness.sessions.registration.Roster;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.Refusals;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InvitePlannerTest {
  private static final Instant NOW = Fixtures.CLOCK.instant();
  private static final Session SMALL = Fixtures.IMPOSTER_SYNDROME.withCapacity(2);
  private static final Registrant ONE = person(1, Role.PHYSICIAN);
  private static final Registrant TWO = person(2, Role.PHYSICIAN);
  private static final Registrant THREE = person(3, Role.RESIDENT);

  /** A roster of SMALL with ONE and TWO confirmed and THREE waitlisted. */
  private static Roster roster() {
    Roster roster = Roster.empty(SMALL.id());
    for (Registrant registrant : List.of(ONE, TWO, THREE)) {
      roster = roster.register(SMALL, registrant, NOW).roster();
    }
    return roster;
  }

  private static String summary(List<InviteMessage> messages) {
    return messages.stream()
        .map(m -> m.recipient().email().address() + " " + m.method() + " " + m.sequence() + " " + m.reason())
        .collect(Collectors.joining("; "));
  }

  @Test
  void plan_newRoster_sendsFirstRequestToConfirmedOnly() {
    InvitePlan plan = InvitePlanner.plan(SMALL, roster(), SentLog.empty());

    assertEquals(
        "person1@example.org REQUEST 0 CONFIRMED; person2@example.org REQUEST 0 CONFIRMED",
        summary(plan.messages()));
    assertSame(SMALL, plan.messages().get(0).session());
    assertEquals(2, plan.log().entries().size());
  }

  @Test
  void plan_firstRequest_carriesTheSessionRevision() {
    Session revised = SMALL.withRevision(3);

    InvitePlan plan = InvitePlanner.plan(revised, roster(), SentLog.empty());

    assertTrue(plan.messages().stream().allMatch(m -> m.sequence() == 3));
  }

  @Test
  void plan_calledTwice_sendsNothingTheSecondTime() {
    InvitePlan first = InvitePlanner.plan(SMALL, roster(), SentLog.empty());

    InvitePlan second = InvitePlanner.plan(SMALL, roster(), first.log());

    assertTrue(second.isEmpty());
    assertEquals(first.log(), second.log());
  }

  @Test
  void plan_promotion_sendsFirstRequestForPromotedToThatPersonOnly() {
    Roster roster = roster();
    SentLog log = InvitePlanner.plan(SMALL, roster, SentLog.empty()).log();
    roster = roster.withdraw(SMALL, ONE, NOW).roster();

    InvitePlan plan = InvitePlanner.plan(SMALL, roster, log);

    assertEquals(
        "person1@example.org CANCEL 1 WITHDRAWN; person3@example.org REQUEST 0 PROMOTED",
        summary(plan.messages()));
  }

  static Stream<Arguments> visibleChanges() {
    Moderator other = Fixtures.SHARMAN_ROBERTSON;
    return Stream.of(
        Arguments.of("time", (UnaryOperator<Session>) s -> s.withStart(s.start().plusDays(7))),
        Arguments.of("duration", (UnaryOperator<Session>) s -> s.withDuration(Duration.ofMinutes(90))),
        Arguments.of("title", (UnaryOperator<Session>) s -> s.withTitle("Imposter syndrome, revisited")),
        Arguments.of(
            "join link",
            (UnaryOperator<Session>) s -> s.withJoinUrl(URI.create("https://meet.example.org/j/777"))),
        Arguments.of("moderator", (UnaryOperator<Session>) s -> s.withModerators(List.of(other))),
        Arguments.of(
            "moderator's name",
            (UnaryOperator<Session>)
                s -> s.withModerators(List.of(s.moderators().get(0).withDisplayName("Dr. D. Isfan")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("visibleChanges")
  void plan_visibleChange_sendsUpdateWithNextSequenceToConfirmedOnly(
      String what, UnaryOperator<Session> change) {
    Roster roster = roster();
    SentLog log = InvitePlanner.plan(SMALL, roster, SentLog.empty()).log();

    InvitePlan plan = InvitePlanner.plan(change.apply(SMALL), roster, log);

    assertEquals(
        "person1@example.org REQUEST 1 UPDATED; person2@example.org REQUEST 1 UPDATED",
        summary(plan.messages()),
        what);
  }

  @Test
  void plan_titleCorrectedInOneLanguage_updatesOnlyTheRegistrantsWhoReadIt() {
    Registrant french = person(4, Role.PHYSICIAN).withLanguage(Language.FRENCH);
    Session bilingual = SMALL.withTitleTranslations(Map.of(Language.FRENCH, "Syndrome de l’imposteur"));
    Roster roster = Roster.empty(SMALL.id());
    for (Registrant registrant : List.of(ONE, french)) {
      roster = roster.register(bilingual, registrant, NOW).roster();
    }
    SentLog log = InvitePlanner.plan(bilingual, roster, SentLog.empty()).log();

    InvitePlan frenchFix =
        InvitePlanner.plan(
            bilingual.withTitleTranslations(Map.of(Language.FRENCH, "Le syndrome de l’imposteur")), roster, log);
    InvitePlan englishFix = InvitePlanner.plan(bilingual.withTitle("Imposter syndrome, revisited"), roster, log);

    assertEquals("person4@example.org REQUEST 1 UPDATED", summary(frenchFix.messages()));
    assertEquals(
        List.of("Imposter syndrome", "Le syndrome de l’imposteur"),
        frenchFix.log().forSession(SMALL.id()).stream()
            .sorted(java.util.Comparator.comparing(sent -> sent.recipient().email().address()))
            .map(sent -> sent.details().title())
            .toList());
    assertEquals("person1@example.org REQUEST 1 UPDATED", summary(englishFix.messages()));
  }

  @Test
  void plan_rescheduleWithRevisionAhead_usesTheRevision() {
    Roster roster = roster();
    SentLog log = InvitePlanner.plan(SMALL, roster, SentLog.empty()).log();
    Session moved = SMALL.withStart(SMALL.start().plusHours(1)).withRevision(5);

    InvitePlan plan = InvitePlanner.plan(moved, roster, log);

    assertEquals(List.of(5, 5), plan.messages().stream().map(InviteMessage::sequence).toList());
  }

  @Test
  void plan_invisibleChanges_sendNothing() {
    Roster roster = roster();
    SentLog log = InvitePlanner.plan(SMALL, roster, SentLog.empty()).log();
    Session edited =
        SMALL.withDescription("A new description.")
            .withTopics(List.of(Topic.STRESS))
            .withCapacity(3);

    assertTrue(InvitePlanner.plan(edited, roster, log).isEmpty());
  }

  @Test
  void plan_revisionRaisedWithoutVisibleChange_sendsUpdate() {
    Roster roster = roster();
    SentLog log = InvitePlanner.plan(SMALL, roster, SentLog.empty()).log();
    Session edited = SMALL.withDescription("A corrected description.").withRevision(1);

    InvitePlan plan = InvitePlanner.plan(edited, roster, log);

    assertEquals(
        "person1@example.org REQUEST 1 UPDATED; person2@example.org REQUEST 1 UPDATED",
        summary(plan.messages()));
  }

  @Test
  void plan_sessionCancelled_sendsCancelWithCancelledSessionToEveryConfirmed() {
    Roster roster = roster();
    SentLog log = InvitePlanner.plan(SMALL, roster, SentLog.empty()).log();
    Session cancelled = SMALL.withStatus(SessionStatus.CANCELLED).withRevision(1);
    roster = roster.reconcile(cancelled, NOW).roster();

    InvitePlan plan = InvitePlanner.plan(cancelled, roster, log);

    assertEquals(
        "person1@example.org CANCEL 1 SESSION_CANCELLED; person2@example.org CANCEL 1 SESSION_CANCELLED",
        summary(plan.messages()));
    assertTrue(plan.messages().stream().allMatch(m -> m.session().isCancelled()));
  }

  @Test
  void plan_sessionCancelledBeforeRosterReconciled_stillCancelsEveryHolder() {
    Roster roster = roster();
    SentLog log = InvitePlanner.plan(SMALL, roster, SentLog.empty()).log();

    InvitePlan plan = InvitePlanner.plan(SMALL.withStatus(SessionStatus.CANCELLED), roster, log);

    assertEquals(2, plan.messages().size());
    assertTrue(plan.messages().stream().allMatch(m -> m.reason() == InviteReason.SESSION_CANCELLED));
  }

  @Test
  void plan_reRegistrationAfterWithdrawal_sendsRequestAboveTheCancel() {
    Session unlimited = SMALL.withCapacity(10);
    Roster roster = Roster.empty(SMALL.id()).register(unlimited, ONE, NOW).roster();
    SentLog log = InvitePlanner.plan(unlimited, roster, SentLog.empty()).log();
    roster = roster.withdraw(unlimited, ONE, NOW).roster();
    log = InvitePlanner.plan(unlimited, roster, log).log();
    roster = roster.register(unlimited, ONE, NOW).roster();

    InvitePlan plan = InvitePlanner.plan(unlimited, roster, log);

    assertEquals("person1@example.org REQUEST 2 CONFIRMED", summary(plan.messages()));
  }

  @Test
  void plan_registrantOnlyInTheLog_isCancelled() {
    Roster roster = roster();
    SentLog log = InvitePlanner.plan(SMALL, roster, SentLog.empty()).log();

    InvitePlan plan = InvitePlanner.plan(SMALL, Roster.empty(SMALL.id()), log);

    assertEquals(
        "person1@example.org CANCEL 1 WITHDRAWN; person2@example.org CANCEL 1 WITHDRAWN",
        summary(plan.messages()));
  }

  @Test
  void plan_logOfOtherSessions_isIgnored() {
    Session other = Fixtures.MEDICINE_ON_THE_ROCKS;
    Roster otherRoster = Roster.empty(other.id()).register(other, ONE, NOW).roster();
    SentLog log = InvitePlanner.plan(other, otherRoster, SentLog.empty()).log();

    InvitePlan plan = InvitePlanner.plan(SMALL, roster(), log);

    assertEquals(2, plan.messages().size());
    assertTrue(plan.messages().stream().allMatch(m -> m.sequence() == 0));
    assertEquals(3, plan.log().entries().size());
  }

  @Test
  void plan_rosterOfAnotherSession_throws() {
    Roster other = Roster.empty(SessionId.of("another"));

    assertThrows(IllegalArgumentException.class, () -> InvitePlanner.plan(SMALL, other, SentLog.empty()));
  }

  @Test
  void record_lowerSequenceThanLastSent_isRefused() {
    SentLog log = InvitePlanner.plan(SMALL.withRevision(4), roster(), SentLog.empty()).log();
    InviteMessage older =
        InviteMessage.builder()
            .method(InviteMethod.REQUEST)
            .sequence(3)
            .recipient(ONE)
            .session(SMALL.withRevision(3))
            .reason(InviteReason.UPDATED)
            .build();

    Refusals.assertRefused("sequence", () -> log.record(older));
  }

  @Test
  void builder_twoEntriesForOneRecipient_isRefused() {
    SentInvite sent = SentLog.empty().record(firstRequest()).entries().get(0);

    Refusals.assertRefused("entries[1]", () -> SentLog.builder().addEntries(sent, sent).build());
  }

  @Test
  void toString_logAndEntries_nameNoRegistrantAndNoJoinLink() {
    SentLog log = SentLog.empty().record(firstRequest());
    String text = log + " " + log.entries() + " " + log.entries().get(0).details();

    assertFalse(text.contains("person1"), text);
    assertFalse(text.contains("Person 1"), text);
    assertFalse(text.contains(SMALL.joinUrl().toString()), text);
    assertFalse(text.contains("meet.example.org"), text);
  }

  private static InviteMessage firstRequest() {
    return InviteMessage.builder()
        .method(InviteMethod.REQUEST)
        .sequence(0)
        .recipient(ONE)
        .session(SMALL)
        .reason(InviteReason.CONFIRMED)
        .build();
  }

  @Test
  void plan_wholeProgram_reconcilesThenPlansEverySessionInOneCall() {
    RegistrationLedger ledger = RegistrationLedger.inMemory(Fixtures.CLOCK);
    for (Registrant registrant : List.of(ONE, TWO, THREE)) {
      ledger.register(SMALL, registrant);
    }
    ca.cma.wellness.sessions.Program program = Fixtures.PROGRAM.withSession(SMALL);
    InvitePlan first = InvitePlanner.plan(program, ledger, SentLog.empty());
    assertEquals(List.of(ONE.email(), TWO.email()), first.messages().stream().map(m -> m.recipient().email()).toList());
    assertTrue(first.notices().isEmpty());

    // The host raises the capacity and asks again, without reconciling the roster itself.
    ca.cma.wellness.sessions.Program bigger = program.withSession(SMALL.withCapacity(3));
    InvitePlan second = InvitePlanner.plan(bigger, ledger, first.log());

    assertEquals(List.of(NoticeKind.PROMOTED), second.notices().stream().map(n -> n.kind()).toList());
    assertEquals(1, second.messages().size());
    assertEquals(THREE.email(), second.messages().get(0).recipient().email());
    assertEquals(InviteReason.PROMOTED, second.messages().get(0).reason());
    assertTrue(InvitePlanner.plan(bigger, ledger, second.log()).isEmpty(), "nothing left to send");
  }
}
