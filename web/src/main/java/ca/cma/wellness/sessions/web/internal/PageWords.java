package ca.cma.wellness.sessions.web.internal;

import ca.cma.wellness.sessions.Language;
import java.util.List;

/**
 * Every word the page writes around the data, in English and French. The words the other outputs
 * share ("Moderated by", "Cancelled: ", "part") come from core's facts; these are the page's own.
 */
public enum PageWords {
  /** English. */
  ENGLISH(
      "Upcoming sessions",
      "No sessions are scheduled at the moment.",
      "Register for session",
      "Add to calendar",
      "Add to Google Calendar",
      "Add to Outlook",
      "Download calendar file (.ics)",
      "Topics",
      "Open",
      "%d places left",
      "1 place left",
      "Waitlist: every place is taken",
      "Full",
      "Closed",
      "Cancelled",
      "Part %s of %s",
      "Get support now",
      "If you are overwhelmed, or want someone to talk to now, these lines answer physicians and"
          + " learners across Canada. The support page also lists crisis numbers and the physician"
          + " health program of each province and territory.",
      "Physician support page: crisis numbers and provincial programs",
      "Skip to the sessions",
      "Upcoming sessions",
      "Languages",
      "English",
      "Registration",
      "Rescheduled from"),
  /** French. */
  FRENCH(
      "Séances à venir",
      "Aucune séance n'est prévue pour le moment.",
      "S'inscrire à la séance",
      "Ajouter à l'agenda",
      "Ajouter à Google Agenda",
      "Ajouter à Outlook",
      "Télécharger le fichier d'agenda (.ics)",
      "Sujets",
      "Ouverte",
      "%d places restantes",
      "1 place restante",
      "Liste d'attente : toutes les places sont prises",
      "Complète",
      "Close",
      "Annulée",
      "Partie %s sur %s",
      "Obtenir de l'aide maintenant",
      "Si vous vous sentez dépassé ou souhaitez parler à quelqu'un dès maintenant, ces lignes"
          + " répondent aux médecins et aux apprenants de tout le Canada. La page de soutien donne"
          + " aussi les numéros d'urgence et le programme de santé des médecins de chaque province"
          + " et territoire.",
      "Page de soutien aux médecins : numéros d'urgence et programmes provinciaux",
      "Aller aux séances",
      "Séances à venir",
      "Langues",
      "Français",
      "Inscription",
      "Reportée ; date précédente :");

  /** The heading of the list of sessions. */
  public final String upcoming;
  /** Said when there is no session to list. */
  public final String noSessions;
  /** The registration link's text. */
  public final String register;
  /** Names the list of add-to-calendar links. */
  public final String addToCalendar;
  /** The Google Calendar link's text. */
  public final String google;
  /** The Outlook link's text. */
  public final String outlook;
  /** The .ics link's text. */
  public final String icsFile;
  /** Names the list of topics. */
  public final String topics;
  /** State: registering confirms a place. */
  public final String open;
  /** Places left, with {@code %d}. */
  public final String placesLeft;
  /** One place left. */
  public final String onePlaceLeft;
  /** State: registering joins the waitlist. */
  public final String waitlist;
  /** State: every place and the waitlist are taken. */
  public final String full;
  /** State: registration is not open now. */
  public final String closed;
  /** State: the session is called off. */
  public final String cancelled;
  /** A part of a series: part, then the part count, each in Roman numerals. */
  public final String partOf;
  /** The heading of the support resources. */
  public final String getSupport;
  /** What the support resources are for. */
  public final String supportIntro;
  /** The support page's link text. */
  public final String supportPage;
  /** The skip link's text. */
  public final String skip;
  /** The document's title, after the program's name. */
  public final String title;
  /** Names the list of other languages. */
  public final String languages;
  /** The language's own name, in itself. */
  public final String name;
  /** Names the state of a session's registration. */
  public final String registration;
  /** Opens the line that gives a moved session's previous start. */
  public final String movedFrom;

  PageWords(
      String upcoming,
      String noSessions,
      String register,
      String addToCalendar,
      String google,
      String outlook,
      String icsFile,
      String topics,
      String open,
      String placesLeft,
      String onePlaceLeft,
      String waitlist,
      String full,
      String closed,
      String cancelled,
      String partOf,
      String getSupport,
      String supportIntro,
      String supportPage,
      String skip,
      String title,
      String languages,
      String name,
      String registration,
      String movedFrom) {
    this.upcoming = upcoming;
    this.noSessions = noSessions;
    this.register = register;
    this.addToCalendar = addToCalendar;
    this.google = google;
    this.outlook = outlook;
    this.icsFile = icsFile;
    this.topics = topics;
    this.open = open;
    this.placesLeft = placesLeft;
    this.onePlaceLeft = onePlaceLeft;
    this.waitlist = waitlist;
    this.full = full;
    this.closed = closed;
    this.cancelled = cancelled;
    this.partOf = partOf;
    this.getSupport = getSupport;
    this.supportIntro = supportIntro;
    this.supportPage = supportPage;
    this.skip = skip;
    this.title = title;
    this.languages = languages;
    this.name = name;
    this.registration = registration;
    this.movedFrom = movedFrom;
  }

  /**
   * Returns the words of a language.
   *
   * @param language the page's language
   * @return its words
   */
  public static PageWords of(Language language) {
    return language == Language.FRENCH ? FRENCH : ENGLISH;
  }

  /**
   * Returns the words that hold no data, as a reader sees them: a page in the other language has
   * none of them.
   *
   * @return the words, without the patterns' numbers
   */
  public List<String> fixed() {
    return List.of(
        upcoming, noSessions, register, addToCalendar, google, outlook, icsFile, open, waitlist,
        closed, getSupport, supportIntro, supportPage, skip);
  }
}
