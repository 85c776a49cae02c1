package ca.cma.wellness.sessions.examples.bench;

import static ca.cma.wellness.sessions.examples.bench.HandWrittenLines.line;
import static ca.cma.wellness.sessions.examples.bench.HandWrittenLines.local;
import static ca.cma.wellness.sessions.examples.bench.HandWrittenLines.text;
import static ca.cma.wellness.sessions.examples.bench.HandWrittenLines.utc;
import static ca.cma.wellness.sessions.examples.bench.HandWrittenLines.vtimezone;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.Topic;
import ca.cma.wellness.sessions.facts.LocalizedText;
import ca.cma.wellness.sessions.facts.ProgramFacts;
import ca.cma.wellness.sessions.facts.SeriesPlace;
import ca.cma.wellness.sessions.facts.SessionFacts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The floor of the feed target: the public feed written by hand, as a developer who knows RFC 5545
 * would write it for these sessions, with one {@link StringBuilder} that folds each line as it is
 * appended and goes out as UTF-8 every 8 KB. It writes the same bytes as {@code Ical.writeFeed}
 * for {@link BenchData}'s programs (the equivalence test checks it): zones whose current rules are
 * a yearly pair of the first, second, third, fourth or last weekday of a month or that keep no
 * daylight saving, and text that needs only TEXT escaping. What the feed says comes from the same
 * {@link ProgramFacts} as the module's (summaries, description paragraphs and footers in the
 * program's first language, each text with the LANGUAGE it is in, UIDs, series links), so the two
 * differ only in how they write.
 */
public final class HandWrittenFeed {
  private static final int CHUNK = 8192;

  private final ProgramFacts facts;
  private final Clock clock;

  /**
   * Creates the writer.
   *
   * @param program the program the sessions belong to
   * @param clock the source of DTSTAMP
   */
  public HandWrittenFeed(Program program, Clock clock) {
    this.facts = ProgramFacts.of(program);
    this.clock = clock;
  }

  /**
   * Writes the feed of the given sessions, in their order.
   *
   * @param sessions the sessions; read twice (zones first)
   * @param out where the UTF-8 bytes go; flushed, not closed
   * @throws IOException if writing fails
   */
  public void write(Iterable<Session> sessions, OutputStream out) throws IOException {
    Map<String, int[]> years = new TreeMap<>();
    Map<String, ZoneId> zones = new TreeMap<>();
    for (Session session : sessions) {
      String id = session.timeZone().getId();
      int[] range = years.computeIfAbsent(id, k -> new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE});
      range[0] = Math.min(range[0], session.start().getYear());
      range[1] = Math.max(range[1], session.end().getYear());
      zones.put(id, session.timeZone());
    }
    Program program = facts.program();
    StringBuilder sb = new StringBuilder(CHUNK + 4096);
    String stamp = utc(clock.instant().atZone(ZoneOffset.UTC).toLocalDateTime());
    line(sb, "BEGIN:VCALENDAR");
    line(sb, "VERSION:2.0");
    line(sb, "PRODID:" + RawIcal4j.PRODID);
    line(sb, "CALSCALE:GREGORIAN");
    line(sb, "METHOD:PUBLISH");
    Language language = program.firstLanguage();
    LocalizedText name = facts.name(language);
    line(sb, "NAME;LANGUAGE=" + tag(name.language()) + ":" + text(name.text()));
    line(sb, "X-WR-CALNAME:" + text(name.text()));
    if (facts.description(language).isPresent()) {
      LocalizedText about = facts.description(language).get();
      line(sb, "DESCRIPTION;LANGUAGE=" + tag(about.language()) + ":" + text(about.text()));
      line(sb, "X-WR-CALDESC:" + text(about.text()));
    }
    line(sb, "X-WR-TIMEZONE:" + program.defaultTimeZone().getId());
    line(sb, "URL;VALUE=URI:" + program.homePage());
    line(sb, "REFRESH-INTERVAL;VALUE=DURATION:PT6H");
    line(sb, "X-PUBLISHED-TTL:PT6H");
    for (Map.Entry<String, ZoneId> zone : zones.entrySet()) {
      vtimezone(sb, zone.getKey(), zone.getValue().getRules(), years.get(zone.getKey())[0] - 1);
    }
    String organizer = "ORGANIZER;CN=" + program.organizerName() + ":mailto:" + program.organizerEmail().address();
    for (Session session : sessions) {
      SessionFacts event = facts.session(session);
      line(sb, "BEGIN:VEVENT");
      line(sb, "UID:" + text(event.uid().toString()));
      line(sb, "DTSTAMP:" + stamp);
      if (session.lastModified().isPresent()) {
        line(sb, "LAST-MODIFIED:" + utc(session.lastModified().get().atZone(ZoneOffset.UTC).toLocalDateTime()));
      }
      String tzid = ";TZID=" + session.timeZone().getId() + ":";
      line(sb, "DTSTART" + tzid + local(session.localStart()));
      ZonedDateTime end = session.end();
      line(sb, "DTEND" + tzid + local(end.toLocalDateTime()));
      line(sb, "SEQUENCE:" + event.sequence());
      LocalizedText summary = event.localizedSummary(language);
      line(sb, "SUMMARY;LANGUAGE=" + tag(summary.language()) + ":" + text(summary.text()));
      StringBuilder description = new StringBuilder(512);
      for (String paragraph : event.paragraphs(language)) {
        description.append(text(paragraph)).append("\\n\\n");
      }
      List<String> footer = event.footer(language);
      for (int i = 0; i < footer.size(); i++) {
        description.append(i == 0 ? "" : "\\n").append(text(footer.get(i)));
      }
      line(sb, "DESCRIPTION;LANGUAGE=" + tag(event.descriptionLanguage(language)) + ":" + description);
      line(sb, "URL;VALUE=URI:" + event.page());
      line(sb, organizer);
      List<LocalizedText> topics = event.topics(language);
      for (Language each : Language.values()) {
        StringBuilder categories = new StringBuilder("CATEGORIES;LANGUAGE=" + tag(each) + ":");
        int count = 0;
        for (LocalizedText topic : topics) {
          if (topic.language() == each) {
            categories.append(count++ == 0 ? "" : ",").append(text(topic.text()));
          }
        }
        if (count > 0) {
          line(sb, categories.toString());
        }
      }
      line(sb, "STATUS:" + (event.status() == SessionStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
      if (event.seriesPlace().isPresent()) {
        SeriesPlace place = event.seriesPlace().get();
        if (place.first().isPresent()) {
          line(sb, "RELATED-TO;RELTYPE=FIRST:" + text(place.first().get().toString()));
        }
        if (place.next().isPresent()) {
          line(sb, "RELATED-TO;RELTYPE=NEXT:" + text(place.next().get().toString()));
        }
      }
      line(sb, "END:VEVENT");
      if (sb.length() >= CHUNK) {
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        sb.setLength(0);
      }
    }
    line(sb, "END:VCALENDAR");
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }


  private static String tag(Language language) {
    return language == Language.FRENCH ? "fr-CA" : "en-CA";
  }
}
