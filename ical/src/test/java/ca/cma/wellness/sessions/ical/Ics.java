package ca.cma.wellness.sessions.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteMethod;
import ca.cma.wellness.sessions.invites.InviteReason;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/** Test helpers: parse with ical4j, split and unfold lines, build messages. */
final class Ics {
  private Ics() {}

  /**
   * A VCALENDAR with the given calendar-level lines, then one VEVENT per list of lines, joined with
   * CRLF.
   */
  static String calendar(List<String> before, List<List<String>> events) {
    StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n");
    before.forEach(line -> text.append(line).append("\r\n"));
    for (List<String> event : events) {
      text.append("BEGIN:VEVENT\r\n");
      event.forEach(line -> text.append(line).append("\r\n"));
      text.append("END:VEVENT\r\n");
    }
    return text.append("END:VCALENDAR\r\n").toString();
  }

  /** Parses with ical4j, as a calendar client built on it would. */
  static Calendar parse(String text) {
    // ical4j 4.4 names the zones of every VTIMEZONE it reads from one JVM-wide pool of about a
    // thousand ids, given back only once the calendar that took one is garbage-collected: a test
    // that parses thousands of calendars collects when the pool runs dry (see ZoneReaders).
    for (int attempt = 0; ; attempt++) {
      try {
        return new CalendarBuilder().build(new StringReader(text));
      } catch (Exception e) {
        if (attempt < 3 && poolRanDry(e)) {
          System.gc();
          continue;
        }
        throw new AssertionError("ical4j cannot parse:\n" + text, e);
      }
    }
  }

  private static boolean poolRanDry(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (String.valueOf(cause.getMessage()).contains("Ran out of available zone IDs")) {
        return true;
      }
    }
    return false;
  }

  /** The only VEVENT of a calendar. */
  static VEvent event(Calendar calendar) {
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertEquals(1, events.size(), "VEVENT count");
    return events.get(0);
  }

  /** A property's value, failing when it is absent. */
  static String value(net.fortuna.ical4j.model.Component component, String name) {
    return component.getProperty(name).map(p -> p.getValue()).orElseThrow(() -> new AssertionError(name + " missing"));
  }

  /** A calendar property's value, failing when it is absent. */
  static String value(Calendar calendar, String name) {
    return calendar.getProperty(name).map(p -> p.getValue()).orElseThrow(() -> new AssertionError(name + " missing"));
  }

  /**
   * Checks the physical form (RFC 5545 §3.1) and returns the physical lines: CRLF only, at most
   * 75 octets each, each line valid UTF-8 on its own (so no fold split a character), no empty
   * continuation line.
   */
  static List<byte[]> physicalLines(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        assertTrue(i > 0 && bytes[i - 1] == '\r', "LF without CR at byte " + i);
        lines.add(Arrays.copyOfRange(bytes, start, i - 1));
        start = i + 1;
      } else if (bytes[i] == '\r') {
        assertTrue(i + 1 < bytes.length && bytes[i + 1] == '\n', "CR without LF at byte " + i);
      }
    }
    assertEquals(bytes.length, start, "the text ends with CRLF");
    for (byte[] line : lines) {
      assertTrue(line.length <= 75, () -> "line of " + line.length + " octets: " + new String(line, StandardCharsets.UTF_8));
      assertFalse(line.length == 0, "empty line");
      assertFalse(line.length == 1 && line[0] == ' ', "empty continuation line");
      try {
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(line));
      } catch (CharacterCodingException e) {
        fail("a fold split a UTF-8 sequence: " + new String(line, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  /** Checks the physical form and returns the unfolded content lines. */
  static List<String> contentLines(String text) {
    List<String> out = new ArrayList<>();
    for (byte[] raw : physicalLines(text.getBytes(StandardCharsets.UTF_8))) {
      String line = new String(raw, StandardCharsets.UTF_8);
      if (line.startsWith(" ")) {
        out.set(out.size() - 1, out.get(out.size() - 1) + line.substring(1));
      } else {
        out.add(line);
      }
    }
    return out;
  }

  /** The names of the content lines, such as BEGIN, UID, DTSTART. */
  static List<String> names(String text) {
    List<String> names = new ArrayList<>();
    for (String line : contentLines(text)) {
      int end = 0;
      while (end < line.length() && line.charAt(end) != ':' && line.charAt(end) != ';') {
        end++;
      }
      names.add(line.substring(0, end));
    }
    return names;
  }

  /** The REPLY a calendar sends when the invite's attendee accepts it. */
  static String replyFor(InviteEmail mail) {
    StringBuilder out = new StringBuilder();
    for (String line : contentLines(mail.calendar())) {
      if (line.equals("METHOD:REQUEST")) {
        out.append("METHOD:REPLY\r\n");
      } else if (line.startsWith("ATTENDEE")) {
        out.append(line.replace("PARTSTAT=NEEDS-ACTION", "PARTSTAT=ACCEPTED")).append("\r\n");
      } else {
        out.append(line).append("\r\n");
      }
    }
    return out.toString();
  }

  static InviteMessage request(Registrant to, Session session, int sequence, InviteReason reason) {
    return InviteMessage.builder()
        .method(InviteMethod.REQUEST)
        .sequence(sequence)
        .recipient(to)
        .session(session)
        .reason(reason)
        .build();
  }

  static InviteMessage cancel(Registrant to, Session session, int sequence, InviteReason reason) {
    return InviteMessage.builder()
        .method(InviteMethod.CANCEL)
        .sequence(sequence)
        .recipient(to)
        .session(session)
        .reason(reason)
        .build();
  }
}
