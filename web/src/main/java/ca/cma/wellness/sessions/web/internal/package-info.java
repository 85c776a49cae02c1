/** What the templates show, decided before they run: one view per session, and the page's words. */
@NullMarked
package ca.cma.wellness.sessions.web.internal;

import org.jspecify.annotations.NullMarked;
