package ca.cma.wellness.sessions.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo, as the README promises it: its story, its files, and nothing private in public. */
class DemoTest {
  private static String run(Path folder, List<InviteMessage> into) throws IOException {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    into.addAll(Demo.run(folder, Fixtures.CLOCK, new PrintStream(console, true, StandardCharsets.UTF_8)));
    return console.toString(StandardCharsets.UTF_8);
  }

  private static Calendar parse(Path file) throws Exception {
    return new CalendarBuilder()
        .build(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
  }

  @Test
  void run_writesEveryPromisedFile(@TempDir Path folder) throws IOException {
    List<InviteMessage> messages = new ArrayList<>();
    run(folder, messages);
    for (String name :
        List.of(
            "wellness-connection.ics",
            "wellness-connection.fr.ics",
            "feed.json",
            "feed.schema.json",
            "sessions.jsonld",
            "sessions.fr.jsonld",
            "sessions.jscal.json",
            "index.html",
            "index.fr.html",
            "calendars/imposter-syndrome-2023-02-01.en.ics",
            "calendars/imposter-syndrome-2023-02-01.fr.ics")) {
      assertTrue(Files.size(folder.resolve(name)) > 0, name);
    }
    try (Stream<Path> files = Files.list(folder.resolve("messages"))) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
      assertEquals(2 * messages.size(), names.size());
      for (int i = 0; i < messages.size(); i++) {
        String stem = String.format("%03d-%s", i + 1, messages.get(i).method());
        assertEquals(List.of(stem + ".ics", stem + ".jscal.json"), names.subList(2 * i, 2 * i + 2));
      }
    }
  }

  @Test
  void run_tellsTheStoryOfTheIssue(@TempDir Path folder) throws IOException {
    List<InviteMessage> messages = new ArrayList<>();
    String console = run(folder, messages);
    Set<InviteReason> reasons = messages.stream().map(InviteMessage::reason).collect(Collectors.toSet());
    assertEquals(Set.of(InviteReason.values()), reasons, "confirmations, a promotion, an update, a withdrawal, a cancellation");
    assertTrue(console.contains("WAITLISTED #1") && console.contains("WAITLISTED #2"), console);
    assertTrue(console.contains("Morgan Kelly (NL): 8:30 pm NT"), "a St. John's learner reads her own time");
    assertTrue(console.contains("Dre Camille Gagnon (QC): 19 h HE"), "a French reader reads French");
    // The Sudbury physician's invitation, printed whole, is French from subject to alarm.
    assertTrue(console.contains("Subject: Invitation : Le syndrome de l'imposteur, 1er février 2023, 19 h HE"), console);
    assertTrue(console.contains("From: Connexion bien-être <"), console);
    assertTrue(console.contains("SUMMARY;LANGUAGE=fr-CA:Le syndrome de l'imposteur"), console);
    assertTrue(console.contains("Votre inscription à cette séance de Connexion bien-être est confirmée."), console);
    assertTrue(console.contains("REFUSED"), "a learner is refused a physicians-only session");
    assertTrue(
        console.contains(
            "    Physician Health Program of Newfoundland and Labrador (sample): 1-800-555-0105"
                + " <tel:+1-800-555-0105> (24/7) https://php-nl.example.org/"),
        "the St. John's learner's own program, first");
    assertTrue(
        console.contains(
            "    Ligne de soutien aux médecins (exemple) : 1-800-555-0100 <tel:+1-800-555-0100>"
                + " (24 h/24, 7 j/7) https://support.example.org/"),
        "the Montreal resident's national line, in French");
    assertTrue(console.contains("without a resource of their own: none"), console);
    assertTrue(console.contains("PROMOTED"), console);
  }

  @Test
  void run_messagesAreOneCalendarEachWithTheirMethodInOrder(@TempDir Path folder) throws Exception {
    List<InviteMessage> messages = new ArrayList<>();
    run(folder, messages);
    for (int i = 0; i < messages.size(); i++) {
      InviteMessage message = messages.get(i);
      Path file = folder.resolve("messages").resolve(String.format("%03d-%s.ics", i + 1, message.method()));
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertEquals(1, text.split("BEGIN:VCALENDAR", -1).length - 1, file.toString());
      Calendar calendar = parse(file);
      assertEquals(message.method().name(), calendar.getProperty("METHOD").orElseThrow().getValue());
      VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
      assertEquals(Integer.toString(message.sequence()), event.getProperty("SEQUENCE").orElseThrow().getValue());
      assertEquals(1, event.getProperties("ATTENDEE").size());
    }
  }

  @Test
  void run_publicFilesHoldNoJoinLinkAndNoRegistrant(@TempDir Path folder) throws IOException {
    run(folder, new ArrayList<>());
    List<String> pages = new ArrayList<>(List.of("index.html", "index.fr.html"));
    try (Stream<Path> calendars = Files.list(folder.resolve("calendars"))) {
      calendars.forEach(file -> pages.add("calendars/" + file.getFileName()));
    }
    assertTrue(pages.size() > 4, pages::toString);
    for (String name :
        Stream.concat(
                Stream.of(
                    "wellness-connection.ics",
                    "wellness-connection.fr.ics",
                    "feed.json",
                    "sessions.jsonld",
                    "sessions.fr.jsonld",
                    "sessions.jscal.json"),
                pages.stream())
            .collect(Collectors.toList())) {
      String text = Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
      for (Session session : Fixtures.PROGRAM.sessions()) {
        assertFalse(text.contains(session.joinUrl().toString()), name + " holds a join link");
      }
      assertFalse(text.contains("meet.example.org"), name);
      Fixtures.REGISTRANTS.forEach(
          r -> {
            assertFalse(text.contains(r.email().address()), name + " holds an address");
            assertFalse(text.contains(r.name()), name + " holds a registrant's name");
          });
    }
  }

  @Test
  void run_onH2_writesTheSameBytesAsWithTheInMemoryLedger(@TempDir Path h2, @TempDir Path memory) throws IOException {
    List<InviteMessage> stored = new ArrayList<>();
    String console = run(h2, stored);
    ByteArrayOutputStream inMemoryConsole = new ByteArrayOutputStream();
    List<InviteMessage> planned =
        Demo.runInMemory(memory, Fixtures.CLOCK, new PrintStream(inMemoryConsole, true, StandardCharsets.UTF_8));
    assertEquals(planned, stored);
    assertTrue(Files.isRegularFile(h2.resolve("ledger").resolve("wellness.mv.db")), "the H2 database is in the output folder");
    assertEquals(
        inMemoryConsole.toString(StandardCharsets.UTF_8).replace(memory.toAbsolutePath().normalize().toString(), "<folder>"),
        console.replace(h2.toAbsolutePath().normalize().toString(), "<folder>"));
    try (Stream<Path> files = Files.walk(memory)) {
      for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(h2.resolve(memory.relativize(file))), file.toString());
      }
    }
  }

  @Test
  void run_twiceWithOneClock_writesTheSameBytes(@TempDir Path first, @TempDir Path second) throws IOException {
    run(first, new ArrayList<>());
    run(second, new ArrayList<>());
    run(second, new ArrayList<>()); // a rerun into the same folder starts from a fresh database
    try (Stream<Path> files = Files.walk(first)) {
      // The H2 database in ledger/ is the store, not an output.
      for (Path file : files.filter(Files::isRegularFile).filter(f -> !first.relativize(f).startsWith("ledger")).collect(Collectors.toList())) {
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(second.resolve(first.relativize(file))), file.toString());
      }
    }
  }

  @Test
  void run_jsonFeedCarriesTheRescheduleAndTheCancellation(@TempDir Path folder) throws IOException {
    run(folder, new ArrayList<>());
    JsonNode feed = JsonMapper.builder().build().readTree(folder.resolve("feed.json").toFile());
    JsonNode rocks = null;
    JsonNode third = null;
    for (JsonNode session : feed.get("sessions")) {
      if (session.get("id").asString().equals("medicine-on-the-rocks-2023-02-16")) {
        rocks = session;
      }
      if (session.get("id").asString().equals("peer-support-circle-2023-03-part-3")) {
        third = session;
      }
    }
    assertEquals("2023-02-22T19:30:00-05:00", rocks.get("start").asString());
    assertEquals(1, rocks.get("revision").asInt());
    assertEquals("cancelled", third.get("status").asString());
    String jsonLd = Files.readString(folder.resolve("sessions.jsonld"), StandardCharsets.UTF_8);
    assertTrue(jsonLd.contains("EventRescheduled") && jsonLd.contains("previousStartDate"), jsonLd);
    assertTrue(jsonLd.contains("EventCancelled"));
  }

  @Test
  void run_eachMessageAsIcsAndJsCalendar_agreesOnUidSequenceStatusStartAndEnd(@TempDir Path folder) throws Exception {
    List<InviteMessage> messages = new ArrayList<>();
    run(folder, messages);
    JsonMapper json = JsonMapper.builder().build();
    for (int i = 0; i < messages.size(); i++) {
      InviteMessage message = messages.get(i);
      String stem = String.format("%03d-%s", i + 1, message.method());
      VEvent event = (VEvent) parse(folder.resolve("messages").resolve(stem + ".ics")).getComponent("VEVENT").orElseThrow();
      JsonNode jscal = json.readTree(folder.resolve("messages").resolve(stem + ".jscal.json").toFile());
      String uid = event.getProperty("UID").orElseThrow().getValue();
      assertEquals(uid, jscal.get("uid").asString(), stem);
      assertEquals(message.sequence(), Integer.parseInt(event.getProperty("SEQUENCE").orElseThrow().getValue()), stem);
      assertEquals(message.sequence(), jscal.get("sequence").asInt(), stem);
      boolean cancelled = event.getProperty("STATUS").orElseThrow().getValue().equals("CANCELLED");
      assertEquals(cancelled, jscal.get("status").asString().equals("cancelled"), stem);
      assertEquals(message.method().name().toLowerCase(java.util.Locale.ROOT), jscal.get("method").asString(), stem);
      Instant start = Instant.from(((DateProperty<?>) event.getProperty("DTSTART").orElseThrow()).getDate());
      Instant end = Instant.from(((DateProperty<?>) event.getProperty("DTEND").orElseThrow()).getDate());
      ZonedDateTime jsStart =
          ZonedDateTime.of(LocalDateTime.parse(jscal.get("start").asString()), ZoneId.of(jscal.get("timeZone").asString()))
              .withEarlierOffsetAtOverlap();
      assertEquals(start, jsStart.toInstant(), stem);
      assertEquals(end, jsStart.toInstant().plus(Duration.parse(jscal.get("duration").asString())), stem);
      assertEquals(message.session().startInstant(), start, stem);
    }
  }

  @Test
  void run_everyEventNodeOfTheJsonLd_hasAStartAnAttendanceModeAndALocation(@TempDir Path folder) throws IOException {
    run(folder, new ArrayList<>());
    JsonNode markup = JsonMapper.builder().build().readTree(folder.resolve("sessions.jsonld").toFile());
    List<JsonNode> events = new ArrayList<>();
    collectEvents(markup, events);
    assertTrue(events.stream().anyMatch(e -> e.get("@type").asString().equals("EventSeries")), "series included");
    assertTrue(events.size() > markup.get("@graph").size(), "series nodes are checked too");
    for (JsonNode event : events) {
      String what = event.get("@type").asString() + " " + event.get("identifier").asString();
      assertTrue(event.hasNonNull("startDate"), what + " has a start");
      OffsetDateTime.parse(event.get("startDate").asString());
      assertEquals("https://schema.org/OnlineEventAttendanceMode", event.get("eventAttendanceMode").asString(), what);
      assertEquals("VirtualLocation", event.get("location").get("@type").asString(), what);
      assertTrue(event.get("location").get("url").asString().startsWith("https://"), what);
    }
  }

  /** Every object whose schema.org type is an Event or one of its kinds, at any depth. */
  private static void collectEvents(JsonNode node, List<JsonNode> out) {
    if (node.isObject()) {
      JsonNode type = node.get("@type");
      if (type != null && Set.of("Event", "EventSeries").contains(type.asString())) {
        out.add(node);
      }
      node.properties().forEach(e -> collectEvents(e.getValue(), out));
    } else if (node.isArray()) {
      node.forEach(element -> collectEvents(element, out));
    }
  }
}
