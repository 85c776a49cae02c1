package ca.cma.wellness.sessions.facts;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Program;
import java.util.Map;
import java.util.Objects;

/**
 * A text and the language it is actually in. Asked for a language the program does not promise,
 * the facts give the text in the program's first language, and say so here: a French reader of an
 * English-only program gets {@code LocalizedText("Imposter syndrome", ENGLISH)}, which iCalendar
 * marks {@code LANGUAGE=en-CA} and the JSON feed {@code "titleLanguage": "en"}. No output passes
 * off a fallback as a translation.
 *
 * <p>The library's own words around a text (labels, "Cancelled: ") always follow the reader; the
 * language of a value is that of the data in it.
 *
 * @param text the text
 * @param language the language it is written in
 */
public record LocalizedText(String text, Language language) {
  /**
   * Makes a localized text.
   *
   * @param text the text
   * @param language the language it is written in
   * @throws NullPointerException if either is null
   */
  public LocalizedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
  }

  /**
   * Tells whether the text is in the language a reader asked for, rather than a fallback.
   *
   * @param wanted the reader's language
   * @return whether {@link #language()} is {@code wanted}
   */
  public boolean isIn(Language wanted) {
    return language == Objects.requireNonNull(wanted, "wanted");
  }

  /**
   * Picks a text in a language: the text itself in the program's first language, else its
   * translation, else the text itself marked with the first language.
   */
  static LocalizedText pick(
      Program program, String text, Map<Language, String> translations, Language wanted) {
    Language in = languageOf(program, translations, wanted);
    return new LocalizedText(in == program.firstLanguage() ? text : translations.get(in), in);
  }

  /** The language {@link #pick} picks, without making the text. */
  static Language languageOf(Program program, Map<Language, String> translations, Language wanted) {
    Objects.requireNonNull(wanted, "language");
    Language first = program.firstLanguage();
    return wanted != first && translations.get(wanted) != null ? wanted : first;
  }

  /** The text {@link #pick} picks, without marking it. */
  static String textOf(Program program, String text, Map<Language, String> translations, Language wanted) {
    return languageOf(program, translations, wanted) == program.firstLanguage() ? text : translations.get(wanted);
  }
}
