/**
 * The program page: {@link ca.cma.wellness.sessions.web.ProgramPage} writes the upcoming sessions
 * of a program as an accessible HTML fragment in one language, from the same facts as every other
 * output.
 */
@NullMarked
package ca.cma.wellness.sessions.web;

import org.jspecify.annotations.NullMarked;
