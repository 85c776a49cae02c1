package ca.cma.wellness.sessions;

import ca.cma.wellness.sessions.internal.Checks;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A multi-part series, such as "Compassion Rounds: The art and science of happiness" in parts I
 * and II. Each part is a full {@link Session} with its own id and time, pointing back here through
 * {@link Session#seriesPart()}; {@link Program#partsOf(SeriesId)} lists them in order. A {@link
 * WeeklySchedule} can generate the parts.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Series rounds = Series.builder()
 *     .id(SeriesId.of("compassion-rounds-happiness"))
 *     .title("Compassion Rounds: The art and science of happiness")
 *     .partCount(2)
 *     .build();
 * }</pre>
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Series {
  Series() {}

  /**
   * Returns a builder; {@code id}, {@code title} and {@code partCount} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the series' stable id.
   *
   * @return the id
   */
  public abstract SeriesId id();

  /**
   * Returns the title shared by all parts.
   *
   * @return such as {@code "Compassion Rounds: The art and science of happiness"}
   */
  public abstract String title();

  /**
   * Returns what the series covers as a whole.
   *
   * @return the description, possibly empty
   */
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * Returns the title in other languages than the program's first one, in which {@link #title()}
   * is written; a program that promises a language requires it here.
   *
   * @return the translations by language, possibly empty
   */
  public abstract Map<Language, String> titleTranslations();

  /**
   * Returns the description in other languages than the program's first one; a program that
   * promises a language requires it here whenever the description is not empty.
   *
   * @return the translations by language, possibly empty
   */
  public abstract Map<Language, String> descriptionTranslations();

  /**
   * Returns how many parts the series has; parts are numbered from 1 to this number. A program
   * may not have scheduled every part yet.
   *
   * @return from 1 to {@value SeriesPart#MAX_PART}
   */
  public abstract int partCount();

  /**
   * Returns a copy with another title.
   *
   * @param title the new title
   * @return the copy
   * @throws SessionValidationException with path {@code title} if it is blank or has control
   *     characters
   */
  public abstract Series withTitle(String title);

  /**
   * Returns a copy with another description.
   *
   * @param description the new description
   * @return the copy
   * @throws SessionValidationException with path {@code description} if it has control
   *     characters
   */
  public abstract Series withDescription(String description);

  /**
   * Returns a copy with other title translations.
   *
   * @param translations the titles by language
   * @return the copy
   * @throws SessionValidationException with path {@code titleTranslations.<tag>} if one is blank
   */
  public abstract Series withTitleTranslations(Map<Language, ? extends String> translations);

  /**
   * Returns a copy with other description translations.
   *
   * @param translations the descriptions by language
   * @return the copy
   * @throws SessionValidationException with path {@code descriptionTranslations.<tag>} if one has
   *     control characters
   */
  public abstract Series withDescriptionTranslations(Map<Language, ? extends String> translations);

  /**
   * Returns a copy with another number of parts.
   *
   * @param partCount the new number of parts
   * @return the copy
   * @throws SessionValidationException with path {@code partCount} if it is not between 1 and
   *     {@value SeriesPart#MAX_PART}
   */
  public abstract Series withPartCount(int partCount);

  /**
   * Returns the title of one part as the program lists it: the series title and the part in Roman
   * numerals, then the part's own title when it differs from the series title. Part I of
   * "Compassion Rounds: The art and science of happiness" reads "Compassion Rounds: The art and
   * science of happiness (part I)"; a part titled "Gratitude" reads "... (part II): Gratitude".
   *
   * @param part the part
   * @return the display title
   * @throws IllegalArgumentException if the session is not a part of this series
   */
  public String displayTitle(Session part) {
    SeriesPart place =
        part.seriesPart()
            .filter(p -> p.seriesId().equals(id()))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "session \"" + part.id() + "\" is not a part of series \"" + id() + "\""));
    String heading = title() + " (part " + place.roman() + ")";
    return part.title().equals(title()) ? heading : heading + ": " + part.title();
  }

  @Value.Check
  void check() {
    Checks.maxLength("title", Checks.nonBlankText("title", title()), Checks.MAX_TITLE_LENGTH);
    Checks.maxLength("description", Checks.text("description", description()), Checks.MAX_DESCRIPTION_LENGTH);
    Checks.translations("titleTranslations", titleTranslations(), true, Checks.MAX_TITLE_LENGTH);
    Checks.translations("descriptionTranslations", descriptionTranslations(), false, Checks.MAX_DESCRIPTION_LENGTH);
    if (partCount() < 1 || partCount() > SeriesPart.MAX_PART) {
      throw new SessionValidationException(
          "partCount", "must be between 1 and " + SeriesPart.MAX_PART + " (was " + partCount() + ")");
    }
  }

  /** Builds a {@link Series}; each attribute may be set once. */
  public static final class Builder extends ImmutableSeries.Builder {
    Builder() {}
  }
}
