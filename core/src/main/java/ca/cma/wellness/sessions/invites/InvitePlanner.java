package ca.cma.wellness.sessions.invites;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.registration.LedgerChange;
import ca.cma.wellness.sessions.registration.Registration;
import ca.cma.wellness.sessions.registration.RegistrationLedger;
import ca.cma.wellness.sessions.registration.Roster;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides which calendar messages (iTIP, RFC 5546) to send for a session, from what was last sent
 * to each registrant and the session and roster as they now are. It compares states, not events,
 * so calling it twice in a row gives nothing the second time, and a missed call is caught up by
 * the next.
 *
 * <h2>Rules, per registrant</h2>
 *
 * <ul>
 *   <li>A registrant <em>should hold</em> the session when their registration is confirmed and the
 *       session is not cancelled. Waitlisted people get nothing.
 *   <li>Should hold it, nothing or a CANCEL sent last: a REQUEST, for the reason {@link
 *       InviteReason#CONFIRMED} or, after a promotion from the waitlist, {@link
 *       InviteReason#PROMOTED}.
 *   <li>Should hold it, a REQUEST sent last: a REQUEST for {@link InviteReason#UPDATED} when
 *       something they see changed ({@link InviteDetails}: time, duration, title in their
 *       language, join link, moderators) or the session's {@link Session#revision() revision}
 *       grew; otherwise nothing.
 *   <li>Should not hold it, a REQUEST sent last: a CANCEL to that registrant alone, for {@link
 *       InviteReason#SESSION_CANCELLED} when the session is cancelled (the message's session
 *       has STATUS CANCELLED), else for {@link InviteReason#WITHDRAWN}.
 *   <li>Otherwise nothing.
 * </ul>
 *
 * <p>Every message carries the session as it now is: a withdrawal's CANCEL describes a session
 * that is still scheduled and names only the one registrant (RFC 5546 §3.2.5), while a
 * cancellation's CANCEL describes the session with STATUS CANCELLED.
 *
 * <h2>SEQUENCE</h2>
 *
 * The first message to a registrant carries the session's {@link Session#revision()}. Every later
 * message carries {@code max(revision, last sequence sent + 1)}. So sequences to one registrant
 * strictly increase, never fall below the revision, and follow the organizer's revisions whenever
 * those are ahead; only the organizer side raises them (attendee replies never reach the planner).
 * Two registrants may hold different sequences for the same revision, for instance after one
 * withdrew and registered again: each person's calendar only ever compares its own.
 *
 * <p>Thread-safe: it holds no state.
 *
 * <pre>{@code
 * // After any change to the program or its registrations, one call for the whole program:
 * InvitePlan plan = InvitePlanner.plan(program, ledger, sentLog);
 * plan.messages().forEach(invites::send);   // the iCalendar or JSCalendar writer turns each into output
 * sentLog = plan.log();
 *
 * // Or one session, with a roster from the host's own store:
 * InvitePlan one = InvitePlanner.plan(session, roster, sentLog);
 * }</pre>
 */
public final class InvitePlanner {
  private InvitePlanner() {}

  /**
   * Brings every registrant's calendar in line with a whole program in one call: first reconciles
   * every session's roster with the session as it now is ({@link RegistrationLedger#reconcile(
   * Program)}: promotions after a capacity increase, removals after a cancellation), then plans
   * each session of the program in start order, as {@link #plan(Session, Roster, SentLog)} does.
   * Sessions that did not change give no message, so the host can call it after every change.
   *
   * @param program the program as it now is
   * @param ledger where the registrations are; it is reconciled
   * @param log what was last sent to whom
   * @return the messages of every session, in start order, the log with them recorded, and the
   *     reconciliation's notices
   */
  public static InvitePlan plan(Program program, RegistrationLedger ledger, SentLog log) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(log, "log");
    LedgerChange reconciled = ledger.reconcile(program);
    List<InviteMessage> messages = new ArrayList<>();
    SentLog after = log;
    for (Session session : program.sessionsInOrder()) {
      InvitePlan plan = plan(session, ledger.roster(session.id()), after);
      messages.addAll(plan.messages());
      after = plan.log();
    }
    return new InvitePlan(messages, after, reconciled.notices());
  }

  /**
   * Returns the messages that bring every registrant's calendar in line with the session.
   *
   * @param session the session as it now is
   * @param roster the session's roster as it now is
   * @param log what was last sent to whom; entries of other sessions are ignored
   * @return the messages, at most one per registrant, ordered by the number of their latest
   *     registration (registrants known only from the log come last, by address), and the log
   *     with them recorded
   * @throws IllegalArgumentException if the roster is for another session
   */
  public static InvitePlan plan(Session session, Roster roster, SentLog log) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(roster, "roster");
    Objects.requireNonNull(log, "log");
    if (!roster.sessionId().equals(session.id())) {
      throw new IllegalArgumentException(
          "roster of " + roster.sessionId() + " does not match session " + session.id());
    }
    Map<EmailAddress, Registration> latest = new LinkedHashMap<>();
    for (Registration registration : roster.registrations()) {
      latest.remove(registration.registrant().email());
      latest.put(registration.registrant().email(), registration);
    }
    List<InviteMessage> messages = new ArrayList<>();
    for (Registration registration : latest.values()) {
      Optional<SentInvite> last = log.lastSent(session.id(), registration.registrant().email());
      plan(session, Optional.of(registration), registration.registrant(), last).ifPresent(messages::add);
    }
    List<SentInvite> unknown = new ArrayList<>();
    for (SentInvite sent : log.forSession(session.id())) {
      if (!latest.containsKey(sent.recipient().email())) {
        unknown.add(sent);
      }
    }
    unknown.sort(Comparator.comparing(s -> s.recipient().email().canonical()));
    for (SentInvite sent : unknown) {
      plan(session, Optional.empty(), sent.recipient(), Optional.of(sent)).ifPresent(messages::add);
    }
    return new InvitePlan(messages, log.recordAll(messages));
  }

  private static Optional<InviteMessage> plan(
      Session session,
      Optional<Registration> registration,
      Registrant registrant,
      Optional<SentInvite> last) {
    boolean shouldHold =
        !session.isCancelled() && registration.map(Registration::isConfirmed).orElse(false);
    boolean holds = last.map(SentInvite::holdsSession).orElse(false);
    InviteReason reason;
    if (shouldHold && !holds) {
      reason =
          registration.orElseThrow().promotedFromWaitlist()
              ? InviteReason.PROMOTED
              : InviteReason.CONFIRMED;
    } else if (shouldHold) {
      SentInvite sent = last.orElseThrow();
      boolean changed =
          !sent.details().equals(InviteDetails.of(session, registrant.language()))
              || session.revision() > sent.revision();
      if (!changed) {
        return Optional.empty();
      }
      reason = InviteReason.UPDATED;
    } else if (holds) {
      reason = session.isCancelled() ? InviteReason.SESSION_CANCELLED : InviteReason.WITHDRAWN;
    } else {
      return Optional.empty();
    }
    int sequence =
        last.map(sent -> Math.max(session.revision(), sent.sequence() + 1)).orElse(session.revision());
    return Optional.of(
        InviteMessage.builder()
            .method(shouldHold ? InviteMethod.REQUEST : InviteMethod.CANCEL)
            .sequence(sequence)
            .recipient(registrant)
            .session(session)
            .reason(reason)
            .build());
  }
}
