package ca.cma.wellness.sessions.ical.internal;

import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.ical.IcsLimits;
import ca.cma.wellness.sessions.internal.Checks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An iCalendar text read as data: its components and content lines, each with the line where it
 * starts, so that errors can name the line. Nothing here interprets a value; in particular no
 * recurrence is ever expanded, and a VTIMEZONE is only data (its rules must be yearly, see {@link
 * #parse(String, IcsLimits)}). Every {@link IcsLimits limit} is checked while the text is read, in
 * one pass, so reading is linear in the input and its memory a small multiple of it.
 */
public final class Source {
  /** Properties whose value is a comma-separated list, whose values {@link IcsLimits} counts. */
  private static final Set<String> LISTS = Set.of("CATEGORIES", "RESOURCES", "RDATE", "EXDATE");

  private final Component calendar;

  private Source(Component calendar) {
    this.calendar = calendar;
  }

  /** A component: BEGIN, its properties and components, END. */
  public static final class Component {
    private final String name;
    private final int line;
    private final List<Property> properties = new ArrayList<>();
    private final List<Component> components = new ArrayList<>();

    Component(String name, int line) {
      this.name = name;
      this.line = line;
    }

    /**
     * Returns the name.
     *
     * @return upper case, such as {@code VEVENT}
     */
    public String name() {
      return name;
    }

    /**
     * Returns the line of the BEGIN.
     *
     * @return from 1
     */
    public int line() {
      return line;
    }

    /**
     * Returns the components directly inside, in order.
     *
     * @param name such as {@code VEVENT}
     * @return those of that name
     */
    public List<Component> components(String name) {
      List<Component> found = new ArrayList<>();
      for (Component component : components) {
        if (component.name.equals(name)) {
          found.add(component);
        }
      }
      return found;
    }

    /**
     * Returns the properties of a name, in order.
     *
     * @param name upper case, such as {@code CATEGORIES}
     * @return those of that name
     */
    public List<Property> properties(String name) {
      List<Property> found = new ArrayList<>();
      for (Property property : properties) {
        if (property.name.equals(name)) {
          found.add(property);
        }
      }
      return found;
    }

    /**
     * Returns the first property of a name.
     *
     * @param name upper case, such as {@code DTSTART}
     * @return it, or empty
     */
    public Optional<Property> property(String name) {
      for (Property property : properties) {
        if (property.name.equals(name)) {
          return Optional.of(property);
        }
      }
      return Optional.empty();
    }

    /**
     * Returns the line of the first property of a name, or of the BEGIN when there is none.
     *
     * @param name upper case
     * @return from 1
     */
    public int line(String name) {
      return property(name).map(Property::line).orElse(line);
    }
  }

  /**
   * A content line: its name, parameters and value as written (folds removed, escapes kept).
   *
   * @param name upper case, such as {@code DTSTART}
   * @param parameters upper-case names to values as written, without enclosing quotes; the first
   *     of a repeated name
   * @param value the raw value
   * @param line where the content line starts
   */
  public record Property(String name, Map<String, String> parameters, String value, int line) {
    /**
     * Returns a parameter.
     *
     * @param parameter upper case, such as {@code TZID}
     * @return its value, or empty
     */
    public Optional<String> parameter(String parameter) {
      return Optional.ofNullable(parameters.get(parameter));
    }

    /**
     * Returns the value as TEXT, with its escapes ({@code \\ \; \, \n \N}) decoded.
     *
     * @return the text
     */
    public String text() {
      return unescape(value);
    }

    /**
     * Returns the values of a list of TEXT, such as CATEGORIES, each decoded.
     *
     * @return the values, in order
     */
    public List<String> texts() {
      List<String> values = new ArrayList<>();
      int from = 0;
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == ',') {
          values.add(unescape(value.substring(from, i)));
          from = i + 1;
        }
      }
      values.add(unescape(value.substring(from)));
      return values;
    }
  }

  /**
   * Decodes the escapes of a TEXT value; a backslash before another character is kept.
   *
   * @param value the value as written
   * @return the text
   */
  static String unescape(String value) {
    if (value.indexOf('\\') < 0) {
      return value;
    }
    StringBuilder text = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char next = value.charAt(i + 1);
        switch (next) {
          case 'n', 'N' -> text.append('\n');
          case '\\', ';', ',' -> text.append(next);
          default -> {
            text.append(c);
            continue;
          }
        }
        i++;
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }

  /**
   * Reads at most {@code maxBytes} bytes of UTF-8 from a stream; a byte-order mark is dropped.
   *
   * @param in the stream, which is read to its end or one byte past the limit
   * @param maxBytes the most bytes accepted
   * @return the text
   * @throws IOException if reading fails
   * @throws SessionValidationException with path {@code input} if the stream holds more, or
   *     {@code line N} if the bytes are not UTF-8
   */
  public static String read(InputStream in, long maxBytes) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(chunk, 0, (int) Math.min(chunk.length, maxBytes + 1 - total))) > 0) {
      buffer.write(chunk, 0, n);
      total += n;
      if (total > maxBytes) {
        throw tooLarge(maxBytes);
      }
    }
    String text = decode(buffer.toByteArray());
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Decodes strict UTF-8: a malformed sequence is refused at its line, never replaced. */
  private static String decode(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
          line++;
        }
      }
      StringBuilder hex = new StringBuilder();
      for (int i = at; i < Math.min(bytes.length, at + result.length()); i++) {
        hex.append(hex.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02X", bytes[i] & 0xff));
      }
      throw new SessionValidationException(
          "line " + line, "is not UTF-8 (bytes " + hex + " at byte " + (at + 1) + ")");
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  /**
   * Checks the size of a text as UTF-8.
   *
   * @param text the text
   * @param maxBytes the most bytes accepted
   * @return the text without a byte-order mark
   * @throws SessionValidationException with path {@code input} if the text is longer
   */
  public static String check(String text, long maxBytes) {
    if (text.length() > maxBytes
        || text.length() * 3L > maxBytes && text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
      throw tooLarge(maxBytes);
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static SessionValidationException tooLarge(long maxBytes) {
    return new SessionValidationException(
        "input", "is larger than the limit of " + maxBytes + " bytes (limit maxBytes)");
  }

  /**
   * Reads a text with the default limits.
   *
   * @param text the iCalendar text
   * @return the source
   * @throws SessionValidationException as {@link #parse(String, IcsLimits)} does
   */
  public static Source parse(String text) {
    return parse(text, IcsLimits.DEFAULTS);
  }

  /**
   * Reads a text as components and content lines: unfolds, splits names, parameters and values,
   * and checks the structure and the limits as it goes. Every STANDARD or DAYLIGHT rule of a
   * VTIMEZONE must be yearly (FREQ=YEARLY without BYHOUR, BYMINUTE, BYSECOND or BYSETPOS, and with
   * at most one month): other rules are refused rather than expanded.
   *
   * @param text the iCalendar text (its byte size already checked)
   * @param limits the limits
   * @return the source
   * @throws SessionValidationException with path {@code line N} naming the first problem, or the
   *     limit passed, and the value
   */
  public static Source parse(String text, IcsLimits limits) {
    List<Component> stack = new ArrayList<>();
    Component calendar = null;
    int components = 0;
    int properties = 0;
    int line = 1;
    int i = 0;
    int length = text.length();
    StringBuilder content = new StringBuilder();
    while (i < length) {
      int start = line;
      content.setLength(0);
      // One content line: physical lines joined while the next one starts with a space or tab.
      while (i < length) {
        char c = text.charAt(i);
        if (c == '\r' || c == '\n') {
          i += c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n' ? 2 : 1;
          line++;
          if (i < length && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
            continue;
          }
          break;
        }
        if (c < 0x20 && c != '\t' || c == 0x7f) {
          throw new SessionValidationException(
              "line " + line, "holds the control character U+" + String.format(Locale.ROOT, "%04X", (int) c)
                  + ", which iCalendar does not allow");
        }
        if (Character.isHighSurrogate(c)
            ? !(i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1)))
            : Character.isLowSurrogate(c) && !(i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
          throw new SessionValidationException(
              "line " + line, "holds an unpaired surrogate, which is not Unicode text");
        }
        if (content.length() >= limits.maxLineLength()) {
          throw new SessionValidationException(
              "line " + start, "is longer than " + limits.maxLineLength() + " characters (limit maxLineLength)");
        }
        content.append(c);
        i++;
      }
      if (blank(content)) {
        continue;
      }
      Property property = contentLine(content, start);
      if (property.name().equals("BEGIN")) {
        String name = property.value().strip().toUpperCase(Locale.ROOT);
        if (++components > limits.maxComponents()) {
          throw new SessionValidationException(
              "line " + start, "BEGIN:" + Checks.quote(name) + " is component " + components + ", over the limit of "
                  + limits.maxComponents() + " (limit maxComponents)");
        }
        if (stack.isEmpty() && (calendar != null || !name.equals("VCALENDAR"))) {
          throw new SessionValidationException(
              "line " + start, calendar == null ? "an iCalendar text starts with BEGIN:VCALENDAR (was BEGIN:"
                  + Checks.quote(name) + ")" : "text after END:VCALENDAR");
        }
        Component component = new Component(name, start);
        if (stack.isEmpty()) {
          calendar = component;
        } else {
          stack.get(stack.size() - 1).components.add(component);
        }
        stack.add(component);
      } else if (property.name().equals("END")) {
        String name = property.value().strip().toUpperCase(Locale.ROOT);
        if (stack.isEmpty() || !stack.get(stack.size() - 1).name.equals(name)) {
          throw new SessionValidationException(
              "line " + start, "END:" + Checks.quote(name) + " closes "
                  + (stack.isEmpty() ? "nothing" : "BEGIN:" + stack.get(stack.size() - 1).name
                  + " of line " + stack.get(stack.size() - 1).line));
        }
        stack.remove(stack.size() - 1);
      } else {
        if (stack.isEmpty()) {
          throw new SessionValidationException(
              "line " + start, calendar == null ? "an iCalendar text starts with BEGIN:VCALENDAR" : "text after END:VCALENDAR");
        }
        if (++properties > limits.maxProperties()) {
          throw new SessionValidationException(
              "line " + start, property.name() + " is property " + properties + ", over the limit of "
                  + limits.maxProperties() + " (limit maxProperties)");
        }
        if (LISTS.contains(property.name())) {
          int values = values(property.value(), limits.maxValuesPerProperty());
          if (values > limits.maxValuesPerProperty()) {
            throw new SessionValidationException(
                "line " + start, property.name() + " has more than " + limits.maxValuesPerProperty()
                    + " values (limit maxValuesPerProperty)");
          }
        }
        stack.get(stack.size() - 1).properties.add(property);
      }
    }
    if (calendar == null) {
      throw new SessionValidationException("line 1", "not iCalendar: no BEGIN:VCALENDAR");
    }
    if (!stack.isEmpty()) {
      Component open = stack.get(stack.size() - 1);
      throw new SessionValidationException(
          "line " + open.line, "BEGIN:" + open.name + " has no END:" + open.name);
    }
    for (Component zone : calendar.components("VTIMEZONE")) {
      for (Component observance : zone.components) {
        for (Property rule : observance.properties("RRULE")) {
          yearly(rule);
        }
      }
    }
    return new Source(calendar);
  }

  private static boolean blank(CharSequence content) {
    for (int i = 0; i < content.length(); i++) {
      if (!Character.isWhitespace(content.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Counts the comma-separated values, stopping just past the limit. */
  private static int values(String value, int limit) {
    int count = 1;
    for (int i = 0; i < value.length() && count <= limit; i++) {
      char c = value.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == ',') {
        count++;
      }
    }
    return count;
  }

  /** Refuses a VTIMEZONE rule that is not a plain yearly one: such rules are never expanded. */
  private static void yearly(Property rule) {
    Map<String, String> parts = new LinkedHashMap<>();
    for (String part : rule.value().split(";", 20)) {
      int equals = part.indexOf('=');
      if (equals > 0) {
        parts.putIfAbsent(part.substring(0, equals).strip().toUpperCase(Locale.ROOT), part.substring(equals + 1).strip());
      }
    }
    String frequency = parts.getOrDefault("FREQ", "");
    if (!frequency.equalsIgnoreCase("YEARLY")) {
      throw new SessionValidationException(
          "line " + rule.line(), "RRULE: a VTIMEZONE rule must be FREQ=YEARLY (was "
              + (frequency.isEmpty() ? "absent" : Checks.quote(frequency)) + "); other rules are not expanded");
    }
    for (String part : List.of("BYHOUR", "BYMINUTE", "BYSECOND", "BYSETPOS", "BYYEARDAY", "BYWEEKNO", "INTERVAL")) {
      if (parts.containsKey(part) && !(part.equals("INTERVAL") && parts.get(part).equals("1"))) {
        throw new SessionValidationException(
            "line " + rule.line(), "RRULE: a VTIMEZONE rule changes once a year; " + part + " is not read (was "
                + Checks.quote(rule.value()) + ")");
      }
    }
    // BYDAY=SU;BYMONTHDAY=8,9,10,11,12,13,14 is one date a year: the Sunday on or after the 8th.
    boolean weekdayOnOrAfter = parts.getOrDefault("BYDAY", "").matches("[A-Za-z]{2}")
        && parts.getOrDefault("BYMONTHDAY", "").split(",", 9).length <= 7;
    for (String part : List.of("BYMONTH", "BYDAY", "BYMONTHDAY")) {
      if (parts.getOrDefault(part, "").indexOf(',') >= 0 && !(part.equals("BYMONTHDAY") && weekdayOnOrAfter)) {
        throw new SessionValidationException(
            "line " + rule.line(), "RRULE: a VTIMEZONE rule changes once a year; " + part + " has several values (was "
                + Checks.quote(rule.value()) + ")");
      }
    }
  }

  /** Splits a content line into name, parameters and value (RFC 5545 §3.1). */
  private static Property contentLine(CharSequence content, int line) {
    int i = 0;
    int length = content.length();
    while (i < length && (Character.isLetterOrDigit(content.charAt(i)) && content.charAt(i) < 0x80 || content.charAt(i) == '-')) {
      i++;
    }
    if (i == 0 || i == length || content.charAt(i) != ':' && content.charAt(i) != ';') {
      throw new SessionValidationException(
          "line " + line, "is not a content line NAME:value (was " + Checks.quote(content.toString()) + ")");
    }
    String name = content.subSequence(0, i).toString().toUpperCase(Locale.ROOT);
    Map<String, String> parameters = Map.of();
    while (content.charAt(i) == ';') {
      int nameStart = ++i;
      while (i < length && content.charAt(i) != '=' && content.charAt(i) != ':' && content.charAt(i) != ';') {
        i++;
      }
      if (i == length || content.charAt(i) != '=') {
        throw new SessionValidationException(
            "line " + line, name + ": a parameter needs NAME=value (was " + Checks.quote(content.subSequence(nameStart, i).toString()) + ")");
      }
      String parameter = content.subSequence(nameStart, i).toString().strip().toUpperCase(Locale.ROOT);
      StringBuilder value = new StringBuilder();
      i++;
      boolean quoted = false;
      while (i < length) {
        char c = content.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted && (c == ';' || c == ':')) {
          break;
        } else {
          value.append(c);
        }
        i++;
      }
      if (i == length) {
        throw new SessionValidationException(
            "line " + line, name + ": no value after the parameters (expected \":\")");
      }
      if (parameters.isEmpty()) {
        parameters = new LinkedHashMap<>();
      }
      parameters.putIfAbsent(parameter, value.toString());
    }
    String value = content.subSequence(i + 1, length).toString();
    return new Property(name, parameters.isEmpty() ? Map.of() : Collections.unmodifiableMap(parameters), value, line);
  }

  /**
   * Returns the VCALENDAR.
   *
   * @return the calendar component
   */
  public Component calendar() {
    return calendar;
  }

  /**
   * Shortens a message to one line of at most 200 characters.
   *
   * @param text the message
   * @return one line
   */
  public static String oneLine(String text) {
    String line = Checks.oneLine(text);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
