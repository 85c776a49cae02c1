package ca.cma.wellness.sessions.facts;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Moderator;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.SessionUid;
import ca.cma.wellness.sessions.TimeText;
import ca.cma.wellness.sessions.Topic;
import ca.cma.wellness.sessions.internal.Checks;
import ca.cma.wellness.sessions.registration.Availability;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the public outputs say about one session of a program, derived once: the iCalendar
 * feed, the JSON feed, JSON-LD and public JSCalendar serialize these facts and decide none of
 * them. Text comes in the reader's language, as a {@link LocalizedText} that says the language it
 * is actually in; a public output is written in the language chosen for it (the program's first
 * language unless set), whatever language the session is held in.
 *
 * <ul>
 *   <li>Identity and state: {@link #uid()}, {@link #sequence()} (the revision), {@link #status()},
 *       {@link #lastModified()}.
 *   <li>What a listing shows: {@link #title(Language)} (with the series part), {@link
 *       #summary(Language)} (which announces a cancellation), {@link #paragraphs(Language)},
 *       {@link #dateTime(Language)}, {@link #moderatorsLine(Language)} and the {@link
 *       #footer(Language)}.
 *   <li>Links: the session's {@link #page()}, the {@link #registrationLink()} while it can be
 *       used, the {@link #supportPage()}, the {@link #calendarLinks(Language) add-to-calendar
 *       links}; never the join link.
 *   <li>Its {@link #seriesPlace()} and its {@link #availability(Instant, Optional)}.
 * </ul>
 *
 * <p>Immutable and thread-safe. Made by {@link ProgramFacts#session(Session)}.
 */
public final class SessionFacts {
  private final ProgramFacts program;
  private final Session session;
  private final SessionUid uid;
  private final Optional<SeriesPlace> place;

  SessionFacts(ProgramFacts program, Session session, Optional<SeriesPlace> place) {
    this.program = program;
    this.session = session;
    this.uid = program.program().uidOf(session);
    this.place = place;
  }

  /**
   * Returns the session these facts describe.
   *
   * @return the session
   */
  public Session session() {
    return session;
  }

  /**
   * Returns the facts of the program the session belongs to.
   *
   * @return the program's facts
   */
  public ProgramFacts program() {
    return program;
  }

  /**
   * Returns the identity every output gives the session: UID, {@code @id}, {@code identifier}.
   *
   * @return {@code <session id>@<uid domain>}
   */
  public SessionUid uid() {
    return uid;
  }

  /**
   * Returns the SEQUENCE public outputs state: the session's revision. A message to one
   * registrant carries the planner's sequence instead ({@link InviteFacts#sequence()}).
   *
   * @return zero or more
   */
  public int sequence() {
    return session.revision();
  }

  /**
   * Returns whether the session will take place.
   *
   * @return the session's status
   */
  public SessionStatus status() {
    return session.status();
  }

  /**
   * Tells whether the session was called off.
   *
   * @return whether it is cancelled
   */
  public boolean isCancelled() {
    return session.isCancelled();
  }

  /**
   * Returns when the session last changed in a way readers see (iCalendar's LAST-MODIFIED).
   *
   * @return the session's {@link Session#lastModified()}, or empty when unknown
   */
  public Optional<Instant> lastModified() {
    return session.lastModified();
  }

  /**
   * Returns the start, in the session's zone.
   *
   * @return the start
   */
  public ZonedDateTime start() {
    return session.start();
  }

  /**
   * Returns the end, in the session's zone.
   *
   * @return the end
   */
  public ZonedDateTime end() {
    return session.end();
  }

  /**
   * Returns the title as the program lists it: a part of a series reads "Compassion Rounds: The
   * art and science of happiness (part I)".
   *
   * @param language the reader's language
   * @return the display title's text, as {@link #localizedTitle(Language)}
   */
  public String title(Language language) {
    return localizedTitle(language).text();
  }

  /**
   * Returns the title as the program lists it, in a language, marked with the language it is in:
   * a part of a series joins the series' title, the part ("(part I)", "(partie I)") and the
   * session's own title when it differs. When one of the pieces falls back to the program's first
   * language, the whole title is marked with that language.
   *
   * @param language the reader's language
   * @return the display title
   */
  public LocalizedText localizedTitle(Language language) {
    ProgramFacts facts = program;
    LocalizedText own = ownTitle(language);
    if (place.isEmpty()) {
      return own;
    }
    SeriesPlace where = place.get();
    LocalizedText series = where.series().title(language);
    String heading =
        series.text() + " (" + Words.of(language).part + " " + session.seriesPart().orElseThrow().roman() + ")";
    boolean same = session.title().equals(where.series().series().title());
    String text = same ? heading : heading + ": " + own.text();
    Language in = series.isIn(own.language()) ? own.language() : facts.program().firstLanguage();
    return new LocalizedText(text, in);
  }

  /**
   * Returns the session's own title in a language, without its series: {@link Session#title()} or
   * its translation, marked with the language it is in.
   *
   * @param language the reader's language
   * @return the title
   */
  public LocalizedText ownTitle(Language language) {
    Objects.requireNonNull(language, "language");
    return LocalizedText.pick(program.program(), session.title(), session.titleTranslations(), language);
  }

  /**
   * Returns the title a listing shows: the {@link #title(Language) title}, opened by "Cancelled: "
   * ("Annulée : ") once the session is called off, so that a reader who sees no status still
   * knows.
   *
   * @param language the reader's language
   * @return such as {@code "Imposter syndrome"} or {@code "Cancelled: Self-care in residency"}
   */
  public String summary(Language language) {
    return localizedSummary(language).text();
  }

  /**
   * Returns the {@link #summary(Language) summary}, marked with the language of the title in it.
   *
   * @param language the reader's language
   * @return the summary
   */
  public LocalizedText localizedSummary(Language language) {
    LocalizedText title = localizedTitle(language);
    return isCancelled()
        ? new LocalizedText(Words.of(language).cancelled + title.text(), title.language())
        : title;
  }

  /**
   * Returns the session's own description in a language, marked with the language it is in.
   *
   * @param language the reader's language
   * @return the description, or empty when the session has none
   */
  public Optional<LocalizedText> localizedDescription(Language language) {
    Objects.requireNonNull(language, "language");
    return session.description().isEmpty()
        ? Optional.empty()
        : Optional.of(
            LocalizedText.pick(
                program.program(), session.description(), session.descriptionTranslations(), language));
  }

  /**
   * Returns the language a whole description is marked with ({@link #paragraphs(Language)} and
   * its footer): that of the session's description, or the reader's when there is none, since the
   * rest is the library's own words in the reader's language.
   *
   * @param language the reader's language
   * @return the language
   */
  public Language descriptionLanguage(Language language) {
    Objects.requireNonNull(language, "language");
    return session.description().isEmpty()
        ? language
        : LocalizedText.languageOf(program.program(), session.descriptionTranslations(), language);
  }

  /**
   * Returns what a reader reads about the session, one paragraph each: "This session is
   * cancelled." once it is called off, then the session's description unless it is empty.
   *
   * @param language the reader's language
   * @return zero to two paragraphs, unmodifiable
   */
  public List<String> paragraphs(Language language) {
    Objects.requireNonNull(language, "language");
    String description =
        session.description().isEmpty()
            ? null
            : LocalizedText.textOf(
                program.program(), session.description(), session.descriptionTranslations(), language);
    if (isCancelled()) {
      String cancelled = Words.of(language).cancelledSentence;
      return description == null ? List.of(cancelled) : List.of(cancelled, description);
    }
    return description == null ? List.of() : List.of(description);
  }

  /**
   * Returns the session's topics in a language, each marked with the language of its label.
   *
   * @param language the reader's language
   * @return the labels, in the session's order
   */
  public List<LocalizedText> topics(Language language) {
    List<LocalizedText> labels = new ArrayList<>(session.topics().size());
    for (Topic topic : session.topics()) {
      labels.add(program.topic(topic, language));
    }
    return labels;
  }

  /**
   * Returns the start as the program writes it, in the session's own zone.
   *
   * @param language the reader's language
   * @return such as {@code "Feb. 1, 2023, 7 pm ET"} or {@code "1er février 2023, 19 h HE"}
   */
  public String dateTime(Language language) {
    return TimeText.of(language).dateTime(session.start());
  }

  /**
   * Returns the line that credits the moderators, each name on one line.
   *
   * @param language the reader's language
   * @return such as {@code "Moderated by Dr. Daniela Isfan"}
   */
  public String moderatorsLine(Language language) {
    StringBuilder out = new StringBuilder(64);
    try {
      moderators(Words.of(language), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private void moderators(Words words, Appendable out) throws IOException {
    out.append(words.moderatedBy);
    List<Moderator> moderators = session.moderators();
    for (int i = 0; i < moderators.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(Checks.oneLine(moderators.get(i).displayName()));
    }
  }

  /**
   * Returns the lines that close a public description: the moderators, where to register (while
   * the session can be registered for), the support page and then the program's {@linkplain
   * ProgramFacts#nationalSupport(Language) national support resources}, one {@linkplain
   * SupportFacts#line() line} each, as a message ends with them. A public output has an anonymous
   * reader, so it never states a provincial resource; a cancelled session keeps the resources.
   *
   * @param language the reader's language
   * @return two or three lines and one per national resource, without line breaks
   */
  public List<String> footer(Language language) {
    List<String> end = program.footerEnd(language);
    List<String> lines = new ArrayList<>(2 + end.size());
    lines.add(moderatorsLine(language));
    if (!isCancelled()) {
      lines.add(Words.of(language).register + session.registrationUrl());
    }
    lines.addAll(end);
    return lines;
  }

  /**
   * Writes the {@link #footer(Language) footer}'s lines joined by LF ({@code "\n"}), piece by
   * piece: a writer that escapes text as it goes writes it without a string per line. No line
   * holds a line break, nor ends with a CR.
   *
   * @param language the reader's language
   * @param out where the text goes
   * @throws IOException if {@code out} fails
   */
  public void footer(Language language, Appendable out) throws IOException {
    Words words = Words.of(language);
    moderators(words, out);
    if (!isCancelled()) {
      out.append('\n').append(words.register).append(session.registrationUrl().toString());
    }
    List<String> end = program.footerEnd(language);
    for (int i = 0; i < end.size(); i++) {
      out.append('\n').append(end.get(i));
    }
  }

  /**
   * Returns the session's public page: the registration page, which stays the session's address
   * even once it is cancelled.
   *
   * @return an absolute https URL
   */
  public URI page() {
    return session.registrationUrl();
  }

  /**
   * Returns where to register, for as long as registering can make sense.
   *
   * @return the registration page, or empty once the session is cancelled
   */
  public Optional<URI> registrationLink() {
    return isCancelled() ? Optional.empty() : Optional.of(session.registrationUrl());
  }

  /**
   * Returns the "add to calendar" links of the session in a language, for as long as there is
   * something to add: a cancelled session has none.
   *
   * @param language the reader's language
   * @return the Google Calendar and Outlook links and the name of the session's own .ics file, or
   *     empty once the session is cancelled
   */
  public Optional<CalendarLinks> calendarLinks(Language language) {
    Objects.requireNonNull(language, "language");
    return isCancelled() ? Optional.empty() : Optional.of(new CalendarLinks(this, language));
  }

  /**
   * Returns the page of crisis lines and physician health programs that every output points to.
   *
   * @return the program's support page
   */
  public URI supportPage() {
    return program.program().supportUrl();
  }

  /**
   * Returns the session's place in its series.
   *
   * @return the place, or empty for a stand-alone session
   */
  public Optional<SeriesPlace> seriesPlace() {
    return place;
  }

  /**
   * Returns what public outputs say about registering, as {@link Availability#from} decides it.
   *
   * @param now the instant of the output
   * @param reported what the host's registrations say, or empty
   * @return the availability
   * @throws ca.cma.wellness.sessions.SessionValidationException with path {@code spotsLeft} if
   *     the host reports places left for a session without capacity, or more than its capacity
   */
  public Availability availability(Instant now, Optional<Availability> reported) {
    return Availability.from(session, now, reported);
  }

  /**
   * Reads a session's own title back from a summary this library wrote: without the "Cancelled: "
   * of a cancelled session, in either language.
   *
   * @param summary the summary as written
   * @param cancelled whether the session it describes is cancelled
   * @return the title; the summary itself when it was not announcing a cancellation
   */
  public static String titleOf(String summary, boolean cancelled) {
    Objects.requireNonNull(summary, "summary");
    if (cancelled) {
      for (Words words : Words.values()) {
        if (summary.startsWith(words.cancelled) && summary.length() > words.cancelled.length()) {
          return summary.substring(words.cancelled.length());
        }
      }
    }
    return summary;
  }

  /**
   * Reads a session's own description back from a description this library wrote: without the
   * cancellation paragraph of a cancelled session and without the footer, in either language. A
   * footer opens with the moderators (feeds) or the join link (invites).
   *
   * @param description the description as a calendar reads it, with LF line breaks
   * @param cancelled whether the session it describes is cancelled
   * @return the session's own description, possibly empty
   */
  public static String descriptionOf(String description, boolean cancelled) {
    Objects.requireNonNull(description, "description");
    String text = description;
    int cut = text.lastIndexOf("\n\n");
    String last = cut < 0 ? text : text.substring(cut + 2);
    for (Words words : Words.values()) {
      if (last.startsWith(words.moderatedBy) || last.startsWith(words.join)) {
        text = cut < 0 ? "" : text.substring(0, cut);
        break;
      }
    }
    if (cancelled) {
      for (Words words : Words.values()) {
        if (text.equals(words.cancelledSentence)) {
          return "";
        }
        if (text.startsWith(words.cancelledSentence + "\n\n")) {
          return text.substring(words.cancelledSentence.length() + 2);
        }
      }
    }
    return text;
  }

  /**
   * Describes the facts by UID, status and sequence.
   *
   * @return such as {@code SessionFacts{imposter-syndrome-2023-02-01@wellness.example.org,
   *     SCHEDULED, sequence=0}}
   */
  @Override
  public String toString() {
    return "SessionFacts{" + uid + ", " + status() + ", sequence=" + sequence() + "}";
  }
}
