package ca.cma.wellness.sessions.registration;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.SessionId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registrations of one session as a mutable working state, indexed in one pass: the active
 * registrations by address, the waitlisted ones, and the count of confirmed ones. Withdrawn and
 * removed registrations stay in the history but in no index, so an operation's cost depends on
 * the active registrations, not on the history. Every change can be undone until {@link
 * #commit()}. Not thread-safe: {@link MemoryLedger} keeps one per session under that session's
 * lock, and {@link Roster}'s pure functions make one per operation.
 */
final class RosterState {
  private final SessionId sessionId;
  private final ArrayList<Registration> history;
  private final Map<EmailAddress, Integer> active = new HashMap<>();
  private final List<Integer> waitlisted = new ArrayList<>();
  private int confirmed;

  /**
   * Undo entries since the last commit: the index changed and what it held, or -1 for an add;
   * {@link #undone} of them. Kept in an array, so an entry boxes nothing.
   */
  private int[] undoAt = new int[8];

  private final List<Registration> undoWas = new ArrayList<>();
  private int undone;

  /** The roster this state equals, or null once it changed. */
  private Roster roster;

  private RosterState(Roster roster) {
    this.sessionId = roster.sessionId();
    this.history = new ArrayList<>(roster.registrations());
    this.roster = roster;
    for (int i = 0; i < history.size(); i++) {
      index(i, history.get(i));
    }
  }

  /** A working state that starts as {@code roster}. */
  static RosterState of(Roster roster) {
    return new RosterState(roster);
  }

  SessionId sessionId() {
    return sessionId;
  }

  int size() {
    return history.size();
  }

  Registration get(int at) {
    return history.get(at);
  }

  /** The index of the active registration of {@code email}, or -1. */
  int activeIndex(EmailAddress email) {
    Integer at = active.get(email);
    return at == null ? -1 : at;
  }

  /** The indices of the active registrations, in increasing order. */
  List<Integer> activeIndices() {
    List<Integer> indices = new ArrayList<>(active.values());
    indices.sort(Comparator.naturalOrder());
    return indices;
  }

  /** The indices of the waitlisted registrations, by position. */
  List<Integer> waitlistIndices() {
    List<Integer> indices = new ArrayList<>(waitlisted);
    indices.sort(Comparator.comparingInt(i -> history.get(i).waitlistPosition().getAsInt()));
    return indices;
  }

  int confirmedCount() {
    return confirmed;
  }

  int waitlistCount() {
    return waitlisted.size();
  }

  /** The number the next registration gets. */
  int nextNumber() {
    return history.isEmpty() ? 1 : history.get(history.size() - 1).id().number() + 1;
  }

  void set(int at, Registration registration) {
    Registration was = history.get(at);
    undo(at, was);
    replace(at, was, registration);
  }

  void add(Registration registration) {
    undo(-1, null);
    history.add(registration);
    index(history.size() - 1, registration);
    roster = null;
  }

  private void undo(int at, Registration was) {
    if (undone == undoAt.length) {
      undoAt = Arrays.copyOf(undoAt, 2 * undone);
    }
    undoAt[undone++] = at;
    undoWas.add(was);
  }

  /** Whether anything changed since the last commit. */
  boolean changed() {
    return undone > 0;
  }

  /** Keeps the changes. */
  void commit() {
    undone = 0;
    undoWas.clear();
  }

  /** Undoes every change since the last commit. */
  void rollback() {
    for (int i = undone - 1; i >= 0; i--) {
      int at = undoAt[i];
      if (at < 0) {
        int last = history.size() - 1;
        unindex(last, history.get(last));
        history.remove(last);
      } else {
        replace(at, history.get(at), undoWas.get(i));
      }
    }
    commit();
    roster = null;
  }

  /** The registrations as they now are. */
  List<Registration> registrations() {
    return history;
  }

  /**
   * Returns the roster this state now equals, built at most once per change.
   *
   * @param base a roster of the same session to copy from
   */
  Roster roster(Roster base) {
    if (roster == null) {
      roster = base.withRegistrations(history);
    }
    return roster;
  }

  private void replace(int at, Registration was, Registration registration) {
    unindex(at, was);
    history.set(at, registration);
    index(at, registration);
    roster = null;
  }

  private void index(int at, Registration registration) {
    if (registration.isActive()) {
      active.put(registration.registrant().email(), at);
    }
    if (registration.isConfirmed()) {
      confirmed++;
    } else if (registration.isWaitlisted()) {
      waitlisted.add(at);
    }
  }

  private void unindex(int at, Registration registration) {
    if (registration.isActive()) {
      active.remove(registration.registrant().email(), at);
    }
    if (registration.isConfirmed()) {
      confirmed--;
    } else if (registration.isWaitlisted()) {
      waitlisted.remove(Integer.valueOf(at));
    }
  }
}
