package ca.cma.wellness.sessions;

import ca.cma.wellness.sessions.internal.Checks;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a session is about: one of the program's own topics, such as {@link #BURNOUT}, or a free
 * tag. Two topics are equal when their labels are equal ignoring case, so {@code Topic.of("stress")}
 * equals {@link #STRESS}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Topic {
  /** Peer support. */
  public static final Topic PEER_SUPPORT = new Topic("Peer support", "Soutien par les pairs");
  /** Burnout. */
  public static final Topic BURNOUT = new Topic("Burnout", "Épuisement professionnel");
  /** Leadership and professional development. */
  public static final Topic LEADERSHIP_AND_PROFESSIONAL_DEVELOPMENT =
      new Topic("Leadership and professional development", "Leadership et perfectionnement professionnel");
  /** Self-care. */
  public static final Topic SELF_CARE = new Topic("Self-care", "Soins personnels");
  /** Stress. */
  public static final Topic STRESS = new Topic("Stress", "Stress");
  /** Imposter syndrome. */
  public static final Topic IMPOSTER_SYNDROME = new Topic("Imposter syndrome", "Syndrome de l'imposteur");
  /** Career and practice changes, including leaving medicine. */
  public static final Topic CAREER_TRANSITIONS = new Topic("Career transitions", "Transitions de carrière");
  /** Compassion and happiness. */
  public static final Topic COMPASSION = new Topic("Compassion", "Compassion");

  private static final List<Topic> VOCABULARY =
      List.of(
          PEER_SUPPORT,
          BURNOUT,
          LEADERSHIP_AND_PROFESSIONAL_DEVELOPMENT,
          SELF_CARE,
          STRESS,
          IMPOSTER_SYNDROME,
          CAREER_TRANSITIONS,
          COMPASSION);

  private final String label;
  private final String key;
  private final String french;

  private Topic(String label, String french) {
    this.label = label;
    this.key = label.toLowerCase(Locale.ROOT);
    this.french = french;
  }

  /**
   * Returns the topic with this label: one of the program's own when the label matches its
   * English or French label ignoring case (keeping the program's spelling), otherwise a free tag. Surrounding white space
   * is removed.
   *
   * @param label such as {@code "Burnout"} or {@code "Rural practice"}
   * @return the topic
   * @throws SessionValidationException with path {@code topic} if the label is blank or has a
   *     control character (tabs and line breaks included)
   */
  public static Topic of(String label) {
    Objects.requireNonNull(label, "label");
    String stripped = Checks.nonBlankText("topic", label).strip();
    for (int i = 0; i < stripped.length(); i++) {
      if (Character.isISOControl(stripped.charAt(i))) {
        throw new SessionValidationException(
            "topic", "must be one line without tabs (was " + Checks.quote(label) + ")");
      }
    }
    String key = stripped.toLowerCase(Locale.ROOT);
    for (Topic known : VOCABULARY) {
      if (known.key.equals(key) || known.french.toLowerCase(Locale.ROOT).equals(key)) {
        return known;
      }
    }
    return new Topic(stripped, "");
  }

  /**
   * Returns the program's own topics, in the order its pages list them.
   *
   * @return an unmodifiable list
   */
  public static List<Topic> vocabulary() {
    return VOCABULARY;
  }

  /**
   * Returns the label.
   *
   * @return such as {@code "Imposter syndrome"}
   */
  public String label() {
    return label;
  }

  /**
   * Returns the label in a language: the vocabulary has English and French labels (those of the
   * program's French page, such as "Syndrome de l'imposteur"); a free tag has only the label it
   * was made with, whose language the program knows.
   *
   * @param language the language
   * @return the label in that language; empty for a free tag, whose one {@link #label()} is in
   *     the program's first language
   */
  public Optional<String> label(Language language) {
    Objects.requireNonNull(language, "language");
    if (language == Language.ENGLISH && isVocabulary()) {
      return Optional.of(label);
    }
    return language == Language.FRENCH && !french.isEmpty() ? Optional.of(french) : Optional.empty();
  }

  /**
   * Tells whether this is one of the program's own topics rather than a free tag.
   *
   * @return whether {@link #vocabulary()} holds this topic
   */
  public boolean isVocabulary() {
    return VOCABULARY.contains(this);
  }

  /**
   * Tells whether the labels are equal ignoring case.
   *
   * @param other the object to compare with
   * @return whether {@code other} is a topic with the same label ignoring case
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Topic && key.equals(((Topic) other).key);
  }

  /**
   * Returns a hash of the label in lower case.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return key.hashCode();
  }

  /**
   * Returns the label.
   *
   * @return {@link #label()}
   */
  @Override
  public String toString() {
    return label;
  }
}
