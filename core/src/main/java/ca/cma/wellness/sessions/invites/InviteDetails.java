package ca.cma.wellness.sessions.invites;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Moderator;
import ca.cma.wellness.sessions.Session;
import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a registrant sees of a session in their calendar, and so what makes an update worth
 * sending: the start (instant and zone), the duration, the title in the registrant's language, the
 * join link and the moderators' names. So a corrected French title is sent to French-speaking
 * registrants only. Other attributes (description, topics, language) travel with the next update
 * but do not cause one by themselves; to push them, raise {@link Session#revision()}.
 *
 * <p>Immutable and thread-safe. {@link #toString()} does not show the join link.
 *
 * @param start the start, in its zone
 * @param duration how long the session lasts
 * @param title the session's title in the registrant's language
 * @param joinUrl the private link to the meeting
 * @param moderators the moderators' display names, in the order credited
 */
public record InviteDetails(
    ZonedDateTime start, Duration duration, String title, URI joinUrl, List<String> moderators) {
  /**
   * Copies the moderators.
   *
   * @param start the start, in its zone
   * @param duration how long the session lasts
   * @param title the session's title
   * @param joinUrl the private link to the meeting
   * @param moderators the moderators' display names
   */
  public InviteDetails {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(joinUrl, "joinUrl");
    moderators = List.copyOf(moderators);
  }

  /**
   * Returns what registrants see of a session, with its own title ({@link Session#title()}).
   *
   * @param session the session
   * @return its details
   */
  public static InviteDetails of(Session session) {
    Objects.requireNonNull(session, "session");
    return of(session, session.title());
  }

  /**
   * Returns what a registrant who reads {@code language} sees of a session: its title is the
   * translation into that language if the session has one, else {@link Session#title()}.
   *
   * @param session the session
   * @param language the registrant's language
   * @return its details
   */
  public static InviteDetails of(Session session, Language language) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(language, "language");
    return of(session, session.titleTranslations().getOrDefault(language, session.title()));
  }

  private static InviteDetails of(Session session, String title) {
    return new InviteDetails(
        session.start(),
        session.duration(),
        title,
        session.joinUrl(),
        session.moderators().stream().map(Moderator::displayName).collect(Collectors.toUnmodifiableList()));
  }

  /**
   * Describes the details without the join link.
   *
   * @return such as {@code InviteDetails{start=2023-02-01T19:00-05:00[America/Toronto],
   *     duration=PT1H, moderators=1, joinUrl redacted}}
   */
  @Override
  public String toString() {
    return "InviteDetails{start="
        + start
        + ", duration="
        + duration
        + ", moderators="
        + moderators.size()
        + ", joinUrl redacted}";
  }
}
