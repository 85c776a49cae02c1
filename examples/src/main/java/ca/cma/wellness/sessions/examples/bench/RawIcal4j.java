package ca.cma.wellness.sessions.examples.bench;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Moderator;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.SeriesId;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.Topic;
import ca.cma.wellness.sessions.invites.InviteMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Feature;
import net.fortuna.ical4j.model.parameter.Label;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.RelType;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Conference;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.RelatedTo;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableClazz;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The baseline: the same feed and invite built as an ical4j 4.4.0 user builds them, with ical4j's
 * own model and its {@link CalendarOutputter}. Every VEVENT has the same properties, parameters
 * and values as the module's (the equivalence test in this module's tests checks it through
 * ical4j's parser); the VTIMEZONEs come from ical4j's {@link TimeZoneRegistry}, the bundled
 * tzurl.org definitions with their full history, as a typical user adds them.
 *
 * <p>Two ways to assemble a feed: {@link #writeFeedTypical} adds each property and each event
 * with {@code add}, as ical4j's documentation shows, and pays for ical4j 4's immutable lists
 * (every {@code add} copies the list: quadratic in the number of events); {@link
 * #writeFeedBulk} builds every list in one go, the best an informed user can do with the model.
 * Output is not validated ({@code new CalendarOutputter(false)}): the module does not validate
 * either, so both do the same work. Nothing here touches the network: ical4j 4.4.0 reads zone
 * definitions from its jar and updates them from tzurl.org only when {@code
 * net.fortuna.ical4j.timezone.update.enabled} is {@code true}; the benchmarks' forks set it to
 * {@code false} explicitly.
 *
 * <p>Create one per benchmark state: it holds ical4j's zone registry, as an application would.
 */
public final class RawIcal4j {
  /** The PRODID the module writes, so that both calendars say the same. */
  static final String PRODID = "-//CMA//wellness-sessions//EN";

  /** RFC 9253's NEXT, which ical4j 4.4.0 has no constant for. */
  private static final RelType NEXT = new RelType("NEXT");

  private final Program program;
  private final Clock clock;
  private final TimeZoneRegistry registry;
  private final Duration refresh = Duration.ofHours(6);
  private final Duration alarm = Duration.ofMinutes(15);
  private final net.fortuna.ical4j.model.parameter.Language textLanguage;

  /**
   * Creates the baseline writer of a program; creates ical4j's zone registry.
   *
   * @param program the program
   * @param clock the source of DTSTAMP
   */
  public RawIcal4j(Program program, Clock clock) {
    this.program = program;
    this.textLanguage = tag(program.firstLanguage());
    this.clock = clock;
    this.registry = TimeZoneRegistryFactory.getInstance().createRegistry();
  }

  /**
   * Builds the feed event by event with {@code add} and writes it.
   *
   * @param sessions the sessions, in the order they are to appear
   * @param out where the UTF-8 bytes go
   */
  public void writeFeedTypical(List<Session> sessions, OutputStream out) {
    write(feedTypical(sessions), out);
  }

  /**
   * Builds the feed with every list made in one go and writes it.
   *
   * @param sessions the sessions, in the order they are to appear
   * @param out where the UTF-8 bytes go
   */
  public void writeFeedBulk(List<Session> sessions, OutputStream out) {
    write(feedBulk(sessions), out);
  }

  /**
   * Builds the feed event by event with {@code add}.
   *
   * @param sessions the sessions
   * @return the calendar
   */
  public Calendar feedTypical(List<Session> sessions) {
    Calendar calendar = new Calendar();
    for (Property property : calendarProperties(ImmutableMethod.PUBLISH, true)) {
      calendar.add(property);
    }
    for (String zone : zoneIds(sessions)) {
      calendar.add(vtimezone(zone));
    }
    Map<SeriesId, List<Session>> parts = partsBySeries();
    for (Session session : sessions) {
      VEvent event = new VEvent(false);
      for (Property property : feedEventProperties(session, parts)) {
        event.add(property);
      }
      calendar.add(event);
    }
    return calendar;
  }

  /**
   * Builds the feed with every property and component list made in one go.
   *
   * @param sessions the sessions
   * @return the calendar
   */
  public Calendar feedBulk(List<Session> sessions) {
    List<CalendarComponent> components = new ArrayList<>(sessions.size() + 8);
    for (String zone : zoneIds(sessions)) {
      components.add(vtimezone(zone));
    }
    Map<SeriesId, List<Session>> parts = partsBySeries();
    for (Session session : sessions) {
      components.add(new VEvent(new PropertyList(feedEventProperties(session, parts))));
    }
    return new Calendar(
        new PropertyList(calendarProperties(ImmutableMethod.PUBLISH, true)),
        new ComponentList<>(components));
  }

  /**
   * Builds the invite of a REQUEST message, with its alarm.
   *
   * @param message a REQUEST
   * @return the calendar
   */
  public Calendar invite(InviteMessage message) {
    Session session = message.session();
    Words words = Words.of(message.recipient().language());
    String title = program.displayTitle(session);
    String join = session.joinUrl().toString();
    List<Property> event = new ArrayList<>(20);
    event.add(new Uid(program.uidOf(session).toString()));
    event.add(new DtStamp(clock.instant()));
    event.add(new DtStart<>(session.start()));
    event.add(new DtEnd<>(session.end()));
    event.add(new Sequence(message.sequence()));
    // The benchmark's programs have no translations: every text is in the program's first language,
    // and only a description made of the library's own words alone is in the recipient's.
    event.add(new Summary(params(textLanguage), title));
    event.add(
        new Description(
            params(session.description().isEmpty() ? tag(message.recipient().language()) : textLanguage),
            description(
                session,
                words.join + join + "\n" + moderators(session, words) + "\n" + words.support + program.supportUrl())));
    event.add(new Location(join));
    event.add(
        new Conference(
            params(Value.URI, new Feature("AUDIO,VIDEO"), new Label(words.conferenceLabel)), join));
    event.add(organizer());
    event.add(
        new Attendee(
            params(
                new Cn(message.recipient().name()),
                Role.REQ_PARTICIPANT,
                PartStat.NEEDS_ACTION,
                Rsvp.TRUE),
            URI.create("mailto:" + message.recipient().email().address())));
    event.add(ImmutableStatus.VEVENT_CONFIRMED);
    event.add(ImmutableClazz.PRIVATE);
    VAlarm valarm =
        new VAlarm(
            new PropertyList(
                List.of(
                    ImmutableAction.DISPLAY,
                    new Description(params(textLanguage), title),
                    new Trigger(alarm.negated()))));
    List<CalendarComponent> components = new ArrayList<>(2);
    components.add(vtimezone(session.timeZone().getId()));
    components.add(new VEvent(new PropertyList(event), new ComponentList<>(List.of(valarm))));
    return new Calendar(
        new PropertyList(calendarProperties(ImmutableMethod.REQUEST, false)),
        new ComponentList<>(components));
  }

  /**
   * Writes a calendar with ical4j's outputter, without validation.
   *
   * @param calendar the calendar
   * @param out where the UTF-8 bytes go; flushed, not closed by us (ical4j closes its writer)
   */
  public static void write(Calendar calendar, OutputStream out) {
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Property> calendarProperties(
      net.fortuna.ical4j.model.property.Method method, boolean feed) {
    List<Property> properties = new ArrayList<>(12);
    properties.add(ImmutableVersion.VERSION_2_0);
    properties.add(new ProdId(PRODID));
    if (feed) {
      properties.add(ImmutableCalScale.GREGORIAN);
    }
    properties.add(method);
    if (feed) {
      properties.add(new Name(params(textLanguage), program.name()));
      properties.add(new XProperty("X-WR-CALNAME", program.name()));
      if (!program.description().isEmpty()) {
        properties.add(new Description(params(textLanguage), program.description()));
        properties.add(new XProperty("X-WR-CALDESC", program.description()));
      }
      properties.add(new XProperty("X-WR-TIMEZONE", program.defaultTimeZone().getId()));
      properties.add(new Url(params(Value.URI), program.homePage()));
      properties.add(new RefreshInterval(params(Value.DURATION), refresh));
      properties.add(new XProperty("X-PUBLISHED-TTL", "PT6H"));
    }
    return properties;
  }

  private List<Property> feedEventProperties(Session session, Map<SeriesId, List<Session>> parts) {
    Words words = Words.of(program.firstLanguage());
    List<Property> event = new ArrayList<>(16);
    event.add(new Uid(program.uidOf(session).toString()));
    event.add(new DtStamp(clock.instant()));
    session.lastModified().ifPresent(modified -> event.add(new LastModified(modified)));
    event.add(new DtStart<>(session.start()));
    event.add(new DtEnd<>(session.end()));
    event.add(new Sequence(session.revision()));
    boolean cancelled = session.isCancelled();
    event.add(new Summary(params(textLanguage), (cancelled ? words.cancelled : "") + program.displayTitle(session)));
    String register = cancelled ? "" : words.register + session.registrationUrl() + "\n";
    String footer = moderators(session, words) + "\n" + register + words.support + program.supportUrl();
    event.add(
        new Description(
            params(textLanguage),
            (cancelled ? words.cancelledSentence + "\n\n" : "") + description(session, footer)));
    event.add(new Url(params(Value.URI), session.registrationUrl()));
    event.add(organizer());
    if (!session.topics().isEmpty()) {
      List<String> labels = new ArrayList<>(session.topics().size());
      for (Topic topic : session.topics()) {
        labels.add(topic.label());
      }
      event.add(new Categories(params(textLanguage), new TextList(labels)));
    }
    event.add(session.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
    if (session.seriesPart().isPresent()) {
      List<Session> siblings = parts.get(session.seriesPart().get().seriesId());
      int at = -1;
      for (int i = 0; i < siblings.size(); i++) {
        if (siblings.get(i).id().equals(session.id())) {
          at = i;
        }
      }
      if (at > 0) {
        event.add(new RelatedTo(params(RelType.FIRST), program.uidOf(siblings.get(0)).toString()));
      }
      if (at + 1 < siblings.size()) {
        event.add(new RelatedTo(params(NEXT), program.uidOf(siblings.get(at + 1)).toString()));
      }
    }
    return event;
  }

  private Organizer organizer() {
    return new Organizer(
        params(new Cn(program.organizerName())),
        URI.create("mailto:" + program.organizerEmail().address()));
  }

  private VTimeZone vtimezone(String zone) {
    return registry.getTimeZone(zone).getVTimeZone();
  }

  private Map<SeriesId, List<Session>> partsBySeries() {
    Map<SeriesId, List<Session>> parts = new HashMap<>();
    for (Session session : program.sessions()) {
      if (session.seriesPart().isPresent()) {
        parts.computeIfAbsent(session.seriesPart().get().seriesId(), k -> new ArrayList<>()).add(session);
      }
    }
    for (List<Session> list : parts.values()) {
      list.sort(Comparator.comparingInt(s -> s.seriesPart().orElseThrow().part()));
    }
    return parts;
  }

  private static TreeSet<String> zoneIds(List<Session> sessions) {
    TreeSet<String> zones = new TreeSet<>();
    for (Session session : sessions) {
      zones.add(session.timeZone().getId());
    }
    return zones;
  }

  private static String description(Session session, String footer) {
    return session.description().isEmpty() ? footer : session.description() + "\n\n" + footer;
  }

  private static String moderators(Session session, Words words) {
    StringBuilder out = new StringBuilder(words.moderatedBy);
    List<Moderator> list = session.moderators();
    for (int i = 0; i < list.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(list.get(i).displayName());
    }
    return out.toString();
  }

  /** The LANGUAGE parameter of a text in a language: en-CA or fr-CA. */
  private static net.fortuna.ical4j.model.parameter.Language tag(Language language) {
    return new net.fortuna.ical4j.model.parameter.Language(language.locale().toLanguageTag());
  }

  private static ParameterList params(Parameter... parameters) {
    return new ParameterList(List.of(parameters));
  }

  /** The words of both languages, as the module writes them. */
  enum Words {
    ENGLISH(
        "Moderated by ", "Register: ", "Join: ", "Support resources: ", "Join the session", "Cancelled: ",
        "This session is cancelled."),
    FRENCH(
        "Animé par ", "Inscription : ", "Rejoindre : ", "Ressources de soutien : ", "Rejoindre la séance",
        "Annulée : ", "Cette séance est annulée.");

    final String moderatedBy;
    final String register;
    final String join;
    final String support;
    final String conferenceLabel;
    final String cancelled;
    final String cancelledSentence;

    Words(
        String moderatedBy,
        String register,
        String join,
        String support,
        String conferenceLabel,
        String cancelled,
        String cancelledSentence) {
      this.moderatedBy = moderatedBy;
      this.register = register;
      this.join = join;
      this.support = support;
      this.conferenceLabel = conferenceLabel;
      this.cancelled = cancelled;
      this.cancelledSentence = cancelledSentence;
    }

    static Words of(Language language) {
      return language == Language.FRENCH ? FRENCH : ENGLISH;
    }
  }
}
