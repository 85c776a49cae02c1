/**
 * iCalendar feeds, invites, updates and cancellations for a virtual peer-support program (RFC
 * 5545, 5546, 6047, 7986, 9253), with offline VTIMEZONEs and .ics import. Entry point: {@link
 * ca.cma.wellness.sessions.ical.Ical}.
 */
module ca.cma.wellness.sessions.ical {
  requires transitive ca.cma.wellness.sessions;
  requires transitive ical4j.core;
  requires static org.jspecify;

  exports ca.cma.wellness.sessions.ical;
}
