package ca.cma.wellness.sessions.registration;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One roster operation in progress on a {@link RosterState}: the rules of {@link Roster}, and the
 * notices so far. Works on the state's indexes, so its cost does not grow with withdrawn and
 * removed registrations.
 */
final class RosterEditor {
  private final Session session;
  private final Instant now;
  private final RosterState registrations;
  private final List<Notice> notices = new ArrayList<>(4);

  RosterEditor(RosterState state, Session session, Instant now) {
    this.session = session;
    this.now = now;
    this.registrations = state;
  }

  /** The notices so far. */
  List<Notice> notices() {
    return notices;
  }

  /** The roster after the operation: {@code base} itself if nothing changed. */
  RosterChange result(Roster base) {
    return new RosterChange(registrations.changed() ? registrations.roster(base) : base, notices);
  }

  /** Cancels everyone if the session is cancelled; otherwise promotes while there is room. */
  void reconcile() {
    if (session.isCancelled()) {
      for (int i : registrations.activeIndices()) {
        Registration cancelled = registrations.get(i).cancelled(RegistrationStatus.REMOVED, now);
        set(i, cancelled);
        notices.add(Notice.of(NoticeKind.SESSION_CANCELLED, cancelled));
      }
    } else {
      promote();
    }
  }

  void register(Registrant registrant) {
    Optional<RefusalReason> refusal = Roster.windowRefusal(session, now);
    if (refusal.isPresent()
        && (refusal.get() == RefusalReason.SESSION_CANCELLED
            || refusal.get() == RefusalReason.SESSION_STARTED)) {
      notices.add(Notice.refused(session.id(), registrant, refusal.get()));
      return;
    }
    int existing = activeIndex(registrant.email());
    if (existing >= 0) {
      notices.add(Notice.of(NoticeKind.ALREADY_REGISTERED, registrations.get(existing)));
      return;
    }
    if (!session.admits(registrant.role())) {
      notices.add(Notice.refused(session.id(), registrant, RefusalReason.AUDIENCE));
      return;
    }
    if (refusal.isPresent()) {
      notices.add(Notice.refused(session.id(), registrant, refusal.get()));
      return;
    }
    int waiting = registrations.waitlistCount();
    Registration.Builder builder =
        Registration.builder()
            .id(RegistrationId.of(session.id(), nextNumber()))
            .registrant(registrant)
            .registeredAt(now);
    Registration created;
    if (waiting == 0 && hasRoom()) {
      created = builder.status(RegistrationStatus.CONFIRMED).confirmedAt(now).build();
      notices.add(Notice.of(NoticeKind.CONFIRMED, created));
    } else if (session.waitlistLimit().isEmpty() || waiting < session.waitlistLimit().getAsInt()) {
      created = builder.status(RegistrationStatus.WAITLISTED).waitlistPosition(waiting + 1).build();
      notices.add(Notice.of(NoticeKind.WAITLISTED, created));
    } else {
      notices.add(Notice.refused(session.id(), registrant, RefusalReason.FULL));
      return;
    }
    registrations.add(created);
  }

  /** Withdraws or removes a registrant: {@code status} is WITHDRAWN or REMOVED. */
  void leave(Registrant registrant, RegistrationStatus status) {
    int at = activeIndex(registrant.email());
    if (at < 0) {
      notices.add(Notice.refused(session.id(), registrant, RefusalReason.NOT_REGISTERED));
      return;
    }
    Registration registration = registrations.get(at);
    set(at, registration.cancelled(status, now));
    notices.add(
        Notice.of(
            status == RegistrationStatus.WITHDRAWN ? NoticeKind.WITHDRAWN : NoticeKind.REMOVED,
            registrations.get(at)));
    if (registration.isWaitlisted()) {
      renumberWaitlist();
    }
    if (registration.isConfirmed() && !session.isCancelled()) {
      promote();
    }
  }

  private void promote() {
    if (!now.isBefore(session.startInstant())) {
      return;
    }
    if (registrations.waitlistCount() == 0) {
      return;
    }
    List<Integer> waitlist = registrations.waitlistIndices();
    int promoted = 0;
    while (promoted < waitlist.size() && hasRoom()) {
      int at = waitlist.get(promoted++);
      Registration registration = registrations.get(at);
      Registration confirmed = registration.promoted(now);
      set(at, confirmed);
      notices.add(Notice.of(NoticeKind.PROMOTED, confirmed));
    }
    if (promoted > 0) {
      renumberWaitlist();
    }
  }

  private boolean hasRoom() {
    return session.capacity().isEmpty() || registrations.confirmedCount() < session.capacity().getAsInt();
  }

  /**
   * Gives the waitlisted registrations positions 1, 2, 3… in their current order; each one that
   * moves closer to a place gets a {@link NoticeKind#MOVED_UP} notice, head of the line first.
   */
  private void renumberWaitlist() {
    List<Integer> waitlist = registrations.waitlistIndices();
    for (int position = 1; position <= waitlist.size(); position++) {
      int at = waitlist.get(position - 1);
      Registration registration = registrations.get(at);
      if (registration.waitlistPosition().getAsInt() != position) {
        Registration moved = registration.withWaitlistPosition(position);
        set(at, moved);
        if (position < registration.waitlistPosition().getAsInt()) {
          notices.add(Notice.of(NoticeKind.MOVED_UP, moved));
        }
      }
    }
  }

  private int activeIndex(EmailAddress email) {
    return registrations.activeIndex(email);
  }

  private int nextNumber() {
    return registrations.nextNumber();
  }

  private void set(int at, Registration registration) {
    registrations.set(at, registration);
  }
}
