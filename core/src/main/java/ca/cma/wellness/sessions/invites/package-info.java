/**
 * The calendar messages that registrations cause: {@link
 * ca.cma.wellness.sessions.invites.InvitePlanner} compares what was last sent to each registrant
 * (a {@link ca.cma.wellness.sessions.invites.SentLog}) with the session and its roster as they now
 * are, and says which invite, update or cancellation to send to whom, with which SEQUENCE.
 */
@WellnessStyle
@NullMarked
package ca.cma.wellness.sessions.invites;

import ca.cma.wellness.sessions.internal.WellnessStyle;
import org.jspecify.annotations.NullMarked;
