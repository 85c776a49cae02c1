package ca.cma.wellness.sessions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when a value would be invalid: it names the field by its {@link #path() path} and the
 * rule that was broken, with the offending value.
 *
 * <p>Example message: {@code start: 2023-03-12T02:30 does not exist in America/Toronto
 * (daylight-saving gap)}. Paths use dots for fields and brackets for list positions, as in
 * {@code sessions[2].moderators[0].email}. Importers report the line or JSON path of the input in
 * the same way.
 */
public class SessionValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Where the problem is. */
  private final String path;

  /** The rule and the offending value. */
  private final String problem;

  /** The attributes a builder was missing, in declaration order; empty for any other problem. */
  private final transient List<String> missing;

  /**
   * Creates an exception for the field at {@code path}.
   *
   * @param path where the problem is, such as {@code "sessions[2].start"}; may be empty for the
   *     value as a whole
   * @param problem one line that names the rule and the offending value
   */
  public SessionValidationException(String path, String problem) {
    this(path, problem, List.of());
  }

  private SessionValidationException(String path, String problem, List<String> missing) {
    super(path.isEmpty() ? problem : path + ": " + problem);
    this.path = path;
    this.problem = problem;
    this.missing = missing;
  }

  /**
   * Creates an exception for a builder whose required attributes were never set. Builders call
   * this; the path is the first missing attribute.
   *
   * @param missingAttributes the names of the attributes that were not set, at least one
   */
  public SessionValidationException(String... missingAttributes) {
    this(
        missingAttributes.length == 0 ? "" : missingAttributes[0],
        missingAttributes.length <= 1
            ? "is required but was not set"
            : "is required but was not set (also missing: "
                + String.join(", ", Arrays.asList(missingAttributes).subList(1, missingAttributes.length))
                + ")",
        List.of(missingAttributes));
  }

  /**
   * Returns the exception of a builder that misses one more attribute than this one says, such as
   * a list that must not be empty, which the generated builder does not count.
   *
   * @param attribute the attribute
   * @param order every attribute in declaration order, so that the list reads as the type does
   * @return the new exception, or this one when it is not about missing attributes
   */
  SessionValidationException alsoMissing(String attribute, List<String> order) {
    // null after deserialization, where the field is not kept
    if (missing == null || missing.isEmpty()) {
      return this;
    }
    List<String> all = new ArrayList<>(missing);
    all.add(attribute);
    all.sort(Comparator.comparingInt(order::indexOf));
    SessionValidationException more = new SessionValidationException(all.toArray(new String[0]));
    more.setStackTrace(getStackTrace());
    return more;
  }

  /**
   * Creates an exception with a message only, for the value as a whole; the path is empty.
   *
   * @param message the problem
   */
  public SessionValidationException(String message) {
    this("", message);
  }

  /**
   * Returns where the problem is, as a path of fields and list positions.
   *
   * @return the path, such as {@code "series.parts[2].start"}; empty when the problem concerns the
   *     whole value
   */
  public String path() {
    return path;
  }

  /**
   * Returns the problem without the path: the rule and the offending value.
   *
   * @return one line
   */
  public String problem() {
    return problem;
  }

  /**
   * Returns a copy of this exception whose path is prefixed with {@code parent}, so that a problem
   * found inside a nested value is reported from the outside in: {@code title} inside session 2
   * becomes {@code sessions[2].title}.
   *
   * @param parent the path of the value that holds the field, such as {@code "sessions[2]"}
   * @return a new exception with the joined path, the same problem and this one as its cause
   */
  public SessionValidationException within(String parent) {
    Objects.requireNonNull(parent, "parent");
    String joined = path.isEmpty() ? parent : path.startsWith("[") ? parent + path : parent + "." + path;
    SessionValidationException nested = new SessionValidationException(joined, problem, List.of());
    nested.initCause(this);
    return nested;
  }
}
