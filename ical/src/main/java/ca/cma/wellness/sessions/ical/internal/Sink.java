package ca.cma.wellness.sessions.ical.internal;

import java.io.IOException;

/**
 * Receives iCalendar content in order: components and properties whose values and parameter
 * values are already encoded (TEXT escaped, parameter values quoted where needed). {@link
 * TextSink} writes it as folded text; {@link ModelSink} builds the ical4j model from it the way
 * ical4j's own parser would.
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
}
