package ca.cma.wellness.sessions.ical.internal;

import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.internal.Checks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;

/**
 * An iCalendar text to read: the ical4j model of it, and where each content line starts, so that
 * errors can name the line. Components are counted in document order by name: the second VEVENT
 * at any depth is {@code ("VEVENT", 1)}.
 */
public final class Source {
  private final Calendar calendar;
  private final Map<String, List<Component>> components;
  private final Map<String, Integer> calendarLines;

  private Source(Calendar calendar, Map<String, List<Component>> components, Map<String, Integer> calendarLines) {
    this.calendar = calendar;
    this.components = components;
    this.calendarLines = calendarLines;
  }

  /**
   * Reads at most {@code maxBytes} bytes of UTF-8 from a stream; a byte-order mark is dropped.
   *
   * @param in the stream, which is read to its end or one byte past the limit
   * @param maxBytes the most bytes accepted
   * @return the text
   * @throws IOException if reading fails
   * @throws SessionValidationException with path {@code input} if the stream holds more
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
    String text = buffer.toString(StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
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
        "input",
        "is larger than the limit of " + maxBytes + " bytes; raise the limit if the file is genuine");
  }

  /**
   * Parses a text with ical4j and indexes its lines.
   *
   * @param text the iCalendar text
   * @return the source
   * @throws SessionValidationException with path {@code line N} if ical4j cannot parse it
   */
  public static Source parse(String text) {
    Calendar calendar;
    try {
      calendar = new CalendarBuilder().build(new StringReader(text));
    } catch (ParserException e) {
      String message = e.getMessage() == null ? "not iCalendar" : e.getMessage();
      Throwable cause = e.getCause();
      if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
        message += ": " + cause.getMessage();
      }
      throw new SessionValidationException(
          "line " + Math.max(1, e.getLineNo()), oneLine(message.replaceFirst("^Error at line \\d+:\\s*", "")));
    } catch (IOException e) {
      throw new SessionValidationException("input", "cannot be read: " + e.getMessage());
    } catch (RuntimeException e) {
      throw new SessionValidationException(
          "input", "is not valid iCalendar: " + oneLine(String.valueOf(e.getMessage())));
    }
    return index(calendar, text);
  }

  private static Source index(Calendar calendar, String text) {
    Map<String, List<Component>> components = new HashMap<>();
    Map<String, Integer> calendarLines = new HashMap<>();
    List<Component> stack = new ArrayList<>();
    int line = 1;
    int i = 0;
    int length = text.length();
    while (i < length) {
      int start = line;
      StringBuilder name = new StringBuilder();
      boolean inName = true;
      String begin = null;
      // One content line: physical lines joined while the next one starts with a space or tab.
      StringBuilder head = new StringBuilder();
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
        if (inName) {
          if (c == ':' || c == ';') {
            inName = false;
          } else {
            name.append(c);
          }
        } else if (head.length() < 256) {
          head.append(c);
        }
        i++;
      }
      String upper = name.toString().trim().toUpperCase(Locale.ROOT);
      if (upper.isEmpty()) {
        continue;
      }
      if (upper.equals("BEGIN")) {
        begin = head.toString().trim().toUpperCase(Locale.ROOT);
        List<Component> list = components.computeIfAbsent(begin, k -> new ArrayList<>());
        Component component = new Component(start);
        list.add(component);
        stack.add(component);
      } else if (upper.equals("END")) {
        if (!stack.isEmpty()) {
          stack.remove(stack.size() - 1);
        }
      } else if (stack.size() == 1) {
        calendarLines.putIfAbsent(upper, start);
      } else if (!stack.isEmpty()) {
        Component component = stack.get(stack.size() - 1);
        if (component.lines.putIfAbsent(upper, start) == null) {
          component.values.put(upper, rawValue(head));
        }
      }
    }
    return new Source(calendar, components, calendarLines);
  }

  /**
   * Returns the ical4j model.
   *
   * @return the calendar
   */
  public Calendar calendar() {
    return calendar;
  }

  /**
   * Returns where a component starts.
   *
   * @param name such as {@code VEVENT}
   * @param index its position among components of that name, from 0
   * @return the line of its BEGIN, or 1 if unknown
   */
  public int beginLine(String name, int index) {
    List<Component> list = components.get(name);
    return list == null || index >= list.size() ? 1 : list.get(index).begin;
  }

  /**
   * Returns the line of the first property of a name in a component, or of its BEGIN.
   *
   * @param name such as {@code VEVENT}
   * @param index its position among components of that name, from 0
   * @param property such as {@code DTSTART}
   * @return the line number
   */
  public int line(String name, int index, String property) {
    List<Component> list = components.get(name);
    if (list == null || index >= list.size()) {
      return 1;
    }
    Component component = list.get(index);
    return component.lines.getOrDefault(property, component.begin);
  }

  /**
   * Returns the line of a property of the VCALENDAR itself.
   *
   * @param property such as {@code METHOD}
   * @return the line number, or 1 if it is absent
   */
  public int calendarLine(String property) {
    return calendarLines.getOrDefault(property, 1);
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

  /** The value of a content line after its parameters: the text after the first unquoted colon. */
  private static String rawValue(CharSequence afterName) {
    boolean quoted = false;
    for (int i = 0; i < afterName.length(); i++) {
      char c = afterName.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ':' && !quoted) {
        return afterName.subSequence(i + 1, afterName.length()).toString();
      }
    }
    return afterName.toString();
  }

  /**
   * Returns the raw value of the first property of a name in a component, as written (up to 256
   * characters of the line).
   *
   * @param name such as {@code VEVENT}
   * @param index its position among components of that name, from 0
   * @param property such as {@code DTSTART}
   * @return the raw value, or empty if the property is absent
   */
  public String rawValue(String name, int index, String property) {
    List<Component> list = components.get(name);
    if (list == null || index >= list.size()) {
      return "";
    }
    return list.get(index).values.getOrDefault(property, "");
  }

  private static final class Component {
    final int begin;
    final Map<String, Integer> lines = new HashMap<>();
    final Map<String, String> values = new HashMap<>();

    Component(int begin) {
      this.begin = begin;
    }
  }
}
