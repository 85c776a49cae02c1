package ca.cma.wellness.sessions.ical.internal;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.ical.IcsLimits;
import ca.cma.wellness.sessions.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a METHOD:REPLY into what it says: the UID, the attendee, the participation status, the
 * SEQUENCE, SENT-BY and how many VEVENTs it holds. Whether to believe it is {@link
 * ca.cma.wellness.sessions.ical.ReplyReader}'s decision.
 */
public final class Replies {
  /**
   * What a reply says, before it is checked against what was sent.
   *
   * @param events how many VEVENTs the reply holds, at least 1
   * @param uid the UID of the first VEVENT, as written
   * @param uidLine its line
   * @param attendee the attendee who answered
   * @param partstat ACCEPTED, DECLINED or TENTATIVE
   * @param sequence the SEQUENCE answered, zero when absent
   * @param sentBy the SENT-BY of the ATTENDEE, if any
   */
  public record Reply(
      int events, String uid, int uidLine, EmailAddress attendee, String partstat, int sequence,
      Optional<EmailAddress> sentBy) {}

  private Replies() {}

  /**
   * Reads a reply.
   *
   * @param text the iCalendar text
   * @param limits the limits of the input
   * @return what it says
   * @throws SessionValidationException with path {@code line N} naming the offending line
   */
  public static Reply read(String text, IcsLimits limits) {
    Source source = Source.parse(text, limits);
    Source.Component calendar = source.calendar();
    Optional<Source.Property> method = calendar.property("METHOD");
    String methodValue = method.map(p -> p.text().strip()).orElse("");
    if (!methodValue.equalsIgnoreCase("REPLY")) {
      throw new SessionValidationException(
          "line " + calendar.line("METHOD"),
          "METHOD must be REPLY (was " + (methodValue.isEmpty() ? "absent" : quote(methodValue)) + ")");
    }
    List<Source.Component> events = calendar.components("VEVENT");
    if (events.isEmpty()) {
      throw new SessionValidationException("line 1", "a REPLY needs a VEVENT (found none)");
    }
    Source.Component event = events.get(0);
    Optional<Source.Property> uid = event.property("UID");
    int uidLine = event.line("UID");
    if (uid.isEmpty() || uid.get().text().isBlank()) {
      throw new SessionValidationException("line " + uidLine, "VEVENT has no UID");
    }
    List<Source.Property> attendees = event.properties("ATTENDEE");
    int attendeeLine = event.line("ATTENDEE");
    if (attendees.size() != 1) {
      throw new SessionValidationException(
          "line " + attendeeLine,
          "a REPLY names exactly one ATTENDEE (found " + attendees.size() + ")");
    }
    Source.Property attendee = attendees.get(0);
    EmailAddress email = mailto(attendee.value(), attendeeLine);
    String status = attendee.parameter("PARTSTAT").orElse("").strip().toUpperCase(Locale.ROOT);
    if (!status.equals("ACCEPTED") && !status.equals("DECLINED") && !status.equals("TENTATIVE")) {
      throw new SessionValidationException(
          "line " + attendeeLine,
          "ATTENDEE PARTSTAT must be ACCEPTED, DECLINED or TENTATIVE (was "
              + (status.isEmpty() ? "absent" : quote(status))
              + ")");
    }
    Optional<EmailAddress> sentBy = attendee.parameter("SENT-BY").map(value -> mailto(value, attendeeLine));
    int sequence = 0;
    Optional<Source.Property> sequenceProperty = event.property("SEQUENCE");
    if (sequenceProperty.isPresent()) {
      sequence = number(sequenceProperty.get().value(), sequenceProperty.get().line());
    }
    return new Reply(events.size(), uid.get().text().strip(), uidLine, email, status, sequence, sentBy);
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
    String address = percentDecoded(text.substring(7), line);
    try {
      return EmailAddress.of(address);
    } catch (SessionValidationException e) {
      throw new SessionValidationException("line " + line, "ATTENDEE " + e.problem());
    }
  }

  /** Decodes RFC 6068's percent-encoding (UTF-8 octets); a malformed escape is refused. */
  private static String percentDecoded(String text, int line) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
        int low = high < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
        if (low < 0) {
          throw new SessionValidationException(
              "line " + line, "ATTENDEE: a % must start an escape such as %25 (was " + quote(text) + ")");
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
          encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.write(encoded, 0, encoded.length);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new SessionValidationException(
          "line " + line, "ATTENDEE: the escapes are not UTF-8 (was " + quote(text) + ")");
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
