package ca.cma.wellness.sessions.facts;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.SupportResource;
import java.net.URI;
import java.util.Objects;

/**
 * A support resource as a message states it to one reader: its name and hours in the reader's
 * language, its phone number written the way people in Canada write it and as a {@code tel:} link,
 * and its page. Every per-registrant output reads {@link #line()}, so the iCalendar DESCRIPTION and
 * the e-mail's text body say the same thing.
 *
 * <p>Immutable and thread-safe. Made by {@link ProgramFacts#support(ca.cma.wellness.sessions.Province,
 * Language)} and {@link InviteFacts#support()}.
 */
public final class SupportFacts {
  private final SupportResource resource;
  private final Language language;

  SupportFacts(SupportResource resource, Language language) {
    this.resource = Objects.requireNonNull(resource, "resource");
    this.language = Objects.requireNonNull(language, "language");
  }

  /**
   * Returns the resource.
   *
   * @return the resource as the program holds it
   */
  public SupportResource resource() {
    return resource;
  }

  /**
   * Returns the language the facts are in.
   *
   * @return the reader's language
   */
  public Language language() {
    return language;
  }

  /**
   * Returns the name in the reader's language as {@linkplain InviteFacts#displayText(String) display
   * text}: one line, without the bidirectional controls that could reorder the number after it.
   *
   * @return such as {@code "Programme de santé des médecins du Québec (exemple)"}
   */
  public String name() {
    return InviteFacts.displayText(resource.name(language));
  }

  /**
   * Returns the phone number as people in Canada write it, in the reader's language.
   *
   * @return such as {@code "1-800-555-0100"}, {@code "9-8-8"}, {@code "1-800-555-0100 ext. 12"}
   *     or {@code "1-800-555-0100, poste 12"}
   */
  public String phoneText() {
    return resource.phoneText(language);
  }

  /**
   * Returns the phone number as a link a phone dials when tapped.
   *
   * @return such as {@code tel:+1-800-555-0100} or {@code tel:988;phone-context=+1}
   */
  public URI tel() {
    return resource.telUri();
  }

  /**
   * Returns the resource's page.
   *
   * @return an https URL
   */
  public URI page() {
    return resource.page();
  }

  /**
   * Returns when the resource answers, in the reader's language, as {@linkplain
   * InviteFacts#displayText(String) display text}.
   *
   * @return the resource's hours, or {@code "24/7"} ({@code "24 h/24, 7 j/7"} in French) when it is
   *     always open
   */
  public String hours() {
    return resource.hours(language).map(InviteFacts::displayText).orElse(Words.of(language).alwaysOpen);
  }

  /**
   * Tells whether the resource serves all of Canada.
   *
   * @return as {@link SupportResource#isNational()}
   */
  public boolean isNational() {
    return resource.isNational();
  }

  /**
   * Returns the one line that states the resource in a message: name, phone number, {@code tel:}
   * link, hours and page.
   *
   * @return such as {@code "Physician support line (sample): 1-800-555-0100 <tel:+1-800-555-0100>
   *     (24/7) https://support.example.org/"}, or in French {@code "Ligne de soutien aux médecins
   *     (exemple) : 1-800-555-0100 <tel:+1-800-555-0100> (24 h/24, 7 j/7)
   *     https://support.example.org/"}
   */
  public String line() {
    return name()
        + Words.of(language).colon
        + phoneText()
        + " <"
        + tel()
        + "> ("
        + hours()
        + ") "
        + page();
  }

  /**
   * Describes the facts by the resource and language.
   *
   * @return such as {@code SupportFacts{en, SupportResource{…}}}
   */
  @Override
  public String toString() {
    return "SupportFacts{" + language.tag() + ", " + resource + "}";
  }
}
