/**
 * Registrations and the calendar messages they cause: who is confirmed or waitlisted for which
 * session, and which invites, updates and cancellations to send to whom.
 */
@WellnessStyle
@NullMarked
package ca.cma.wellness.sessions.registration;

import ca.cma.wellness.sessions.internal.WellnessStyle;
import org.jspecify.annotations.NullMarked;
