package ca.cma.wellness.sessions;

import ca.cma.wellness.sessions.internal.Checks;
import java.time.ZoneId;
import org.immutables.value.Value;

/**
 * A physician or medical learner who registers for sessions. The {@link #email() e-mail address}
 * identifies them: two registrants with the same address, ignoring case and surrounding white
 * space, are the same person.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never shows the name or the e-mail address,
 * so registrants can be logged without leaking who attends peer support.
 *
 * <pre>{@code
 * Registrant learner = Registrant.builder()
 *     .name("Alex Doe")
 *     .email(EmailAddress.of("alex.doe@example.ca"))
 *     .role(Role.MEDICAL_STUDENT)
 *     .province(Province.NEWFOUNDLAND_AND_LABRADOR)
 *     .language(Language.ENGLISH)
 *     .build();   // timeZone defaults to America/St_Johns
 * }</pre>
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Registrant {
  Registrant() {}

  /**
   * Returns a builder; all attributes but {@code timeZone} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the name the registrant gave.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the e-mail address, which identifies the registrant.
   *
   * @return the address
   */
  public abstract EmailAddress email();

  /**
   * Returns what the registrant is in medicine.
   *
   * @return the role
   */
  public abstract Role role();

  /**
   * Returns where the registrant practises or studies.
   *
   * @return the province or territory
   */
  public abstract Province province();

  /**
   * Returns the zone the registrant reads times in.
   *
   * @return an IANA region id; the province's {@link Province#defaultTimeZone() default time zone} unless
   *     set
   */
  @Value.Default
  public ZoneId timeZone() {
    return province().defaultTimeZone();
  }

  /**
   * Returns the language the registrant reads.
   *
   * @return the language
   */
  public abstract Language language();

  /**
   * Tells whether this is the same person as another registrant: the same e-mail address,
   * ignoring case.
   *
   * @param other the other registrant
   * @return whether the addresses are equal
   */
  public final boolean isSamePersonAs(Registrant other) {
    return email().equals(other.email());
  }

  /**
   * Returns a copy with another name.
   *
   * @param name the new name
   * @return the copy
   * @throws SessionValidationException with path {@code name} if it is blank or has control
   *     characters
   */
  public abstract Registrant withName(String name);

  /**
   * Returns a copy with another time zone.
   *
   * @param timeZone the new time zone
   * @return the copy
   * @throws SessionValidationException with path {@code timeZone} if it is not an IANA region id
   */
  public abstract Registrant withTimeZone(ZoneId timeZone);

  /**
   * Returns a copy with another language.
   *
   * @param language the new language
   * @return the copy
   */
  public abstract Registrant withLanguage(Language language);

  /**
   * Describes the registrant without their name or e-mail address.
   *
   * @return such as {@code Registrant{role=RESIDENT, province=NL, timeZone=America/St_Johns,
   *     language=en, name and email redacted}}
   */
  @Override
  public String toString() {
    return "Registrant{role="
        + role()
        + ", province="
        + province().code()
        + ", timeZone="
        + timeZone()
        + ", language="
        + language().tag()
        + ", name and email redacted}";
  }

  @Value.Check
  void check() {
    Checks.maxLength("name", Checks.nonBlankText("name", name()), Checks.MAX_TITLE_LENGTH);
    Checks.regionZone("timeZone", timeZone());
  }

  /** Builds a {@link Registrant}; each attribute may be set once. */
  public static final class Builder extends ImmutableRegistrant.Builder {
    Builder() {}
  }
}
