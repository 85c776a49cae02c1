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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * The in-memory {@link RegistrationLedger}: {@link Roster}'s rules applied to one working {@link
 * RosterState} per session, under that session's lock. An operation on one session neither waits
 * for nor copies another session, and copies no history: it edits the session's state in place
 * (undone if the operation fails). An operation on several sessions locks them in id order.
 * {@link #snapshot()} waits for the operations in progress and holds new ones off while it
 * copies the rosters, so it is a state that some serial order of the operations reached; the
 * version grows by one with each operation that changed something, as {@link RegistrationBook}'s
 * does.
 */
final class MemoryLedger implements RegistrationLedger {
  private final Clock clock;
  private final Map<SessionId, Roster> initial;
  private final Map<SessionId, Long> initialOrder = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<SessionId, Slot> slots = new ConcurrentHashMap<>();
  private final AtomicLong version;
  private final AtomicLong joined = new AtomicLong();

  /** The last snapshot, or null once an operation changed something since. */
  private volatile RegistrationBook snapshot;

  /** Operations share it; a snapshot takes it alone. */
  private final ReentrantReadWriteLock whole = new ReentrantReadWriteLock();

  /** One session's state and lock. */
  private static final class Slot {
    final ReentrantLock lock = new ReentrantLock();
    final SessionId sessionId;
    final Roster base;
    final RosterState state;

    /** When the session's roster entered the book, for the book's order; -1 while it has not. */
    long order;

    Slot(SessionId sessionId, Roster base, long order) {
      this.sessionId = sessionId;
      this.base = base;
      this.state = RosterState.of(base);
      this.order = order;
    }
  }

  MemoryLedger(RegistrationBook book, Clock clock) {
    this.clock = clock;
    this.initial = book.rosters();
    this.version = new AtomicLong(book.version());
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
    return slots.computeIfAbsent(
        id,
        key -> {
          Roster roster = initial.get(key);
          return roster != null
              ? new Slot(key, roster, initialOrder.get(key))
              : new Slot(key, Roster.empty(key), -1);
        });
  }

  @Override
  public RegistrationBook snapshot() {
    RegistrationBook last = snapshot;
    if (last != null) {
      return last;
    }
    whole.writeLock().lock();
    try {
      if (snapshot != null) {
        return snapshot;
      }
      Map<SessionId, Long> order = new ConcurrentHashMap<>(initialOrder);
      Map<SessionId, Roster> rosters = new ConcurrentHashMap<>(initial);
      for (Slot slot : slots.values()) {
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
      snapshot = RegistrationBook.empty().withRosters(ordered).withVersion(version.get());
      return snapshot;
    } finally {
      whole.writeLock().unlock();
    }
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
   * Applies one roster operation to each session in turn, under the sessions' locks; the version
   * grows once if any changed. If the operation fails, every session is left as it was.
   */
  private LedgerChange apply(List<Session> sessions, Consumer<RosterEditor> operation) {
    List<Slot> targets = new ArrayList<>(sessions.size());
    for (Session session : sessions) {
      targets.add(slot(session.id()));
    }
    List<Slot> locking = targets;
    if (targets.size() > 1) {
      Map<String, Slot> byId = new TreeMap<>();
      for (Slot slot : targets) {
        byId.put(slot.sessionId.toString(), slot);
      }
      locking = new ArrayList<>(byId.values());
    }
    whole.readLock().lock();
    int locked = 0;
    try {
      for (Slot slot : locking) {
        slot.lock.lock();
        locked++;
      }
      Instant now = clock.instant();
      List<Notice> notices = new ArrayList<>();
      try {
        for (int i = 0; i < targets.size(); i++) {
          RosterEditor editor = new RosterEditor(targets.get(i).state, sessions.get(i), now);
          operation.accept(editor);
          notices.addAll(editor.notices());
        }
      } catch (RuntimeException | Error e) {
        for (Slot slot : locking) {
          slot.state.rollback();
        }
        throw e;
      }
      boolean changed = false;
      for (Slot slot : locking) {
        if (slot.state.changed()) {
          changed = true;
          slot.state.commit();
          if (slot.order < 0) {
            slot.order = joined.getAndIncrement();
          }
        }
      }
      if (!changed) {
        return new LedgerChange(version.get(), notices);
      }
      long next = version.incrementAndGet();
      snapshot = null;
      return new LedgerChange(next, notices);
    } finally {
      for (int i = locked - 1; i >= 0; i--) {
        locking.get(i).lock.unlock();
      }
      whole.readLock().unlock();
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
