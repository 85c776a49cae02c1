package ca.cma.wellness.sessions.ical.internal;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.invites.InviteReason;

/** The few words around the data, in English and French. */
public enum Words {
  /** English. */
  ENGLISH(
      "Moderated by ",
      "Register: ",
      "Join: ",
      "Support resources: ",
      "Join the session",
      "Reminder"),
  /** French. */
  FRENCH(
      "Animé par ",
      "Inscription : ",
      "Rejoindre : ",
      "Ressources de soutien : ",
      "Rejoindre la séance",
      "Rappel");

  /** Opens the line of moderators, which opens the footer of a description. */
  public final String moderatedBy;
  /** Opens the line of the registration page. */
  public final String register;
  /** Opens the line of the join link. */
  public final String join;
  /** Opens the line of the support page. */
  public final String support;
  /** The label of the CONFERENCE link. */
  public final String conferenceLabel;
  /** What an alarm says when the title is not at hand. */
  public final String reminder;

  Words(
      String moderatedBy,
      String register,
      String join,
      String support,
      String conferenceLabel,
      String reminder) {
    this.moderatedBy = moderatedBy;
    this.register = register;
    this.join = join;
    this.support = support;
    this.conferenceLabel = conferenceLabel;
    this.reminder = reminder;
  }

  /**
   * Returns the words of a language.
   *
   * @param language the language
   * @return the words
   */
  public static Words of(Language language) {
    return language == Language.FRENCH ? FRENCH : ENGLISH;
  }

  /**
   * Returns the first line of an e-mail body.
   *
   * @param reason why the message is sent
   * @param program the program's name
   * @return one sentence
   */
  public String intro(InviteReason reason, String program) {
    boolean en = this == ENGLISH;
    switch (reason) {
      case CONFIRMED:
        return en
            ? "You are registered for this " + program + " session."
            : "Votre inscription à cette séance de " + program + " est confirmée.";
      case PROMOTED:
        return en
            ? "A place opened up: you are now registered for this " + program + " session."
            : "Une place s'est libérée : votre inscription à cette séance de " + program
                + " est confirmée.";
      case UPDATED:
        return en
            ? "This session has changed; the invitation below updates your calendar."
            : "Cette séance a changé ; l'invitation ci-jointe met votre calendrier à jour.";
      case WITHDRAWN:
        return en
            ? "Your registration is cancelled; the session is removed from your calendar."
            : "Votre inscription est annulée ; la séance est retirée de votre calendrier.";
      case SESSION_CANCELLED:
      default:
        return en
            ? "This session is cancelled; it is removed from your calendar."
            : "Cette séance est annulée ; elle est retirée de votre calendrier.";
    }
  }

  /**
   * Returns the word that opens an e-mail subject.
   *
   * @param reason why the message is sent
   * @return such as {@code "Invitation"}
   */
  public String subject(InviteReason reason) {
    boolean en = this == ENGLISH;
    switch (reason) {
      case CONFIRMED:
      case PROMOTED:
        return en ? "Invitation: " : "Invitation : ";
      case UPDATED:
        return en ? "Updated: " : "Mise à jour : ";
      case WITHDRAWN:
        return en ? "Registration cancelled: " : "Inscription annulée : ";
      case SESSION_CANCELLED:
      default:
        return en ? "Cancelled: " : "Annulée : ";
    }
  }
}
