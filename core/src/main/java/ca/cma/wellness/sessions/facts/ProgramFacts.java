package ca.cma.wellness.sessions.facts;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Moderator;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Province;
import ca.cma.wellness.sessions.Series;
import ca.cma.wellness.sessions.SeriesId;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SupportResource;
import ca.cma.wellness.sessions.Topic;
import ca.cma.wellness.sessions.invites.InviteMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The one derivation of what the outputs say, for a whole program. Every iCalendar and JSON
 * writer asks it for the facts of each session ({@link #session(Session)}) or message ({@link
 * #invite(InviteMessage)}) and only serializes them, so that the formats cannot disagree: UID,
 * title, status, SEQUENCE, series neighbours, availability, time texts, moderators line, links and
 * footer are each decided here, once.
 *
 * <p>What depends on the program alone (the series, their parts and spans) is computed once, when
 * the facts are made; the facts of a session are a few lookups. Make it once per program, as the
 * writers do, and share it.
 *
 * <pre>{@code
 * ProgramFacts facts = ProgramFacts.of(program);
 * SessionFacts imposter = facts.session(session);
 * imposter.uid();                          // imposter-syndrome-2023-02-01@wellness.example.org
 * imposter.summary(Language.ENGLISH);      // "Imposter syndrome", or "Cancelled: …" once cancelled
 * InviteFacts invite = facts.invite(message);
 * invite.sequence();                       // the planner's SEQUENCE, in every format
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ProgramFacts {
  /** Per language, the vocabulary's labels, made once: a feed asks for them on every event. */
  private static final List<Map<Topic, LocalizedText>> VOCABULARY_LABELS =
      List.of(vocabularyLabels(Language.ENGLISH), vocabularyLabels(Language.FRENCH)); // by ordinal

  private final Program program;
  private final Map<SeriesId, SeriesFacts> series;
  private final String uid;

  /**
   * Per language, the lines every public footer ends with, made on first use: the support page,
   * then the national resources. Racing threads make equal immutable lists.
   */
  private final AtomicReferenceArray<List<String>> footerEnds =
      new AtomicReferenceArray<>(Language.values().length);

  private ProgramFacts(Program program) {
    this.program = program;
    Map<SeriesId, SeriesFacts> byId = new HashMap<>();
    for (Series one : program.series()) {
      byId.put(one.id(), SeriesFacts.of(program, one));
    }
    this.series = Map.copyOf(byId);
    this.uid = "program/all@" + program.uidDomain();
  }

  /**
   * Returns the facts of a program.
   *
   * @param program the program
   * @return the facts
   */
  public static ProgramFacts of(Program program) {
    return new ProgramFacts(Objects.requireNonNull(program, "program"));
  }

  /**
   * Returns the program.
   *
   * @return the program
   */
  public Program program() {
    return program;
  }

  /**
   * Returns the identity of the program as the group of all its sessions, which never equals a
   * session's UID.
   *
   * @return {@code program/all@<uid domain>}
   */
  public String uid() {
    return uid;
  }

  /**
   * Returns the program's name, which names its calendars.
   *
   * @return such as {@code "Wellness Connection"}
   */
  public String name() {
    return program.name();
  }

  /**
   * Returns what a calendar of the program says it holds.
   *
   * @return the program's description, or empty when it has none
   */
  public Optional<String> description() {
    return program.description().isEmpty() ? Optional.empty() : Optional.of(program.description());
  }

  /**
   * Returns the languages the program promises, its first language first.
   *
   * @return as {@link Program#languages()}
   */
  public List<Language> languages() {
    return program.languages();
  }

  /**
   * Returns the program's name in a language, which names its calendars and signs its messages.
   *
   * @param language the reader's language
   * @return such as {@code "Connexion bien-être"}, or the name in the first language, marked so,
   *     when the program has no translation
   */
  public LocalizedText name(Language language) {
    return LocalizedText.pick(program, program.name(), program.nameTranslations(), language);
  }

  /**
   * Returns what a calendar of the program says it holds, in a language.
   *
   * @param language the reader's language
   * @return the description, or empty when the program has none
   */
  public Optional<LocalizedText> description(Language language) {
    return program.description().isEmpty()
        ? Optional.empty()
        : Optional.of(
            LocalizedText.pick(program, program.description(), program.descriptionTranslations(), language));
  }

  /**
   * Returns a moderator's bio in a language.
   *
   * @param moderator a moderator of the program
   * @param language the reader's language
   * @return the bio, or empty when the moderator has none
   */
  public Optional<LocalizedText> bio(Moderator moderator, Language language) {
    Objects.requireNonNull(moderator, "moderator");
    return moderator.bio().map(bio -> LocalizedText.pick(program, bio, moderator.bioTranslations(), language));
  }

  /**
   * Returns a topic's label in a language: the program's vocabulary has both; a free tag is in the
   * program's first language.
   *
   * @param topic the topic
   * @param language the reader's language
   * @return the label, marked with its language
   */
  public LocalizedText topic(Topic topic, Language language) {
    Objects.requireNonNull(topic, "topic");
    LocalizedText known = VOCABULARY_LABELS.get(Objects.requireNonNull(language, "language").ordinal()).get(topic);
    return known != null ? known : label(topic, language, program.firstLanguage());
  }

  private static LocalizedText label(Topic topic, Language language, Language firstLanguage) {
    Optional<String> label = topic.label(language);
    return label.isPresent()
        ? new LocalizedText(label.get(), language)
        : new LocalizedText(topic.label(), topic.isVocabulary() ? Language.ENGLISH : firstLanguage);
  }

  /** The labels of the vocabulary in one language, the same for every program. */
  private static Map<Topic, LocalizedText> vocabularyLabels(Language language) {
    Map<Topic, LocalizedText> labels = new HashMap<>();
    for (Topic topic : Topic.vocabulary()) {
      // A vocabulary topic's label never falls back to a program's language.
      labels.put(topic, label(topic, language, Language.ENGLISH));
    }
    return Map.copyOf(labels);
  }

  /**
   * Returns every string the library itself writes around the data in a language (labels,
   * subjects, the first line of a message, "Cancelled: "), trimmed: a message to a reader of the
   * other language contains none of them.
   *
   * @param language the language
   * @return the strings, without duplicates
   */
  public static List<String> templateWords(Language language) {
    return Words.of(Objects.requireNonNull(language, "language")).all();
  }

  /**
   * Returns the support resources for a reader in a province or territory, in their language:
   * first those of the province or territory, then the national ones, each group in the program's
   * order. A province the program has no resource for gets the national ones only (see {@link
   * Program#provincesWithoutSupport()}).
   *
   * @param province where the reader lives
   * @param language the reader's language
   * @return the resources; empty when the program has none
   */
  public List<SupportFacts> support(Province province, Language language) {
    Objects.requireNonNull(province, "province");
    Objects.requireNonNull(language, "language");
    List<SupportFacts> out = new ArrayList<>();
    for (SupportResource resource : program.supportResources()) {
      if (!resource.isNational() && resource.serves(province)) {
        out.add(new SupportFacts(resource, language));
      }
    }
    out.addAll(nationalSupport(language));
    return List.copyOf(out);
  }

  /**
   * Returns the national support resources, in a language: what a public output, which never
   * chooses a province for its anonymous reader, may state.
   *
   * @param language the reader's language
   * @return the national resources, in the program's order; empty when the program has none
   */
  public List<SupportFacts> nationalSupport(Language language) {
    Objects.requireNonNull(language, "language");
    List<SupportFacts> out = new ArrayList<>();
    for (SupportResource resource : program.supportResources()) {
      if (resource.isNational()) {
        out.add(new SupportFacts(resource, language));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the lines that close every public footer in a language, the same for each session:
   * the support page, then one {@linkplain SupportFacts#line() line} per national resource.
   */
  List<String> footerEnd(Language language) {
    List<String> end = footerEnds.get(language.ordinal());
    if (end == null) {
      List<SupportFacts> support = nationalSupport(language);
      List<String> lines = new ArrayList<>(1 + support.size());
      lines.add(Words.of(language).support + program.supportUrl());
      for (SupportFacts resource : support) {
        lines.add(resource.line());
      }
      end = List.copyOf(lines);
      footerEnds.set(language.ordinal(), end);
    }
    return end;
  }

  /**
   * Returns the facts of a series of the program.
   *
   * @param id the series
   * @return the facts, or empty when the program has no such series
   */
  public Optional<SeriesFacts> series(SeriesId id) {
    return Optional.ofNullable(series.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns what public outputs say about a session: the feeds, JSON-LD, public JSCalendar.
   *
   * @param session a session of the program, as it is to be described
   * @return its facts
   * @throws IllegalArgumentException if the session is a part of a series the program lacks
   */
  public SessionFacts session(Session session) {
    Objects.requireNonNull(session, "session");
    Optional<SeriesPlace> place = Optional.empty();
    if (session.seriesPart().isPresent()) {
      SeriesFacts of = series.get(session.seriesPart().get().seriesId());
      if (of == null) {
        throw new IllegalArgumentException(
            "series \"" + session.seriesPart().get().seriesId() + "\" of session \"" + session.id()
                + "\" is not in this program");
      }
      place = Optional.of(of.place(program, session.seriesPart().get().part()));
    }
    return new SessionFacts(this, session, place);
  }

  /**
   * Returns what one planner message says to its recipient, in every format that carries it.
   *
   * @param message the message
   * @return its facts, with the message's SEQUENCE
   * @throws IllegalArgumentException if the message's session is a part of a series the program
   *     lacks
   */
  public InviteFacts invite(InviteMessage message) {
    Objects.requireNonNull(message, "message");
    return new InviteFacts(session(message.session()), message);
  }

  /**
   * Describes the facts by the program's name.
   *
   * @return such as {@code ProgramFacts{Wellness Connection, series=2}}
   */
  @Override
  public String toString() {
    return "ProgramFacts{" + program.name() + ", series=" + series.size() + "}";
  }
}
