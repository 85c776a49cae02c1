package ca.cma.wellness.sessions.json.internal;

import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.internal.Checks;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * A JSON value and where it is in the document, with readers that refuse the wrong type or a
 * missing property by throwing a {@link SessionValidationException} whose path is that place, such
 * as {@code sessions[2].start}. Unknown properties are never looked at, so they are ignored.
 */
public final class Input {
  private final JsonNode node;
  private final String path;

  private Input(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /** Returns the document's root value, whose path is empty. */
  public static Input root(JsonNode node) {
    return new Input(node, "");
  }

  /** Returns where this value is. */
  public String path() {
    return path;
  }

  /** Returns the raw value. */
  public JsonNode node() {
    return node;
  }

  /** Returns the path of a property of this value. */
  public String pathOf(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** Refuses this value with a problem. */
  public SessionValidationException refuse(String problem) {
    return new SessionValidationException(path, problem);
  }

  /** Requires this value to be an object. */
  public Input object() {
    if (!node.isObject()) {
      throw refuse("must be a JSON object (was " + describe(node) + ")");
    }
    return this;
  }

  /** Returns a required property of this object. */
  public Input required(String name) {
    object();
    JsonNode value = node.get(name);
    if (value == null || value.isMissingNode()) {
      throw new SessionValidationException(pathOf(name), "is required but missing");
    }
    return new Input(value, pathOf(name));
  }

  /** Returns a property of this object, empty when it is missing or {@code null}. */
  public Optional<Input> optional(String name) {
    object();
    JsonNode value = node.get(name);
    if (value == null || value.isMissingNode() || value.isNull()) {
      return Optional.empty();
    }
    return Optional.of(new Input(value, pathOf(name)));
  }

  /** Reads a string. */
  public String text() {
    if (!node.isString()) {
      throw refuse("must be a string (was " + describe(node) + ")");
    }
    return node.stringValue();
  }

  /** Reads an integer that fits in an {@code int}. */
  public int integer() {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw refuse("must be an integer (was " + describe(node) + ")");
    }
    return node.intValue();
  }

  /** Reads an integer that fits in a {@code long}. */
  public long longInteger() {
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw refuse("must be an integer (was " + describe(node) + ")");
    }
    return node.longValue();
  }

  /** Reads {@code true} or {@code false}. */
  public boolean bool() {
    if (!node.isBoolean()) {
      throw refuse("must be true or false (was " + describe(node) + ")");
    }
    return node.booleanValue();
  }

  /** Reads the elements of an array. */
  public List<Input> elements() {
    if (!node.isArray()) {
      throw refuse("must be a JSON array (was " + describe(node) + ")");
    }
    List<Input> elements = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      elements.add(new Input(node.get(i), path + "[" + i + "]"));
    }
    return elements;
  }

  /** Reads a string and converts it, turning a refusal of the converter into one at this path. */
  public <T> T convert(Function<String, T> converter) {
    String text = text();
    try {
      return converter.apply(text);
    } catch (SessionValidationException e) {
      throw refuse(e.problem());
    }
  }

  /** Reads an absolute URL. */
  public URI url() {
    String text = text();
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw refuse("must be a URL (was " + quote(text) + ": " + e.getReason() + ")");
    }
  }

  /** Reads an RFC 3339 date-time with an offset. */
  public OffsetDateTime offsetDateTime() {
    String text = text();
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw refuse(
          "must be an RFC 3339 date-time with an offset, such as 2023-02-01T19:00:00-05:00 (was "
              + quote(text)
              + ")");
    }
  }

  /** Reads an RFC 3339 date-time with an offset as an instant. */
  public Instant instant() {
    return offsetDateTime().toInstant();
  }

  /** Reads an ISO 8601 duration. */
  public Duration duration() {
    String text = text();
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw refuse("must be an ISO 8601 duration such as PT1H30M (was " + quote(text) + ")");
    }
  }

  /** Reads an IANA time-zone id that the JDK knows. */
  public ZoneId zone() {
    String text = text();
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw refuse("unknown time zone " + quote(text) + "; use an IANA id such as America/Toronto");
    }
  }

  /** Describes a JSON value for an error message: its type, and the value when short. */
  public static String describe(JsonNode value) {
    if (value.isNull()) {
      return "null";
    }
    if (value.isString()) {
      return "the string " + quote(value.stringValue());
    }
    if (value.isNumber()) {
      return "the number " + value.asString();
    }
    if (value.isBoolean()) {
      return Boolean.toString(value.booleanValue());
    }
    if (value.isArray()) {
      return "an array";
    }
    if (value.isObject()) {
      return "an object";
    }
    return value.getNodeType().toString().toLowerCase(Locale.ROOT);
  }

  /** Quotes text for an error message, shortened and with control characters made visible. */
  public static String quote(String text) {
    return Checks.quote(text);
  }

}
