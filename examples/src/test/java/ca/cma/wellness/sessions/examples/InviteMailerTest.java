package ca.cma.wellness.sessions.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.TimeText;
import ca.cma.wellness.sessions.facts.ProgramFacts;
import ca.cma.wellness.sessions.ical.Ical;
import ca.cma.wellness.sessions.ical.InviteEmail;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteMethod;
import ca.cma.wellness.sessions.invites.InvitePlan;
import ca.cma.wellness.sessions.invites.InvitePlanner;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.registration.NoticeKind;
import ca.cma.wellness.sessions.registration.RegistrationLedger;
import ca.cma.wellness.sessions.invites.SentLog;
import ca.cma.wellness.sessions.testing.Fixtures;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.URLName;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sends the invite planner's messages as real e-mail through an SMTP server (GreenMail, on a free
 * loopback port) and checks what arrives, byte by byte and as calendar and mail clients read it.
 */
class InviteMailerTest {
  /** A fresh SMTP server for each test, on a port the system picks. */
  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

  private static final Registrant ST_JOHNS = Fixtures.ST_JOHNS_LEARNER;
  private static final Registrant MONTREAL = Fixtures.MONTREAL_RESIDENT;
  private static final Registrant REGINA = Fixtures.REGINA_PHYSICIAN;
  private static final Registrant EDMONTON = Fixtures.EDMONTON_RESIDENT;

  /** The first session of the seed page, with room for three so that a fourth is waitlisted. */
  private static final ca.cma.wellness.sessions.Session SESSION =
      Fixtures.IMPOSTER_SYNDROME.withCapacity(3);

  private final InviteMailer mailer = InviteMailer.of(Fixtures.PROGRAM, Fixtures.CLOCK);

  /** One planner message, the program as it was when it was planned, and its e-mail. */
  record Planned(InviteMessage message, Program program, InviteEmail invite) {}

  /** One message as GreenMail received it, parsed again from its raw bytes. */
  record Received(Planned planned, String mailbox, byte[] raw, MimeMessage mime) {}

  // ---------------------------------------------------------------------------------------------
  // The planner's flow, sent over SMTP

  @Test
  void sendAll_plannerFlow_sendsWhatThePlannerSaysInOrder() {
    List<String> shape = new ArrayList<>();
    for (Planned planned : plannerFlow()) {
      InviteMessage m = planned.message();
      shape.add(m.method() + " " + m.reason() + " " + m.recipient().email() + " " + m.sequence());
    }
    assertEquals(
        List.of(
            "REQUEST CONFIRMED morgan.kelly@example.org 0",
            "REQUEST CONFIRMED camille.gagnon@example.org 0",
            "REQUEST CONFIRMED priya.natarajan@example.org 0",
            "CANCEL WITHDRAWN priya.natarajan@example.org 1",
            "REQUEST PROMOTED tomas.rivera@example.org 0",
            "REQUEST UPDATED morgan.kelly@example.org 1",
            "REQUEST UPDATED camille.gagnon@example.org 1",
            "REQUEST UPDATED tomas.rivera@example.org 1",
            "CANCEL SESSION_CANCELLED morgan.kelly@example.org 2",
            "CANCEL SESSION_CANCELLED camille.gagnon@example.org 2",
            "CANCEL SESSION_CANCELLED tomas.rivera@example.org 2"),
        shape);
  }

  @Test
  void sendAll_plannerFlow_eachMessageReachesItsRecipientsMailboxAlone() throws Exception {
    List<Planned> flow = plannerFlow();
    List<Received> received = sendAndReceive(flow);
    assertEquals(flow.size(), received.size(), "one e-mail per planner message");
    for (Registrant registrant : Fixtures.REGISTRANTS) {
      long planned =
          flow.stream().filter(p -> p.invite().recipient().isSamePersonAs(registrant)).count();
      long delivered =
          SMTP.findReceivedMessages(
                  user -> user.getEmail().equalsIgnoreCase(registrant.email().address()), m -> true)
              .count();
      assertEquals(planned, delivered, "SMTP envelope: mailbox of " + registrant.email());
    }
    for (Received r : received) {
      Registrant to = r.planned().invite().recipient();
      assertEquals(to.email().canonical(), r.mailbox(), "delivered to the recipient's mailbox");
      Address[] recipients = r.mime().getAllRecipients();
      assertEquals(1, recipients.length, "To, Cc and Bcc name one address in all");
      InternetAddress only = (InternetAddress) r.mime().getRecipients(Message.RecipientType.TO)[0];
      assertEquals(to.email().address(), only.getAddress());
      assertEquals(to.name(), only.getPersonal());
      assertNull(r.mime().getHeader("Cc"));
      assertNull(r.mime().getHeader("Bcc"));
      InternetAddress from = (InternetAddress) r.mime().getFrom()[0];
      assertEquals(Fixtures.ORGANIZER.address(), from.getAddress());
      assertEquals(
          to.language() == ca.cma.wellness.sessions.Language.FRENCH ? "Connexion bien-être" : "Wellness Connection",
          from.getPersonal(),
          "the sender is named in the recipient's language");
    }
  }

  @Test
  void sendAll_plannerFlow_eachIsMultipartAlternativeOfTextAndOneCalendarWhoseMethodMatches()
      throws Exception {
    for (Received r : sendAndReceive(plannerFlow())) {
      InviteMessage message = r.planned().message();
      String what = r.planned().invite().toString();
      assertTrue(r.mime().isMimeType("multipart/alternative"), what + ": " + r.mime().getContentType());
      MimeMultipart parts = (MimeMultipart) r.mime().getContent();
      assertEquals(2, parts.getCount(), what);

      BodyPart text = parts.getBodyPart(0);
      assertTrue(text.isMimeType("text/plain"), what);
      assertEquals("UTF-8", new ContentType(text.getContentType()).getParameter("charset"));

      BodyPart calendar = parts.getBodyPart(1);
      ContentType type = new ContentType(calendar.getContentType());
      assertEquals("text/calendar", type.getBaseType().toLowerCase(Locale.ROOT), what);
      assertEquals("UTF-8", type.getParameter("charset"), what);
      assertNull(calendar.getDisposition(), "an alternative, not an attachment: " + what);
      String ics = decoded(calendar);
      List<String> methods = startingWith(lines(ics), "METHOD");
      assertEquals(List.of("METHOD:" + type.getParameter("method")), methods, what);
      assertEquals(message.method().name(), type.getParameter("method"), what);
      assertEquals(1, count(ics, "BEGIN:VCALENDAR"), what);
      assertEquals(1, count(ics, "END:VCALENDAR"), what);
      assertEquals(1, count(ics, "BEGIN:VEVENT"), what);
      assertEquals(r.planned().invite().calendar(), ics, "the calendar arrives byte for byte: " + what);
      assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n"), what);
    }
  }

  @Test
  void sendAll_plannerFlow_noMessageNamesAnyOtherRegistrant() throws Exception {
    for (Received r : sendAndReceive(plannerFlow())) {
      Registrant to = r.planned().invite().recipient();
      List<String> views = views(r);
      String all = String.join("\n", views).toLowerCase(Locale.ROOT);
      // The search would find a name or address: the recipient's own are there.
      assertTrue(all.contains(to.email().canonical()), "own address present");
      assertTrue(String.join("\n", views).contains(to.name()), "own name present");
      for (Registrant other : Fixtures.REGISTRANTS) {
        if (other.isSamePersonAs(to)) {
          continue;
        }
        for (String view : views) {
          assertFalse(
              view.toLowerCase(Locale.ROOT).contains(other.email().canonical()),
              () -> r.planned().invite() + " shows another registrant's address");
          assertFalse(
              view.contains(other.name()),
              () -> r.planned().invite() + " shows another registrant's name");
        }
      }
    }
  }

  @Test
  void sendAll_plannerFlow_textRepeatsTitleLocalTimeAndJoinLink() throws Exception {
    for (Received r : sendAndReceive(plannerFlow())) {
      Planned planned = r.planned();
      ca.cma.wellness.sessions.Session session = planned.message().session();
      Registrant to = planned.invite().recipient();
      String text = (String) ((MimeMultipart) r.mime().getContent()).getBodyPart(0).getContent();
      assertEquals(planned.invite().text(), text, "the text arrives unchanged");
      assertTrue(
          text.contains(ProgramFacts.of(planned.program()).session(session).title(to.language())),
          planned.invite() + ": title");
      String local =
          TimeText.of(to.language()).dateTime(session.start().withZoneSameInstant(to.timeZone()));
      assertTrue(text.contains(local), planned.invite() + ": local time " + local + " in\n" + text);
      boolean link = text.contains(session.joinUrl().toString());
      boolean request = planned.message().method() == InviteMethod.REQUEST;
      assertEquals(request, link, planned.invite() + ": join link only in a REQUEST");
    }
  }

  @Test
  void sendAll_plannerFlow_textGivesEachRecipientTheirOwnClockAndLanguage() throws Exception {
    Map<String, String> firstText = new HashMap<>();
    Map<String, String> lastRequestText = new HashMap<>();
    for (Received r : sendAndReceive(plannerFlow())) {
      String text = (String) ((MimeMultipart) r.mime().getContent()).getBodyPart(0).getContent();
      String who = r.mailbox();
      firstText.putIfAbsent(who, text);
      if (r.planned().message().method() == InviteMethod.REQUEST) {
        lastRequestText.put(who, text);
      }
    }
    assertTrue(firstText.get("morgan.kelly@example.org").contains("Feb. 1, 2023, 8:30 pm NT"));
    assertTrue(firstText.get("camille.gagnon@example.org").contains("1er février 2023, 19 h HE"));
    assertTrue(firstText.get("tomas.rivera@example.org").contains("Feb. 1, 2023, 5 pm MT"));
    assertTrue(lastRequestText.get("morgan.kelly@example.org").contains("Feb. 8, 2023, 9:30 pm NT"));
    assertTrue(lastRequestText.get("camille.gagnon@example.org").contains("8 février 2023, 20 h HE"));
  }

  @Test
  void sendAll_plannerFlow_requestsInviteTheRecipientAndCancelsSayCancel() throws Exception {
    for (Received r : sendAndReceive(plannerFlow())) {
      InviteMessage message = r.planned().message();
      String what = r.planned().invite().toString();
      Registrant to = message.recipient();
      List<String> lines = lines(decoded(((MimeMultipart) r.mime().getContent()).getBodyPart(1)));
      List<String> attendees = startingWith(lines, "ATTENDEE");
      assertEquals(1, attendees.size(), what);
      assertTrue(attendees.get(0).endsWith(":mailto:" + to.email().address()), what + ": " + attendees);
      List<String> organizers = startingWith(lines, "ORGANIZER");
      assertEquals(1, organizers.size(), what);
      assertTrue(organizers.get(0).endsWith(":mailto:" + Fixtures.ORGANIZER.address()), what);
      if (message.method() == InviteMethod.REQUEST) {
        assertTrue(lines.contains("METHOD:REQUEST"), what);
        assertTrue(attendees.get(0).contains("RSVP=TRUE"), what + ": " + attendees.get(0));
        assertTrue(attendees.get(0).contains("PARTSTAT=NEEDS-ACTION"), what + ": " + attendees.get(0));
      } else {
        assertTrue(lines.contains("METHOD:CANCEL"), what);
        assertTrue(lines.contains("STATUS:CANCELLED"), what);
      }
    }
  }

  @Test
  void sendAll_plannerFlow_calendarPartParsesWithThePlannersUidAndSequence() throws Exception {
    for (Received r : sendAndReceive(plannerFlow())) {
      InviteMessage message = r.planned().message();
      String what = r.planned().invite().toString();
      Calendar calendar =
          new CalendarBuilder()
              .build(new StringReader(decoded(((MimeMultipart) r.mime().getContent()).getBodyPart(1))));
      assertEquals(
          message.method().name(), calendar.getProperty("METHOD").orElseThrow().getValue(), what);
      List<VEvent> events = calendar.getComponents(Component.VEVENT);
      assertEquals(1, events.size(), what);
      VEvent event = events.get(0);
      assertEquals(
          r.planned().program().uidOf(message.session()).toString(),
          event.getProperty("UID").orElseThrow().getValue(),
          what);
      assertEquals(
          String.valueOf(message.sequence()),
          event.getProperty("SEQUENCE").orElseThrow().getValue(),
          what);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // One message

  @Test
  void message_sameInviteAndClock_byteIdenticalWithDateAndMessageIdFromThem() throws Exception {
    InviteEmail invite = ical().invite(request(ST_JOHNS));
    byte[] once = bytes(mailer.message(invite, mailSession()));
    InviteMailer another = InviteMailer.of(Fixtures.PROGRAM, Fixtures.CLOCK);
    byte[] again = bytes(another.message(invite, mailSession()));
    assertArrayEquals(once, again);

    MimeMessage message = mailer.message(invite, mailSession());
    assertEquals("Sun, 15 Jan 2023 17:00:00 +0000", message.getHeader("Date", null));
    String id = message.getMessageID();
    assertTrue(id.matches("<request\\.0\\.[0-9a-f]{24}@wellness\\.example\\.org>"), id);

    Clock later = Clock.fixed(Instant.parse("2023-01-16T09:30:00Z"), ZoneOffset.UTC);
    MimeMessage retried = InviteMailer.of(Fixtures.PROGRAM, later).message(invite, mailSession());
    assertEquals(id, retried.getMessageID(), "a retry keeps its Message-ID");
    assertEquals("Mon, 16 Jan 2023 09:30:00 +0000", retried.getHeader("Date", null));

    MimeMessage other = mailer.message(ical().invite(request(MONTREAL)), mailSession());
    assertNotEquals(id, other.getMessageID(), "another recipient, another Message-ID");
    assertFalse(id.contains("morgan") || id.contains("kelly"), "the Message-ID names nobody");
  }

  @Test
  void message_anyRecipient_isSevenBitWithShortLines() throws Exception {
    for (Registrant registrant : Fixtures.REGISTRANTS) {
      byte[] raw = bytes(mailer.message(ical().invite(request(registrant)), mailSession()));
      for (byte b : raw) {
        assertTrue(b > 0, "only 7-bit ASCII, for any relay");
      }
      for (String line : new String(raw, StandardCharsets.US_ASCII).split("\r\n", -1)) {
        assertTrue(line.length() <= 78, "line of " + line.length() + ": " + line);
        assertTrue(!line.contains("=?") || line.length() <= 76, "RFC 2047 line: " + line);
        assertFalse(line.contains("\r") || line.contains("\n"), "CRLF only");
      }
    }
  }

  @Test
  void message_frenchRecipient_subjectTextAndCalendarArriveIntact() throws Exception {
    InviteEmail invite = ical().invite(request(MONTREAL));
    assertTrue(invite.subject().contains("février"), invite.subject());
    mailer.sendAll(List.of(invite), mailSession());
    assertTrue(SMTP.waitForIncomingEmail(5_000, 1));
    MimeMessage received = reparse(raw(SMTP.getReceivedMessages()[0]));

    assertEquals(invite.subject(), received.getSubject());
    String rawSubject = MimeUtility.unfold(received.getHeader("Subject", null));
    assertTrue(
        rawSubject.startsWith("Invitation : Le syndrome de l'imposteur, 1er =?UTF-8?B?")
            && rawSubject.endsWith("?= 2023, 19 h HE"),
        "RFC 2047, only the accented word encoded: " + rawSubject);
    MimeMultipart parts = (MimeMultipart) received.getContent();
    assertEquals(invite.text(), parts.getBodyPart(0).getContent());
    assertEquals("quoted-printable", parts.getBodyPart(0).getHeader("Content-Transfer-Encoding")[0]);
    assertEquals("fr", parts.getBodyPart(0).getHeader("Content-Language")[0]);
    assertEquals(invite.calendar(), decoded(parts.getBodyPart(1)));
    assertEquals("base64", parts.getBodyPart(1).getHeader("Content-Transfer-Encoding")[0]);
    assertEquals(invite.contentType(), parts.getBodyPart(1).getContentType());
  }

  @Test
  void encoded_accentedRunsSpacesAndLookalikes_decodeBackExactlyAndFoldShort() throws Exception {
    List<String> values =
        List.of(
            "Invitation: Imposter syndrome, Feb. 1, 2023, 8:30 pm NT",
            "Mise à jour : été à Québec",
            "é  à  x  é",
            " leading and trailing é ",
            "Titre =?UTF-8?Q?faux?= mot",
            "Annulation : Compassion Rounds: The art and science of happiness (partie II),"
                + " 2 mars 2023, 19 h HNE, très très très très très très très très très long");
    for (String value : values) {
      String folded = MimeUtility.fold("Subject: ".length(), InviteMailer.encoded(value));
      assertEquals(value, MimeUtility.decodeText(MimeUtility.unfold(folded)), folded);
      String[] lines = ("Subject: " + folded).split("\r\n", -1);
      for (String line : lines) {
        assertTrue(line.length() <= 76, "line of " + line.length() + ": " + line);
      }
    }
    assertEquals(values.get(0), InviteMailer.encoded(values.get(0)), "ASCII stays as it is");
    assertFalse(
        InviteMailer.encoded(values.get(4)).contains(" =?UTF-8?Q?faux?= "), "a lookalike is encoded");
    assertEquals("Mise =?UTF-8?B?w6A=?= jour", InviteMailer.encoded("Mise à jour"));
  }

  @Test
  void message_nameWithLineBreak_cannotAddAHeader() throws Exception {
    Registrant sly = registrant("Alex Doe\r\nBcc: leak@example.org", "alex.doe@example.org");
    MimeMessage message = mailer.message(ical().invite(request(sly)), mailSession());
    String raw = new String(bytes(message), StandardCharsets.US_ASCII);
    assertFalse(raw.contains("\r\nBcc:"), raw);
    MimeMessage back = reparse(raw.getBytes(StandardCharsets.US_ASCII));
    assertEquals(1, back.getAllRecipients().length);
    InternetAddress to = (InternetAddress) back.getAllRecipients()[0];
    assertEquals("Alex Doe Bcc: leak@example.org", to.getPersonal(), "one line, one recipient");

    mailer.sendAll(List.of(ical().invite(request(sly))), mailSession());
    assertTrue(SMTP.waitForIncomingEmail(5_000, 1));
    assertEquals(1, SMTP.getReceivedMessages().length);
    assertEquals(0, SMTP.findReceivedMessages(u -> u.getEmail().contains("leak"), m -> true).count());
  }

  /**
   * Issue 9 §7: the longest word a name or title may hold (200 characters; it was 10,000) never
   * makes a header line longer than 78 octets.
   */
  @Test
  void message_longWordsAndBidiControls_keepHeadersShortAndDisplayHonest() throws Exception {
    String word = "x".repeat(200);
    Registrant longName = registrant(word, "alex.doe@example.org");
    ca.cma.wellness.sessions.Session session =
        Fixtures.IMPOSTER_SYNDROME.withTitle(word).withTitleTranslations(java.util.Map.of());
    InviteMessage message = InviteMessage.builder().method(InviteMethod.REQUEST).sequence(0)
        .recipient(longName).session(session).reason(InviteReason.CONFIRMED).build();
    byte[] raw = bytes(mailer.message(ical().invite(message), mailSession()));
    String text = new String(raw, StandardCharsets.US_ASCII);
    String headers = text.substring(0, text.indexOf("\r\n\r\n"));
    for (String line : headers.split("\r\n", -1)) {
      assertTrue(line.length() <= 78, () -> "header line of " + line.length() + ": " + line.substring(0, 80));
    }
    MimeMessage back = reparse(raw);
    assertEquals(word, ((InternetAddress) back.getAllRecipients()[0]).getPersonal());
    assertTrue(back.getSubject().contains(" xxx") && back.getSubject().contains("x…, "),
        back.getSubject());
    assertTrue(back.getSubject().codePointCount(0, back.getSubject().length())
        <= ca.cma.wellness.sessions.facts.InviteFacts.MAX_SUBJECT_LENGTH, back.getSubject());

    Registrant sly = registrant("Alex \u202Eeod\u202C", "alex.doe@example.org");
    ca.cma.wellness.sessions.Session seance = Fixtures.IMPOSTER_SYNDROME.withTitle("Séance \u202Eenilno\u202C")
        .withTitleTranslations(java.util.Map.of());
    MimeMessage bidi = reparse(bytes(mailer.message(ical().invite(InviteMessage.builder()
        .method(InviteMethod.REQUEST).sequence(0).recipient(sly).session(seance)
        .reason(InviteReason.CONFIRMED).build()), mailSession())));
    assertFalse(bidi.getSubject().matches("(?s).*[\u202A-\u202E\u2066-\u2069].*"), bidi.getSubject());
    assertTrue(bidi.getSubject().contains("Séance enilno"), bidi.getSubject());
    assertEquals("Alex eod", ((InternetAddress) bidi.getAllRecipients()[0]).getPersonal());
  }

  @Test
  void message_internationalDomain_addressedInPunycode() throws Exception {
    Registrant registrant = registrant("Camille Roy", "camille@hôpital.ca");
    MimeMessage message = mailer.message(ical().invite(request(registrant)), mailSession());
    InternetAddress to = (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
    assertEquals("camille@xn--hpital-ixa.ca", to.getAddress());
  }

  @Test
  void message_nonAsciiLocalPartWithoutUtf8_refusedUnlessTheSessionAllowsUtf8() throws Exception {
    Registrant registrant = registrant("Anaïs Roy", "anaïs@example.ca");
    InviteEmail invite = ical().invite(request(registrant));
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> mailer.message(invite, mailSession()));
    assertTrue(refused.getMessage().contains("mail.mime.allowutf8"), refused.getMessage());
    assertFalse(refused.getMessage().contains("anaïs"), "the error names nobody");

    Properties utf8 = new Properties();
    utf8.setProperty("mail.mime.allowutf8", "true");
    MimeMessage message = mailer.message(invite, Session.getInstance(utf8));
    assertEquals(
        "anaïs@example.ca",
        ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress());
  }

  // ---------------------------------------------------------------------------------------------
  // Failures

  @Test
  void sendAll_transportRefusesTheThird_reportsTwoSentAndNamesNobody() throws Exception {
    List<InviteEmail> invites =
        List.of(ST_JOHNS, MONTREAL, REGINA, EDMONTON).stream()
            .map(r -> ical().invite(request(r)))
            .collect(Collectors.toList());
    Session mail = mailSession();
    RefusingTransport transport = new RefusingTransport(mail, 2);
    InviteMailer.SendException failure =
        assertThrows(InviteMailer.SendException.class, () -> mailer.sendAll(invites, mail, transport));
    assertEquals(2, failure.sent());
    assertEquals(2, transport.accepted.size());
    assertEquals(
        List.of(ST_JOHNS.email().address(), MONTREAL.email().address()),
        transport.accepted.stream().map(InviteMailerTest::to).collect(Collectors.toList()));
    assertTrue(failure.getMessage().startsWith("sent 2 of 4 invites"), failure.getMessage());
    for (Registrant registrant : List.of(ST_JOHNS, MONTREAL, REGINA, EDMONTON)) {
      assertFalse(failure.getMessage().contains(registrant.email().address()), failure.getMessage());
      assertFalse(failure.getMessage().contains(registrant.name()), failure.getMessage());
    }
  }

  @Test
  void sendAll_nothingListening_reportsNoneSent() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    InviteMailer.SendException failure =
        assertThrows(
            InviteMailer.SendException.class,
            () -> mailer.sendAll(List.of(ical().invite(request(ST_JOHNS))), mailSession(closedPort)));
    assertEquals(0, failure.sent());
    assertTrue(failure.getMessage().contains("could not connect"), failure.getMessage());
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  /**
   * Registers four people (one in French) into a session for three, withdraws one so the
   * waitlisted one is promoted, moves the session a week and an hour later, then cancels it; after
   * each step the planner says what to send and the program's Ical writes it.
   */
  private static List<Planned> plannerFlow() {
    RegistrationLedger ledger = RegistrationLedger.inMemory(Fixtures.CLOCK);
    List<Planned> out = new ArrayList<>();
    ca.cma.wellness.sessions.Session session = SESSION;
    SentLog log = SentLog.empty();

    List<NoticeKind> answers = new ArrayList<>();
    for (Registrant registrant : List.of(ST_JOHNS, MONTREAL, REGINA, EDMONTON)) {
      answers.add(ledger.register(session, registrant).answers().get(0).kind());
    }
    assertEquals(
        List.of(
            NoticeKind.CONFIRMED, NoticeKind.CONFIRMED, NoticeKind.CONFIRMED, NoticeKind.WAITLISTED),
        answers);
    log = plan(session, ledger, log, out);

    assertTrue(
        ledger.withdraw(session, REGINA).notices().stream()
            .anyMatch(n -> n.kind() == NoticeKind.PROMOTED && n.registrant().isSamePersonAs(EDMONTON)),
        "withdrawing one promotes the waitlisted");
    log = plan(session, ledger, log, out);

    session =
        session.withStart(LocalDateTime.of(2023, 2, 8, 20, 0), Fixtures.TORONTO).withRevision(1);
    ledger.reconcile(session);
    log = plan(session, ledger, log, out);

    session = session.withStatus(SessionStatus.CANCELLED).withRevision(2);
    ledger.reconcile(session);
    log = plan(session, ledger, log, out);

    assertTrue(InvitePlanner.plan(session, ledger.roster(session.id()), log).isEmpty(), "caught up");
    return out;
  }

  private static SentLog plan(
      ca.cma.wellness.sessions.Session session,
      RegistrationLedger ledger,
      SentLog log,
      List<Planned> out) {
    Program program = Fixtures.PROGRAM.withSession(session);
    Ical ical = Ical.of(program, Fixtures.CLOCK);
    InvitePlan plan = InvitePlanner.plan(session, ledger.roster(session.id()), log);
    for (InviteMessage message : plan.messages()) {
      out.add(new Planned(message, program, ical.invite(message)));
    }
    return plan.log();
  }

  /** Sends the flow through GreenMail and returns what arrived, in sending order. */
  private List<Received> sendAndReceive(List<Planned> flow) throws Exception {
    List<InviteEmail> invites = flow.stream().map(Planned::invite).collect(Collectors.toList());
    List<String> ids = mailer.sendAll(invites, mailSession());
    assertEquals(flow.size(), ids.size());
    assertEquals(flow.size(), ids.stream().distinct().count(), "Message-IDs are unique");
    assertTrue(SMTP.waitForIncomingEmail(5_000, flow.size()), "all messages arrive");

    Map<String, Received> byId = new HashMap<>();
    for (Registrant registrant : Fixtures.REGISTRANTS) {
      String mailbox = registrant.email().canonical();
      for (MimeMessage stored :
          SMTP.findReceivedMessages(u -> u.getEmail().equalsIgnoreCase(mailbox), m -> true)
              .collect(Collectors.toList())) {
        byte[] raw = raw(stored);
        MimeMessage mime = reparse(raw);
        String id = mime.getMessageID();
        int index = ids.indexOf(id);
        assertTrue(index >= 0, "unknown Message-ID " + id);
        assertNull(byId.put(id, new Received(flow.get(index), mailbox, raw, mime)), "twice: " + id);
      }
    }
    assertEquals(flow.size(), SMTP.getReceivedMessages().length, "no message outside the mailboxes");
    List<Received> inOrder = new ArrayList<>();
    for (String id : ids) {
      Received received = byId.get(id);
      assertTrue(received != null, "missing " + id);
      inOrder.add(received);
    }
    return inOrder;
  }

  /** Every way a reader may see the message: raw, decoded headers, every decoded part. */
  private static List<String> views(Received r) throws Exception {
    List<String> views = new ArrayList<>();
    views.add(new String(r.raw(), StandardCharsets.UTF_8));
    views.add(decodedHeaders(r.mime()));
    MimeMultipart parts = (MimeMultipart) r.mime().getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      views.add(decodedHeaders(parts.getBodyPart(i)));
      views.add(decoded(parts.getBodyPart(i)));
    }
    return views;
  }

  private static String decodedHeaders(Part part) throws Exception {
    StringBuilder out = new StringBuilder();
    for (Enumeration<Header> headers = part.getAllHeaders(); headers.hasMoreElements(); ) {
      Header header = headers.nextElement();
      out.append(header.getName())
          .append(": ")
          .append(MimeUtility.decodeText(MimeUtility.unfold(header.getValue())))
          .append('\n');
    }
    return out.toString();
  }

  private static String decoded(Part part) throws IOException, MessagingException {
    return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  /** The unfolded content lines of iCalendar text. */
  private static List<String> lines(String ics) {
    List<String> lines = new ArrayList<>();
    for (String line : ics.split("\r\n")) {
      if (line.startsWith(" ") && !lines.isEmpty()) {
        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + line.substring(1));
      } else {
        lines.add(line);
      }
    }
    return lines;
  }

  private static List<String> startingWith(List<String> lines, String name) {
    return lines.stream().filter(l -> l.startsWith(name)).collect(Collectors.toList());
  }

  private static int count(String text, String line) {
    int n = 0;
    for (String l : text.split("\r\n")) {
      if (l.equals(line)) {
        n++;
      }
    }
    return n;
  }

  private static Registrant registrant(String name, String email) {
    return Registrant.builder()
        .name(name)
        .email(EmailAddress.of(email))
        .role(MONTREAL.role())
        .province(MONTREAL.province())
        .language(Language.FRENCH)
        .build();
  }

  private static Ical ical() {
    return Ical.of(Fixtures.PROGRAM, Fixtures.CLOCK);
  }

  private static InviteMessage request(Registrant to) {
    return InviteMessage.builder()
        .method(InviteMethod.REQUEST)
        .sequence(0)
        .recipient(to)
        .session(Fixtures.IMPOSTER_SYNDROME)
        .reason(InviteReason.CONFIRMED)
        .build();
  }

  private static Session mailSession() {
    return mailSession(SMTP.getSmtp().getPort());
  }

  /** A Jakarta Mail session for the loopback SMTP server: no DNS lookup, short timeouts. */
  private static Session mailSession(int port) {
    Properties props = new Properties();
    props.setProperty("mail.smtp.host", "127.0.0.1");
    props.setProperty("mail.smtp.port", String.valueOf(port));
    props.setProperty("mail.smtp.localhost", "localhost");
    props.setProperty("mail.smtp.connectiontimeout", "5000");
    props.setProperty("mail.smtp.timeout", "5000");
    props.setProperty("mail.smtp.writetimeout", "5000");
    return Session.getInstance(props);
  }

  private static byte[] bytes(MimeMessage message) throws IOException, MessagingException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    message.writeTo(out);
    return out.toByteArray();
  }

  private static byte[] raw(MimeMessage stored) throws IOException, MessagingException {
    return bytes(stored);
  }

  private static MimeMessage reparse(byte[] raw) throws MessagingException {
    return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
  }

  private static String to(Message message) {
    try {
      return ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
    } catch (MessagingException e) {
      throw new AssertionError(e);
    }
  }

  /** A transport that accepts a given number of messages and refuses the next. */
  private static final class RefusingTransport extends Transport {
    final List<Message> accepted = new ArrayList<>();
    private final int accepting;

    RefusingTransport(Session session, int accepting) {
      super(session, new URLName("smtp", "127.0.0.1", -1, null, null, null));
      this.accepting = accepting;
    }

    @Override
    public void sendMessage(Message message, Address[] addresses) throws MessagingException {
      if (accepted.size() == accepting) {
        throw new MessagingException("452 4.3.1 Insufficient system storage");
      }
      accepted.add(message);
    }
  }
}
