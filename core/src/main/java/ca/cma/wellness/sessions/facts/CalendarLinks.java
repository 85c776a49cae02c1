package ca.cma.wellness.sessions.facts;

import ca.cma.wellness.sessions.Language;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Add to calendar" links for one session, in one reader's language: a Google Calendar event
 * template, an Outlook on the web (Outlook.com, Microsoft 365) compose link, and the name of the
 * session's own {@code .ics} file, which the host serves. Every value comes from the session's
 * {@link SessionFacts}: the title is its {@link SessionFacts#summary(Language) summary} as {@link
 * InviteFacts#displayText(String) display text}, the place is its public page (the registration
 * page), and the details are its description and its footer (moderators, registration page,
 * support page). Never the join link.
 *
 * <h2>The links</h2>
 *
 * <ul>
 *   <li>{@link #google()}: {@code https://calendar.google.com/calendar/render?action=TEMPLATE}
 *       with {@code text} (the title), {@code dates} ({@code yyyyMMdd'T'HHmmss'Z'/…}, start and
 *       end in UTC), {@code ctz} (the session's IANA zone, in which Google shows the times),
 *       {@code details} and {@code location}.
 *   <li>{@link #outlook()}: {@code https://outlook.office.com/calendar/0/deeplink/compose} with
 *       {@code path=/calendar/action/compose}, {@code rru=addevent}, {@code subject}, {@code
 *       startdt} and {@code enddt} (ISO 8601 in UTC, {@code 2023-02-02T00:00:00Z}), {@code body}
 *       and {@code location}: the address of Microsoft 365 (work and school accounts); the same
 *       path and parameters on {@code https://outlook.live.com} serve Outlook.com accounts.
 *   <li>{@link #icsFile()}: {@code <session id>.<language>.ics}, such as {@code
 *       imposter-syndrome-2023-02-01.en.ics}, the one-event public calendar ({@code
 *       METHOD:PUBLISH}) that the host writes with the iCalendar module and serves beside its page.
 * </ul>
 *
 * <h2>Encoding and length</h2>
 *
 * Every parameter value is UTF-8 percent-encoded: every octet but the unreserved characters of
 * RFC 3986 ({@code A-Z a-z 0-9 - . _ ~}) becomes {@code %XX}, a space included ({@code %20}, never
 * {@code +}), so that {@code &}, {@code #}, {@code %}, {@code +}, CR, LF, emoji and
 * right-to-left marks reach the calendar as the text they are. Line breaks in the details are
 * LF. A link holds at most {@value #MAX_LINK_LENGTH} characters, the length RFC 9110 §4.1 asks
 * every sender and recipient to support: when the details would make it longer, the session's
 * description is cut at a character (never inside a surrogate pair or an escape) and ends with
 * "…", and the footer, which holds the registration page, stays whole. The title is at most 200
 * characters and never cut.
 *
 * <p>Immutable and thread-safe. Made by {@link SessionFacts#calendarLinks(Language)}.
 */
public final class CalendarLinks {
  /** The longest link written, in characters (all ASCII): RFC 9110's 8,000 octets. */
  public static final int MAX_LINK_LENGTH = 8000;

  /** The address of Google Calendar's event template. */
  public static final String GOOGLE_TEMPLATE = "https://calendar.google.com/calendar/render";

  /** The address of Outlook on the web's compose deep link. */
  public static final String OUTLOOK_COMPOSE = "https://outlook.office.com/calendar/0/deeplink/compose";

  private static final DateTimeFormatter GOOGLE_TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter OUTLOOK_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final String ELLIPSIS = "…";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final SessionFacts session;
  private final Language language;
  private final String title;
  private final String description;
  private final String footer;

  CalendarLinks(SessionFacts session, Language language) {
    this.session = session;
    this.language = language;
    this.title = InviteFacts.displayText(session.summary(language));
    this.description = lf(String.join("\n\n", session.paragraphs(language)));
    this.footer = String.join("\n", session.footer(language));
  }

  /**
   * Returns the title every link carries.
   *
   * @return the session's summary as display text: one line, without bidirectional controls
   */
  public String title() {
    return title;
  }

  /**
   * Returns the start every link carries.
   *
   * @return the session's start
   */
  public Instant start() {
    return session.start().toInstant();
  }

  /**
   * Returns the end every link carries.
   *
   * @return the session's end
   */
  public Instant end() {
    return session.end().toInstant();
  }

  /**
   * Returns the place every link carries: the session's public page, never the join link.
   *
   * @return the registration page
   */
  public URI location() {
    return session.page();
  }

  /**
   * Returns the details a link carries when nothing has to be cut: the description's paragraphs,
   * then the footer's lines, with LF line breaks.
   *
   * @return the whole details
   */
  public String details() {
    return details(description);
  }

  /**
   * Returns the Google Calendar link that opens a new event filled with the session.
   *
   * @return an absolute https URI of at most {@value #MAX_LINK_LENGTH} characters (unless the title
   *     and footer alone are longer)
   */
  public URI google() {
    List<String[]> head = new ArrayList<>();
    head.add(new String[] {"action", "TEMPLATE"});
    head.add(new String[] {"text", title});
    head.add(new String[] {"dates", GOOGLE_TIME.format(start()) + "/" + GOOGLE_TIME.format(end())});
    head.add(new String[] {"ctz", session.start().getZone().getId()});
    return link(GOOGLE_TEMPLATE, head, "details");
  }

  /**
   * Returns the Outlook on the web link that opens a new event filled with the session.
   *
   * @return an absolute https URI of at most {@value #MAX_LINK_LENGTH} characters (unless the title
   *     and footer alone are longer)
   */
  public URI outlook() {
    List<String[]> head = new ArrayList<>();
    head.add(new String[] {"path", "/calendar/action/compose"});
    head.add(new String[] {"rru", "addevent"});
    head.add(new String[] {"subject", title});
    head.add(new String[] {"startdt", OUTLOOK_TIME.format(start())});
    head.add(new String[] {"enddt", OUTLOOK_TIME.format(end())});
    return link(OUTLOOK_COMPOSE, head, "body");
  }

  /**
   * Returns the name of the session's one-event calendar file in this language, which the host
   * writes (the iCalendar module's feed of this one session) and serves beside its page.
   *
   * @return {@code <session id>.<language tag>.ics}, such as {@code
   *     imposter-syndrome-2023-02-01.fr.ics}; a session id is letters, digits, {@code -}, {@code _}
   *     and {@code .}, so the name is safe in a path and a URL as it is
   */
  public String icsFile() {
    return session.session().id().value() + "." + language.tag() + ".ics";
  }

  /**
   * Returns the language of the links' text.
   *
   * @return the reader's language
   */
  public Language language() {
    return language;
  }

  private String details(String describe) {
    return describe.isEmpty() ? footer : describe + "\n\n" + footer;
  }

  /**
   * Writes {@code base?head…&detailsName=…&location=…}, cutting the description so that the whole
   * stays within {@link #MAX_LINK_LENGTH}.
   */
  private URI link(String base, List<String[]> head, String detailsName) {
    StringBuilder out = new StringBuilder(base.length() + 512);
    out.append(base);
    char separator = '?';
    for (String[] parameter : head) {
      out.append(separator).append(parameter[0]).append('=');
      encode(parameter[1], out);
      separator = '&';
    }
    StringBuilder tail = new StringBuilder("&location=");
    encode(location().toString(), tail);
    String detailsStart = "&" + detailsName + "=";
    String whole = encode(details(description));
    int room = MAX_LINK_LENGTH - out.length() - detailsStart.length() - tail.length();
    out.append(detailsStart);
    if (whole.length() <= room) {
      out.append(whole);
    } else {
      out.append(encode(details(cut(description, room - encode(details("")).length() - encode("\n\n").length()))));
    }
    out.append(tail);
    return URI.create(out.toString());
  }

  /**
   * Cuts text to the longest start whose encoding, with "…", fits in {@code room} characters; an
   * empty string when not even "…" fits.
   */
  static String cut(String text, int room) {
    int budget = room - encode(ELLIPSIS).length();
    if (budget <= 0) {
      return "";
    }
    int used = 0;
    int end = 0;
    while (end < text.length()) {
      int codePoint = text.codePointAt(end);
      int size = encodedLength(codePoint);
      if (used + size > budget) {
        break;
      }
      used += size;
      end += Character.charCount(codePoint);
    }
    return text.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  /**
   * Percent-encodes text as a query parameter's value: UTF-8, every octet but RFC 3986's
   * unreserved characters as {@code %XX}.
   *
   * @param text any text
   * @return the encoding, ASCII only
   */
  static String encode(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    encode(text, out);
    return out.toString();
  }

  private static void encode(String text, StringBuilder out) {
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int octet = b & 0xFF;
      if (isUnreserved(octet)) {
        out.append((char) octet);
      } else {
        out.append('%').append(HEX[octet >> 4]).append(HEX[octet & 0xF]);
      }
    }
  }

  private static int encodedLength(int codePoint) {
    if (codePoint < 0x80) {
      return isUnreserved(codePoint) ? 1 : 3;
    }
    return 3 * (codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);
  }

  private static boolean isUnreserved(int octet) {
    return octet >= 'A' && octet <= 'Z'
        || octet >= 'a' && octet <= 'z'
        || octet >= '0' && octet <= '9'
        || octet == '-'
        || octet == '.'
        || octet == '_'
        || octet == '~';
  }

  /** Line breaks as LF: a CRLF or a lone CR becomes one LF. */
  private static String lf(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /**
   * Describes the links by session and language.
   *
   * @return such as {@code CalendarLinks{imposter-syndrome-2023-02-01@wellness.example.org, en}}
   */
  @Override
  public String toString() {
    return "CalendarLinks{" + session.uid() + ", " + language.tag() + "}";
  }
}
