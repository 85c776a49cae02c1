package ca.cma.wellness.sessions.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Audience;
import ca.cma.wellness.sessions.CanadianTimeZone;
import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Moderator;
import ca.cma.wellness.sessions.ModeratorId;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Province;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Role;
import ca.cma.wellness.sessions.Series;
import ca.cma.wellness.sessions.SeriesId;
import ca.cma.wellness.sessions.SeriesPart;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.TimeText;
import ca.cma.wellness.sessions.Topic;
import ca.cma.wellness.sessions.WeeklySchedule;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteMethod;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.json.internal.Codec;
import ca.cma.wellness.sessions.registration.Availability;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson module: registration, discovery, the form of values, round trips and errors. */
class WellnessSessionsModuleTest {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new WellnessSessionsModule()).build();

  private static <T> void assertRoundTrip(T value, Class<T> type) {
    String json = MAPPER.writeValueAsString(value);
    assertEquals(value, MAPPER.readValue(json, type), json);
  }

  @Test
  void roundTrip_fixtureProgram_givesAnEqualProgram() {
    assertRoundTrip(Fixtures.PROGRAM, Program.class);
  }

  @Test
  void roundTrip_everyFixtureSessionAndSeries_givesEqualValues() {
    Fixtures.PROGRAM.sessions().forEach(s -> assertRoundTrip(s, Session.class));
    Fixtures.PROGRAM.series().forEach(s -> assertRoundTrip(s, Series.class));
    assertRoundTrip(Fixtures.DANIELA_ISFAN, Moderator.class);
    assertRoundTrip(Fixtures.SHARMAN_ROBERTSON, Moderator.class);
    assertRoundTrip(SeriesPart.of(Fixtures.COMPASSION_ROUNDS.id(), 2), SeriesPart.class);
    assertRoundTrip(Fixtures.WEEKLY_CIRCLE_SCHEDULE, WeeklySchedule.class);
  }

  @Test
  void roundTrip_sessionWithEveryOptionalAttribute_givesAnEqualSession() {
    Session full =
        Fixtures.IMPOSTER_SYNDROME
            .withRegistrationOpens(java.util.Optional.of(Instant.parse("2023-01-10T12:00:00.123456789Z")))
            .withRegistrationCloses(java.util.Optional.of(Instant.parse("2023-02-01T23:00:00Z")))
            .withLanguage(Language.FRENCH)
            .withStatus(SessionStatus.CANCELLED)
            .withRevision(7)
            .withModerators(
                List.of(
                    Moderator.builder()
                        .id(ModeratorId.of("a.b_c"))
                        .displayName("Dre A")
                        .email(EmailAddress.of("Dre.A@Example.CA"))
                        .bio("Line one\nline two")
                        .build()));
    assertRoundTrip(full, Session.class);
  }

  @Test
  void roundTrip_everyRegistrant_givesEqualRegistrants() {
    Fixtures.REGISTRANTS.forEach(r -> assertRoundTrip(r, Registrant.class));
    Registrant elsewhere = Fixtures.MONTREAL_RESIDENT.withTimeZone(java.time.ZoneId.of("Europe/Paris"));
    assertRoundTrip(elsewhere, Registrant.class);
  }

  @Test
  void roundTrip_registrationValues_giveEqualValues() {
    for (Availability.State state : Availability.State.values()) {
      assertRoundTrip(Availability.of(state, OptionalInt.empty()), Availability.class);
      if (state != Availability.State.CLOSED) {
        assertRoundTrip(Availability.of(state, OptionalInt.of(4)), Availability.class);
      }
    }
    InviteMessage message =
        InviteMessage.builder()
            .method(InviteMethod.CANCEL)
            .sequence(2)
            .recipient(Fixtures.ST_JOHNS_LEARNER)
            .session(Fixtures.CANCELLED_SESSION)
            .reason(InviteReason.SESSION_CANCELLED)
            .build();
    assertRoundTrip(message, InviteMessage.class);
  }

  @Test
  void roundTrip_scheduleWithCountAndSkippedDates_givesAnEqualSchedule() {
    WeeklySchedule schedule =
        WeeklySchedule.builder()
            .dayOfWeek(java.time.DayOfWeek.MONDAY)
            .localTime(java.time.LocalTime.of(12, 30))
            .timeZone(java.time.ZoneId.of("America/St_Johns"))
            .firstDate(LocalDate.of(2023, 1, 2))
            .count(6)
            .addSkippedDate(LocalDate.of(2023, 1, 16))
            .addSkippedDate(LocalDate.of(2023, 1, 9))
            .build();
    assertRoundTrip(schedule, WeeklySchedule.class);
  }

  @Test
  void roundTrip_idsTopicsAddressesAndEveryEnumConstant_giveEqualValues() {
    assertRoundTrip(SessionId.of("a-1.b_2"), SessionId.class);
    assertRoundTrip(Fixtures.PROGRAM.uidOf(Fixtures.IMPOSTER_SYNDROME), ca.cma.wellness.sessions.SessionUid.class);
    assertEquals(
        "\"imposter-syndrome-2023-02-01@wellness.example.org\"",
        MAPPER.writeValueAsString(Fixtures.PROGRAM.uidOf(Fixtures.IMPOSTER_SYNDROME)));
    assertRoundTrip(
        ca.cma.wellness.sessions.registration.RegistrationId.of(SessionId.of("a-1"), 3),
        ca.cma.wellness.sessions.registration.RegistrationId.class);
    assertEquals(
        "\"a-1#3\"",
        MAPPER.writeValueAsString(ca.cma.wellness.sessions.registration.RegistrationId.of(SessionId.of("a-1"), 3)));
    assertRoundTrip(SeriesId.of("s"), SeriesId.class);
    assertRoundTrip(ModeratorId.of("m"), ModeratorId.class);
    assertRoundTrip(EmailAddress.of("élise@médecins.example.org"), EmailAddress.class);
    Topic.vocabulary().forEach(t -> assertRoundTrip(t, Topic.class));
    assertRoundTrip(Topic.of("Rural practice"), Topic.class);
    for (Class<? extends Enum<?>> type :
        List.of(
            Audience.class, CanadianTimeZone.class, Language.class, Province.class, Role.class,
            SessionStatus.class, Availability.State.class, InviteMethod.class, InviteReason.class,
            ca.cma.wellness.sessions.registration.RegistrationStatus.class,
            ca.cma.wellness.sessions.registration.NoticeKind.class,
            ca.cma.wellness.sessions.registration.RefusalReason.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        assertEquals(constant, MAPPER.readValue(MAPPER.writeValueAsString(constant), type));
      }
    }
  }

  @Test
  void roundTrip_valuesInsideCollectionsAndMaps_giveEqualValues() {
    List<Session> sessions = Fixtures.PROGRAM.sessions();
    assertEquals(
        sessions, MAPPER.readValue(MAPPER.writeValueAsString(sessions), new TypeReference<List<Session>>() {}));
    Map<String, Registrant> byName = Map.of("a", Fixtures.TORONTO_LEARNER);
    assertEquals(
        byName,
        MAPPER.readValue(MAPPER.writeValueAsString(byName), new TypeReference<Map<String, Registrant>>() {}));
  }

  @Test
  void write_enumsIdsAndAddresses_useTheDocumentedForms() {
    assertEquals("\"medical-learners\"", MAPPER.writeValueAsString(Audience.MEDICAL_LEARNERS));
    assertEquals("\"fr\"", MAPPER.writeValueAsString(Language.FRENCH));
    assertEquals("\"NL\"", MAPPER.writeValueAsString(Province.NEWFOUNDLAND_AND_LABRADOR));
    assertEquals("\"medical-student\"", MAPPER.writeValueAsString(Role.MEDICAL_STUDENT));
    assertEquals("\"session-cancelled\"", MAPPER.writeValueAsString(InviteReason.SESSION_CANCELLED));
    assertEquals("\"a-1\"", MAPPER.writeValueAsString(SessionId.of("a-1")));
    assertEquals("\"Burnout\"", MAPPER.writeValueAsString(Topic.BURNOUT));
    assertEquals("{\"seriesId\":\"s\",\"part\":2}", MAPPER.writeValueAsString(SeriesPart.of(SeriesId.of("s"), 2)));
  }

  @Test
  void read_sessionLeavingOutDefaultedAttributes_usesTheDomainDefaults() {
    String json =
        "{\"id\":\"s1\",\"title\":\"T\",\"start\":\"2023-02-01T19:00:00-05:00\","
            + "\"timeZone\":\"America/Toronto\",\"duration\":\"PT1H\","
            + "\"moderators\":[{\"id\":\"m\",\"displayName\":\"M\"}],"
            + "\"registrationUrl\":\"https://example.org/r\",\"joinUrl\":\"https://example.org/j\","
            + "\"futureAttribute\":true}";
    Session session = MAPPER.readValue(json, Session.class);
    assertEquals("", session.description());
    assertEquals(Set.of(Audience.values()), session.audience());
    assertEquals(Language.ENGLISH, session.language());
    assertEquals(SessionStatus.SCHEDULED, session.status());
    assertEquals(0, session.revision());
  }

  @Test
  void read_invalidSession_isADatabindExceptionCausedByTheRefusalWithItsPath() {
    String json =
        MAPPER.writeValueAsString(Fixtures.IMPOSTER_SYNDROME).replace("\"title\":\"Imposter syndrome\"", "\"title\":\" \"");
    DatabindException e = assertThrows(DatabindException.class, () -> MAPPER.readValue(json, Session.class));
    SessionValidationException cause = assertInstanceOf(SessionValidationException.class, e.getCause());
    assertEquals("title", cause.path());
    assertTrue(e.getMessage().contains("Cannot read Session: title: must not be blank"), e.getMessage());
  }

  @Test
  void read_sessionInAGap_isRefusedWithThePathOfTheStart() {
    String json =
        MAPPER.writeValueAsString(Fixtures.IMPOSTER_SYNDROME)
            .replace("2023-02-01T19:00:00-05:00", "2023-03-12T02:30:00-05:00");
    DatabindException e = assertThrows(DatabindException.class, () -> MAPPER.readValue(json, Session.class));
    assertEquals("start", ((SessionValidationException) e.getCause()).path());
  }

  @Test
  void read_wrongTypeInsideAProgram_namesThePathWithinTheProgram() {
    String json = MAPPER.writeValueAsString(Fixtures.PROGRAM).replace("\"revision\":1", "\"revision\":\"1\"");
    DatabindException e = assertThrows(DatabindException.class, () -> MAPPER.readValue(json, Program.class));
    assertEquals("sessions[9].revision", ((SessionValidationException) e.getCause()).path());
  }

  @Test
  void read_waitlistedRegistrationWithoutPositionInARoster_namesThePathWithinTheRoster() {
    String json =
        "{\"sessionId\":\"s\",\"registrations\":[{\"id\":\"s#1\",\"registrant\":"
            + MAPPER.writeValueAsString(Fixtures.TORONTO_LEARNER)
            + ",\"status\":\"waitlisted\",\"registeredAt\":\"2023-01-15T17:00:00Z\"}]}";
    DatabindException e =
        assertThrows(
            DatabindException.class,
            () -> MAPPER.readValue(json, ca.cma.wellness.sessions.registration.Roster.class));
    assertEquals("registrations[0].waitlistPosition", ((SessionValidationException) e.getCause()).path());
  }

  @Test
  void read_idThatIsANumber_isRefused() {
    DatabindException e = assertThrows(DatabindException.class, () -> MAPPER.readValue("42", SessionId.class));
    assertEquals("must be a string (was the number 42)", ((SessionValidationException) e.getCause()).problem());
  }

  @Test
  void findAndAddModules_findsTheModuleThroughServiceLoader() throws IOException {
    // On the module path, module-info's `provides` does it; on the class path, META-INF/services.
    assertTrue(
        WellnessSessionsModule.class.getModule().getDescriptor().provides().stream()
            .anyMatch(
                p ->
                    p.service().equals(JacksonModule.class.getName())
                        && p.providers().equals(List.of(WellnessSessionsModule.class.getName()))));
    try (java.io.InputStream services =
        WellnessSessionsModule.class.getResourceAsStream("/META-INF/services/" + JacksonModule.class.getName())) {
      assertEquals(
          WellnessSessionsModule.class.getName(),
          new String(services.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip());
    }
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertTrue(found.registeredModules().stream().anyMatch(m -> m instanceof WellnessSessionsModule));
    assertEquals(Fixtures.PROGRAM, found.readValue(found.writeValueAsString(Fixtures.PROGRAM), Program.class));
  }

  @Test
  void version_isThisArtifactsVersion() {
    tools.jackson.core.Version version = new WellnessSessionsModule().version();
    assertFalse(version.isUnknownVersion());
    assertEquals("ca.cma.wellness", version.getGroupId());
    assertEquals("wellness-sessions-json", version.getArtifactId());
    assertEquals("wellness-sessions", new WellnessSessionsModule().getModuleName());
  }

  /**
   * Every public type of core's exported packages has a codec, except the ones that are not
   * values: the exception, the time-text formatter, the ledger (a mutable holder of a {@link
   * ca.cma.wellness.sessions.registration.RegistrationBook}, which has a codec) and the planner (a
   * function), and nested builders.
   */
  /** The packages whose public value types the module stores: the model, registrations, invites. */
  private static final Set<String> STORED_PACKAGES =
      Set.of(
          "ca.cma.wellness.sessions",
          "ca.cma.wellness.sessions.registration",
          "ca.cma.wellness.sessions.invites");

  @Test
  void module_coversEveryPublicCoreValueType() throws IOException, URISyntaxException, ClassNotFoundException {
    Set<String> notValues =
        Set.of(
            SessionValidationException.class.getName(),
            TimeText.class.getName(),
            ca.cma.wellness.sessions.registration.RegistrationLedger.class.getName(),
            ca.cma.wellness.sessions.invites.InvitePlanner.class.getName());
    Set<String> expected = new TreeSet<>();
    for (String name : classNames(Path.of(Session.class.getProtectionDomain().getCodeSource().getLocation().toURI()))) {
      boolean exported = STORED_PACKAGES.contains(name.substring(0, Math.max(0, name.lastIndexOf('.'))));
      if (!exported || name.endsWith("package-info") || notValues.contains(name)) {
        continue;
      }
      Class<?> type = Class.forName(name);
      if (name.contains("$") && !type.isEnum()) {
        continue; // builders; nested enums such as Availability.State are values
      }
      if (Modifier.isPublic(type.getModifiers())) {
        expected.add(name);
      }
    }
    Set<String> covered =
        Codec.all().stream().map(c -> c.type().getName()).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, covered);
  }

  private static List<String> classNames(Path location) throws IOException {
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files
            .filter(f -> f.toString().endsWith(".class"))
            .forEach(f -> names.add(className(location.relativize(f).toString().replace('\\', '/'))));
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        jar.stream()
            .filter(e -> e.getName().endsWith(".class"))
            .forEach(e -> names.add(className(e.getName())));
      }
    }
    return names;
  }

  private static String className(String file) {
    return file.substring(0, file.length() - ".class".length()).replace('/', '.');
  }
}
