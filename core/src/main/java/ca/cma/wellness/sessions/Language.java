package ca.cma.wellness.sessions;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The languages in which sessions are held and text is written: Canada's official languages. */
public enum Language {
  /** English. */
  ENGLISH("en", Locale.CANADA),
  /** French. */
  FRENCH("fr", Locale.CANADA_FRENCH);

  private final String tag;
  private final Locale locale;

  Language(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  /**
   * Returns the BCP 47 language tag.
   *
   * @return {@code "en"} or {@code "fr"}
   */
  public String tag() {
    return tag;
  }

  /**
   * Returns the Canadian locale of this language.
   *
   * @return {@code en-CA} or {@code fr-CA}
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Finds the language of a BCP 47 tag, ignoring case and any region: {@code "fr-CA"} is French.
   *
   * @param tag a language tag such as {@code "en"}, {@code "fr-CA"}
   * @return the language, or empty when it is neither English nor French
   */
  public static Optional<Language> fromTag(String tag) {
    Objects.requireNonNull(tag, "tag");
    String language = Locale.forLanguageTag(tag.strip()).getLanguage();
    for (Language candidate : values()) {
      if (candidate.tag.equals(language)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
