/**
 * The program, its sessions and series, moderators and registrants, as immutable values that can
 * exist only in valid states, plus {@link ca.cma.wellness.sessions.TimeText} for times the way
 * the program writes them ("Feb. 1, 2023, 7 pm ET").
 *
 * <p>Every invalid value is refused with a {@link ca.cma.wellness.sessions.SessionValidationException}
 * whose {@code path()} names the field ("sessions[2].start") and whose message names the rule and
 * the offending value.
 */
@WellnessStyle
@NullMarked
package ca.cma.wellness.sessions;

import ca.cma.wellness.sessions.internal.WellnessStyle;
import org.jspecify.annotations.NullMarked;
