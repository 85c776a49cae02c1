package ca.cma.wellness.sessions;

import ca.cma.wellness.sessions.internal.Checks;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A trained peer-support moderator who leads sessions, such as "Dr. Daniela Isfan".
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}:
 *
 * <pre>{@code
 * Moderator isfan = Moderator.builder()
 *     .id(ModeratorId.of("daniela-isfan"))
 *     .displayName("Dr. Daniela Isfan")
 *     .build();
 * }</pre>
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Moderator {
  Moderator() {}

  /**
   * Returns a builder; {@code id} and {@code displayName} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the moderator's stable id.
   *
   * @return the id
   */
  public abstract ModeratorId id();

  /**
   * Returns the name as shown to participants, with any honorific.
   *
   * @return such as {@code "Dr. Daniela Isfan"}
   */
  public abstract String displayName();

  /**
   * Returns the moderator's e-mail address, if the program shares it.
   *
   * @return the address, or empty
   */
  public abstract Optional<EmailAddress> email();

  /**
   * Returns a short biography, if any.
   *
   * @return the biography, or empty
   */
  public abstract Optional<String> bio();

  /**
   * Returns the bio in other languages than the program's first one, in which {@link #bio()} is
   * written; a program that promises a language requires it here whenever there is a bio.
   *
   * @return the translations by language, possibly empty
   */
  public abstract Map<Language, String> bioTranslations();

  /**
   * Returns a copy with another display name.
   *
   * @param displayName the new name
   * @return the copy
   * @throws SessionValidationException with path {@code displayName} if it is blank or has control
   *     characters
   */
  public abstract Moderator withDisplayName(String displayName);

  @Value.Check
  void check() {
    Checks.maxLength("displayName", Checks.nonBlankText("displayName", displayName()), Checks.MAX_TITLE_LENGTH);
    bio().ifPresent(bio -> Checks.maxLength("bio", Checks.text("bio", bio), Checks.MAX_DESCRIPTION_LENGTH));
    Checks.translations("bioTranslations", bioTranslations(), true, Checks.MAX_DESCRIPTION_LENGTH);
    if (bio().isEmpty() && !bioTranslations().isEmpty()) {
      throw new SessionValidationException(
          "bioTranslations." + bioTranslations().keySet().iterator().next().tag(),
          "a translation needs a bio to translate; set bio first");
    }
  }

  /** Builds a {@link Moderator}; each attribute may be set once. */
  public static final class Builder extends ImmutableModerator.Builder {
    Builder() {}
  }
}
