/**
 * iCalendar for a peer-support program: {@link ca.cma.wellness.sessions.ical.Ical} writes the
 * public subscription feed and one e-mailable invite, update or cancellation per planner message,
 * and reads registrants' replies; {@link ca.cma.wellness.sessions.ical.IcsImport} reads .ics files
 * into sessions.
 */
@NullMarked
package ca.cma.wellness.sessions.ical;

import org.jspecify.annotations.NullMarked;
