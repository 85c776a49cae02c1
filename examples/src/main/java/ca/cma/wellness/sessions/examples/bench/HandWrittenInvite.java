package ca.cma.wellness.sessions.examples.bench;

import static ca.cma.wellness.sessions.examples.bench.HandWrittenLines.line;
import static ca.cma.wellness.sessions.examples.bench.HandWrittenLines.local;
import static ca.cma.wellness.sessions.examples.bench.HandWrittenLines.text;
import static ca.cma.wellness.sessions.examples.bench.HandWrittenLines.vtimezone;

import ca.cma.wellness.sessions.Moderator;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.invites.InviteMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
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

}
