package ca.cma.wellness.sessions;

import java.util.Objects;

/**
 * A session's place in a {@link Series}: which series, and which part (1 for part I).
 *
 * <p>Immutable and thread-safe.
 *
 * @param seriesId the series
 * @param part the part number, from 1 to {@value #MAX_PART}
 */
public record SeriesPart(SeriesId seriesId, int part) implements Comparable<SeriesPart> {
  /** The highest part number. */
  public static final int MAX_PART = 999;

  private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  private static final String[] ROMAN_SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

  /** The numerals of the first parts, made once: every title of a part says one. */
  private static final String[] ROMAN = new String[64];

  static {
    for (int i = 1; i < ROMAN.length; i++) {
      ROMAN[i] = roman(i);
    }
  }

  /**
   * Checks the part number.
   *
   * @param seriesId the series
   * @param part the part number
   * @throws SessionValidationException with path {@code part} if it is not between 1 and
   *     {@value #MAX_PART}
   */
  public SeriesPart {
    Objects.requireNonNull(seriesId, "seriesId");
    if (part < 1 || part > MAX_PART) {
      throw new SessionValidationException(
          "part", "must be between 1 and " + MAX_PART + " (was " + part + ")");
    }
  }

  /**
   * Returns part {@code part} of series {@code seriesId}.
   *
   * @param seriesId the series
   * @param part the part number, 1 for the first
   * @return the series part
   * @throws SessionValidationException with path {@code part} if it is not between 1 and
   *     {@value #MAX_PART}
   */
  public static SeriesPart of(SeriesId seriesId, int part) {
    return new SeriesPart(seriesId, part);
  }

  /**
   * Returns the part number in Roman numerals, as the program writes
   * it: {@code "I"}, {@code "II"}, {@code "IV"}.
   *
   * @return the Roman numeral
   */
  public String roman() {
    return part < ROMAN.length ? ROMAN[part] : roman(part);
  }

  private static String roman(int part) {
    StringBuilder out = new StringBuilder();
    int rest = part;
    for (int i = 0; i < ROMAN_VALUES.length; i++) {
      while (rest >= ROMAN_VALUES[i]) {
        out.append(ROMAN_SYMBOLS[i]);
        rest -= ROMAN_VALUES[i];
      }
    }
    return out.toString();
  }

  /**
   * Orders by series id, then part number.
   *
   * @param other the series part to compare with
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(SeriesPart other) {
    int bySeries = seriesId.compareTo(other.seriesId);
    return bySeries != 0 ? bySeries : Integer.compare(part, other.part);
  }
}
