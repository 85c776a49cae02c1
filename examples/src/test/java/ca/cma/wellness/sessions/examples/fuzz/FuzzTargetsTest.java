package ca.cma.wellness.sessions.examples.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.ical.Ical;
import ca.cma.wellness.sessions.ical.IcsImport;
import ca.cma.wellness.sessions.ical.ReplyReader;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteMethod;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.invites.SentLog;
import ca.cma.wellness.sessions.json.FeedReader;
import ca.cma.wellness.sessions.json.SessionFeed;
import ca.cma.wellness.sessions.registration.RegistrationLedger;
import ca.cma.wellness.sessions.testing.Fixtures;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Fuzz targets for every reader of untrusted input and for the builders fed arbitrary strings
 * (issue 9). A target passes when the input is read or refused with a {@link
 * SessionValidationException}; any other exception, an out-of-memory error or a hang is a finding.
 *
 * <p>In every build ({@code mvn verify}) each target replays its committed inputs, under
 * {@code src/test/resources/ca/cma/wellness/sessions/examples/fuzz/FuzzTargetsTestInputs/<target>/}:
 * every hostile input of issue 9 that fits in a file, and every finding since. To fuzz, see the
 * README's "Reliability" section: {@code JAZZER_FUZZ=1} with {@code -Djazzer.max_duration}.
 */
class FuzzTargetsTest {
  private static final IcsImport IMPORT = IcsImport.of(ZoneId.of("America/Toronto"), Fixtures.SHARMAN_ROBERTSON,
      URI.create("https://wellness.example.org/sessions"));
  /** The same import expanding recurring events over two years: the expander is fuzzed too. */
  private static final IcsImport WINDOWED = IMPORT.expandingWithin(
      Instant.parse("2023-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z"));
  private static final RegistrationLedger LEDGER = ledger();
  private static final SentLog SENT = SentLog.empty()
      .record(request(Fixtures.ST_JOHNS_LEARNER, Fixtures.IMPOSTER_SYNDROME))
      .record(request(Fixtures.REGINA_PHYSICIAN, Fixtures.IMPOSTER_SYNDROME));
  private static final ReplyReader REPLIES = ReplyReader.of(Fixtures.PROGRAM, LEDGER.snapshot(), SENT);

  private static RegistrationLedger ledger() {
    RegistrationLedger ledger = RegistrationLedger.inMemory(Fixtures.CLOCK);
    ledger.register(Fixtures.IMPOSTER_SYNDROME, Fixtures.ST_JOHNS_LEARNER);
    ledger.register(Fixtures.IMPOSTER_SYNDROME, Fixtures.REGINA_PHYSICIAN);
    return ledger;
  }

  private static InviteMessage request(Registrant to, Session session) {
    return InviteMessage.builder().method(InviteMethod.REQUEST).sequence(0).recipient(to).session(session)
        .reason(InviteReason.CONFIRMED).build();
  }

  /** An address is accepted or refused; an accepted one round-trips through its mailto: URI. */
  @FuzzTest(maxDuration = "2m")
  void emailAddress(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    EmailAddress address;
    try {
      address = EmailAddress.of(text);
    } catch (SessionValidationException refused) {
      return;
    }
    assertEquals(address.address(), URI.create(address.toMailto()).getSchemeSpecificPart());
  }

  /**
   * Any bytes, read without and with a window for recurring events: sessions, or a refusal naming
   * the line.
   */
  @FuzzTest(maxDuration = "2m")
  void icsImport(byte[] input) throws IOException {
    for (IcsImport ics : List.of(IMPORT, WINDOWED)) {
      try {
        List<Session> sessions = ics.read(new ByteArrayInputStream(input)).sessions();
        // What was read is a valid model: it writes again in every format.
        if (!sessions.isEmpty()) {
          Ical.of(Fixtures.PROGRAM, Fixtures.CLOCK).feed(sessions);
        }
      } catch (SessionValidationException refused) {
        // a clear refusal
      }
    }
  }

  /** Any bytes, from Morgan: an outcome, or a refusal naming the line. */
  @FuzzTest(maxDuration = "2m")
  void reply(byte[] input) throws IOException {
    try {
      REPLIES.read(Fixtures.ST_JOHNS_LEARNER.email(), new ByteArrayInputStream(input));
    } catch (SessionValidationException refused) {
      // a clear refusal
    }
  }

  /** Any bytes: a program, or a refusal naming the JSON path. */
  @FuzzTest(maxDuration = "2m")
  void feed(byte[] input) {
    Program program;
    try {
      program = FeedReader.of().read(input);
    } catch (SessionValidationException refused) {
      return;
    }
    SessionFeed.of(program, Fixtures.CLOCK).feed(program.sessions());
  }

  /**
   * Arbitrary strings, split at NUL into a title, a description, a registrant's name and address:
   * a session and an invite for them, written in every format, or a refusal.
   */
  @FuzzTest(maxDuration = "2m")
  void builders(byte[] input) {
    String[] fields = new String(input, StandardCharsets.UTF_8).split("\0", 4);
    String title = fields[0];
    String description = fields.length > 1 ? fields[1] : "";
    String name = fields.length > 2 ? fields[2] : "Morgan Kelly";
    String email = fields.length > 3 ? fields[3] : "morgan.kelly@example.org";
    Session session;
    Registrant registrant;
    try {
      session = Fixtures.IMPOSTER_SYNDROME.withTitle(title).withDescription(description);
      registrant = Registrant.builder().name(name).email(EmailAddress.of(email))
          .role(Fixtures.ST_JOHNS_LEARNER.role()).province(Fixtures.ST_JOHNS_LEARNER.province())
          .language(Fixtures.ST_JOHNS_LEARNER.language()).build();
    } catch (SessionValidationException refused) {
      return;
    }
    Program program = Fixtures.PROGRAM.withSession(session);
    Ical ical = Ical.of(program, Fixtures.CLOCK);
    String feed = ical.feed(List.of(session));
    // Our own feed is never refused by our own import.
    IMPORT.readStrict(feed);
    ical.invite(request(registrant, session));
    SessionFeed.of(program, Fixtures.CLOCK).feed(List.of(session));
  }
}
