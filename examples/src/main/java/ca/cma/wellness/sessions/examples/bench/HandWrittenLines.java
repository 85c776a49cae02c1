package ca.cma.wellness.sessions.examples.bench;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * What the hand-written yardsticks ({@link HandWrittenInvite}, {@link HandWrittenFeed}) write the
 * same way: content lines folded at 75 octets, TEXT escaping, date-times, offsets and the
 * yearly-rule VTIMEZONE, each with a {@link StringBuilder} and nothing else.
 */
final class HandWrittenLines {
  private HandWrittenLines() {}

  static void vtimezone(StringBuilder out, String id, ZoneRules rules, int anchor) {
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
  static void line(StringBuilder out, String line) {
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

  static String text(String text) {
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
  }

  static String utc(LocalDateTime time) {
    return local(time) + "Z";
  }

  static String local(LocalDateTime time) {
    return pad(time.getYear(), 4) + pad(time.getMonthValue(), 2) + pad(time.getDayOfMonth(), 2) + "T"
        + pad(time.getHour(), 2) + pad(time.getMinute(), 2) + pad(time.getSecond(), 2);
  }

  static String offset(ZoneOffset offset) {
    int seconds = offset.getTotalSeconds();
    int abs = Math.abs(seconds);
    return (seconds < 0 ? "-" : "+") + pad(abs / 3600, 2) + pad(abs / 60 % 60, 2);
  }

  static String pad(int value, int width) {
    String digits = Integer.toString(value);
    return "0".repeat(Math.max(0, width - digits.length())) + digits;
  }
}
