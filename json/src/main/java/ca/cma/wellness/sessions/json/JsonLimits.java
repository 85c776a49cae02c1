package ca.cma.wellness.sessions.json;

/**
 * How much of a JSON input {@link FeedReader} reads before it refuses it. Every limit but the size
 * is checked by a streaming pass before any tree of the input is built, so the memory a read needs
 * is bounded by the limits, not by what the input claims.
 *
 * <table>
 *   <caption>Limits and their defaults</caption>
 *   <tr><th>Limit</th><th>Default</th><th>Counts</th></tr>
 *   <tr><td>{@link #maxBytes()}</td><td>16 MiB</td><td>bytes of UTF-8</td></tr>
 *   <tr><td>{@link #maxDepth()}</td><td>32</td><td>objects and arrays open at once</td></tr>
 *   <tr><td>{@link #maxNumberLength()}</td><td>20</td><td>characters of one number</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>100,000</td><td>characters of one string or name</td></tr>
 *   <tr><td>{@link #maxArrayLength()}</td><td>10,000</td><td>elements of one array</td></tr>
 *   <tr><td>{@link #maxValues()}</td><td>250,000</td><td>values in all (objects, arrays, scalars)</td></tr>
 * </table>
 *
 * <p>A refusal is a {@link ca.cma.wellness.sessions.SessionValidationException} whose path is the
 * JSON path where the limit was passed, such as {@code sessions[0].topics[10000]}, and whose
 * problem names the limit and the value.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxBytes the most bytes of UTF-8, from 1 to {@link Integer#MAX_VALUE} minus 8
 * @param maxDepth the deepest nesting
 * @param maxNumberLength the longest number
 * @param maxStringLength the longest string or property name
 * @param maxArrayLength the longest array
 * @param maxValues the most values
 */
public record JsonLimits(
    long maxBytes, int maxDepth, int maxNumberLength, int maxStringLength, int maxArrayLength, int maxValues) {
  /** The limits unless set. */
  public static final JsonLimits DEFAULTS = new JsonLimits(16L * 1024 * 1024, 32, 20, 100_000, 10_000, 250_000);

  /**
   * Checks the limits.
   *
   * @param maxBytes the most bytes
   * @param maxDepth the deepest nesting
   * @param maxNumberLength the longest number
   * @param maxStringLength the longest string
   * @param maxArrayLength the longest array
   * @param maxValues the most values
   * @throws IllegalArgumentException naming a limit that is less than 1 (or bytes over the maximum)
   */
  public JsonLimits {
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "maxBytes must be between 1 and " + (Integer.MAX_VALUE - 8) + " (was " + maxBytes + ")");
    }
    atLeastOne("maxDepth", maxDepth);
    atLeastOne("maxNumberLength", maxNumberLength);
    atLeastOne("maxStringLength", maxStringLength);
    atLeastOne("maxArrayLength", maxArrayLength);
    atLeastOne("maxValues", maxValues);
  }

  private static void atLeastOne(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1 (was " + value + ")");
    }
  }

  /**
   * Returns a copy with another size limit.
   *
   * @param bytes the most bytes
   * @return the copy
   */
  public JsonLimits withMaxBytes(long bytes) {
    return new JsonLimits(bytes, maxDepth, maxNumberLength, maxStringLength, maxArrayLength, maxValues);
  }

  /**
   * Returns a copy with another depth limit.
   *
   * @param depth the deepest nesting
   * @return the copy
   */
  public JsonLimits withMaxDepth(int depth) {
    return new JsonLimits(maxBytes, depth, maxNumberLength, maxStringLength, maxArrayLength, maxValues);
  }

  /**
   * Returns a copy with another number-length limit.
   *
   * @param length the longest number
   * @return the copy
   */
  public JsonLimits withMaxNumberLength(int length) {
    return new JsonLimits(maxBytes, maxDepth, length, maxStringLength, maxArrayLength, maxValues);
  }

  /**
   * Returns a copy with another string-length limit.
   *
   * @param length the longest string
   * @return the copy
   */
  public JsonLimits withMaxStringLength(int length) {
    return new JsonLimits(maxBytes, maxDepth, maxNumberLength, length, maxArrayLength, maxValues);
  }

  /**
   * Returns a copy with another array-length limit.
   *
   * @param length the longest array
   * @return the copy
   */
  public JsonLimits withMaxArrayLength(int length) {
    return new JsonLimits(maxBytes, maxDepth, maxNumberLength, maxStringLength, length, maxValues);
  }

  /**
   * Returns a copy with another limit of values.
   *
   * @param values the most values
   * @return the copy
   */
  public JsonLimits withMaxValues(int values) {
    return new JsonLimits(maxBytes, maxDepth, maxNumberLength, maxStringLength, maxArrayLength, values);
  }
}
