/**
 * JSON for a virtual peer-support program.
 *
 * <ul>
 *   <li>{@link ca.cma.wellness.sessions.json.SessionFeed}: the versioned public feed of upcoming
 *       sessions (version {@value ca.cma.wellness.sessions.json.SessionFeed#VERSION}) and its JSON
 *       Schema, shipped at {@value ca.cma.wellness.sessions.json.SessionFeed#SCHEMA_RESOURCE}.
 *   <li>{@link ca.cma.wellness.sessions.json.FeedReader}: reads the feed back into a {@link
 *       ca.cma.wellness.sessions.Program}, with errors that name the JSON path.
 *   <li>{@link ca.cma.wellness.sessions.json.JsonLd}: schema.org {@code Event} markup for web
 *       pages.
 *   <li>{@link ca.cma.wellness.sessions.json.JsCalendar}: JSCalendar (RFC 8984) events and groups,
 *       and one registrant's copy of a planner message ({@code invite}), the one output here that
 *       carries a join link.
 *   <li>{@link ca.cma.wellness.sessions.json.WellnessSessionsModule}: a Jackson module that stores
 *       and reads every core value type.
 * </ul>
 *
 * <p>Every writer is made with {@code of(program, clock)}, serializes the facts of {@link
 * ca.cma.wellness.sessions.facts.ProgramFacts} (so that every format says the same thing), writes
 * a {@code String}, an {@link java.lang.Appendable} or an {@link java.io.OutputStream} with the
 * same verbs ({@code feed}, {@code writeFeed}, {@code event}, {@code invite}), and is immutable,
 * thread-safe and deterministic: the same program, sessions and {@link java.time.Clock} give the
 * same bytes. Public outputs never carry a join link or anything about a registrant.
 */
@NullMarked
package ca.cma.wellness.sessions.json;

import org.jspecify.annotations.NullMarked;
