package ca.cma.wellness.sessions.examples.bench;

import ca.cma.wellness.sessions.Moderator;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.invites.InviteMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The yardstick of the cold-start target: the smallest writer that a developer would write by hand
 * for one English REQUEST invite, with a StringBuilder, no library and no caches. It writes the
 * same bytes as the module's invite for sessions in a zone whose current rules are a yearly pair
 * of the first, second, third, fourth or last weekday of a month (such as Toronto) or that keeps
 * no daylight saving (such as Regina), with text that needs only TEXT escaping: the
 * equivalence test checks that it is byte for byte the module's calendar for the benchmark's
 * invite. Lines are folded at 75 octets, never inside a UTF-8 sequence.
 *
 * <p>It writes only the calendar; the module's {@code Ical.invite} also writes the e-mail's
 * subject and plain-text body, so the comparison is against more work on the module's side.
 */
public final class HandWrittenInvite {
  private final Program program;
  private final Clock clock;

  /**
   * Creates the writer.
   *
   * @param program the program the sessions belong to
   * @param clock the source of DTSTAMP
   */
  public HandWrittenInvite(Program program, Clock clock) {
    this.program = program;
    this.clock = clock;
  }

  /**
   * Writes the calendar of an English REQUEST with a 15-minute alarm.
   *
   * @param message a REQUEST whose session is not part of a series
   * @return the UTF-8 bytes
   * @throws IllegalArgumentException if the session's zone is beyond this minimal writer
   */
  public byte[] write(InviteMessage message) {
    Session session = message.session();
    StringBuilder out = new StringBuilder(2048);
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:" + RawIcal4j.PRODID);
    line(out, "METHOD:REQUEST");
    vtimezone(out, session.timeZone().getId(), session.timeZone().getRules(), session.start().getYear() - 1);
    String tzid = ";TZID=" + session.timeZone().getId() + ":";
    String join = session.joinUrl().toString();
    StringBuilder moderators = new StringBuilder("Moderated by ");
    List<Moderator> list = session.moderators();
    for (int i = 0; i < list.size(); i++) {
      moderators.append(i == 0 ? "" : ", ").append(list.get(i).displayName());
    }
    String footer = "Join: " + join + "\n" + moderators + "\nSupport resources: " + program.supportUrl();
    String description = session.description().isEmpty() ? footer : session.description() + "\n\n" + footer;
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + text(program.uidOf(session).toString()));
    line(out, "DTSTAMP:" + local(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)) + "Z");
    line(out, "DTSTART" + tzid + local(session.localStart()));
    line(out, "DTEND" + tzid + local(session.end().toLocalDateTime()));
    line(out, "SEQUENCE:" + message.sequence());
    line(out, "SUMMARY;LANGUAGE=en-CA:" + text(session.title()));
    line(out, "DESCRIPTION;LANGUAGE=en-CA:" + text(description));
    line(out, "LOCATION:" + text(join));
    line(out, "CONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO;LABEL=Join the session:" + join);
    line(out, "ORGANIZER;CN=" + program.organizerName() + ":mailto:" + program.organizerEmail().address());
    line(
        out,
        "ATTENDEE;CN=" + message.recipient().name()
            + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:"
            + message.recipient().email().address());
    line(out, "STATUS:CONFIRMED");
    line(out, "CLASS:PRIVATE");
    line(out, "BEGIN:VALARM");
    line(out, "ACTION:DISPLAY");
    line(out, "DESCRIPTION;LANGUAGE=en-CA:" + text(session.title()));
    line(out, "TRIGGER:-PT15M");
    line(out, "END:VALARM");
    line(out, "END:VEVENT");
    line(out, "END:VCALENDAR");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void vtimezone(StringBuilder out, String id, ZoneRules rules, int anchor) {
    line(out, "BEGIN:VTIMEZONE");
    line(out, "TZID:" + id);
    List<ZoneOffsetTransitionRule> yearly = new ArrayList<>(rules.getTransitionRules());
    if (yearly.isEmpty()) {
      ZoneOffset offset = rules.getOffset(LocalDateTime.of(anchor, 1, 1, 0, 0));
      line(out, "BEGIN:STANDARD");
      line(out, "DTSTART:" + local(LocalDateTime.of(anchor, 1, 1, 0, 0)));
      line(out, "TZOFFSETFROM:" + offset(offset));
      line(out, "TZOFFSETTO:" + offset(offset));
      line(out, "END:STANDARD");
    } else {
      yearly.sort((a, b) -> a.getMonth().compareTo(b.getMonth()));
      for (ZoneOffsetTransitionRule rule : yearly) {
        ZoneOffsetTransition first = rule.createTransition(anchor);
        int day = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null || (day > 0 && (day - 1) % 7 != 0) || day < -1) {
          throw new IllegalArgumentException(id + " has a rule this writer cannot write: " + rule);
        }
        String kind = rules.isDaylightSavings(first.getInstant()) ? "DAYLIGHT" : "STANDARD";
        line(out, "BEGIN:" + kind);
        line(out, "DTSTART:" + local(first.getDateTimeBefore()));
        line(
            out,
            "RRULE:FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";BYDAY="
                + (day < 0 ? -1 : (day - 1) / 7 + 1) + rule.getDayOfWeek().name().substring(0, 2));
        line(out, "TZOFFSETFROM:" + offset(first.getOffsetBefore()));
        line(out, "TZOFFSETTO:" + offset(first.getOffsetAfter()));
        line(out, "END:" + kind);
      }
    }
    line(out, "END:VTIMEZONE");
  }

  /** Appends a content line folded at 75 octets, with CRLF. */
  private static void line(StringBuilder out, String line) {
    int octets = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      int size = c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 4 : 3;
      if (octets + size > 75) {
        out.append("\r\n ");
        octets = 1;
      }
      out.append(c);
      if (size == 4) {
        out.append(line.charAt(++i));
      }
      octets += size;
    }
    out.append("\r\n");
  }

  private static String text(String text) {
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
  }

  private static String local(LocalDateTime time) {
    return pad(time.getYear(), 4) + pad(time.getMonthValue(), 2) + pad(time.getDayOfMonth(), 2) + "T"
        + pad(time.getHour(), 2) + pad(time.getMinute(), 2) + pad(time.getSecond(), 2);
  }

  private static String offset(ZoneOffset offset) {
    int seconds = offset.getTotalSeconds();
    int abs = Math.abs(seconds);
    return (seconds < 0 ? "-" : "+") + pad(abs / 3600, 2) + pad(abs / 60 % 60, 2);
  }

  private static String pad(int value, int width) {
    String digits = Integer.toString(value);
    return "0".repeat(Math.max(0, width - digits.length())) + digits;
  }
}
