package ca.cma.wellness.sessions.registration;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.SeriesId;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The in-memory {@link RegistrationLedger}: {@link Roster}'s rules applied to one working {@link
 * RosterState} per session, under that session's lock. An operation on one session neither waits
 * for nor copies another session, and copies no history: it edits the session's state in place
 * (undone if the operation fails). An operation on several sessions locks them in id order.
 *
 * <p>Operations on different sessions share no write (but for a session's first change, which
 * takes the next place in the book's order). Each session keeps the version of the last
 * change to it; a change takes one more than the highest version of the sessions it locked, and
 * gives that version to each of them. So two changes to one session are numbered in the order
 * they took effect, and changes to different sessions, which commute, may share a number. {@link
 * #snapshot()} takes every session's lock in id order, and holds off the creation of new sessions
 * while it copies the rosters, so it is a state that some serial order of the operations reached;
 * its version is the highest, and it raises every session to it, so that every later change is
 * numbered above the snapshot. It is kept while no session moved past it.
 */
final class MemoryLedger implements RegistrationLedger {
  private final Clock clock;
  private final Map<SessionId, Roster> initial;
  private final Map<SessionId, Long> initialOrder = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<SessionId, Slot> slots = new ConcurrentHashMap<>();
  private final AtomicLong joined = new AtomicLong();

  /** Held while a session's slot is created, and by a snapshot for as long as it copies. */
  private final ReentrantLock creating = new ReentrantLock();

  /** The last snapshot's version, which a new slot starts from; guarded by {@link #creating}. */
  private long floor;

  /** The last snapshot; guarded by {@link #creating}. */
  private RegistrationBook snapshot;

  /** One session's state, lock and version. */
  private static final class Slot {
    final ReentrantLock lock = new ReentrantLock();
    final SessionId sessionId;
    final Roster base;
    final RosterState state;

    /** When the session's roster entered the book, for the book's order; -1 while it has not. */
    long order;

    /** The version of the last change to the session, or of the last snapshot if higher. */
    long version;

    Slot(SessionId sessionId, Roster base, long order, long version) {
      this.sessionId = sessionId;
      this.base = base;
      this.state = RosterState.of(base);
      this.order = order;
      this.version = version;
    }
  }

  MemoryLedger(RegistrationBook book, Clock clock) {
    this.clock = clock;
    this.initial = book.rosters();
    this.floor = book.version();
    this.snapshot = book;
    for (SessionId id : initial.keySet()) {
      initialOrder.put(id, joined.getAndIncrement());
    }
  }

  private Slot slot(SessionId id) {
    Slot slot = slots.get(id);
    if (slot != null) {
      return slot;
    }
    creating.lock();
    try {
      return slots.computeIfAbsent(
          id,
          key -> {
            Roster roster = initial.get(key);
            return roster != null
                ? new Slot(key, roster, initialOrder.get(key), floor)
                : new Slot(key, Roster.empty(key), -1, floor);
          });
    } finally {
      creating.unlock();
    }
  }

  @Override
  public RegistrationBook snapshot() {
    creating.lock();
    try {
      List<Slot> all = inIdOrder(slots.values());
      int locked = 0;
      try {
        for (Slot slot : all) {
          slot.lock.lock();
          locked++;
        }
        long now = floor;
        for (Slot slot : all) {
          now = Math.max(now, slot.version);
        }
        if (now == snapshot.version()) {
          return snapshot;
        }
        Map<SessionId, Long> order = new HashMap<>(initialOrder);
        Map<SessionId, Roster> rosters = new HashMap<>(initial);
        for (Slot slot : all) {
          slot.version = now;
          if (slot.order >= 0) {
            order.put(slot.sessionId, slot.order);
            rosters.put(slot.sessionId, slot.state.roster(slot.base));
          }
        }
        List<SessionId> ids = new ArrayList<>(rosters.keySet());
        ids.sort(Comparator.comparingLong(order::get));
        Map<SessionId, Roster> ordered = new LinkedHashMap<>();
        for (SessionId id : ids) {
          ordered.put(id, rosters.get(id));
        }
        floor = now;
        snapshot = RegistrationBook.empty().withRosters(ordered).withVersion(now);
        return snapshot;
      } finally {
        for (int i = locked - 1; i >= 0; i--) {
          all.get(i).lock.unlock();
        }
      }
    } finally {
      creating.unlock();
    }
  }

  /** The slots in the one order in which every operation and snapshot takes their locks. */
  private static List<Slot> inIdOrder(Collection<Slot> slots) {
    List<Slot> sorted = new ArrayList<>(slots);
    if (sorted.size() > 1) {
      sorted.sort(Comparator.comparing(slot -> slot.sessionId.toString()));
    }
    return sorted;
  }

  @Override
  public Roster roster(SessionId sessionId) {
    Objects.requireNonNull(sessionId, "sessionId");
    Slot slot = slots.get(sessionId);
    if (slot == null) {
      Roster roster = initial.get(sessionId);
      return roster != null ? roster : Roster.empty(sessionId);
    }
    slot.lock.lock();
    try {
      return slot.state.roster(slot.base);
    } finally {
      slot.lock.unlock();
    }
  }

  @Override
  public Availability availability(Session session) {
    Objects.requireNonNull(session, "session");
    Slot slot = slots.get(session.id());
    if (slot == null) {
      return roster(session.id()).availability(session, clock.instant());
    }
    slot.lock.lock();
    try {
      return Roster.availability(
          session, clock.instant(), slot.state.confirmedCount(), slot.state.waitlistCount());
    } finally {
      slot.lock.unlock();
    }
  }

  @Override
  public LedgerChange register(Session session, Registrant registrant) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(registrant, "registrant");
    return apply(List.of(session), editor -> {
      editor.reconcile();
      editor.register(registrant);
    });
  }

  @Override
  public LedgerChange registerForSeries(Program program, SeriesId seriesId, Registrant registrant) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(seriesId, "seriesId");
    Objects.requireNonNull(registrant, "registrant");
    return apply(RegistrationBook.seriesSessions(program, seriesId), editor -> {
      editor.reconcile();
      editor.register(registrant);
    });
  }

  @Override
  public LedgerChange registerForParts(
      Program program, SeriesId seriesId, Collection<Integer> parts, Registrant registrant) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(seriesId, "seriesId");
    Objects.requireNonNull(parts, "parts");
    Objects.requireNonNull(registrant, "registrant");
    return apply(RegistrationBook.chosenParts(program, seriesId, parts), editor -> {
      editor.reconcile();
      editor.register(registrant);
    });
  }

  @Override
  public LedgerChange withdraw(Session session, Registrant registrant) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(registrant, "registrant");
    return apply(List.of(session), editor -> {
      editor.reconcile();
      editor.leave(registrant, RegistrationStatus.WITHDRAWN);
    });
  }

  @Override
  public LedgerChange remove(Session session, Registrant registrant) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(registrant, "registrant");
    return apply(List.of(session), editor -> {
      editor.reconcile();
      editor.leave(registrant, RegistrationStatus.REMOVED);
    });
  }

  @Override
  public LedgerChange reconcile(Session session) {
    Objects.requireNonNull(session, "session");
    return apply(List.of(session), RosterEditor::reconcile);
  }

  @Override
  public LedgerChange reconcile(Program program) {
    Objects.requireNonNull(program, "program");
    return apply(program.sessionsInOrder(), RosterEditor::reconcile);
  }

  /**
   * Applies one roster operation to each session in turn, under the sessions' locks; if any
   * changed, the sessions take one new version. If the operation fails, every session is left as
   * it was. Loops by index, so that no iterator is made per loop.
   */
  private LedgerChange apply(List<Session> sessions, Consumer<RosterEditor> operation) {
    List<Slot> targets = new ArrayList<>(sessions.size());
    for (Session session : sessions) {
      targets.add(slot(session.id()));
    }
    List<Slot> locking = targets.size() > 1 ? inIdOrder(new LinkedHashSet<>(targets)) : targets;
    int locked = 0;
    try {
      for (int i = 0; i < locking.size(); i++) {
        locking.get(i).lock.lock();
        locked++;
      }
      Instant now = clock.instant();
      List<Notice> notices = null;
      try {
        for (int i = 0; i < targets.size(); i++) {
          RosterEditor editor = new RosterEditor(targets.get(i).state, sessions.get(i), now);
          operation.accept(editor);
          if (notices == null) {
            notices = editor.notices();
          } else {
            notices.addAll(editor.notices());
          }
        }
      } catch (RuntimeException | Error e) {
        for (int i = 0; i < locking.size(); i++) {
          locking.get(i).state.rollback();
        }
        throw e;
      }
      boolean changed = false;
      long version = 0;
      for (int i = 0; i < locking.size(); i++) {
        Slot slot = locking.get(i);
        version = Math.max(version, slot.version);
        if (slot.state.changed()) {
          changed = true;
          slot.state.commit();
          if (slot.order < 0) {
            slot.order = joined.getAndIncrement();
          }
        }
      }
      if (!changed) {
        return new LedgerChange(version, notices);
      }
      version++;
      for (int i = 0; i < locking.size(); i++) {
        locking.get(i).version = version;
      }
      return new LedgerChange(version, notices);
    } finally {
      for (int i = locked - 1; i >= 0; i--) {
        locking.get(i).lock.unlock();
      }
    }
  }

  /**
   * Describes the ledger by its version and the number of rosters, without any registrant.
   *
   * @return such as {@code RegistrationLedger{version=12, rosters=3}}
   */
  @Override
  public String toString() {
    RegistrationBook current = snapshot();
    return "RegistrationLedger{version=" + current.version() + ", rosters=" + current.rosters().size() + "}";
  }
}
