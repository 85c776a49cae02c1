package ca.cma.wellness.sessions.ical.internal;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionUid;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.internal.Checks;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** Reads a METHOD:REPLY into the session, the attendee and the participation status. */
public final class Replies {
  /** What a reply says, before it becomes the public record. */
  public static final class Reply {
    /** The session the UID names. */
    public final SessionId session;
    /** The attendee who answered. */
    public final EmailAddress attendee;
    /** ACCEPTED, DECLINED or TENTATIVE. */
    public final String partstat;
    /** The SEQUENCE answered, zero when absent. */
    public final int sequence;

    Reply(SessionId session, EmailAddress attendee, String partstat, int sequence) {
      this.session = session;
      this.attendee = attendee;
      this.partstat = partstat;
      this.sequence = sequence;
    }
  }

  private Replies() {}

  /**
   * Reads a reply.
   *
   * @param text the iCalendar text
   * @param program the program whose UIDs the reply must use
   * @return what it says
   * @throws SessionValidationException with path {@code line N} naming the offending line
   */
  public static Reply read(String text, Program program) {
    Source source = Source.parse(text);
    Optional<Property> method = source.calendar().getProperty(Property.METHOD);
    String methodValue = method.map(Property::getValue).orElse("");
    if (!methodValue.equalsIgnoreCase("REPLY")) {
      throw new SessionValidationException(
          "line " + source.calendarLine("METHOD"),
          "METHOD must be REPLY (was " + (methodValue.isEmpty() ? "absent" : quote(methodValue)) + ")");
    }
    List<VEvent> events = source.calendar().getComponents("VEVENT");
    if (events.isEmpty()) {
      throw new SessionValidationException("line 1", "a REPLY needs a VEVENT (found none)");
    }
    VEvent event = events.get(0);
    Optional<Property> uid = event.getProperty(Property.UID);
    int uidLine = source.line("VEVENT", 0, "UID");
    if (uid.isEmpty()) {
      throw new SessionValidationException("line " + uidLine, "VEVENT has no UID");
    }
    String uidValue = uid.get().getValue().strip();
    SessionUid parsed;
    try {
      parsed = SessionUid.parse(uidValue);
    } catch (SessionValidationException e) {
      throw new SessionValidationException("line " + uidLine, "UID: " + e.problem());
    }
    if (!parsed.isOf(program)) {
      throw new SessionValidationException(
          "line " + uidLine,
          "UID " + quote(uidValue) + " is not one of this program's (they end in @" + program.uidDomain() + ")");
    }
    SessionId session = parsed.sessionId();
    if (program.sessionById(session).isEmpty()) {
      throw new SessionValidationException(
          "line " + uidLine, "UID " + quote(uidValue) + " names no session of this program");
    }
    List<Property> attendees = event.getProperties(Property.ATTENDEE);
    int attendeeLine = source.line("VEVENT", 0, "ATTENDEE");
    if (attendees.size() != 1) {
      throw new SessionValidationException(
          "line " + attendeeLine,
          "a REPLY names exactly one ATTENDEE (found " + attendees.size() + ")");
    }
    Property attendee = attendees.get(0);
    EmailAddress email = mailto(attendee.getValue(), attendeeLine);
    Optional<Parameter> partstat = attendee.getParameter(Parameter.PARTSTAT);
    String status = partstat.map(Parameter::getValue).orElse("").toUpperCase(Locale.ROOT);
    if (!status.equals("ACCEPTED") && !status.equals("DECLINED") && !status.equals("TENTATIVE")) {
      throw new SessionValidationException(
          "line " + attendeeLine,
          "ATTENDEE PARTSTAT must be ACCEPTED, DECLINED or TENTATIVE (was "
              + (status.isEmpty() ? "absent" : quote(status))
              + ")");
    }
    int sequence = 0;
    Optional<Property> sequenceProperty = event.getProperty(Property.SEQUENCE);
    if (sequenceProperty.isPresent()) {
      sequence = number(sequenceProperty.get().getValue(), source.line("VEVENT", 0, "SEQUENCE"));
    }
    return new Reply(session, email, status, sequence);
  }

  /**
   * Reads a {@code mailto:} address.
   *
   * @param value the CAL-ADDRESS value
   * @param line its line, for errors
   * @return the address
   * @throws SessionValidationException with path {@code line N} if it is not a mailto address
   */
  static EmailAddress mailto(String value, int line) {
    String text = value.strip();
    if (!text.regionMatches(true, 0, "mailto:", 0, 7)) {
      throw new SessionValidationException(
          "line " + line, "ATTENDEE must be a mailto: address (was " + quote(text) + ")");
    }
    String address = text.substring(7);
    if (address.indexOf('%') >= 0) {
      address = URLDecoder.decode(address.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
    try {
      return EmailAddress.of(address);
    } catch (SessionValidationException e) {
      throw new SessionValidationException("line " + line, "ATTENDEE " + e.problem());
    }
  }

  /**
   * Reads a non-negative integer.
   *
   * @param value the text
   * @param line its line, for errors
   * @return the number
   * @throws SessionValidationException with path {@code line N} if it is not one
   */
  static int number(String value, int line) {
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new SessionValidationException(
        "line " + line, "SEQUENCE must be a whole number of at least 0 (was " + quote(value) + ")");
  }

  static String quote(String value) {
    return Checks.quote(value);
  }
}
