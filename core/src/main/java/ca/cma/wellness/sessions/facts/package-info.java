/**
 * The one derivation of everything the outputs say: {@link
 * ca.cma.wellness.sessions.facts.ProgramFacts} gives the {@link
 * ca.cma.wellness.sessions.facts.SessionFacts} of each session for public outputs and the {@link
 * ca.cma.wellness.sessions.facts.InviteFacts} of each planner message for one registrant. Every
 * iCalendar and JSON writer serializes these facts and derives none of its own, so the formats
 * agree by construction. Adding an attribute to a session means: the model, these facts, and one
 * line per format.
 */
@WellnessStyle
@NullMarked
package ca.cma.wellness.sessions.facts;

import ca.cma.wellness.sessions.internal.WellnessStyle;
import org.jspecify.annotations.NullMarked;
