package ca.cma.wellness.sessions.examples;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.facts.InviteFacts;
import ca.cma.wellness.sessions.ical.InviteEmail;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InvitePlan;
import ca.cma.wellness.sessions.invites.InvitePlanner;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.UnsupportedEncodingException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Sends the iCalendar module's invites as real e-mail with Jakarta Mail (RFC 6047, iMIP).
 *
 * <p>Each {@link InviteEmail} becomes one message from the program's organizer mailbox to the
 * invite's recipient alone, shaped the way Outlook, Gmail and Apple Mail recognise an invitation:
 *
 * <pre>
 * From: Wellness Connection &lt;wellness@example.org&gt;
 * To: Morgan Kelly &lt;morgan.kelly@example.org&gt;
 * Subject: Invitation: Imposter syndrome, Feb. 1, 2023, 8:30 pm NT
 * Content-Type: multipart/alternative; boundary="=_wellness.…"
 *
 *   text/plain; charset=UTF-8                      quoted-printable: the invite's text
 *   text/calendar; charset=UTF-8; method=REQUEST   base64: the invite's one VCALENDAR
 * </pre>
 *
 * <ul>
 *   <li>The calendar is an alternative of the body, not an attachment: Outlook shows its Accept and
 *       Decline buttons only for a {@code text/calendar} part, Gmail only when that part is an
 *       alternative. Its {@code method} parameter equals the METHOD inside (RFC 6047 §2.4), and
 *       it holds exactly one VCALENDAR, which Outlook and Exchange require.
 *   <li>There is no HTML part. The plain text already repeats the title, the local time and the
 *       join link, which is what clients that import the body instead of DESCRIPTION need; an HTML
 *       copy would add a template to escape and keep in step without helping any client.
 *   <li>The calendar part is base64, so its CRLF line ends and UTF-8 reach the calendar client
 *       unchanged over any relay, 8BITMIME or not; the text is quoted-printable, which stays
 *       readable in the raw message and breaks long links safely.
 *   <li>Headers are deterministic: {@code Date} comes from the injected clock (in UTC), {@code
 *       Message-ID} from the invite's method, UID, SEQUENCE and recipient (hashed, so it names
 *       nobody) at the program's UID domain, and the MIME boundary from the same. The same
 *       invite and clock give byte-identical messages, and a retried send carries the same
 *       Message-ID, so receiving servers can drop the duplicate.
 *   <li>No other registrant appears anywhere: not in To, not in Cc or Bcc (there are none), not in
 *       the SMTP envelope, which names the recipient alone.
 *   <li>Names lose line breaks and tabs before they go into a header, so no name can add a header.
 *       An internationalised domain is sent in its ASCII (punycode) form. A non-ASCII local part
 *       needs SMTPUTF8: it is refused unless the mail session sets {@code mail.mime.allowutf8}.
 * </ul>
 *
 * <p>Usage, with the planner's messages:
 *
 * <pre>{@code
 * Properties props = new Properties();
 * props.setProperty("mail.smtp.host", "smtp.example.org");
 * props.setProperty("mail.smtp.port", "587");
 * props.setProperty("mail.smtp.starttls.required", "true");
 * jakarta.mail.Session mail = jakarta.mail.Session.getInstance(props, authenticator);
 *
 * Ical ical = Ical.of(program, clock);
 * InviteMailer mailer = InviteMailer.of(program, clock);
 * InvitePlan plan = InvitePlanner.plan(session, ledger.roster(session.id()), sentLog);
 * List<InviteEmail> invites = plan.messages().stream().map(ical::invite).toList();
 * try {
 *   mailer.sendAll(invites, mail);
 *   sentLog = plan.log();
 * } catch (InviteMailer.SendException e) {
 *   for (InviteMessage sent : plan.messages().subList(0, e.sent())) {
 *     sentLog = sentLog.record(sent);   // the rest go out with the next plan
 *   }
 * }
 * }</pre>
 *
 * <p>Makes no network connection but to the SMTP server the mail session names. Immutable and
 * thread-safe.
 */
public final class InviteMailer {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss xx", Locale.US)
          .withZone(ZoneOffset.UTC);

  /** Bytes per encoded-word: 39 bytes are 52 base64 characters, 64 with the markers. */
  private static final int ENCODED_WORD_BYTES = 39;

  /** The longest word a header keeps as it is; a longer one is encoded in pieces it can fold between. */
  private static final int LONGEST_WORD = 60;

  private final Program program;
  private final Clock clock;

  private InviteMailer(Program program, Clock clock) {
    this.program = program;
    this.clock = clock;
  }

  /**
   * Returns a mailer that sends as the program's organizer.
   *
   * @param program the program: its {@link Program#organizerEmail()} is the sender; each
   *     message's {@link InviteEmail#senderName()} (the organizer, named in the recipient's
   *     language) the sender's name
   * @param clock the source of every {@code Date} header
   * @return the mailer
   */
  public static InviteMailer of(Program program, Clock clock) {
    return new InviteMailer(
        Objects.requireNonNull(program, "program"), Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Returns the program whose organizer sends.
   *
   * @return the program
   */
  public Program program() {
    return program;
  }

  /**
   * Returns the clock that dates the messages.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Turns one invite into the e-mail that carries it, ready to send.
   *
   * @param invite the invite, from {@code Ical.invite(message)}
   * @param mail the Jakarta Mail session whose {@code mail.mime.*} settings apply
   * @return a new message with {@link MimeMessage#saveChanges()} already applied
   * @throws MessagingException if Jakarta Mail refuses a header or part
   * @throws IllegalArgumentException if the recipient's or the organizer's address has a non-ASCII
   *     local part and {@code mail.mime.allowutf8} is not {@code true}
   */
  public MimeMessage message(InviteEmail invite, Session mail) throws MessagingException {
    Objects.requireNonNull(invite, "invite");
    Objects.requireNonNull(mail, "mail");
    boolean utf8 = Boolean.parseBoolean(mail.getProperty("mail.mime.allowutf8"));
    Registrant recipient = invite.recipient();
    String key = key(invite);

    MimeBodyPart text = new MimeBodyPart();
    text.setText(invite.text(), "UTF-8", "plain");
    text.setHeader("Content-Transfer-Encoding", "quoted-printable");
    text.setContentLanguage(new String[] {recipient.language().tag()});

    MimeBodyPart calendar = new MimeBodyPart();
    calendar.setDataHandler(
        new DataHandler(new ByteArrayDataSource(invite.bytes(), invite.contentType())));
    calendar.setHeader("Content-Type", invite.contentType());
    calendar.setHeader("Content-Transfer-Encoding", "base64");

    MimeMultipart alternative = new Alternative("=_wellness." + key);
    alternative.addBodyPart(text);
    alternative.addBodyPart(calendar);

    String messageId = "<" + messageIdLeft(invite, key) + "@" + ascii(program.uidDomain()) + ">";
    MimeMessage message = new Invitation(mail, messageId);
    message.setFrom(
        mailbox(program.organizerEmail(), invite.senderName(), utf8, "organizer"));
    message.setRecipient(
        MimeMessage.RecipientType.TO,
        mailbox(recipient.email(), recipient.name(), utf8, "recipient"));
    String subject = encoded(InviteFacts.displayText(invite.subject()));
    message.setHeader("Subject", MimeUtility.fold("Subject: ".length(), subject));
    message.setHeader("Date", DATE.format(clock.instant()));
    message.setContent(alternative);
    message.saveChanges();
    return message;
  }

  /**
   * Sends invites in order over one connection that this method opens with {@link
   * Session#getTransport()} and the session's properties, and closes.
   *
   * @param invites the invites in sending order, such as a plan's messages turned into e-mail
   * @param mail the Jakarta Mail session: SMTP host, port, TLS and authenticator
   * @return the Message-ID of each message, in order
   * @throws SendException if connecting or a send fails; {@link SendException#sent()} tells how
   *     many invites, from the first, the server accepted
   * @throws MessagingException if the session has no transport; nothing was sent
   * @throws IllegalArgumentException as {@link #message(InviteEmail, Session)} does, before
   *     anything is sent
   */
  public List<String> sendAll(List<InviteEmail> invites, Session mail) throws MessagingException {
    List<MimeMessage> messages = messages(invites, mail);
    Transport transport = mail.getTransport();
    List<String> ids;
    try {
      try {
        transport.connect();
      } catch (MessagingException e) {
        throw new SendException(0, messages.size(), null, e);
      }
      ids = send(invites, messages, transport);
    } catch (SendException e) {
      try {
        transport.close();
      } catch (MessagingException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
    try {
      transport.close();
    } catch (MessagingException ignored) {
      // Every message was accepted at the end of its DATA; a failed QUIT loses none of them.
    }
    return ids;
  }

  /**
   * Sends invites in order over a transport the caller has connected and will close, such as one
   * kept open for the plans of several sessions.
   *
   * @param invites the invites in sending order
   * @param mail the Jakarta Mail session the transport belongs to
   * @param transport a connected transport
   * @return the Message-ID of each message, in order
   * @throws SendException if a send fails; {@link SendException#sent()} tells how many invites,
   *     from the first, the server accepted
   * @throws MessagingException if a message cannot be built; nothing was sent
   * @throws IllegalArgumentException as {@link #message(InviteEmail, Session)} does, before
   *     anything is sent
   */
  public List<String> sendAll(List<InviteEmail> invites, Session mail, Transport transport)
      throws MessagingException {
    Objects.requireNonNull(transport, "transport");
    return send(invites, messages(invites, mail), transport);
  }

  private List<MimeMessage> messages(List<InviteEmail> invites, Session mail)
      throws MessagingException {
    Objects.requireNonNull(invites, "invites");
    List<MimeMessage> messages = new ArrayList<>(invites.size());
    for (InviteEmail invite : invites) {
      messages.add(message(invite, mail));
    }
    return messages;
  }

  private static List<String> send(
      List<InviteEmail> invites, List<MimeMessage> messages, Transport transport)
      throws SendException {
    List<String> ids = new ArrayList<>(messages.size());
    for (int i = 0; i < messages.size(); i++) {
      MimeMessage message = messages.get(i);
      try {
        transport.sendMessage(message, message.getAllRecipients());
        ids.add(message.getMessageID());
      } catch (MessagingException e) {
        throw new SendException(i, messages.size(), invites.get(i), e);
      }
    }
    return List.copyOf(ids);
  }

  /** A stable key for one planner message: its method, UID, SEQUENCE and recipient. */
  private static String key(InviteEmail invite) {
    String identity =
        invite.method().name() + "\n" + invite.uid() + "\n" + invite.sequence() + "\n"
            + invite.recipient().email().canonical();
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * The left of the Message-ID: method, SEQUENCE and the key, which tells sessions and recipients
   * apart without naming them and keeps the header within 78 characters.
   */
  private static String messageIdLeft(InviteEmail invite, String key) {
    return invite.method().name().toLowerCase(Locale.ROOT) + "." + invite.sequence() + "." + key;
  }

  private static InternetAddress mailbox(
      EmailAddress email, String name, boolean utf8, String who) {
    String address = email.address();
    int at = address.lastIndexOf('@');
    String local = address.substring(0, at);
    if (!utf8 && !isAscii(local)) {
      throw new IllegalArgumentException(
          "the " + who + "'s address has a non-ASCII local part, which needs SMTPUTF8: set"
              + " mail.mime.allowutf8=true on a mail session whose server supports it");
    }
    String display = InviteFacts.displayText(name);
    String mailbox = local + "@" + ascii(address.substring(at + 1));
    if (display.isEmpty()) {
      return new EncodedMailbox(mailbox, null);
    }
    if (display.chars().allMatch(c -> c < 0x7f && (Character.isLetterOrDigit(c) || c == ' '))
        && Arrays.stream(display.split(" ")).allMatch(word -> word.length() <= LONGEST_WORD)) {
      try {
        return new InternetAddress(mailbox, display, "UTF-8");
      } catch (UnsupportedEncodingException e) {
        throw new IllegalStateException("every Java platform has UTF-8", e);
      }
    }
    // Anything else, quotes and long words included, as encoded-words that the header may fold
    // between: no line of a From or To header grows past 78 octets.
    StringBuilder phrase = new StringBuilder();
    encodeRun(display, phrase);
    return new EncodedMailbox(mailbox, phrase.toString());
  }

  /**
   * Encodes a one-line header value word by word (RFC 2047): ASCII words stay readable, and each
   * run of words that needs encoding becomes base64 encoded-words of at most 39 UTF-8 bytes (64
   * characters) each, never splitting a character, with the spaces inside the run encoded too,
   * since readers drop the white space between two encoded-words. Folded after a header name of
   * up to 10 characters, no line holding an encoded-word is longer than 76 characters.
   */
  static String encoded(String value) {
    String[] words = value.split(" ", -1);
    StringBuilder out = new StringBuilder(value.length() * 2);
    int i = 0;
    while (i < words.length) {
      if (i > 0) {
        out.append(' ');
      }
      if (!needsEncoding(words[i])) {
        out.append(words[i++]);
        continue;
      }
      int end = i + 1;
      while (end < words.length && (words[end].isEmpty() || needsEncoding(words[end]))) {
        end++;
      }
      encodeRun(String.join(" ", Arrays.asList(words).subList(i, end)), out);
      i = end;
    }
    return out.toString();
  }

  private static void encodeRun(String run, StringBuilder out) {
    ByteArrayOutputStream chunk = new ByteArrayOutputStream(ENCODED_WORD_BYTES);
    boolean first = true;
    for (int at = 0; at < run.length(); ) {
      int end = at + Character.charCount(run.codePointAt(at));
      byte[] character = run.substring(at, end).getBytes(StandardCharsets.UTF_8);
      if (chunk.size() + character.length > ENCODED_WORD_BYTES) {
        out.append(first ? "" : " ").append(encodedWord(chunk.toByteArray()));
        first = false;
        chunk.reset();
      }
      chunk.write(character, 0, character.length);
      at = end;
    }
    out.append(first ? "" : " ").append(encodedWord(chunk.toByteArray()));
  }

  private static String encodedWord(byte[] utf8) {
    return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(utf8) + "?=";
  }

  private static boolean needsEncoding(String word) {
    return !isAscii(word) || word.contains("=?") || word.length() > LONGEST_WORD;
  }

  private static String ascii(String domain) {
    return IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
  }

  private static boolean isAscii(String text) {
    return text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
  }

  /**
   * Thrown when a batch stops part way: the first {@link #sent()} invites were accepted by the
   * server and the rest were not sent. Its message names the failed invite by method, UID and
   * SEQUENCE only, never by recipient.
   */
  public static final class SendException extends MessagingException {
    private static final long serialVersionUID = 1L;

    /** How many invites, from the first, the server accepted. */
    private final int sent;

    SendException(int sent, int total, InviteEmail failed, MessagingException cause) {
      super(
          "sent " + sent + " of " + total + " invites"
              + (failed == null ? "; could not connect" : "; " + failed + " failed"),
          cause);
      this.sent = sent;
    }

    /**
     * Returns how many invites, from the first, the server accepted.
     *
     * @return from 0 to one less than the batch's size
     */
    public int sent() {
      return sent;
    }
  }

  /** A message whose Message-ID is fixed instead of random. */
  /** A mailbox whose display name is already RFC 2047 encoded-words. */
  private static final class EncodedMailbox extends InternetAddress {
    private static final long serialVersionUID = 1L;

    EncodedMailbox(String mailbox, String encodedPersonal) {
      this.address = mailbox;
      this.encodedPersonal = encodedPersonal;
    }
  }

  private static final class Invitation extends MimeMessage {
    private final String messageId;

    Invitation(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }

  /** A multipart/alternative whose boundary is given instead of random. */
  private static final class Alternative extends MimeMultipart {
    Alternative(String boundary) throws MessagingException {
      super("alternative");
      ContentType type = new ContentType(contentType);
      type.setParameter("boundary", boundary);
      contentType = type.toString();
    }
  }
}
