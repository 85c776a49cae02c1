package ca.cma.wellness.sessions.ical.internal;

import net.fortuna.ical4j.data.DefaultContentHandler;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;

/**
 * Builds the ical4j model from the same content the text is written from, through ical4j's own
 * content handler: the calendar is what ical4j's parser makes of the text, VTIMEZONEs registered
 * in a registry of its own.
 */
public final class ModelSink implements Sink {
  private final DefaultContentHandler handler;
  private Calendar calendar;

  /** Starts an empty model. */
  public ModelSink() {
    this.handler =
        new DefaultContentHandler(
            built -> calendar = built, TimeZoneRegistryFactory.getInstance().createRegistry());
  }

  @Override
  public void begin(String name) {
    if (name.equals("VCALENDAR")) {
      handler.startCalendar();
    } else {
      handler.startComponent(name);
    }
  }

  @Override
  public void end(String name) {
    if (name.equals("VCALENDAR")) {
      handler.endCalendar();
    } else {
      handler.endComponent(name);
    }
  }

  @Override
  public void property(String name, String[] parameters, String value) {
    handler.startProperty(name);
    for (int i = 0; i < parameters.length; i += 2) {
      handler.parameter(parameters[i], parameters[i + 1]);
    }
    handler.propertyValue(value);
    handler.endProperty(name);
  }

  /**
   * Returns the calendar once {@code END:VCALENDAR} was received.
   *
   * @return the calendar
   * @throws IllegalStateException if the calendar is not complete
   */
  public Calendar calendar() {
    if (calendar == null) {
      throw new IllegalStateException("the calendar is not complete");
    }
    return calendar;
  }
}
