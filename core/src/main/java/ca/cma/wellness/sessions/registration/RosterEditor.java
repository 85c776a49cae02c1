package ca.cma.wellness.sessions.registration;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One roster operation in progress: a working copy of the registrations and the notices so far. */
final class RosterEditor {
  private final Roster base;
  private final Session session;
  private final Instant now;
  private final List<Registration> registrations;
  private final List<Notice> notices = new ArrayList<>();
  private boolean changed;

  RosterEditor(Roster base, Session session, Instant now) {
    this.base = base;
    this.session = session;
    this.now = now;
    this.registrations = new ArrayList<>(base.registrations());
  }

  RosterChange result() {
    Roster roster =
        changed
            ? base.withRegistrations(registrations)
            : base;
    return new RosterChange(roster, notices);
  }

  /** Cancels everyone if the session is cancelled; otherwise promotes while there is room. */
  void reconcile() {
    if (session.isCancelled()) {
      for (int i = 0; i < registrations.size(); i++) {
        Registration registration = registrations.get(i);
        if (registration.isActive()) {
          Registration cancelled = registration.cancelled(RegistrationStatus.REMOVED, now);
          set(i, cancelled);
          notices.add(Notice.of(NoticeKind.SESSION_CANCELLED, cancelled));
        }
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
    List<Integer> waitlist = waitlistIndices();
    Registration.Builder builder =
        Registration.builder()
            .id(RegistrationId.of(session.id(), nextNumber()))
            .registrant(registrant)
            .registeredAt(now);
    Registration created;
    if (waitlist.isEmpty() && hasRoom()) {
      created = builder.status(RegistrationStatus.CONFIRMED).confirmedAt(now).build();
      notices.add(Notice.of(NoticeKind.CONFIRMED, created));
    } else if (session.waitlistLimit().isEmpty() || waitlist.size() < session.waitlistLimit().getAsInt()) {
      created =
          builder.status(RegistrationStatus.WAITLISTED).waitlistPosition(waitlist.size() + 1).build();
      notices.add(Notice.of(NoticeKind.WAITLISTED, created));
    } else {
      notices.add(Notice.refused(session.id(), registrant, RefusalReason.FULL));
      return;
    }
    registrations.add(created);
    changed = true;
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
    List<Integer> waitlist = waitlistIndices();
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
    if (session.capacity().isEmpty()) {
      return true;
    }
    int confirmed = 0;
    for (Registration registration : registrations) {
      if (registration.isConfirmed()) {
        confirmed++;
      }
    }
    return confirmed < session.capacity().getAsInt();
  }

  /**
   * Gives the waitlisted registrations positions 1, 2, 3… in their current order; each one that
   * moves closer to a place gets a {@link NoticeKind#MOVED_UP} notice, head of the line first.
   */
  private void renumberWaitlist() {
    List<Integer> waitlist = waitlistIndices();
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

  /** The indices of the waitlisted registrations, by position. */
  private List<Integer> waitlistIndices() {
    List<Integer> waitlist = new ArrayList<>();
    for (int i = 0; i < registrations.size(); i++) {
      if (registrations.get(i).isWaitlisted()) {
        waitlist.add(i);
      }
    }
    waitlist.sort(Comparator.comparingInt(i -> registrations.get(i).waitlistPosition().getAsInt()));
    return waitlist;
  }

  private int activeIndex(EmailAddress email) {
    for (int i = registrations.size() - 1; i >= 0; i--) {
      Registration registration = registrations.get(i);
      if (registration.isActive() && registration.registrant().email().equals(email)) {
        return i;
      }
    }
    return -1;
  }

  private int nextNumber() {
    return registrations.isEmpty() ? 1 : registrations.get(registrations.size() - 1).id().number() + 1;
  }

  private void set(int at, Registration registration) {
    registrations.set(at, registration);
    changed = true;
  }
}
