package ca.cma.wellness.sessions.ical;

/**
 * How much of an iCalendar input is read before it is refused: the limits of {@link IcsImport}
 * and of {@link ReplyReader}. They are checked while the input is read, so a
 * file over a limit costs no more than the part read before it, and the memory a read needs is
 * bounded by a small multiple of {@link #maxBytes()} (about ten times at the defaults).
 *
 * <table>
 *   <caption>Limits and their defaults</caption>
 *   <tr><th>Limit</th><th>Default</th><th>Counts</th></tr>
 *   <tr><td>{@link #maxBytes()}</td><td>4 MiB</td><td>bytes of UTF-8</td></tr>
 *   <tr><td>{@link #maxComponents()}</td><td>10,000</td><td>BEGIN lines, at any depth</td></tr>
 *   <tr><td>{@link #maxProperties()}</td><td>100,000</td><td>content lines other than BEGIN and END</td></tr>
 *   <tr><td>{@link #maxValuesPerProperty()}</td><td>1,000</td><td>comma-separated values of a
 *       list property (CATEGORIES, RESOURCES, RDATE, EXDATE)</td></tr>
 *   <tr><td>{@link #maxLineLength()}</td><td>100,000</td><td>characters of one content line, unfolded</td></tr>
 * </table>
 *
 * <p>A refusal is a {@link ca.cma.wellness.sessions.SessionValidationException} whose path names
 * the line ({@code input} for the size) and whose problem names the limit and the value, such as
 * {@code line 9: CATEGORIES has more than 1000 values (limit maxValuesPerProperty)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxBytes the most bytes of UTF-8 read
 * @param maxComponents the most components (BEGIN lines)
 * @param maxProperties the most properties in all
 * @param maxValuesPerProperty the most values of one list property
 * @param maxLineLength the most characters of one unfolded content line
 */
public record IcsLimits(
    long maxBytes, int maxComponents, int maxProperties, int maxValuesPerProperty, int maxLineLength) {
  /** The limits unless set: 4 MiB, 10,000 components, 100,000 properties, 1,000 values, 100,000 characters. */
  public static final IcsLimits DEFAULTS = new IcsLimits(4L * 1024 * 1024, 10_000, 100_000, 1_000, 100_000);

  /**
   * Checks the limits.
   *
   * @param maxBytes at least 1
   * @param maxComponents at least 1
   * @param maxProperties at least 1
   * @param maxValuesPerProperty at least 1
   * @param maxLineLength at least 1
   * @throws IllegalArgumentException if one is less than 1, naming it
   */
  public IcsLimits {
    atLeastOne("maxBytes", maxBytes);
    atLeastOne("maxComponents", maxComponents);
    atLeastOne("maxProperties", maxProperties);
    atLeastOne("maxValuesPerProperty", maxValuesPerProperty);
    atLeastOne("maxLineLength", maxLineLength);
  }

  private static void atLeastOne(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1 (was " + value + ")");
    }
  }

  /**
   * Returns a copy with another byte limit.
   *
   * @param bytes at least 1
   * @return the copy
   */
  public IcsLimits withMaxBytes(long bytes) {
    return new IcsLimits(bytes, maxComponents, maxProperties, maxValuesPerProperty, maxLineLength);
  }

  /**
   * Returns a copy with another component limit.
   *
   * @param components at least 1
   * @return the copy
   */
  public IcsLimits withMaxComponents(int components) {
    return new IcsLimits(maxBytes, components, maxProperties, maxValuesPerProperty, maxLineLength);
  }

  /**
   * Returns a copy with another property limit.
   *
   * @param properties at least 1
   * @return the copy
   */
  public IcsLimits withMaxProperties(int properties) {
    return new IcsLimits(maxBytes, maxComponents, properties, maxValuesPerProperty, maxLineLength);
  }

  /**
   * Returns a copy with another limit of values per list property.
   *
   * @param values at least 1
   * @return the copy
   */
  public IcsLimits withMaxValuesPerProperty(int values) {
    return new IcsLimits(maxBytes, maxComponents, maxProperties, values, maxLineLength);
  }

  /**
   * Returns a copy with another limit of characters per content line.
   *
   * @param characters at least 1
   * @return the copy
   */
  public IcsLimits withMaxLineLength(int characters) {
    return new IcsLimits(maxBytes, maxComponents, maxProperties, maxValuesPerProperty, characters);
  }
}
