/**
 * The domain model of a virtual peer-support program: {@link ca.cma.wellness.sessions.Program},
 * {@link ca.cma.wellness.sessions.Session}, {@link ca.cma.wellness.sessions.Series},
 * {@link ca.cma.wellness.sessions.Moderator}, {@link ca.cma.wellness.sessions.Registrant}, with
 * validation and Canadian time text. It has no run-time dependencies.
 */
// "module": the qualified export below names modules that are built after this one.
@SuppressWarnings({"requires-automatic", "module"})
module ca.cma.wellness.sessions {
  // Compile-time only. Immutables' annotations stay in the class files of the public value types
  // (class retention), which javac's "exports" lint reports; those types suppress it, so that
  // modular consumers need nothing but this module.
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports ca.cma.wellness.sessions;
  exports ca.cma.wellness.sessions.registration;
  exports ca.cma.wellness.sessions.invites;
  exports ca.cma.wellness.sessions.facts;
  // Shared checks for this project's own modules only, as the JDK exports its internals to its
  // own modules: a rule that exists twice drifts.
  exports ca.cma.wellness.sessions.internal to ca.cma.wellness.sessions.ical, ca.cma.wellness.sessions.json;
}
