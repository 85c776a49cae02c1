package ca.cma.wellness.sessions.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.facts.InviteFacts;
import ca.cma.wellness.sessions.facts.LocalizedText;
import ca.cma.wellness.sessions.facts.ProgramFacts;
import ca.cma.wellness.sessions.facts.SessionFacts;
import ca.cma.wellness.sessions.internal.Checks;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteMethod;
import ca.cma.wellness.sessions.invites.InvitePlan;
import ca.cma.wellness.sessions.invites.InvitePlanner;
import ca.cma.wellness.sessions.invites.SentLog;
import ca.cma.wellness.sessions.registration.RegistrationLedger;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.Generators;
import ca.cma.wellness.sessions.testing.RegistrationGenerators;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * Over generated bilingual programs (English first or French first, every text in both) and
 * registration histories run through the real planner: every message to a registrant is in their
 * language from subject to alarm, with {@code LANGUAGE=fr-CA} or {@code en-CA} on SUMMARY,
 * DESCRIPTION and the alarm, and none of the library's own words of the other language; the
 * English and French feeds agree on UIDs, starts, ends, status and SEQUENCE; every .ics reads back
 * with ical4j and the French text comes back exactly.
 */
class BilingualProperties {
  /** About 60 programs: the property runs in seconds on the shared machine. */
  private static final int PROGRAMS = 60;

  @Test
  void everyMessage_isWhollyInItsRecipientsLanguage() {
    Set<Language> seen = EnumSet.noneOf(Language.class);
    Set<InviteMethod> methods = EnumSet.noneOf(InviteMethod.class);
    WellnessGens.theory()
        .withExamples(PROGRAMS)
        .forAll(WellnessGens.bilingualPrograms(), WellnessGens.randoms())
        .checkAssert(
            (program, random) -> {
              History history = history(program, random);
              Ical ical = Ical.of(history.program(), Fixtures.CLOCK);
              ProgramFacts facts = ProgramFacts.of(history.program());
              for (InviteMessage message : history.messages()) {
                checkMessage(ical, facts, message);
                seen.add(message.recipient().language());
                methods.add(message.method());
              }
            });
    assertEquals(EnumSet.allOf(Language.class), seen, "messages in both languages were checked");
    assertEquals(EnumSet.allOf(InviteMethod.class), methods, "requests and cancellations were checked");
  }

  @Test
  void theTwoFeeds_agreeOnEverythingButTheWords_andReadBackExactly() {
    WellnessGens.theory()
        .withExamples(PROGRAMS)
        .forAll(WellnessGens.bilingualPrograms())
        .checkAssert(
            program -> {
              Ical ical = Ical.of(program, Fixtures.CLOCK);
              ProgramFacts facts = ProgramFacts.of(program);
              List<Session> sessions = program.sessionsInOrder();
              String english = ical.withLanguage(Language.ENGLISH).feed(sessions);
              String french = ical.withLanguage(Language.FRENCH).feed(sessions);
              List<VEvent> en = events(english);
              List<VEvent> fr = events(french);
              assertEquals(sessions.size(), en.size());
              assertEquals(sessions.size(), fr.size());
              for (int at = 0; at < sessions.size(); at++) {
                int i = at;
                for (String name : List.of("UID", "DTSTART", "DTEND", "STATUS", "SEQUENCE")) {
                  assertEquals(Ics.value(en.get(i), name), Ics.value(fr.get(i), name), name);
                }
                SessionFacts event = facts.session(sessions.get(i));
                checkText(fr.get(i), "SUMMARY", event.localizedSummary(Language.FRENCH), Language.FRENCH);
                checkText(en.get(i), "SUMMARY", event.localizedSummary(Language.ENGLISH), Language.ENGLISH);
                assertEquals("fr-CA", language(fr.get(i).getProperty("DESCRIPTION").orElseThrow()));
                assertEquals("en-CA", language(en.get(i).getProperty("DESCRIPTION").orElseThrow()));
                event.localizedDescription(Language.FRENCH)
                    .ifPresent(d -> assertDescriptionHolds(fr.get(i), d.text()));
                // One CATEGORIES per language: the vocabulary in French, free tags in the first.
                Set<String> expected = new java.util.TreeSet<>();
                event.topics(Language.FRENCH).forEach(topic -> expected.add(tagOf(topic.language())));
                Set<String> actual = new java.util.TreeSet<>();
                fr.get(i).getProperties("CATEGORIES").forEach(p -> actual.add(language(p)));
                assertEquals(expected, actual, "CATEGORIES");
              }
              Calendar calendar = Ics.parse(french);
              assertEquals("fr-CA", language(calendar.getProperty("NAME").orElseThrow()));
              assertNoWordsOf(Language.ENGLISH, values(french));
              assertNoWordsOf(Language.FRENCH, values(english));
            });
  }

  /** The program with the session as a history left it, and the messages the planner sent. */
  private record History(Program program, List<InviteMessage> messages) {}

  /**
   * Runs a registration history on one session of the program made open for registration: people
   * of both languages register and withdraw, the session is moved, renamed in both languages and
   * sometimes cancelled.
   */
  private static History history(Program program, RandomGenerator random) {
    List<InviteMessage> messages = new ArrayList<>();
    if (program.sessions().isEmpty()) {
      return new History(program, messages);
    }
    Session open = RegistrationGenerators.openSession(random, Fixtures.CLOCK.instant());
    Session session =
        Generators.oneOf(random, program.sessions())
            .withStart(open.start())
            .withStatus(SessionStatus.SCHEDULED)
            .withRegistrationOpens(java.util.Optional.empty())
            .withRegistrationCloses(java.util.Optional.empty())
            .withCapacity(random.nextInt(4));
    List<Registrant> people = new ArrayList<>();
    for (int i = 0; i < 2 + random.nextInt(4); i++) {
      Registrant one = RegistrationGenerators.person(i, Generators.registrant(random).role());
      people.add(
          Registrant.builder()
              .name(one.name())
              .email(one.email())
              .role(one.role())
              .province(one.province())
              .language(i % 2 == 0 ? Language.FRENCH : Language.ENGLISH)
              .build());
    }
    RegistrationLedger ledger = RegistrationLedger.inMemory(Fixtures.CLOCK);
    SentLog log = SentLog.empty();
    int steps = 2 + random.nextInt(12);
    for (int step = 0; step < steps && !session.isCancelled(); step++) {
      Registrant someone = Generators.oneOf(random, people);
      switch (random.nextInt(7)) {
        case 0:
        case 1:
        case 2:
          ledger.register(session, someone);
          break;
        case 3:
          ledger.withdraw(session, someone);
          break;
        case 4:
          session = session.withStart(session.start().plusMinutes(30L * (1 + random.nextInt(48))))
              .withRevision(session.revision() + 1);
          break;
        case 5:
          if (session.seriesPart().isEmpty()) {
            session = translated(program, session, random).withRevision(session.revision() + 1);
          }
          break;
        default:
          if (random.nextInt(3) == 0) {
            session = session.withStatus(SessionStatus.CANCELLED).withRevision(session.revision() + 1);
          }
          break;
      }
      ledger.reconcile(session);
      InvitePlan plan = InvitePlanner.plan(session, ledger.roster(session.id()), log);
      messages.addAll(plan.messages());
      log = plan.log();
    }
    return new History(program.withSession(session), messages);
  }

  /** The session with a new title in the program's first language and its translation. */
  private static Session translated(Program program, Session session, RandomGenerator random) {
    Language other = program.firstLanguage() == Language.ENGLISH ? Language.FRENCH : Language.ENGLISH;
    Session renamed =
        session.withTitle(Generators.textIn(random, program.firstLanguage()))
            .withTitleTranslations(Map.of(other, Generators.textIn(random, other)))
            .withSeriesPart(java.util.Optional.empty());
    return session.description().isEmpty()
        ? renamed.withDescriptionTranslations(Map.of())
        : renamed.withDescription(Generators.textIn(random, program.firstLanguage()))
            .withDescriptionTranslations(Map.of(other, Generators.textIn(random, other)));
  }

  private static void checkMessage(Ical ical, ProgramFacts facts, InviteMessage message) {
    Language language = message.recipient().language();
    String tag = language.locale().toLanguageTag();
    InviteEmail email = ical.invite(message);
    Ics.physicalLines(email.bytes());
    SessionFacts session = facts.session(message.session());
    LocalizedText title = session.localizedTitle(language);
    assertTrue(title.isIn(language), "a promised language never falls back");
    String oneLine = Checks.oneLine(title.text());
    String shown = InviteFacts.displayText(title.text());
    assertTrue(email.subject().contains(shown), () -> email.subject() + " lacks " + shown);
    assertTrue(email.text().contains(oneLine), () -> email.text() + " lacks " + oneLine);
    assertEquals(facts.name(language).text(), email.senderName());

    Calendar calendar = Ics.parse(email.calendar());
    VEvent event = Ics.event(calendar);
    checkText(event, "SUMMARY", title, language);
    // Read as RFC 5545 says, from the content line, the title comes back exactly.
    assertEquals(
        RoundTripProperties.lineFeeds(title.text()), RoundTripProperties.rfcValue(email.calendar(), "SUMMARY"));
    Property description = event.getProperty("DESCRIPTION").orElseThrow(() -> new AssertionError("DESCRIPTION"));
    assertEquals(tag, language(description), "DESCRIPTION's LANGUAGE");
    session.localizedDescription(language).ifPresent(d -> assertDescriptionHolds(event, d.text()));
    if (message.method() == InviteMethod.REQUEST) {
      VAlarm alarm = event.getAlarms().get(0);
      checkText(alarm, "DESCRIPTION", title, language);
    } else {
      assertTrue(event.getAlarms().isEmpty(), "a CANCEL rings no alarm");
    }
    Language other = language == Language.ENGLISH ? Language.FRENCH : Language.ENGLISH;
    List<String> said = values(email.calendar());
    said.add(email.subject());
    said.add(email.text());
    said.add(email.senderName());
    assertNoWordsOf(other, said);
  }

  /**
   * A text property reads back with ical4j as the facts said it (ical4j trims white space at both
   * ends of a value, and misreads a backslash before a line break: RoundTripProperties pins both),
   * and says its language.
   */
  private static void checkText(Component component, String name, LocalizedText expected, Language language) {
    Property property = component.getProperty(name).orElseThrow(() -> new AssertionError(name + " missing"));
    assertEquals(language.locale().toLanguageTag(), language(property), name + "'s LANGUAGE");
    assertEquals(language, expected.language(), name + " is in the reader's language");
    if (!RoundTripProperties.ical4jMisreads(expected.text())) {
      assertEquals(RoundTripProperties.asIcal4jReadsIt(expected.text()), property.getValue(), name);
    }
  }

  private static void assertDescriptionHolds(Component event, String description) {
    String value = event.getProperty("DESCRIPTION").orElseThrow().getValue();
    String text = RoundTripProperties.lineFeeds(description);
    if (!RoundTripProperties.ical4jMisreads(description + "\n")) {
      assertTrue(value.contains(text), () -> value + "\nlacks\n" + text);
    }
  }

  private static String tagOf(Language language) {
    return language.locale().toLanguageTag();
  }

  private static String language(Property property) {
    return property.getParameter("LANGUAGE").map(p -> p.getValue()).orElse("(none)");
  }

  private static List<VEvent> events(String text) {
    Ics.physicalLines(text.getBytes(StandardCharsets.UTF_8));
    return Ics.parse(text).getComponents("VEVENT");
  }

  /** Every property value of a calendar, as ical4j reads it, VALARMs included. */
  private static List<String> values(String text) {
    Calendar calendar = Ics.parse(text);
    List<String> values = new ArrayList<>();
    for (Property property : calendar.getProperties()) {
      values.add(property.getValue());
    }
    for (Component component : calendar.getComponents()) {
      for (Property property : component.getProperties()) {
        values.add(property.getValue());
        property.getParameter("LABEL").ifPresent(label -> values.add(label.getValue()));
        property.getParameter("CN").ifPresent(cn -> values.add(cn.getValue()));
      }
      if (component instanceof VEvent) {
        for (VAlarm alarm : ((VEvent) component).getAlarms()) {
          alarm.getProperties().forEach(p -> values.add(p.getValue()));
        }
      }
    }
    return values;
  }

  private static void assertNoWordsOf(Language language, List<String> said) {
    for (String word : ProgramFacts.templateWords(language)) {
      for (String value : said) {
        assertFalse(value.contains(word), () -> "\"" + word + "\" (" + language + ") in: " + value);
      }
    }
  }
}
