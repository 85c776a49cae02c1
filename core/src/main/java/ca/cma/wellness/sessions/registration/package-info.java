/**
 * Registrations: who is confirmed or waitlisted for which session, as pure functions on a {@link
 * ca.cma.wellness.sessions.registration.Roster} and a {@link
 * ca.cma.wellness.sessions.registration.RegistrationLedger} that applies them for a host. The
 * calendar messages they cause are planned in {@code ca.cma.wellness.sessions.invites}.
 */
@WellnessStyle
@NullMarked
package ca.cma.wellness.sessions.registration;

import ca.cma.wellness.sessions.internal.WellnessStyle;
import org.jspecify.annotations.NullMarked;
