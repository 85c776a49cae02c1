/**
 * The program page of a virtual peer-support program: an accessible HTML fragment of the upcoming
 * sessions in one language, with add-to-calendar links, the national support resources and the
 * schema.org JSON-LD, and a complete page around it. Start at {@link
 * ca.cma.wellness.sessions.web.ProgramPage}.
 */
// "requires-automatic": JTE's runtime is an automatic module (gg.jte.runtime).
@SuppressWarnings("requires-automatic")
module ca.cma.wellness.sessions.web {
  requires transitive ca.cma.wellness.sessions;
  requires ca.cma.wellness.sessions.json;
  requires gg.jte.runtime;
  requires static org.jspecify;
  // Compile-time only: the generated templates carry @javax.annotation.processing.Generated.
  requires static java.compiler;

  exports ca.cma.wellness.sessions.web;
  // JTE's engine loads the compiled templates by name and calls their render methods.
  opens ca.cma.wellness.sessions.web.internal.templates to gg.jte.runtime;
}
