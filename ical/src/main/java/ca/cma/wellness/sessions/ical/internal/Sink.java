package ca.cma.wellness.sessions.ical.internal;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.SessionUid;
import ca.cma.wellness.sessions.facts.SessionFacts;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Receives iCalendar content in order: components and properties whose values and parameter
 * values are already encoded (TEXT escaped, parameter values quoted where needed), or TEXT values
 * that the sink escapes itself. {@link TextSink} writes it as folded text, escaping straight into
 * its output; {@link ModelSink} builds the ical4j model from it the way ical4j's own parser would.
 */
public interface Sink {
  /**
   * Opens a component.
   *
   * @param name such as {@code VEVENT}
   * @throws IOException if writing fails
   */
  void begin(String name) throws IOException;

  /**
   * Closes a component.
   *
   * @param name the name given to {@link #begin(String)}
   * @throws IOException if writing fails
   */
  void end(String name) throws IOException;

  /**
   * Adds a property.
   *
   * @param name such as {@code DTSTART}
   * @param parameters alternating parameter names and encoded values; may be empty
   * @param value the encoded value
   * @throws IOException if writing fails
   */
  void property(String name, String[] parameters, String value) throws IOException;

  /**
   * Adds a property whose value is TEXT, escaped as {@link Values#text(String)} does.
   *
   * @param name such as {@code SUMMARY}
   * @param parameters alternating parameter names and encoded values; may be empty
   * @param text the text, not yet escaped
   * @throws IOException if writing fails
   */
  default void textProperty(String name, String[] parameters, String text) throws IOException {
    property(name, parameters, Values.text(text));
  }

  /**
   * Adds a property whose value is a local DATE-TIME, written as {@link
   * Values#local(LocalDateTime)} writes it.
   *
   * @param name such as {@code DTSTART}
   * @param parameters alternating parameter names and encoded values; may be empty
   * @param dateTime the wall-clock time
   * @throws IOException if writing fails
   */
  default void localProperty(String name, String[] parameters, LocalDateTime dateTime) throws IOException {
    property(name, parameters, Values.local(dateTime));
  }

  /**
   * Adds a property whose value is a local DATE-TIME given as seconds since 1970-01-01T00:00 on
   * the same wall clock, written as {@link Values#local(long, char[])} writes it.
   *
   * @param name such as {@code DTEND}
   * @param parameters alternating parameter names and encoded values; may be empty
   * @param localEpochSecond an instant's epoch second plus its offset's seconds
   * @throws IOException if writing fails
   */
  default void localProperty(String name, String[] parameters, long localEpochSecond) throws IOException {
    char[] out = new char[Values.LOCAL_CHARS];
    Values.local(localEpochSecond, out);
    property(name, parameters, new String(out));
  }

  /**
   * Adds a property whose value is a UTC DATE-TIME, written as {@link Values#utc(Instant)} writes
   * it.
   *
   * @param name such as {@code LAST-MODIFIED}
   * @param parameters alternating parameter names and encoded values; may be empty
   * @param instant the instant
   * @throws IOException if writing fails
   */
  default void utcProperty(String name, String[] parameters, Instant instant) throws IOException {
    property(name, parameters, Values.utc(instant));
  }

  /**
   * Adds a UID-like TEXT property: the session id, {@code @} and the domain, escaped as {@link
   * #textProperty} escapes {@link SessionUid#toString()}.
   *
   * @param name such as {@code UID}
   * @param parameters alternating parameter names and encoded values; may be empty
   * @param uid the UID
   * @throws IOException if writing fails
   */
  default void uidProperty(String name, String[] parameters, SessionUid uid) throws IOException {
    textProperty(name, parameters, uid.toString());
  }

  /**
   * Adds a property whose value is a list of TEXT values, each escaped, joined by commas.
   *
   * @param name such as {@code CATEGORIES}
   * @param parameters alternating parameter names and encoded values; may be empty
   * @param texts the texts, not yet escaped; not empty
   * @throws IOException if writing fails
   */
  default void textListProperty(String name, String[] parameters, List<String> texts) throws IOException {
    StringBuilder value = new StringBuilder();
    for (int i = 0; i < texts.size(); i++) {
      value.append(i == 0 ? "" : ",").append(Values.text(texts.get(i)));
    }
    property(name, parameters, value.toString());
  }

  /**
   * Adds a DESCRIPTION-like TEXT property: the paragraphs, then the footer lines, a blank line
   * after each paragraph and a line break between footer lines. Each paragraph is escaped on its
   * own, so that a paragraph ending in CR keeps its line break instead of merging with the blank
   * line into one CRLF.
   *
   * @param name such as {@code DESCRIPTION}
   * @param parameters alternating parameter names and encoded values; may be empty
   * @param paragraphs the paragraphs, not yet escaped
   * @param footer the footer lines, not yet escaped
   * @throws IOException if writing fails
   */
  default void descriptionProperty(
      String name, String[] parameters, List<String> paragraphs, List<String> footer) throws IOException {
    StringBuilder out = new StringBuilder(256);
    for (String paragraph : paragraphs) {
      out.append(Values.text(paragraph)).append("\\n\\n");
    }
    for (int i = 0; i < footer.size(); i++) {
      out.append(i == 0 ? "" : "\\n").append(Values.text(footer.get(i)));
    }
    property(name, parameters, out.toString());
  }

  /**
   * Adds a feed event's DESCRIPTION: the paragraphs as {@link #descriptionProperty(String,
   * String[], List, List)} writes them, then the event's {@linkplain SessionFacts#footer(Language,
   * Appendable) footer}, whose lines are joined by LF, which escapes to the same {@code \n}.
   *
   * @param name such as {@code DESCRIPTION}
   * @param parameters alternating parameter names and encoded values; may be empty
   * @param paragraphs the paragraphs, not yet escaped
   * @param event the event whose footer closes the text
   * @param language the footer's language
   * @throws IOException if writing fails
   */
  default void descriptionProperty(
      String name, String[] parameters, List<String> paragraphs, SessionFacts event, Language language)
      throws IOException {
    StringBuilder footer = new StringBuilder(256);
    event.footer(language, footer);
    descriptionProperty(name, parameters, paragraphs, List.of(footer.toString()));
  }
}
