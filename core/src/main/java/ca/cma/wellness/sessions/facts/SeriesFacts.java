package ca.cma.wellness.sessions.facts;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Series;
import ca.cma.wellness.sessions.Session;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the outputs say about a {@link Series} of a program: its identity as a group of sessions,
 * its scheduled parts, and the span they cover. Derived once per program by {@link ProgramFacts}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SeriesFacts {
  private final Program program;
  private final Series series;
  private final String uid;
  private final URI page;
  private final List<Session> parts;
  private final int[] partNumbers;
  private final Optional<ZonedDateTime> start;
  private final Optional<ZonedDateTime> end;

  SeriesFacts(Program program, Series series) {
    this.program = program;
    this.series = series;
    this.uid = "series/" + series.id() + "@" + program.uidDomain();
    this.page = program.homePage();
    this.parts = program.partsOf(series.id());
    this.partNumbers = new int[parts.size()];
    for (int i = 0; i < parts.size(); i++) {
      partNumbers[i] = parts.get(i).seriesPart().orElseThrow().part();
    }
    this.start = parts.stream().map(Session::start).min(Comparator.comparing(ZonedDateTime::toInstant));
    this.end = parts.stream().map(Session::end).max(Comparator.comparing(ZonedDateTime::toInstant));
  }

  /**
   * Returns the series.
   *
   * @return the series
   */
  public Series series() {
    return series;
  }

  /**
   * Returns the identity of the series as a group of sessions, which never equals a session's UID
   * (a {@code /} occurs in no session id).
   *
   * @return {@code series/<series id>@<uid domain>}
   */
  public String uid() {
    return uid;
  }

  /**
   * Returns the page where the series lives: the program's home page.
   *
   * @return an absolute https URL
   */
  public URI page() {
    return page;
  }

  /**
   * Returns the parts the program schedules, by part number; cancelled parts included.
   *
   * @return the parts, possibly empty
   */
  public List<Session> parts() {
    return parts;
  }

  /**
   * Returns when the series begins: the earliest start of its scheduled parts.
   *
   * @return the start, or empty when no part is scheduled
   */
  public Optional<ZonedDateTime> start() {
    return start;
  }

  /**
   * Returns when the series is over: the latest end of its scheduled parts.
   *
   * @return the end, or empty when no part is scheduled
   */
  public Optional<ZonedDateTime> end() {
    return end;
  }

  /**
   * Returns the series' title in a language, marked with the language it is actually in.
   *
   * @param language the reader's language
   * @return the title, or its fallback in the program's first language
   */
  public LocalizedText title(Language language) {
    return LocalizedText.pick(program, series.title(), series.titleTranslations(), language);
  }

  /**
   * Returns the series' description in a language, marked with the language it is actually in.
   *
   * @param language the reader's language
   * @return the description, or empty when the series has none
   */
  public Optional<LocalizedText> description(Language language) {
    return series.description().isEmpty()
        ? Optional.empty()
        : Optional.of(
            LocalizedText.pick(program, series.description(), series.descriptionTranslations(), language));
  }

  /** The place of part {@code part} among the scheduled parts, for a session of this series. */
  SeriesPlace place(Program program, int part) {
    int at = java.util.Arrays.binarySearch(partNumbers, part);
    int before = at >= 0 ? at : -at - 1; // how many scheduled parts come before this one
    int after = at >= 0 ? at + 1 : -at - 1; // the index of the next scheduled part
    return new SeriesPlace(
        this,
        part,
        before > 0 ? Optional.of(program.uidOf(parts.get(0))) : Optional.empty(),
        before > 0 ? Optional.of(program.uidOf(parts.get(before - 1))) : Optional.empty(),
        after < parts.size() ? Optional.of(program.uidOf(parts.get(after))) : Optional.empty());
  }

  /**
   * Describes the series by id and part count.
   *
   * @return such as {@code SeriesFacts{compassion-rounds-happiness, parts=2}}
   */
  @Override
  public String toString() {
    return "SeriesFacts{" + series.id() + ", parts=" + parts.size() + "}";
  }

  static SeriesFacts of(Program program, Series series) {
    return new SeriesFacts(Objects.requireNonNull(program, "program"), Objects.requireNonNull(series, "series"));
  }
}
