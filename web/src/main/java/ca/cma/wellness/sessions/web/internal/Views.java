package ca.cma.wellness.sessions.web.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The values the templates show, each decided before they run; the templates only place them. */
public final class Views {
  private Views() {}

  /**
   * Text with the language it is in, when that differs from the element around it.
   *
   * @param text the text
   * @param lang a BCP 47 tag for a {@code lang} attribute, or null when the text is in the
   *     language of the element around it
   */
  public record Text(String text, @Nullable String lang) {}

  /**
   * A link whose text makes sense alone: the visible label, then words shown to screen readers
   * only (the session's title).
   *
   * @param href the address
   * @param label the visible text
   * @param hidden the text for screen readers only, which names the session
   * @param hiddenLang the language of the hidden text, when it differs
   * @param download the file name to save the link's target as, or null for a page
   */
  public record Link(String href, String label, String hidden, @Nullable String hiddenLang, @Nullable String download) {}

  /**
   * One session as an article.
   *
   * @param id the id of its heading
   * @param title its title as the program lists it ("Cancelled: …" once called off)
   * @param datetime the start, RFC 3339 with the offset, for {@code <time datetime>}
   * @param when the start as the program writes it
   * @param movedFrom "Rescheduled from" when the session moved, or null
   * @param previousDatetime the previous start, RFC 3339, or null
   * @param previousWhen the previous start as the program writes it, or null
   * @param moderators "Moderated by …"
   * @param registrationLabel names the state line
   * @param colon what follows the label: ": " in English, " : " in French
   * @param state the registration state, such as "Registration open"
   * @param stateClass a class name per state: {@code open}, {@code waitlist}, {@code full},
   *     {@code closed} or {@code cancelled}
   * @param series "Part I of II", or null for a stand-alone session
   * @param paragraphs what it is about
   * @param register the registration link, or null once cancelled
   * @param calendarLabel names the add-to-calendar links
   * @param calendar the add-to-calendar links; none once cancelled
   * @param topicsLabel names the topics
   * @param topics its topics
   */
  public record Session(
      String id,
      Text title,
      String datetime,
      String when,
      @Nullable String movedFrom,
      @Nullable String previousDatetime,
      @Nullable String previousWhen,
      String moderators,
      String registrationLabel,
      String colon,
      String state,
      String stateClass,
      @Nullable String series,
      List<Text> paragraphs,
      @Nullable Link register,
      String calendarLabel,
      List<Link> calendar,
      String topicsLabel,
      List<Text> topics) {}

  /**
   * A national support resource.
   *
   * @param name its name, a link to its page
   * @param page its page
   * @param phone its number, as people in Canada write it
   * @param hours when it answers
   */
  public record Support(Text name, String page, String phone, String hours) {}

  /**
   * The fragment.
   *
   * @param lang the page's language
   * @param idPrefix what every id in the fragment starts with
   * @param upcoming the heading of the list
   * @param sessions the sessions, in the order given
   * @param noSessions said when there are none
   * @param getSupport the heading of the support resources
   * @param supportIntro what they are for
   * @param support the national resources
   * @param supportPage the program's support page
   * @param supportPageLabel its link text
   * @param jsonLd the schema.org markup, safe inside a script element
   */
  public record Fragment(
      String lang,
      String idPrefix,
      String upcoming,
      List<Session> sessions,
      String noSessions,
      String getSupport,
      String supportIntro,
      List<Support> support,
      String supportPage,
      String supportPageLabel,
      String jsonLd) {}

  /**
   * Another language's page.
   *
   * @param href its address
   * @param lang its language's tag
   * @param name its language's own name
   */
  public record Alternate(String href, String lang, String name) {}

  /**
   * A complete page around the fragment.
   *
   * @param lang the page's language
   * @param title the document's title
   * @param programName the program's name, the page's heading
   * @param description the program's description, or null
   * @param skip the skip link's text
   * @param languagesLabel names the list of other languages
   * @param alternates the pages in other languages
   * @param fragment the fragment's HTML, as the fragment template wrote it
   * @param idPrefix the fragment's id prefix, for the skip link
   */
  public record Document(
      String lang,
      String title,
      Text programName,
      @Nullable Text description,
      String skip,
      String languagesLabel,
      List<Alternate> alternates,
      String fragment,
      String idPrefix) {}
}
