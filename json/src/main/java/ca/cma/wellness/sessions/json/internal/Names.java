package ca.cma.wellness.sessions.json.internal;

import ca.cma.wellness.sessions.Audience;
import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Province;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JSON names of enum constants: lower case with hyphens ({@code MEDICAL_LEARNERS} is {@code
 * medical-learners}), except languages (their BCP 47 tag) and provinces (their postal code).
 */
public final class Names {
  private Names() {}

  /** Returns the JSON name of a constant. */
  public static String of(Enum<?> constant) {
    if (constant instanceof Language) {
      return ((Language) constant).tag();
    }
    if (constant instanceof Province) {
      return ((Province) constant).code();
    }
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Reads a constant by its JSON name, refusing any other text with the names it accepts. */
  public static <E extends Enum<E>> E parse(Class<E> type, Input input) {
    String text = input.text();
    for (E constant : type.getEnumConstants()) {
      if (of(constant).equals(text)) {
        return constant;
      }
    }
    throw input.refuse("must be one of " + accepted(type) + " (was " + Input.quote(text) + ")");
  }

  /** Returns the JSON names of an audience in the order of the enum. */
  public static List<String> audience(Set<Audience> audience) {
    return audience.stream()
        .sorted(Comparator.naturalOrder())
        .map(Names::of)
        .collect(Collectors.toUnmodifiableList());
  }

  private static <E extends Enum<E>> String accepted(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add("\"" + of(constant) + "\"");
    }
    return String.join(", ", names);
  }
}
