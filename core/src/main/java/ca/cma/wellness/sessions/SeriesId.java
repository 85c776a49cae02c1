package ca.cma.wellness.sessions;

import ca.cma.wellness.sessions.internal.Ids;

/**
 * The stable id of a {@link Series}: 1 to 64 ASCII letters, digits, {@code -}, {@code _} or
 * {@code .}, starting with a letter or digit, such as {@code imposter-syndrome-2023-02-01}.
 *
 * <p>Immutable and thread-safe. {@link #toString()} and {@link #of(String)} round-trip.
 *
 * @param value the id text
 */
public record SeriesId(String value) implements Comparable<SeriesId> {
  /**
   * Checks the id's syntax.
   *
   * @param value the id text
   * @throws SessionValidationException with path {@code seriesId} if the syntax is wrong
   */
  public SeriesId {
    Ids.check("seriesId", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text
   * @return the id
   * @throws SessionValidationException with path {@code seriesId} if the syntax is wrong
   */
  public static SeriesId of(String value) {
    return new SeriesId(value);
  }

  /**
   * Orders ids by their text, character by character.
   *
   * @param other the id to compare with
   * @return negative, zero or positive as this id sorts before, with or after {@code other}
   */
  @Override
  public int compareTo(SeriesId other) {
    return value.compareTo(other.value);
  }

  /**
   * Returns the id text, which {@link #of(String)} reads back.
   *
   * @return the id text
   */
  @Override
  public String toString() {
    return value;
  }
}
