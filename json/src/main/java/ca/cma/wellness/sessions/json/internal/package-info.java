/** Implementation of the JSON formats; not exported, may change in any release. */
@NullMarked
package ca.cma.wellness.sessions.json.internal;

import org.jspecify.annotations.NullMarked;
