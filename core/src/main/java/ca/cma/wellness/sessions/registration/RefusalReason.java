package ca.cma.wellness.sessions.registration;

import ca.cma.wellness.sessions.Language;
import java.util.Objects;

/**
 * Why a request was refused: a stable code (the constant's name) for programs, and a {@link
 * #sentence(Language) sentence} for people, in English or French.
 */
public enum RefusalReason {
  /** The session was called off. */
  SESSION_CANCELLED(
      "This session has been cancelled.", "Cette séance a été annulée."),
  /** The session has started or is over. */
  SESSION_STARTED(
      "This session has already started.", "Cette séance a déjà commencé."),
  /** The session is not for the registrant's role, such as a learners-only session and a physician. */
  AUDIENCE(
      "This session is reserved for another audience.",
      "Cette séance est réservée à un autre public."),
  /** Registration has not opened yet. */
  NOT_YET_OPEN(
      "Registration for this session is not open yet.",
      "L'inscription à cette séance n'est pas encore ouverte."),
  /** Registration has closed. */
  CLOSED(
      "Registration for this session is closed.",
      "L'inscription à cette séance est fermée."),
  /** Every place is taken and the waitlist is full or not offered. */
  FULL(
      "This session is full and its waitlist is closed.",
      "Cette séance est complète et sa liste d'attente est close."),
  /** A cancellation named someone who has no active registration for the session. */
  NOT_REGISTERED(
      "There is no active registration for this session under this e-mail address.",
      "Aucune inscription active à cette séance ne correspond à cette adresse courriel.");

  private final String english;
  private final String french;

  RefusalReason(String english, String french) {
    this.english = english;
    this.french = french;
  }

  /**
   * Returns one sentence that tells a registrant why, with no name or address in it.
   *
   * @param language the registrant's language
   * @return such as {@code "This session has been cancelled."}
   */
  public String sentence(Language language) {
    return Objects.requireNonNull(language, "language") == Language.FRENCH ? french : english;
  }
}
