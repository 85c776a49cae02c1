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
 *   <li>{@link ca.cma.wellness.sessions.json.JsCalendar}: JSCalendar (RFC 8984) events and groups;
 *       {@link ca.cma.wellness.sessions.json.JsCalendarInvite} is the one output here that carries a
 *       join link, for one registrant.
 *   <li>{@link ca.cma.wellness.sessions.json.WellnessSessionsModule}: a Jackson module that stores
 *       and reads every core value type.
 * </ul>
 *
 * <p>Every writer is immutable, thread-safe, and deterministic: the same program and the same
 * {@link java.time.Clock} give the same bytes. Public outputs never carry a join link or anything
 * about a registrant.
 */
@NullMarked
package ca.cma.wellness.sessions.json;

import org.jspecify.annotations.NullMarked;
