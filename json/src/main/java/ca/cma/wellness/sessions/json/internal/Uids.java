package ca.cma.wellness.sessions.json.internal;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Series;

/**
 * Identities of groups of sessions. Session UIDs are {@link Program#uidOf} ({@code <id>@<domain>});
 * groups have a {@code /}, which no id may contain, so they never equal a session's UID.
 */
public final class Uids {
  private Uids() {}

  /** Returns {@code series/<series id>@<uid domain>}. */
  public static String series(Program program, Series series) {
    return "series/" + series.id() + "@" + program.uidDomain();
  }

  /** Returns {@code program/all@<uid domain>}. */
  public static String program(Program program) {
    return "program/all@" + program.uidDomain();
  }
}
