package ca.cma.wellness.sessions.web;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.SeriesPart;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.TimeText;
import ca.cma.wellness.sessions.facts.CalendarLinks;
import ca.cma.wellness.sessions.facts.LocalizedText;
import ca.cma.wellness.sessions.facts.ProgramFacts;
import ca.cma.wellness.sessions.facts.SeriesPlace;
import ca.cma.wellness.sessions.facts.SessionFacts;
import ca.cma.wellness.sessions.facts.SupportFacts;
import ca.cma.wellness.sessions.json.JsonLd;
import ca.cma.wellness.sessions.registration.Availability;
import ca.cma.wellness.sessions.web.internal.PageWords;
import ca.cma.wellness.sessions.web.internal.Views;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Writes the program's upcoming sessions as a web page's HTML, in one language: the fragment a
 * host puts in its own page ({@link #feed(Iterable)}), or a complete page around it ({@link
 * #document(Iterable)}).
 *
 * <pre>{@code
 * ProgramPage page = ProgramPage.of(program, clock)
 *     .withLanguage(Language.FRENCH)
 *     .withAvailability(id -> program.sessionById(id).map(ledger::availability));
 * String fragment = page.feed(program.upcoming(clock, Duration.ofDays(90)));
 * // Each session's .ics, linked from the page as links.icsFile():
 * // Ical.of(program, clock).withLanguage(Language.FRENCH).feed(List.of(session))
 * }</pre>
 *
 * <h2>What the fragment holds</h2>
 *
 * A {@code <div lang>} in the page's language with two sections, each a landmark named by its
 * heading ({@code <h2>}; the sessions' titles are {@code <h3>}, under the host's {@code <h1>}):
 *
 * <ul>
 *   <li>"Upcoming sessions": one {@code <article>} per session, in the order given: the title as
 *       the program lists it ("Cancelled: …" once called off), the start as the program writes it
 *       inside {@code <time datetime>}, "Rescheduled from …" when the host says it moved ({@link
 *       #withPreviousStarts}), "Moderated by …", "Part I of II" for a part of a series,
 *       the registration state (open with places left, waitlist, full, closed, cancelled: the
 *       {@link Availability} the host reports, as in the JSON feed), the description, "Register for
 *       session", the add-to-calendar links ({@link CalendarLinks}: Google Calendar, Outlook, the
 *       session's own .ics) and the topics. A link's text makes sense alone: it ends with the
 *       session's title in an element of class {@code ws-visually-hidden}, which the host's CSS
 *       hides from sight only ({@link #VISUALLY_HIDDEN_CSS}). A cancelled session has neither a
 *       registration link nor calendar links.
 *   <li>"Get support now": the program's national support resources (a public page never chooses
 *       a province for its reader), each with its page, number and hours, and the program's
 *       support page. Numbers are text, not {@code tel:} links: every link of the page is an
 *       https page or a file the host serves.
 *   <li>The schema.org JSON-LD of the same sessions ({@link JsonLd}) in a {@code <script
 *       type="application/ld+json">}, the fragment's only script: no title can close it, since
 *       {@code <} is written as {@code \u003c}.
 * </ul>
 *
 * <p>Every text is escaped by the templates (JTE, HTML content type) for where it goes, so hostile
 * titles are text; every text in another language than the page's (a fallback to the program's
 * first language) carries its own {@code lang}. The page never holds a join link or anything about
 * a registrant. The same program, clock and sessions give the same bytes.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProgramPage {
  /**
   * The CSS rule that hides the {@code ws-visually-hidden} text from sight while screen readers
   * read it; {@link #document(Iterable)} includes it, a host that embeds the fragment adds it.
   */
  public static final String VISUALLY_HIDDEN_CSS =
      ".ws-visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;"
          + "overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}";

  private static final String TEMPLATES = "ca.cma.wellness.sessions.web.internal.templates";
  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(null, ContentType.Html, ProgramPage.class.getClassLoader(), TEMPLATES);
  private static final DateTimeFormatter DATETIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx", Locale.ROOT);

  private final ProgramFacts facts;
  private final Clock clock;
  private final Language language;
  private final Function<SessionId, Optional<Availability>> availability;
  private final Function<SessionId, Optional<ZonedDateTime>> previousStarts;
  private final JsonLd jsonLd;
  private final URI calendarFiles;
  private final Map<Language, URI> alternates;
  private final String idPrefix;

  private ProgramPage(
      ProgramFacts facts,
      Clock clock,
      Language language,
      Function<SessionId, Optional<Availability>> availability,
      Function<SessionId, Optional<ZonedDateTime>> previousStarts,
      JsonLd jsonLd,
      URI calendarFiles,
      Map<Language, URI> alternates,
      String idPrefix) {
    this.facts = facts;
    this.clock = clock;
    this.language = language;
    this.availability = availability;
    this.previousStarts = previousStarts;
    this.jsonLd = jsonLd;
    this.calendarFiles = calendarFiles;
    this.alternates = alternates;
    this.idPrefix = idPrefix;
  }

  /**
   * Returns the page of a program, in its first language, which derives registration states from
   * the sessions alone and links each session's .ics file by its name, relative to the page.
   *
   * @param program the program
   * @param clock the source of "now", which decides whether registration is open
   * @return the page
   */
  public static ProgramPage of(Program program, Clock clock) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(clock, "clock");
    return new ProgramPage(
        ProgramFacts.of(program),
        clock,
        program.firstLanguage(),
        id -> Optional.empty(),
        id -> Optional.empty(),
        JsonLd.of(program, clock),
        URI.create(""),
        Map.of(),
        "ws-");
  }

  /**
   * Returns the program.
   *
   * @return the program
   */
  public Program program() {
    return facts.program();
  }

  /**
   * Returns the page's language.
   *
   * @return the program's first language unless set
   */
  public Language language() {
    return language;
  }

  /**
   * Returns a copy in a language: the page's words, the sessions' texts where the program has
   * them, the JSON-LD and the calendar links.
   *
   * @param language the page's language
   * @return the copy
   */
  public ProgramPage withLanguage(Language language) {
    Objects.requireNonNull(language, "language");
    return new ProgramPage(
        facts, clock, language, availability, previousStarts, jsonLd.withLanguage(language), calendarFiles,
        alternates, idPrefix);
  }

  /**
   * Returns a copy that takes registration availability from the host, as the JSON feed and
   * JSON-LD do; the page and its JSON-LD then agree.
   *
   * @param availability the availability of a session by id; it must not return {@code null}
   * @return the copy
   */
  public ProgramPage withAvailability(Function<SessionId, Optional<Availability>> availability) {
    Objects.requireNonNull(availability, "availability");
    return new ProgramPage(
        facts, clock, language, availability, previousStarts, jsonLd.withAvailability(availability), calendarFiles,
        alternates, idPrefix);
  }

  /**
   * Returns a copy that shows moved sessions as rescheduled: a session whose previous start is
   * given and differs from its start, unless it is cancelled, says "Rescheduled from" its previous
   * start as the program writes it, and its JSON-LD is {@code EventRescheduled}, as {@link
   * JsonLd#withPreviousStarts(Function)} decides.
   *
   * @param previousStarts the previous start of a session by id; it must not return {@code null}
   * @return the copy
   */
  public ProgramPage withPreviousStarts(Function<SessionId, Optional<ZonedDateTime>> previousStarts) {
    Objects.requireNonNull(previousStarts, "previousStarts");
    return new ProgramPage(
        facts, clock, language, availability, previousStarts, jsonLd.withPreviousStarts(previousStarts),
        calendarFiles, alternates, idPrefix);
  }

  /**
   * Returns a copy that links each session's .ics file ({@link CalendarLinks#icsFile()}) in a
   * folder of the host's site, such as {@code https://wellness.example.org/calendars/}, or {@code
   * calendars/} relative to the page.
   *
   * @param folder where the host serves the files; an empty URI for beside the page
   * @return the copy
   * @throws SessionValidationException with path {@code calendarFiles} if the folder is not an
   *     https URL or a relative path (without a host) ending with {@code /} (or empty)
   */
  public ProgramPage withCalendarFiles(URI folder) {
    Objects.requireNonNull(folder, "folder");
    String text = folder.toString();
    boolean relative = !folder.isAbsolute() && folder.getRawAuthority() == null && folder.getRawQuery() == null
        && folder.getRawFragment() == null && (text.isEmpty() || text.endsWith("/"));
    boolean https = "https".equals(folder.getScheme()) && folder.getHost() != null && text.endsWith("/");
    if (!relative && !https) {
      throw new SessionValidationException(
          "calendarFiles", "must be an https URL or a relative path that ends with / (was \"" + text + "\")");
    }
    return new ProgramPage(
        facts, clock, language, availability, previousStarts, jsonLd, folder, alternates, idPrefix);
  }

  /**
   * Returns a copy whose complete page ({@link #document(Iterable)}) links the same page in
   * another language, in its header and as {@code <link rel="alternate" hreflang>}.
   *
   * @param other the other page's language
   * @param page its address, absolute https or relative to this page
   * @return the copy
   * @throws SessionValidationException with path {@code alternate} if the address is neither
   *     (a relative address names no host)
   */
  public ProgramPage withAlternate(Language other, URI page) {
    Objects.requireNonNull(other, "other");
    Objects.requireNonNull(page, "page");
    boolean https = "https".equals(page.getScheme()) && page.getHost() != null;
    if (!https && (page.isAbsolute() || page.getRawAuthority() != null || page.toString().isEmpty())) {
      throw new SessionValidationException(
          "alternate", "must be an https URL or a relative path (was \"" + page + "\")");
    }
    Map<Language, URI> copy = new LinkedHashMap<>(alternates);
    copy.put(other, page);
    return new ProgramPage(
        facts, clock, language, availability, previousStarts, jsonLd, calendarFiles, Map.copyOf(copy), idPrefix);
  }

  /**
   * Writes one session as the fragment writes it: its {@code <article>}.
   *
   * @param session a session of the program
   * @return the article's HTML
   * @throws IllegalArgumentException if the session is a part of a series the program lacks
   * @throws SessionValidationException with path {@code spotsLeft} if the host's availability
   *     contradicts the session's capacity
   */
  public String event(Session session) {
    Objects.requireNonNull(session, "session");
    return render("session.jte", view(facts.session(session), clock.instant()));
  }

  /**
   * Writes the fragment of the given sessions: the sessions, the support resources and the
   * JSON-LD.
   *
   * @param sessions the sessions, such as {@link Program#upcoming(Clock, java.time.Duration)}, in
   *     the order to show; iterated twice (the articles, then the JSON-LD), so it must give the
   *     same sessions each time
   * @return the fragment's HTML
   * @throws IllegalArgumentException if a session is a part of a series the program lacks
   * @throws SessionValidationException as {@link #event(Session)} does
   */
  public String feed(Iterable<? extends Session> sessions) {
    return render("fragment.jte", fragment(sessions));
  }

  /**
   * Writes the fragment of the given sessions as text.
   *
   * @param sessions the sessions
   * @param out where the text goes; not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a session is a part of a series the program lacks
   * @throws SessionValidationException as {@link #event(Session)} does
   */
  public void writeFeed(Iterable<? extends Session> sessions, Appendable out) throws IOException {
    Objects.requireNonNull(out, "out").append(feed(sessions));
  }

  /**
   * Writes the fragment of the given sessions as UTF-8.
   *
   * @param sessions the sessions
   * @param out where the bytes go; flushed, not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a session is a part of a series the program lacks
   * @throws SessionValidationException as {@link #event(Session)} does
   */
  public void writeFeed(Iterable<? extends Session> sessions, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out").write(feed(sessions).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * Writes a complete HTML5 page around the fragment: a header with the program's name and the
   * links to the page in other languages ({@link #withAlternate}), the program's name as the
   * {@code <h1>} of {@code <main>} with its description, then the fragment, with minimal CSS in a
   * {@code <style>} element and no script but the JSON-LD.
   *
   * @param sessions the sessions, in the order to show
   * @return the page, starting with {@code <!DOCTYPE html>}
   * @throws IllegalArgumentException if a session is a part of a series the program lacks
   * @throws SessionValidationException as {@link #event(Session)} does
   */
  public String document(Iterable<? extends Session> sessions) {
    PageWords words = PageWords.of(language);
    LocalizedText name = facts.name(language);
    List<Views.Alternate> links = new ArrayList<>();
    for (Map.Entry<Language, URI> alternate : alternates.entrySet()) {
      if (alternate.getKey() != language) {
        links.add(
            new Views.Alternate(
                alternate.getValue().toString(), alternate.getKey().tag(), PageWords.of(alternate.getKey()).name));
      }
    }
    links.sort((a, b) -> a.lang().compareTo(b.lang()));
    Views.Document document =
        new Views.Document(
            language.tag(),
            words.title + " – " + name.text(),
            text(name, language),
            facts.description(language).map(about -> text(about, language)).orElse(null),
            words.skip,
            words.languages,
            links,
            feed(sessions),
            idPrefix);
    return render("document.jte", document);
  }

  private Views.Fragment fragment(Iterable<? extends Session> sessions) {
    Objects.requireNonNull(sessions, "sessions");
    PageWords words = PageWords.of(language);
    Instant now = clock.instant();
    List<Views.Session> views = new ArrayList<>();
    for (Session session : sessions) {
      views.add(view(facts.session(Objects.requireNonNull(session, "session")), now));
    }
    List<Views.Support> support = new ArrayList<>();
    for (SupportFacts line : facts.nationalSupport(language)) {
      LocalizedText name = new LocalizedText(line.name(), language);
      support.add(new Views.Support(text(name, language), line.page().toString(), line.phoneText(), line.hours()));
    }
    String markup = jsonLd.feed(sessions).strip();
    return new Views.Fragment(
        language.tag(),
        idPrefix,
        words.upcoming,
        views,
        words.noSessions,
        words.getSupport,
        words.supportIntro,
        support,
        facts.program().supportUrl().toString(),
        words.supportPage,
        // JsonLd already writes < as \u003c; a "</" could only come from a change there.
        markup.replace("</", "<\\/"));
  }

  private Views.Session view(SessionFacts session, Instant now) {
    PageWords words = PageWords.of(language);
    LocalizedText title = session.localizedSummary(language);
    String hidden = (language == Language.FRENCH ? "\u00A0: " : ": ") + title.text();
    String hiddenLang = lang(title.language());
    Availability state = session.availability(now, availability.apply(session.session().id()));
    String stateText;
    String stateClass;
    if (session.isCancelled()) {
      stateText = words.cancelled;
      stateClass = "cancelled";
    } else {
      switch (state.state()) {
        case OPEN:
          stateText = words.open + state.spotsLeft().stream()
              .mapToObj(left -> " · " + (left == 1 ? words.onePlaceLeft : String.format(Locale.ROOT, words.placesLeft, left)))
              .findFirst().orElse("");
          stateClass = "open";
          break;
        case WAITLIST:
          stateText = words.waitlist;
          stateClass = "waitlist";
          break;
        case FULL:
          stateText = words.full;
          stateClass = "full";
          break;
        case CLOSED:
        default:
          stateText = words.closed;
          stateClass = "closed";
          break;
      }
    }
    String series = null;
    Optional<SeriesPlace> place = session.seriesPlace();
    if (place.isPresent()) {
      SeriesPart part = session.session().seriesPart().orElseThrow();
      series = String.format(
          Locale.ROOT, words.partOf, part.roman(), SeriesPart.of(part.seriesId(), place.get().partCount()).roman());
    }
    List<Views.Text> paragraphs = new ArrayList<>();
    Language described = session.descriptionLanguage(language);
    List<String> texts = session.paragraphs(language);
    for (int i = 0; i < texts.size(); i++) {
      // A cancelled session's first paragraph is the library's own sentence, in the page's language.
      Language in = session.isCancelled() && i == 0 ? language : described;
      for (String paragraph : texts.get(i).replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n")) {
        if (!paragraph.isBlank()) {
          paragraphs.add(new Views.Text(paragraph.strip(), lang(in)));
        }
      }
    }
    Views.Link register =
        session.registrationLink()
            .map(link -> new Views.Link(link.toString(), words.register, hidden, hiddenLang, null))
            .orElse(null);
    List<Views.Link> calendar = new ArrayList<>();
    Optional<CalendarLinks> links = session.calendarLinks(language);
    if (links.isPresent()) {
      calendar.add(new Views.Link(links.get().google().toString(), words.google, hidden, hiddenLang, null));
      calendar.add(new Views.Link(links.get().outlook().toString(), words.outlook, hidden, hiddenLang, null));
      calendar.add(
          new Views.Link(
              calendarFiles.toString() + links.get().icsFile(),
              words.icsFile,
              hidden,
              hiddenLang,
              links.get().icsFile()));
    }
    // The rule of JSON-LD's EventRescheduled: a previous start other than the start, unless cancelled.
    Optional<ZonedDateTime> previous =
        Objects.requireNonNull(previousStarts.apply(session.session().id()), "previous starts function returned null")
            .filter(start -> !session.isCancelled() && !start.toInstant().equals(session.start().toInstant()));
    List<Views.Text> topics = new ArrayList<>();
    for (LocalizedText topic : session.topics(language)) {
      topics.add(text(topic, language));
    }
    return new Views.Session(
        idPrefix + "session-" + session.session().id().value(),
        text(title, language),
        DATETIME.format(session.start()),
        session.dateTime(language),
        previous.isPresent() ? words.movedFrom : null,
        previous.map(DATETIME::format).orElse(null),
        previous.map(TimeText.of(language)::dateTime).orElse(null),
        session.moderatorsLine(language),
        words.registration,
        language == Language.FRENCH ? "\u00A0: " : ": ",
        stateText,
        stateClass,
        series,
        paragraphs,
        register,
        words.addToCalendar,
        calendar,
        words.topics,
        topics);
  }

  private @Nullable String lang(Language in) {
    return in == language ? null : in.tag();
  }

  private Views.Text text(LocalizedText text, Language around) {
    return new Views.Text(text.text(), text.language() == around ? null : text.language().tag());
  }

  private static String render(String template, Object model) {
    StringOutput out = new StringOutput();
    ENGINE.render(template, model, out);
    return out.toString();
  }

  /**
   * Describes the page by program and language.
   *
   * @return such as {@code ProgramPage{Wellness Connection, fr}}
   */
  @Override
  public String toString() {
    return "ProgramPage{" + facts.program().name() + ", " + language.tag() + "}";
  }
}
