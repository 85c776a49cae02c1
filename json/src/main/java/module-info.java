/**
 * JSON for a virtual peer-support program: the versioned public feed and its JSON Schema,
 * schema.org JSON-LD, JSCalendar (RFC 8984), a Jackson module for the core types, and import of
 * the feed. Start at {@link ca.cma.wellness.sessions.json.SessionFeed}.
 */
module ca.cma.wellness.sessions.json {
  requires transitive ca.cma.wellness.sessions;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports ca.cma.wellness.sessions.json;

  provides tools.jackson.databind.JacksonModule with
      ca.cma.wellness.sessions.json.WellnessSessionsModule;
}
