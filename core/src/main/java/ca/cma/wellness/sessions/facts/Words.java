package ca.cma.wellness.sessions.facts;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.invites.InviteReason;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Every word the library writes around the data, in English and French: the one list of its own
 * strings, which the outputs share and readers of its own output recognize.
 */
enum Words {
  ENGLISH(
      "Moderated by ",
      "Register: ",
      "Join: ",
      "Support resources: ",
      "Join the session",
      "Cancelled: ",
      "This session is cancelled.",
      "part",
      "24/7",
      ": "),
  FRENCH(
      "Animé par ",
      "Inscription : ",
      "Rejoindre : ",
      "Ressources de soutien : ",
      "Rejoindre la séance",
      "Annulée : ",
      "Cette séance est annulée.",
      "partie",
      "24 h/24, 7 j/7",
      " : ");

  /** Opens the line of moderators, which opens the footer of a public description. */
  final String moderatedBy;
  /** Opens the line of the registration page. */
  final String register;
  /** Opens the line of the join link, which opens the footer of an invite's description. */
  final String join;
  /** Opens the line of the support page. */
  final String support;
  /** The label of the join link in calendars. */
  final String conferenceLabel;
  /** Opens the title of a cancelled session, and the subject of its cancellation. */
  final String cancelled;
  /** The paragraph that opens the description of a cancelled session. */
  final String cancelledSentence;
  /** Names the part of a series in a title: "(part II)", "(partie II)". */
  final String part;
  /** The hours of a support resource that always answers. */
  final String alwaysOpen;
  /** Separates a support resource's name from its number. */
  final String colon;

  Words(
      String moderatedBy,
      String register,
      String join,
      String support,
      String conferenceLabel,
      String cancelled,
      String cancelledSentence,
      String part,
      String alwaysOpen,
      String colon) {
    this.moderatedBy = moderatedBy;
    this.register = register;
    this.join = join;
    this.support = support;
    this.conferenceLabel = conferenceLabel;
    this.cancelled = cancelled;
    this.cancelledSentence = cancelledSentence;
    this.part = part;
    this.alwaysOpen = alwaysOpen;
    this.colon = colon;
  }

  static Words of(Language language) {
    return language == Language.FRENCH ? FRENCH : ENGLISH;
  }

  /**
   * Every string this language's messages write around the data, trimmed (but "(part " keeps the
   * space that tells it from "(partie "); an intro that names the program gives the pieces on
   * either side of the name.
   */
  List<String> all() {
    List<String> out = new ArrayList<>();
    for (String word :
        new String[] {
          moderatedBy, register, join, support, conferenceLabel, cancelled, cancelledSentence, alwaysOpen
        }) {
      out.add(word.strip());
    }
    out.add("(" + part + " ");
    String marker = "\u0000";
    for (InviteReason reason : InviteReason.values()) {
      for (String piece : intro(reason, marker).split(marker, -1)) {
        if (!piece.isBlank()) {
          out.add(piece.strip());
        }
      }
      out.add(subject(reason).strip());
    }
    return List.copyOf(new LinkedHashSet<>(out));
  }

  /** The first line of an e-mail body. */
  String intro(InviteReason reason, String program) {
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

  /** The words that open an e-mail subject. */
  String subject(InviteReason reason) {
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
        return cancelled;
    }
  }
}
