package ca.cma.wellness.sessions.examples.bench;

import ca.cma.wellness.sessions.Audience;
import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Moderator;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Series;
import ca.cma.wellness.sessions.SeriesPart;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SupportResource;
import ca.cma.wellness.sessions.TimeText;
import ca.cma.wellness.sessions.Topic;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON baseline: feed v1 of the same sessions written with Jackson 3 by hand, once as a tree
 * ({@link #writeTree}, what {@code SessionFeed} itself builds) and once with the streaming
 * generator ({@link #writeStream}, the floor of what Jackson can do). Both write exactly the
 * module's bytes: the same properties in the same order, the same two-space layout, date-times with
 * seconds; the equivalence test checks it. Text that is not JSON's job comes from the same place
 * as the module's: {@link TimeText} for {@code displayTime}, {@link Program#uidOf} and {@link
 * Program#displayTitle}. Registration states come from the sessions alone (no host availability),
 * as {@code SessionFeed.of(clock)} does.
 */
public final class RawJackson {
  private static final DateTimeFormatter OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final Clock clock;
  private final JsonMapper mapper = JsonMapper.builder().build();
  private final ObjectWriter writer;

  /**
   * Creates the baseline writer.
   *
   * @param clock the source of "now": {@code generated}, which sessions are listed, and whether
   *     registration is open
   */
  public RawJackson(Clock clock) {
    this.clock = clock;
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    this.writer =
        mapper.writer()
            .with(new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter));
  }

  /**
   * Builds the feed as a Jackson tree and writes it.
   *
   * @param program the program
   * @param out where the UTF-8 bytes go; not closed
   */
  public void writeTree(Program program, OutputStream out) {
    Instant now = clock.instant();
    ObjectNode feed = mapper.createObjectNode();
    feed.put("version", "1.3");
    feed.put("generated", DateTimeFormatter.ISO_INSTANT.format(now));
    ObjectNode about = feed.putObject("program");
    about.put("name", program.name());
    if (!program.description().isEmpty()) {
      about.put("description", program.description());
    }
    about.putArray("languages").add(tag(program.firstLanguage()));
    ObjectNode programLocalized = about.putObject("localized");
    for (Language each : Language.values()) {
      ObjectNode in = programLocalized.putObject(each.tag());
      for (String[] pair : localized(program, each)) {
        in.put(pair[0], pair[1]);
      }
    }
    about.put("url", program.homePage().toString());
    about.put("supportUrl", program.supportUrl().toString());
    ArrayNode support = about.putArray("support");
    for (SupportResource resource : national(program)) {
      ObjectNode r = support.addObject();
      r.put("name", resource.name(program.firstLanguage()));
      r.put("phone", resource.telUri().toString());
      r.put("phoneText", resource.phoneText(program.firstLanguage()));
      r.put("url", resource.page().toString());
      r.put("alwaysOpen", resource.alwaysOpen());
      r.put("hours", hours(resource, program.firstLanguage()));
      ObjectNode localized = r.putObject("localized");
      for (Language each : Language.values()) {
        ObjectNode in = localized.putObject(each.tag());
        in.put("name", resource.name(each));
        in.put("nameLanguage", each.tag());
        in.put("phoneText", resource.phoneText(each));
        in.put("hours", hours(resource, each));
        in.put("hoursLanguage", each.tag());
      }
    }
    ObjectNode organizer = about.putObject("organizer");
    organizer.put("name", program.organizerName());
    organizer.put("email", program.organizerEmail().address());
    ArrayNode list = feed.putArray("sessions");
    for (Session session : upcoming(program, now)) {
      ObjectNode one = list.addObject();
      one.put("id", session.id().toString());
      one.put("uid", program.uidOf(session).toString());
      one.put("title", session.title());
      one.put("displayTitle", displayTitle(program, session, program.firstLanguage()));
      one.put("description", session.description());
      ObjectNode localized = one.putObject("localized");
      for (Language each : Language.values()) {
        ObjectNode in = localized.putObject(each.tag());
        for (String[] pair : localized(program, session, each)) {
          in.put(pair[0], pair[1]);
        }
      }
      one.put("start", OFFSET.format(session.start()));
      one.put("end", OFFSET.format(session.end()));
      one.put("timeZone", session.timeZone().getId());
      one.put("duration", session.duration().toString());
      ObjectNode displayTime = one.putObject("displayTime");
      displayTime.put("en", TimeText.of(Language.ENGLISH).dateTime(session.start()));
      displayTime.put("fr", TimeText.of(Language.FRENCH).dateTime(session.start()));
      ArrayNode moderators = one.putArray("moderators");
      for (Moderator moderator : session.moderators()) {
        ObjectNode m = moderators.addObject();
        m.put("id", moderator.id().toString());
        m.put("name", moderator.displayName());
        moderator.bio().ifPresent(bio -> m.put("bio", bio));
        if (moderator.bio().isPresent()) {
          ObjectNode bios = m.putObject("localized");
          for (Language each : Language.values()) {
            ObjectNode in = bios.putObject(each.tag());
            in.put("bio", moderator.bio().get());
            in.put("bioLanguage", tag(program.firstLanguage()));
          }
        }
      }
      ArrayNode topics = one.putArray("topics");
      for (Topic topic : session.topics()) {
        topics.add(topic.label());
      }
      ArrayNode audience = one.putArray("audience");
      for (Audience a : Audience.values()) {
        if (session.audience().contains(a)) {
          audience.add(audience(a));
        }
      }
      one.put("language", session.language() == Language.FRENCH ? "fr" : "en");
      one.put("status", session.isCancelled() ? "cancelled" : "scheduled");
      one.put("revision", session.revision());
      session.lastModified().ifPresent(t -> one.put("lastModified", DateTimeFormatter.ISO_INSTANT.format(t)));
      if (session.seriesPart().isPresent()) {
        SeriesPart part = session.seriesPart().get();
        Series series = program.seriesById(part.seriesId()).orElseThrow();
        ObjectNode s = one.putObject("series");
        s.put("id", series.id().toString());
        s.put("title", series.title());
        s.put("part", part.part());
        s.put("partCount", series.partCount());
      }
      if (session.buildsOnEarlierSessions()) {
        one.put("buildsOnEarlierSessions", true);
      }
      ObjectNode registration = one.putObject("registration");
      registration.put("url", session.registrationUrl().toString());
      session.registrationOpens().ifPresent(t -> registration.put("opens", OFFSET.format(t.atZone(session.timeZone()))));
      session.registrationCloses().ifPresent(t -> registration.put("closes", OFFSET.format(t.atZone(session.timeZone()))));
      registration.put("state", open(session, now) ? "open" : "closed");
      session.capacity().ifPresent(capacity -> registration.put("capacity", capacity));
      session.waitlistLimit().ifPresent(limit -> registration.put("waitlistLimit", limit));
    }
    try {
      writer.writeValue(new Unclosed(out), feed);
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the feed with Jackson's streaming generator, without a tree.
   *
   * @param program the program
   * @param out where the UTF-8 bytes go; not closed
   */
  public void writeStream(Program program, OutputStream out) {
    Instant now = clock.instant();
    try (JsonGenerator g = writer.createGenerator(new Unclosed(out))) {
      g.writeStartObject();
      g.writeStringProperty("version", "1.3");
      g.writeStringProperty("generated", DateTimeFormatter.ISO_INSTANT.format(now));
      g.writeObjectPropertyStart("program");
      g.writeStringProperty("name", program.name());
      if (!program.description().isEmpty()) {
        g.writeStringProperty("description", program.description());
      }
      g.writeArrayPropertyStart("languages");
      g.writeString(tag(program.firstLanguage()));
      g.writeEndArray();
      g.writeObjectPropertyStart("localized");
      for (Language each : Language.values()) {
        g.writeObjectPropertyStart(each.tag());
        for (String[] pair : localized(program, each)) {
          g.writeStringProperty(pair[0], pair[1]);
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeStringProperty("url", program.homePage().toString());
      g.writeStringProperty("supportUrl", program.supportUrl().toString());
      g.writeArrayPropertyStart("support");
      for (SupportResource resource : national(program)) {
        g.writeStartObject();
        g.writeStringProperty("name", resource.name(program.firstLanguage()));
        g.writeStringProperty("phone", resource.telUri().toString());
        g.writeStringProperty("phoneText", resource.phoneText(program.firstLanguage()));
        g.writeStringProperty("url", resource.page().toString());
        g.writeBooleanProperty("alwaysOpen", resource.alwaysOpen());
        g.writeStringProperty("hours", hours(resource, program.firstLanguage()));
        g.writeObjectPropertyStart("localized");
        for (Language each : Language.values()) {
          g.writeObjectPropertyStart(each.tag());
          g.writeStringProperty("name", resource.name(each));
          g.writeStringProperty("nameLanguage", each.tag());
          g.writeStringProperty("phoneText", resource.phoneText(each));
          g.writeStringProperty("hours", hours(resource, each));
          g.writeStringProperty("hoursLanguage", each.tag());
          g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectPropertyStart("organizer");
      g.writeStringProperty("name", program.organizerName());
      g.writeStringProperty("email", program.organizerEmail().address());
      g.writeEndObject();
      g.writeEndObject();
      g.writeArrayPropertyStart("sessions");
      for (Session session : upcoming(program, now)) {
        g.writeStartObject();
        g.writeStringProperty("id", session.id().toString());
        g.writeStringProperty("uid", program.uidOf(session).toString());
        g.writeStringProperty("title", session.title());
        g.writeStringProperty("displayTitle", displayTitle(program, session, program.firstLanguage()));
        g.writeStringProperty("description", session.description());
        g.writeObjectPropertyStart("localized");
        for (Language each : Language.values()) {
          g.writeObjectPropertyStart(each.tag());
          for (String[] pair : localized(program, session, each)) {
            g.writeStringProperty(pair[0], pair[1]);
          }
          g.writeEndObject();
        }
        g.writeEndObject();
        g.writeStringProperty("start", OFFSET.format(session.start()));
        g.writeStringProperty("end", OFFSET.format(session.end()));
        g.writeStringProperty("timeZone", session.timeZone().getId());
        g.writeStringProperty("duration", session.duration().toString());
        g.writeObjectPropertyStart("displayTime");
        g.writeStringProperty("en", TimeText.of(Language.ENGLISH).dateTime(session.start()));
        g.writeStringProperty("fr", TimeText.of(Language.FRENCH).dateTime(session.start()));
        g.writeEndObject();
        g.writeArrayPropertyStart("moderators");
        for (Moderator moderator : session.moderators()) {
          g.writeStartObject();
          g.writeStringProperty("id", moderator.id().toString());
          g.writeStringProperty("name", moderator.displayName());
          if (moderator.bio().isPresent()) {
            g.writeStringProperty("bio", moderator.bio().get());
            g.writeObjectPropertyStart("localized");
            for (Language each : Language.values()) {
              g.writeObjectPropertyStart(each.tag());
              g.writeStringProperty("bio", moderator.bio().get());
              g.writeStringProperty("bioLanguage", tag(program.firstLanguage()));
              g.writeEndObject();
            }
            g.writeEndObject();
          }
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("topics");
        for (Topic topic : session.topics()) {
          g.writeString(topic.label());
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("audience");
        for (Audience a : Audience.values()) {
          if (session.audience().contains(a)) {
            g.writeString(audience(a));
          }
        }
        g.writeEndArray();
        g.writeStringProperty("language", session.language() == Language.FRENCH ? "fr" : "en");
        g.writeStringProperty("status", session.isCancelled() ? "cancelled" : "scheduled");
        g.writeNumberProperty("revision", session.revision());
        if (session.lastModified().isPresent()) {
          g.writeStringProperty("lastModified", DateTimeFormatter.ISO_INSTANT.format(session.lastModified().get()));
        }
        if (session.seriesPart().isPresent()) {
          SeriesPart part = session.seriesPart().get();
          Series series = program.seriesById(part.seriesId()).orElseThrow();
          g.writeObjectPropertyStart("series");
          g.writeStringProperty("id", series.id().toString());
          g.writeStringProperty("title", series.title());
          g.writeNumberProperty("part", part.part());
          g.writeNumberProperty("partCount", series.partCount());
          g.writeEndObject();
        }
        if (session.buildsOnEarlierSessions()) {
          g.writeBooleanProperty("buildsOnEarlierSessions", true);
        }
        g.writeObjectPropertyStart("registration");
        g.writeStringProperty("url", session.registrationUrl().toString());
        if (session.registrationOpens().isPresent()) {
          g.writeStringProperty("opens", OFFSET.format(session.registrationOpens().get().atZone(session.timeZone())));
        }
        if (session.registrationCloses().isPresent()) {
          g.writeStringProperty("closes", OFFSET.format(session.registrationCloses().get().atZone(session.timeZone())));
        }
        g.writeStringProperty("state", open(session, now) ? "open" : "closed");
        if (session.capacity().isPresent()) {
          g.writeNumberProperty("capacity", session.capacity().getAsInt());
        }
        if (session.waitlistLimit().isPresent()) {
          g.writeNumberProperty("waitlistLimit", session.waitlistLimit().getAsInt());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  /**
   * The title a listing shows in a language, for a program without translations (as the
   * benchmark's): the texts stay in the program's first language, the library's words around
   * them ("Cancelled: ", "(part II)") follow the reader.
   */
  private static String displayTitle(Program program, Session session, Language language) {
    boolean french = language == Language.FRENCH;
    String title = session.title();
    if (session.seriesPart().isPresent()) {
      SeriesPart part = session.seriesPart().get();
      Series series = program.seriesById(part.seriesId()).orElseThrow();
      String heading = series.title() + (french ? " (partie " : " (part ") + part.roman() + ")";
      title = title.equals(series.title()) ? heading : heading + ": " + title;
    }
    if (!session.isCancelled()) {
      return title;
    }
    return (french ? "Annulée : " : "Cancelled: ") + title;
  }

  /** The localized texts of a session of a program without translations. */
  private static List<String[]> localized(Program program, Session session, Language language) {
    String first = tag(program.firstLanguage());
    List<String[]> out = new ArrayList<>(8);
    out.add(new String[] {"title", session.title()});
    out.add(new String[] {"titleLanguage", first});
    out.add(new String[] {"displayTitle", displayTitle(program, session, language)});
    out.add(new String[] {"displayTitleLanguage", first});
    out.add(new String[] {"description", session.description()});
    out.add(new String[] {"descriptionLanguage", session.description().isEmpty() ? language.tag() : first});
    if (session.seriesPart().isPresent()) {
      out.add(new String[] {"seriesTitle", program.seriesById(session.seriesPart().get().seriesId()).orElseThrow().title()});
      out.add(new String[] {"seriesTitleLanguage", first});
    }
    return out;
  }

  /** The localized name and description of a program without translations. */
  private static List<String[]> localized(Program program, Language language) {
    String first = tag(program.firstLanguage());
    List<String[]> out = new ArrayList<>(4);
    out.add(new String[] {"name", program.name()});
    out.add(new String[] {"nameLanguage", first});
    if (!program.description().isEmpty()) {
      out.add(new String[] {"description", program.description()});
      out.add(new String[] {"descriptionLanguage", first});
    }
    return out;
  }

  /** The program's national support resources: a public feed states no provincial one. */
  private static List<SupportResource> national(Program program) {
    List<SupportResource> out = new ArrayList<>();
    for (SupportResource resource : program.supportResources()) {
      if (resource.isNational()) {
        out.add(resource);
      }
    }
    return out;
  }

  /** A resource's hours in a language, or the words for always open. */
  private static String hours(SupportResource resource, Language language) {
    if (resource.alwaysOpen()) {
      return language == Language.FRENCH ? "24 h/24, 7 j/7" : "24/7";
    }
    return resource.hours(language).orElseThrow();
  }

  private static String tag(Language language) {
    return language == Language.FRENCH ? "fr" : "en";
  }

  private static List<Session> upcoming(Program program, Instant now) {
    List<Session> upcoming = new ArrayList<>();
    for (Session session : program.sessionsInOrder()) {
      if (!session.startInstant().isBefore(now)) {
        upcoming.add(session);
      }
    }
    return upcoming;
  }

  /** Whether registration is open now, from the session alone. */
  private static boolean open(Session session, Instant now) {
    Instant closes = session.registrationCloses().orElse(session.startInstant());
    boolean notYetOpen = session.registrationOpens().map(now::isBefore).orElse(false);
    return !session.isCancelled() && !notYetOpen && now.isBefore(closes);
  }

  private static String audience(Audience audience) {
    return audience == Audience.PHYSICIANS ? "physicians" : "medical-learners";
  }

  /** Keeps the caller's stream open when the generator closes. */
  private static final class Unclosed extends java.io.FilterOutputStream {
    Unclosed(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
