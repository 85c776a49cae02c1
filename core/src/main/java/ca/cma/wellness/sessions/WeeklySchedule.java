package ca.cma.wellness.sessions;

import ca.cma.wellness.sessions.internal.Checks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.immutables.value.Value;

/**
 * A weekly cadence that generates the parts of a series: a weekday, a wall-clock time and zone, a
 * first date, and either a number of sessions or a last date, minus skipped dates.
 *
 * <p>Every generated start has the same wall-clock time in the zone, whatever daylight saving
 * does: Wednesdays at 19:00 in {@code America/Toronto} from 2023-03-01 to 2023-03-29 are all at
 * 19:00 local, at UTC-5 before March 12 and UTC-4 after. A time that falls in a daylight-saving gap
 * on one of the dates is refused, naming that date.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * WeeklySchedule wednesdays = WeeklySchedule.builder()
 *     .dayOfWeek(DayOfWeek.WEDNESDAY)
 *     .localTime(LocalTime.of(19, 0))
 *     .timeZone(ZoneId.of("America/Toronto"))
 *     .firstDate(LocalDate.of(2023, 3, 1))
 *     .lastDate(LocalDate.of(2023, 3, 29))
 *     .addSkippedDate(LocalDate.of(2023, 3, 15))
 *     .build();
 * List<ZonedDateTime> starts = wednesdays.starts(); // March 1, 8, 22 and 29
 * }</pre>
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class WeeklySchedule {
  /** The most sessions one schedule generates: ten years of weeks. */
  public static final int MAX_SESSIONS = 520;

  WeeklySchedule() {}

  /**
   * Returns a builder; {@code dayOfWeek}, {@code localTime}, {@code timeZone}, {@code firstDate} and
   * exactly one of {@code count} and {@code lastDate} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the weekday of every session.
   *
   * @return the weekday
   */
  public abstract DayOfWeek dayOfWeek();

  /**
   * Returns the wall-clock time every session starts at.
   *
   * @return the local time, on a whole minute
   */
  public abstract LocalTime localTime();

  /**
   * Returns the zone of the wall clock.
   *
   * @return an IANA region id
   */
  public abstract ZoneId timeZone();

  /**
   * Returns the date the schedule starts from; the first session is on the first {@link
   * #dayOfWeek()} on or after it.
   *
   * @return the first date
   */
  public abstract LocalDate firstDate();

  /**
   * Returns how many sessions to generate; skipped dates do not count.
   *
   * @return from 1 to {@value #MAX_SESSIONS}, or empty when {@link #lastDate()} ends the schedule
   */
  public abstract OptionalInt count();

  /**
   * Returns the last date a session may fall on.
   *
   * @return the last date, inclusive, or empty when {@link #count()} ends the schedule
   */
  public abstract Optional<LocalDate> lastDate();

  /**
   * Returns the dates without a session, such as a holiday.
   *
   * @return dates that fall on {@link #dayOfWeek()} within the schedule
   */
  public abstract Set<LocalDate> skippedDates();

  /**
   * Returns every start, in order.
   *
   * @return one start per session, each at {@link #localTime()} in {@link #timeZone()}
   */
  @Value.Lazy
  public List<ZonedDateTime> starts() {
    List<ZonedDateTime> starts = new ArrayList<>();
    LocalDate date = firstDate().with(TemporalAdjusters.nextOrSame(dayOfWeek()));
    int wanted = count().orElse(MAX_SESSIONS);
    LocalDate last = lastDate().orElse(LocalDate.MAX);
    while (starts.size() < wanted && !date.isAfter(last)) {
      if (!skippedDates().contains(date)) {
        try {
          starts.add(Session.resolveStart(LocalDateTime.of(date, localTime()), timeZone()));
        } catch (SessionValidationException e) {
          throw e.within("starts[" + starts.size() + "]");
        }
      }
      date = date.plusWeeks(1);
    }
    return List.copyOf(starts);
  }

  /**
   * Generates the parts of a series, one per start: part {@code n} (from 1) has the id {@code
   * idOfPart.apply(n)}, the series' title and its translations, the {@code n}-th start and {@link
   * Session#seriesPart()} pointing at part {@code n} of {@code series}; {@code details} sets
   * everything else on each part's builder (duration, moderators, links, and anything optional).
   *
   * <pre>{@code
   * List<Session> parts = wednesdays.parts(circle, n -> SessionId.of("circle-2023-03-part-" + n),
   *     part -> part.duration(Duration.ofMinutes(60))
   *         .addModerator(robertson)
   *         .registrationUrl(URI.create("https://wellness.example.org/circle"))
   *         .joinUrl(URI.create("https://meet.example.org/j/42")));
   * Program withCircle = program.withSeries(circle, parts);
   * }</pre>
   *
   * @param series the series the parts belong to; its part count must cover every start
   * @param idOfPart the id of each part, given its number
   * @param details sets the attributes every part shares; it must not set the id, title or start
   * @return the parts, in order
   * @throws SessionValidationException with path {@code partCount} if the series has fewer parts
   *     than the schedule has starts, or with path {@code parts[i].x} when part {@code i + 1} is
   *     refused (such as {@code parts[0].duration} when {@code details} sets none)
   * @throws IllegalStateException if {@code details} sets the id, title or start again
   */
  public final List<Session> parts(
      Series series, IntFunction<SessionId> idOfPart, Consumer<? super Session.Builder> details) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(idOfPart, "idOfPart");
    Objects.requireNonNull(details, "details");
    List<ZonedDateTime> starts = starts();
    if (series.partCount() < starts.size()) {
      throw new SessionValidationException(
          "partCount",
          "series \"" + series.id() + "\" has " + series.partCount() + " parts but the schedule has "
              + starts.size() + " sessions");
    }
    List<Session> parts = new ArrayList<>(starts.size());
    for (int i = 0; i < starts.size(); i++) {
      int part = i + 1;
      Session.Builder builder =
          Session.builder()
              .id(Objects.requireNonNull(idOfPart.apply(part), "idOfPart"))
              .title(series.title())
              .putAllTitleTranslations(series.titleTranslations())
              .start(starts.get(i))
              .seriesPart(SeriesPart.of(series.id(), part));
      details.accept(builder);
      try {
        parts.add(builder.build());
      } catch (SessionValidationException e) {
        throw e.within("parts[" + i + "]");
      }
    }
    return List.copyOf(parts);
  }

  @Value.Check
  void check() {
    Checks.regionZone("timeZone", timeZone());
    if (localTime().getSecond() != 0 || localTime().getNano() != 0) {
      throw new SessionValidationException(
          "localTime", "must be on a whole minute (was " + localTime() + ")");
    }
    if (count().isPresent() == lastDate().isPresent()) {
      throw new SessionValidationException(
          "count", "set exactly one of count and lastDate to end the schedule");
    }
    if (count().isPresent() && (count().getAsInt() < 1 || count().getAsInt() > MAX_SESSIONS)) {
      throw new SessionValidationException(
          "count", "must be between 1 and " + MAX_SESSIONS + " (was " + count().getAsInt() + ")");
    }
    if (lastDate().isPresent()) {
      LocalDate last = lastDate().get();
      if (last.isBefore(firstDate())) {
        throw new SessionValidationException(
            "lastDate", "must not be before firstDate " + firstDate() + " (was " + last + ")");
      }
      if (last.isAfter(firstDate().plusWeeks(MAX_SESSIONS))) {
        throw new SessionValidationException(
            "lastDate",
            "must be within " + MAX_SESSIONS + " weeks of firstDate " + firstDate() + " (was " + last + ")");
      }
    }
    for (LocalDate skipped : skippedDates()) {
      if (skipped.getDayOfWeek() != dayOfWeek()
          || skipped.isBefore(firstDate())
          || lastDate().isPresent() && skipped.isAfter(lastDate().get())) {
        throw new SessionValidationException(
            "skippedDates",
            skipped + " is not a " + dayOfWeek() + " of the schedule, so skipping it would do nothing");
      }
    }
    if (starts().isEmpty()) {
      throw new SessionValidationException(
          "skippedDates", "the schedule has no session left between " + firstDate() + " and " + lastDate().orElseThrow());
    }
  }

  /** Builds a {@link WeeklySchedule}; each attribute may be set once. */
  public static final class Builder extends ImmutableWeeklySchedule.Builder {
    Builder() {}
  }
}
