package ca.cma.wellness.sessions.facts;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.SessionUid;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.TimeText;
import ca.cma.wellness.sessions.internal.Checks;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteMethod;
import ca.cma.wellness.sessions.invites.InviteReason;
import java.net.URI;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything one planner message says to its recipient, derived once: the iCalendar invite, its
 * e-mail and the JSCalendar invite serialize these facts, so they agree on UID, SEQUENCE, status,
 * start and end. Text comes in the recipient's language, times in the recipient's zone.
 *
 * <p>A REQUEST puts the session in the recipient's calendar, with the join link; a CANCEL removes
 * it and is {@link SessionStatus#CANCELLED} whatever the session's own status (a withdrawal
 * cancels one person's copy of a session that still takes place).
 *
 * <p>Immutable and thread-safe. Made by {@link ProgramFacts#invite(InviteMessage)}.
 */
public final class InviteFacts {
  private final SessionFacts session;
  private final InviteMessage message;
  private final Words words;

  InviteFacts(SessionFacts session, InviteMessage message) {
    if (message.method() == InviteMethod.REQUEST && session.isCancelled()) {
      throw new SessionValidationException(
          "session.status",
          "a REQUEST cannot describe the cancelled session \"" + session.session().id() + "\"; send a CANCEL");
    }
    this.session = session;
    this.message = message;
    this.words = Words.of(message.recipient().language());
  }

  /**
   * Returns the message.
   *
   * @return the planner's message
   */
  public InviteMessage message() {
    return message;
  }

  /**
   * Returns the public facts of the session the message describes, as the message describes it.
   *
   * @return the session's facts
   */
  public SessionFacts session() {
    return session;
  }

  /**
   * Returns the one person the message is for.
   *
   * @return the recipient
   */
  public Registrant recipient() {
    return message.recipient();
  }

  /**
   * Returns the language the message is written in: the recipient's.
   *
   * @return the language
   */
  public Language language() {
    return message.recipient().language();
  }

  /**
   * Returns the UID, the same as in every public output.
   *
   * @return the session's UID
   */
  public SessionUid uid() {
    return session.uid();
  }

  /**
   * Returns the iTIP method.
   *
   * @return REQUEST or CANCEL
   */
  public InviteMethod method() {
    return message.method();
  }

  /**
   * Tells whether the message puts the session in the recipient's calendar.
   *
   * @return whether the method is REQUEST
   */
  public boolean isRequest() {
    return message.method() == InviteMethod.REQUEST;
  }

  /**
   * Returns why the message is sent.
   *
   * @return the reason
   */
  public InviteReason reason() {
    return message.reason();
  }

  /**
   * Returns the SEQUENCE of this message, as the planner decided it for this recipient. Every
   * format that carries the message states this one, never the session's revision.
   *
   * @return zero or more
   */
  public int sequence() {
    return message.sequence();
  }

  /**
   * Returns the status of the recipient's copy of the session.
   *
   * @return {@link SessionStatus#CANCELLED} for a CANCEL, {@link SessionStatus#SCHEDULED} for a
   *     REQUEST
   */
  public SessionStatus status() {
    return isRequest() ? SessionStatus.SCHEDULED : SessionStatus.CANCELLED;
  }

  /**
   * Returns the start, in the session's zone.
   *
   * @return the start
   */
  public ZonedDateTime start() {
    return session.start();
  }

  /**
   * Returns the end, in the session's zone.
   *
   * @return the end
   */
  public ZonedDateTime end() {
    return session.end();
  }

  /**
   * Returns the title as the program lists it, in the recipient's language.
   *
   * @return the display title
   */
  public String title() {
    return localizedTitle().text();
  }

  /**
   * Returns the title in the recipient's language, marked with the language it is actually in (the
   * program's first language when the program has no translation).
   *
   * @return the display title
   */
  public LocalizedText localizedTitle() {
    return session.localizedTitle(language());
  }

  /**
   * Returns the language the DESCRIPTION is marked with: that of the session's description, or the
   * recipient's when the session has none.
   *
   * @return as {@link SessionFacts#descriptionLanguage(Language)}
   */
  public Language descriptionLanguage() {
    return session.descriptionLanguage(language());
  }

  /**
   * Returns what the recipient reads about the session, one paragraph each.
   *
   * @return as {@link SessionFacts#paragraphs(Language)}, in the recipient's language
   */
  public List<String> paragraphs() {
    return session.paragraphs(language());
  }

  /**
   * Returns the private link to the meeting, which only a REQUEST carries.
   *
   * @return the join link, or empty for a CANCEL
   */
  public Optional<URI> joinUrl() {
    return isRequest() ? Optional.of(session.session().joinUrl()) : Optional.empty();
  }

  /**
   * Returns the label of the join link in calendars.
   *
   * @return such as {@code "Join the session"}
   */
  public String conferenceLabel() {
    return words.conferenceLabel;
  }

  /**
   * Returns the lines that close the description of a REQUEST: the join link, the moderators, the
   * support page and then the {@link #support() support resources}, one line each. A CANCEL keeps
   * the support page and the resources: a cancelled session is when someone may need them most.
   *
   * @return the lines, without line breaks
   */
  public List<String> footer() {
    List<SupportFacts> support = support();
    List<String> lines = new ArrayList<>(3 + support.size());
    joinUrl().ifPresent(join -> lines.add(words.join + join));
    if (isRequest()) {
      lines.add(session.moderatorsLine(language()));
    }
    lines.add(supportLine());
    for (SupportFacts resource : support) {
      lines.add(resource.line());
    }
    return lines;
  }

  /**
   * Returns the support resources the message ends with, in the recipient's language: those of the
   * recipient's province or territory, then the national ones.
   *
   * @return as {@link ProgramFacts#support(ca.cma.wellness.sessions.Province, Language)} for the
   *     recipient
   */
  public List<SupportFacts> support() {
    return session.program().support(recipient().province(), language());
  }

  /**
   * Returns the start as the recipient reads it: date, time and zone label in their own zone,
   * followed by the session's own time when the zones differ, such as {@code "Feb. 1, 2023, 8:30
   * pm NT (7 pm ET)"}.
   *
   * @return the time text
   */
  public String when() {
    TimeText time = TimeText.of(language());
    ZonedDateTime start = session.start().truncatedTo(ChronoUnit.MINUTES);
    String when = time.dateTime(start.withZoneSameInstant(recipient().timeZone()));
    if (!recipient().timeZone().equals(session.session().timeZone())) {
      String own = time.forViewer(start, session.session().timeZone());
      if (!when.endsWith(own)) {
        when += " (" + own + ")";
      }
    }
    return when;
  }

  /**
   * The longest subject, in characters (code points): a title that would make it longer is cut,
   * with an ellipsis, so the date and time always show.
   */
  public static final int MAX_SUBJECT_LENGTH = 140;

  /**
   * Returns the one-line e-mail subject: why, the title, and the start in the recipient's zone.
   * The title is {@linkplain #displayText(String) display text} and is cut with "…" so that the
   * subject has at most {@link #MAX_SUBJECT_LENGTH} characters.
   *
   * @return such as {@code "Invitation: Imposter syndrome, Feb. 1, 2023, 8:30 pm NT"}
   */
  public String subject() {
    ZonedDateTime start = session.start().truncatedTo(ChronoUnit.MINUTES);
    String prefix = words.subject(reason());
    String when = ", " + TimeText.of(language()).dateTime(start.withZoneSameInstant(recipient().timeZone()));
    String title = displayText(title());
    int room = Math.max(10, MAX_SUBJECT_LENGTH - prefix.codePointCount(0, prefix.length())
        - when.codePointCount(0, when.length()));
    if (title.codePointCount(0, title.length()) > room) {
      title = title.substring(0, title.offsetByCodePoints(0, room - 1)).stripTrailing() + "…";
    }
    return prefix + title + when;
  }

  /**
   * Returns text fit to show in one line of a header or a list: each run of line breaks, tabs and
   * other control characters becomes one space, and the bidirectional controls U+202A–U+202E and U+2066–U+2069 are removed, so that a
   * name or title cannot reorder what follows it ("Séance \u202Eenilno" does not show as
   * "Séance online").
   *
   * @param text a title or a name
   * @return one line without bidirectional controls, stripped
   */
  public static String displayText(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean breaking = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
        continue;
      }
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        if (!breaking) {
          out.append(' ');
        }
        breaking = true;
        continue;
      }
      breaking = false;
      out.append(c);
    }
    return out.toString().strip();
  }

  /**
   * Returns the lines of the plain-text e-mail body, an empty string for a blank line: why the
   * message is sent, the title and {@link #when()}, then for a REQUEST the join link and the
   * moderators, and last the support page and the {@link #support() support resources}, one line
   * each, with their {@code tel:} links.
   *
   * @return the lines, without line breaks
   */
  public List<String> body() {
    List<SupportFacts> support = support();
    List<String> lines = new ArrayList<>(9 + support.size());
    lines.add(words.intro(reason(), Checks.oneLine(session.program().name(language()).text())));
    lines.add("");
    lines.add(Checks.oneLine(title()));
    lines.add(when());
    if (isRequest()) {
      lines.add("");
      joinUrl().ifPresent(join -> lines.add(words.join + join));
      lines.add(session.moderatorsLine(language()));
    }
    lines.add("");
    lines.add(supportLine());
    for (SupportFacts resource : support) {
      lines.add(resource.line());
    }
    return lines;
  }

  /**
   * Returns who sends the message: the program's organizer, named in the recipient's language
   * when the organizer is the program itself.
   *
   * @return the organizer's name, such as {@code "Connexion bien-être"}
   */
  public String organizerName() {
    Program program = session.program().program();
    return program.organizerName().equals(program.name())
        ? session.program().name(language()).text()
        : program.organizerName();
  }

  /**
   * Returns the mailbox that sends the message and receives replies.
   *
   * @return the organizer's address
   */
  public EmailAddress organizerEmail() {
    return session.program().program().organizerEmail();
  }

  private String supportLine() {
    return words.support + session.supportPage();
  }

  /**
   * Describes the facts without the recipient or the join link.
   *
   * @return such as {@code InviteFacts{REQUEST, imposter-syndrome-2023-02-01@wellness.example.org,
   *     sequence=0}}
   */
  @Override
  public String toString() {
    return "InviteFacts{" + method() + ", " + uid() + ", sequence=" + sequence() + "}";
  }
}
