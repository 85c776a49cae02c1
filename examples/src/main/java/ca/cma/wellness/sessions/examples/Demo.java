package ca.cma.wellness.sessions.examples;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Province;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.TimeText;
import ca.cma.wellness.sessions.facts.ProgramFacts;
import ca.cma.wellness.sessions.facts.SupportFacts;
import ca.cma.wellness.sessions.ical.Ical;
import ca.cma.wellness.sessions.ical.InviteEmail;
import ca.cma.wellness.sessions.jdbc.JdbcLedger;
import ca.cma.wellness.sessions.jdbc.Outbox;
import ca.cma.wellness.sessions.jdbc.OutboxMessage;
import ca.cma.wellness.sessions.json.JsCalendar;
import ca.cma.wellness.sessions.json.JsonLd;
import ca.cma.wellness.sessions.json.SessionFeed;
import ca.cma.wellness.sessions.registration.Availability;
import ca.cma.wellness.sessions.registration.LedgerChange;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InvitePlanner;
import ca.cma.wellness.sessions.registration.Notice;
import ca.cma.wellness.sessions.registration.Registration;
import ca.cma.wellness.sessions.registration.RegistrationLedger;
import ca.cma.wellness.sessions.registration.Roster;
import ca.cma.wellness.sessions.invites.SentLog;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.web.ProgramPage;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The demo a newcomer runs first: the Wellness Connection program of the public page comes to
 * life. People from across Canada register, one session fills and waitlists two people, a
 * confirmed physician withdraws and the head of the waitlist is promoted, one session is
 * rescheduled and another cancelled; after every change the invite planner says which calendar
 * messages to send.
 *
 * <p>The program promises English and French. It writes into its output folder the public
 * iCalendar feed in each language ({@code wellness-connection.ics}, {@code
 * wellness-connection.fr.ics}), every message in sending order as iCalendar and as JSCalendar
 * ({@code messages/001-REQUEST.ics} and {@code messages/001-REQUEST.jscal.json}, ...), the JSON
 * feed and its schema ({@code feed.json}, {@code feed.schema.json}), schema.org markup for an
 * English and a French page ({@code sessions.jsonld}, {@code sessions.fr.jsonld}) and JSCalendar
 * ({@code sessions.jscal.json}); the program page in English and French ({@code index.html},
 * {@code index.fr.html}) with each upcoming session's calendar file ({@code
 * calendars/<session id>.en.ics}, {@code .fr.ics}); and it prints a summary and one French
 * registrant's invitation whole.
 *
 * <p>Registrations live in a {@link JdbcLedger}: by default an H2 database in the file {@code
 * ledger/wellness.mv.db} of the output folder, made afresh on every run, so that reruns write the
 * same bytes; the messages are what the ledger's outbox holds after each change, claimed, written
 * and marked sent as a host's sender would. With a second argument, a JDBC URL of an empty
 * PostgreSQL database ({@code jdbc:postgresql://localhost/demo?user=demo&password=...}), the story
 * runs there instead. The messages are the same bytes as with the in-memory ledger ({@link
 * #runInMemory}).
 *
 * <p>Run it with {@code mvn -q -B -ntp -pl examples -am -DskipTests package exec:java}; the first
 * argument is the output folder.
 */
public final class Demo {
  /** Where the demo writes when no folder is given, relative to the working directory. */
  public static final Path DEFAULT_OUTPUT = Path.of("examples", "target", "demo");

  private final Clock clock;
  private final PrintStream out;
  private final RegistrationLedger ledger;
  private final Optional<Outbox> outbox;
  private final List<InviteMessage> sent = new ArrayList<>();
  private int printed;
  private final Map<SessionId, ZonedDateTime> previousStarts = new HashMap<>();
  private Program program;
  private SentLog log = SentLog.empty();

  private Demo(Clock clock, PrintStream out, RegistrationLedger ledger, Optional<Outbox> outbox) {
    this.clock = clock;
    this.out = out;
    this.ledger = ledger;
    this.outbox = outbox;
  }

  /**
   * Runs the demo.
   *
   * @param args the output folder, or nothing for {@link #DEFAULT_OUTPUT}; then, optionally, the
   *     JDBC URL of an empty PostgreSQL database
   * @throws IOException if a file cannot be written; the process then exits with a non-zero code
   */
  public static void main(String[] args) throws IOException {
    Path folder = args.length > 0 ? Path.of(args[0]) : DEFAULT_OUTPUT;
    PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length > 1) {
      runOn(args[1], folder, Fixtures.CLOCK, console);
    } else {
      run(folder, Fixtures.CLOCK, console);
    }
  }

  /**
   * Runs the demo with a given clock, writing into {@code folder} and printing to {@code out}.
   *
   * @param folder the output folder; created if missing
   * @param clock "now" for every registration and every DTSTAMP
   * @param out where the summary goes
   * @return the messages the planner said to send, in sending order
   * @throws IOException if a file cannot be written
   */
  public static List<InviteMessage> run(Path folder, Clock clock, PrintStream out) throws IOException {
    Path database = Objects.requireNonNull(folder, "folder").resolve("ledger");
    if (Files.exists(database)) {
      try (Stream<Path> files = Files.walk(database)) {
        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
    Files.createDirectories(database);
    return runOn("jdbc:h2:file:" + database.toAbsolutePath().resolve("wellness"), folder, clock, out);
  }

  /**
   * Runs the demo on a database: H2 or an empty PostgreSQL, whose schema it creates.
   *
   * @param jdbcUrl the database, such as {@code jdbc:postgresql://localhost/demo?user=demo}
   * @param folder the output folder; created if missing
   * @param clock "now" for every registration and every DTSTAMP
   * @param out where the summary goes
   * @return the messages the outbox held, in sending order
   * @throws IOException if a file cannot be written
   */
  public static List<InviteMessage> runOn(String jdbcUrl, Path folder, Clock clock, PrintStream out)
      throws IOException {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(Objects.requireNonNull(jdbcUrl, "jdbcUrl"));
    config.setMaximumPoolSize(2);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      JdbcLedger.migrate(pool);
      JdbcLedger ledger = JdbcLedger.of(pool, Objects.requireNonNull(clock, "clock"));
      return run(new Demo(clock, Objects.requireNonNull(out, "out"), ledger, Optional.of(ledger.outbox())), folder);
    }
  }

  /**
   * Runs the demo with the in-memory ledger, whose messages the invite planner gives after each
   * change: the same bytes as with a database.
   *
   * @param folder the output folder; created if missing
   * @param clock "now" for every registration and every DTSTAMP
   * @param out where the summary goes
   * @return the messages the planner said to send, in sending order
   * @throws IOException if a file cannot be written
   */
  public static List<InviteMessage> runInMemory(Path folder, Clock clock, PrintStream out) throws IOException {
    Objects.requireNonNull(clock, "clock");
    return run(new Demo(clock, Objects.requireNonNull(out, "out"), RegistrationLedger.inMemory(clock), Optional.empty()), folder);
  }

  private static List<InviteMessage> run(Demo demo, Path folder) throws IOException {
    demo.play();
    demo.write(Objects.requireNonNull(folder, "folder"));
    return List.copyOf(demo.sent);
  }

  /** Reports a change and takes the messages it caused. */
  private void apply(LedgerChange change) {
    report(change);
    sent.addAll(messages());
  }

  /**
   * The messages the last change caused: claimed from the database's outbox, or planned for the
   * in-memory ledger, session by session in start order.
   */
  private List<InviteMessage> messages() {
    List<InviteMessage> messages = new ArrayList<>();
    if (outbox.isPresent()) {
      List<OutboxMessage> due;
      while (!(due = outbox.get().claim(100, Duration.ofMinutes(5))).isEmpty()) {
        for (OutboxMessage message : due) {
          messages.add(message.toMessage(program));
          outbox.get().markSent(message);
        }
      }
      return messages;
    }
    for (Session session : program.sessionsInOrder()) {
      var plan = InvitePlanner.plan(session, ledger.roster(session.id()), log);
      messages.addAll(plan.messages());
      log = plan.log();
    }
    return messages;
  }

  private void play() {
    // The program promises English and French: every registrant reads their own language.
    program = Fixtures.BILINGUAL_PROGRAM.withSession(Fixtures.COMPASSION_ROUNDS_PART_I.withCapacity(4));
    Session imposter = session("imposter-syndrome-2023-02-01");
    Session rocks = session("medicine-on-the-rocks-2023-02-16");
    Session rounds = session("compassion-rounds-happiness-1");

    heading("Registrations");
    for (Registrant person :
        List.of(
            Fixtures.ST_JOHNS_LEARNER,
            Fixtures.MONTREAL_RESIDENT,
            Fixtures.TORONTO_LEARNER,
            Fixtures.VANCOUVER_PHYSICIAN,
            Fixtures.EDMONTON_RESIDENT,
            Fixtures.SUDBURY_PHYSICIAN)) {
      apply(ledger.register(imposter, person));
    }
    for (Registrant person : List.of(Fixtures.WINNIPEG_PHYSICIAN, Fixtures.ST_JOHNS_LEARNER)) {
      apply(ledger.register(rocks, person));
    }
    // Compassion Rounds part I holds four physicians; two more wait, and a learner is refused.
    for (Registrant person :
        List.of(
            Fixtures.REGINA_PHYSICIAN,
            Fixtures.VANCOUVER_PHYSICIAN,
            Fixtures.HALIFAX_PHYSICIAN,
            Fixtures.WINNIPEG_PHYSICIAN,
            Fixtures.MONCTON_PHYSICIAN,
            Fixtures.WHITEHORSE_PHYSICIAN,
            Fixtures.ST_JOHNS_LEARNER)) {
      apply(ledger.register(rounds, person));
    }
    for (Registrant person : List.of(Fixtures.HALIFAX_PHYSICIAN, Fixtures.MONTREAL_RESIDENT)) {
      apply(ledger.registerForSeries(program, Fixtures.WEEKLY_CIRCLE.id(), person));
    }
    planAll("Invitations");
    printWhole(Fixtures.SUDBURY_PHYSICIAN);
    printSupport();

    heading("A confirmed physician withdraws");
    apply(ledger.withdraw(rounds, Fixtures.REGINA_PHYSICIAN));
    planAll("After the withdrawal");

    heading("A session moves");
    Session moved =
        rocks.withStart(LocalDateTime.of(2023, 2, 22, 19, 30), Fixtures.TORONTO)
            .withRevision(rocks.revision() + 1)
            .withLastModified(clock.instant());
    previousStarts.put(moved.id(), rocks.start());
    change(moved);
    out.println(
        "  "
            + program.displayTitle(moved)
            + " moves from "
            + TimeText.of(Language.ENGLISH).dateTime(rocks.start())
            + " to "
            + TimeText.of(Language.ENGLISH).dateTime(moved.start()));
    planAll("After the reschedule");

    heading("A session is called off");
    Session third = program.partsOf(Fixtures.WEEKLY_CIRCLE.id()).get(2);
    Session cancelled =
        third.withStatus(SessionStatus.CANCELLED)
            .withRevision(third.revision() + 1)
            .withLastModified(clock.instant());
    change(cancelled);
    out.println("  " + program.displayTitle(cancelled) + " is cancelled");
    planAll("After the cancellation");

    printSessions();
  }

  /**
   * Prints the support footer every message to two registrants ends with: where they live first,
   * then the national line, in their language; and the provinces the host has left without one.
   */
  private void printSupport() {
    heading("Support where the registrant lives (sample resources: 555 numbers, example.org pages)");
    ProgramFacts facts = ProgramFacts.of(program);
    for (Registrant person : List.of(Fixtures.ST_JOHNS_LEARNER, Fixtures.MONTREAL_RESIDENT)) {
      out.println("  " + person.name() + " (" + person.province().code() + ", " + person.language().tag() + "):");
      for (SupportFacts resource : facts.support(person.province(), person.language())) {
        out.println("    " + resource.line());
      }
    }
    Set<Province> gaps = program.provincesWithoutSupport();
    out.println(
        "  Provinces and territories without a resource of their own: "
            + (gaps.isEmpty() ? "none" : gaps.stream().map(Province::code).toList()));
  }

  private Session session(String id) {
    return program.sessionById(SessionId.of(id)).orElseThrow();
  }

  /** Changes a session; the next plan reconciles its registrations with it. */
  private void change(Session session) {
    program = program.withSession(session);
  }

  /**
   * Reconciles every session's registrations with the program as it now is, takes the messages
   * that caused, and prints every message taken since the last time.
   */
  private void planAll(String title) {
    LedgerChange reconciled = ledger.reconcile(program);
    if (!reconciled.isEmpty()) {
      heading(title + ": what the change did to registrations");
      report(reconciled.notices());
    }
    sent.addAll(messages());
    heading(title + ": messages to send");
    int before = printed;
    printed = sent.size();
    for (int i = before; i < sent.size(); i++) {
      InviteMessage message = sent.get(i);
      out.printf(
          Locale.ROOT,
          "  %03d %-7s SEQUENCE %d to %-22s %-18s %s%n",
          i + 1,
          message.method(),
          message.sequence(),
          message.recipient().name(),
          message.reason(),
          program.displayTitle(message.session()));
    }
    if (before == sent.size()) {
      out.println("  nothing");
    }
  }

  /** Prints the first message to a registrant whole: subject, plain text and calendar. */
  private void printWhole(Registrant person) {
    InviteMessage message =
        sent.stream().filter(m -> m.recipient().isSamePersonAs(person)).findFirst().orElseThrow();
    InviteEmail email = Ical.of(program, clock).invite(message);
    heading("One message whole: to " + person.name() + ", in " + person.language().locale().getDisplayLanguage(Locale.ENGLISH));
    out.println("  From: " + email.senderName() + " <" + program.organizerEmail().address() + ">");
    out.println("  Subject: " + email.subject());
    out.println("  Content-Type: " + email.contentType());
    out.println();
    for (String line : (email.text() + email.calendar()).split("\r\n")) {
      out.println("  " + line);
    }
  }

  private void report(LedgerChange change) {
    report(change.notices());
  }

  private void report(List<Notice> notices) {
    for (Notice notice : notices) {
      Session session = session(notice.sessionId().value());
      String what =
          notice.refusal().map(reason -> "REFUSED: " + reason.sentence(Language.ENGLISH)).orElseGet(
              () -> notice.kind() + notice.waitlistPosition().stream().mapToObj(p -> " #" + p).findFirst().orElse(""));
      out.printf(
          Locale.ROOT,
          "  %-22s %-45s %s%n",
          notice.registrant().name(),
          program.displayTitle(session),
          what);
    }
  }

  private void printSessions() {
    heading("Sessions, as each registrant reads them");
    TimeText english = TimeText.of(Language.ENGLISH);
    for (Session session : program.sessionsInOrder()) {
      out.println(
          "  "
              + program.displayTitle(session)
              + (session.isCancelled() ? " [cancelled]" : "")
              + "\n    "
              + english.dateTime(session.start())
              + "  ("
              + english.canadaWide(session.start())
              + ")");
      Roster roster = ledger.roster(session.id());
      for (Registration registration : roster.confirmed()) {
        Registrant person = registration.registrant();
        TimeText theirs = TimeText.of(person.language());
        out.println(
            "    confirmed  "
                + person.name()
                + " ("
                + person.province().code()
                + "): "
                + theirs.forViewer(session.start(), person.timeZone()));
      }
      for (Registration registration : roster.waitlist()) {
        out.println(
            "    waitlist #"
                + registration.waitlistPosition().orElseThrow()
                + " "
                + registration.registrant().name());
      }
    }
  }

  private void write(Path folder) throws IOException {
    Files.createDirectories(folder.resolve("messages"));
    Function<SessionId, Optional<Availability>> availability =
        id -> program.sessionById(id).map(ledger::availability);
    Ical ical = Ical.of(program, clock);
    try (OutputStream feed = Files.newOutputStream(folder.resolve("wellness-connection.ics"))) {
      ical.writeFeed(program.sessionsInOrder(), feed);
    }
    // The same feed in French, for the host's second URL: same UIDs, times, status and SEQUENCE.
    try (OutputStream feed = Files.newOutputStream(folder.resolve("wellness-connection.fr.ics"))) {
      ical.withLanguage(Language.FRENCH).writeFeed(program.sessionsInOrder(), feed);
    }
    // Each message twice, as the same facts in two formats: they agree on UID, SEQUENCE, status,
    // start and end.
    JsCalendar jscal = JsCalendar.of(program, clock);
    for (int i = 0; i < sent.size(); i++) {
      InviteMessage message = sent.get(i);
      String name = String.format(Locale.ROOT, "%03d-%s", i + 1, message.method());
      Files.write(folder.resolve("messages").resolve(name + ".ics"), ical.invite(message).bytes());
      Files.writeString(
          folder.resolve("messages").resolve(name + ".jscal.json"), jscal.invite(message), StandardCharsets.UTF_8);
    }
    List<Session> upcoming = program.upcoming(clock, Duration.ofDays(120));
    try (OutputStream feed = Files.newOutputStream(folder.resolve("feed.json"))) {
      SessionFeed.of(program, clock).withAvailability(availability).writeFeed(upcoming, feed);
    }
    Files.writeString(folder.resolve("feed.schema.json"), SessionFeed.schema(), StandardCharsets.UTF_8);
    JsonLd markup =
        JsonLd.of(program, clock)
            .withAvailability(availability)
            .withPreviousStarts(id -> Optional.ofNullable(previousStarts.get(id)));
    try (OutputStream english = Files.newOutputStream(folder.resolve("sessions.jsonld"))) {
      markup.writeFeed(upcoming, english);
    }
    try (OutputStream french = Files.newOutputStream(folder.resolve("sessions.fr.jsonld"))) {
      markup.withLanguage(Language.FRENCH).writeFeed(upcoming, french);
    }
    try (OutputStream calendar = Files.newOutputStream(folder.resolve("sessions.jscal.json"))) {
      jscal.writeFeed(program.sessionsInOrder(), calendar);
    }
    writePages(folder, upcoming, availability, ical);
    heading("Written to " + folder.toAbsolutePath().normalize());
    out.println(
        "  wellness-connection.ics, wellness-connection.fr.ics, messages/ (" + sent.size()
            + " messages, .ics and .jscal.json),");
    out.println("  feed.json, feed.schema.json, sessions.jsonld, sessions.fr.jsonld, sessions.jscal.json,");
    out.println(
        "  index.html, index.fr.html (open them in a browser) and each upcoming session's calendar file, "
            + "calendars/<session id>.en.ics and .fr.ics");
  }

  /**
   * Writes the program page in English and French, each linking the other, and the one-event
   * calendar file of every upcoming session in each language, which the pages link.
   */
  private void writePages(
      Path folder, List<Session> upcoming, Function<SessionId, Optional<Availability>> availability, Ical ical)
      throws IOException {
    Path calendars = Files.createDirectories(folder.resolve("calendars"));
    ProgramPage page =
        ProgramPage.of(program, clock)
            .withAvailability(availability)
            .withPreviousStarts(id -> Optional.ofNullable(previousStarts.get(id)))
            .withCalendarFiles(URI.create("calendars/"))
            .withAlternate(Language.ENGLISH, URI.create("index.html"))
            .withAlternate(Language.FRENCH, URI.create("index.fr.html"));
    for (Language language : List.of(Language.ENGLISH, Language.FRENCH)) {
      String name = language == Language.ENGLISH ? "index.html" : "index." + language.tag() + ".html";
      Files.writeString(
          folder.resolve(name), page.withLanguage(language).document(upcoming), StandardCharsets.UTF_8);
      ProgramFacts facts = ProgramFacts.of(program);
      for (Session session : upcoming) {
        var links = facts.session(session).calendarLinks(language);
        if (links.isPresent()) {
          Files.writeString(
              calendars.resolve(links.get().icsFile()),
              ical.withLanguage(language).feed(List.of(session)),
              StandardCharsets.UTF_8);
        }
      }
    }
  }

  private void heading(String title) {
    out.println();
    out.println(title);
  }
}
