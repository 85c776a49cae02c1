package ca.cma.wellness.sessions.json;

import static ca.cma.wellness.sessions.testing.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.json.internal.Json;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Reading feed v1 back into the domain, and every way a feed is refused: type and path. */
class FeedReaderTest {
  private static final String FIXTURE_FEED = Outputs.feed(Fixtures.CLOCK, Fixtures.PROGRAM);
  private static final FeedReader READER = FeedReader.of();

  @Test
  void read_fixtureFeed_givesTheFixtureSessionsWithTheRegistrationPageAsJoinLink() {
    Program read = READER.read(FIXTURE_FEED);
    List<Session> expected =
        Fixtures.PROGRAM.upcoming(Fixtures.CLOCK).stream()
            .map(s -> s.withJoinUrl(s.registrationUrl()))
            .collect(Collectors.toList());
    assertEquals(expected, read.sessions());
    assertEquals(Fixtures.PROGRAM.name(), read.name());
    assertEquals(Fixtures.PROGRAM.description(), read.description());
    assertEquals(Fixtures.PROGRAM.organizerEmail(), read.organizerEmail());
    assertEquals(Fixtures.PROGRAM.homePage(), read.homePage());
    assertEquals(Fixtures.PROGRAM.supportUrl(), read.supportUrl());
    assertEquals(Fixtures.PROGRAM.uidDomain(), read.uidDomain());
    assertEquals(
        List.of(
            Fixtures.COMPASSION_ROUNDS.withDescription("").withDescriptionTranslations(Map.of()),
            Fixtures.WEEKLY_CIRCLE.withDescription("").withDescriptionTranslations(Map.of())),
        read.series());
    assertEquals(Fixtures.PROGRAM.nameTranslations(), read.nameTranslations());
    assertEquals(Fixtures.PROGRAM.descriptionTranslations(), read.descriptionTranslations());
    assertEquals(Fixtures.PROGRAM.languages(), read.languages());
  }

  @Test
  void read_thenWrite_givesTheSameBytes() {
    assertEquals(FIXTURE_FEED, Outputs.feed(Fixtures.CLOCK, READER.read(FIXTURE_FEED)));
  }

  @Test
  void read_withJoinUrls_takesTheHostsJoinLinks() {
    Program read =
        READER
            .withJoinUrls(id -> Optional.of(Fixtures.session(id).joinUrl()))
            .read(FIXTURE_FEED);
    assertEquals(Fixtures.PROGRAM.upcoming(Fixtures.CLOCK), read.sessions());
  }

  @Test
  void read_bytesAndStream_giveTheSameProgramAsText() {
    byte[] bytes = FIXTURE_FEED.getBytes(StandardCharsets.UTF_8);
    Program fromText = READER.read(FIXTURE_FEED);
    assertEquals(fromText, READER.read(bytes));
    assertEquals(fromText, READER.read(new ByteArrayInputStream(bytes)));
  }

  @Test
  void read_unknownPropertiesEverywhere_areIgnored() {
    String withExtras =
        mutated(
            feed -> {
              feed.put("publisher", "someone");
              feed.withObjectProperty("program").putArray("languages").add("en");
              for (int i = 0; i < feed.get("sessions").size(); i++) {
                ObjectNode session = session(feed, i);
                session.put("accessibility", "captions");
                session.withObjectProperty("registration").put("waitlistLength", 3);
                ((ObjectNode) session.get("moderators").get(0)).put("pronouns", "she/her");
              }
            });
    assertEquals(READER.read(FIXTURE_FEED), READER.read(withExtras));
  }

  @Test
  void read_laterMinorVersion_isRead() {
    assertEquals(
        READER.read(FIXTURE_FEED), READER.read(mutated(feed -> feed.put("version", "1.7"))));
  }

  @Test
  void read_derivedPropertiesMissing_isRead() {
    String lean =
        mutated(
            feed -> {
              feed.remove("generated");
              for (int i = 0; i < feed.get("sessions").size(); i++) {
                session(feed, i).remove(List.of("displayTitle", "displayTime", "end"));
                session(feed, i).withObjectProperty("registration").remove("state");
              }
            });
    assertEquals(READER.read(FIXTURE_FEED), READER.read(lean));
  }

  @Test
  void read_noSessions_givesAProgramWithoutSessions() {
    Program read = READER.read(mutated(feed -> feed.putArray("sessions")));
    assertEquals(List.of(), read.sessions());
    assertEquals("wellness.example.org", read.uidDomain());
  }

  // ---- the shape of the document

  @Test
  void read_notJson_isRefusedWithLineAndColumn() {
    SessionValidationException refused = assertRefused("", () -> READER.read("version: 1.0"));
    assertTrue(refused.problem().startsWith("is not valid JSON at line 1, column "), refused.getMessage());
  }

  @Test
  void read_syntaxErrorInsideASession_namesThePath() {
    assertRefused(
        "sessions[1].title",
        () -> READER.read("{\"version\": \"1.0\", \"sessions\": [{}, {\"id\": \"a\", \"title\": ]}"));
  }

  @Test
  void read_duplicateProperty_isRefused() {
    SessionValidationException refused =
        assertRefused("version", () -> READER.read("{\"version\": \"1.0\", \"version\": \"1.1\"}"));
    assertTrue(refused.problem().contains("version"), refused.getMessage());
  }

  @Test
  void read_deeplyNestedInput_isRefusedWithoutOverflowingTheStack() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    SessionValidationException refused = assertRefused("[0]".repeat(33), () -> READER.read(deep));
    assertTrue(refused.problem().contains("limit maxDepth"), refused.getMessage());
  }

  /** Issue 9 §4: each limit is settable, named in the refusal with the JSON path. */
  @Test
  void read_limits_areCheckedBeforeATreeIsBuilt_namingTheLimitAndThePath() {
    assertEquals(JsonLimits.DEFAULTS, READER.limits());
    SessionValidationException topics = assertRefused("sessions[0].topics[2]",
        () -> READER.withLimits(JsonLimits.DEFAULTS.withMaxArrayLength(2)).read(FIXTURE_FEED));
    assertTrue(topics.problem().contains("limit maxArrayLength"), topics.problem());
    SessionValidationException values = assertThrows(SessionValidationException.class,
        () -> READER.withLimits(JsonLimits.DEFAULTS.withMaxValues(10)).read(FIXTURE_FEED));
    assertTrue(values.problem().contains("limit maxValues"), values.problem());
    SessionValidationException depth = assertRefused("program.localized.en",
        () -> READER.withLimits(JsonLimits.DEFAULTS.withMaxDepth(3)).read(FIXTURE_FEED));
    assertTrue(depth.problem().contains("limit maxDepth"), depth.problem());
    SessionValidationException string = assertRefused("program.description",
        () -> READER.withLimits(JsonLimits.DEFAULTS.withMaxStringLength(100)).read(FIXTURE_FEED));
    assertTrue(string.problem().contains("limit maxStringLength"), string.problem());
    SessionValidationException number = assertRefused("sessions[0].revision",
        () -> READER.read(FIXTURE_FEED.replaceFirst("\"revision\": 0", "\"revision\": " + "9".repeat(1000))));
    assertTrue(number.problem().contains("limit maxNumberLength"), number.problem());
    assertEquals(Fixtures.PROGRAM.sessions().size(), READER.withLimits(JsonLimits.DEFAULTS).read(FIXTURE_FEED)
        .sessions().size());
  }

  /** Issue 9 §4: 1.6 million topic labels are refused by counting, without a tree of them. */
  @Test
  void read_millionsOfTopics_areRefusedAtTheArrayLimit() {
    StringBuilder labels = new StringBuilder();
    for (int i = 0; i < 1_600_000; i++) {
      labels.append(i == 0 ? "\"t" : ",\"t").append(i).append('"');
    }
    String huge = FIXTURE_FEED.replaceFirst("\"topics\": \\[", "\"topics\": [" + labels + ",");
    SessionValidationException refused = assertRefused("sessions[0].topics[10000]",
        () -> READER.withMaxBytes(Integer.MAX_VALUE - 8).read(huge));
    assertTrue(refused.problem().contains("limit maxArrayLength"), refused.problem());
  }

  @Test
  void read_emptyInput_isRefused() {
    assertRefused("", () -> READER.read(""));
  }

  @Test
  void read_rootArray_isRefused() {
    SessionValidationException refused = assertRefused("", () -> READER.read("[]"));
    assertEquals("must be a JSON object (was an array)", refused.problem());
  }

  @Test
  void read_missingVersion_isRefused() {
    assertRefused("version", () -> READER.read(mutated(feed -> feed.remove("version"))));
  }

  @Test
  void read_version2_isRefused() {
    SessionValidationException refused =
        assertRefused("version", () -> READER.read(mutated(feed -> feed.put("version", "2.0"))));
    assertEquals("this reader reads feed version 1.x (was \"2.0\")", refused.problem());
  }

  @Test
  void read_versionAsNumber_isRefusedAsWrongType() {
    SessionValidationException refused =
        assertRefused("version", () -> READER.read(mutated(feed -> feed.put("version", 1.0))));
    assertEquals("must be a string (was the number 1.0)", refused.problem());
  }

  @Test
  void read_missingProgram_isRefused() {
    assertRefused("program", () -> READER.read(mutated(feed -> feed.remove("program"))));
  }

  @Test
  void read_sessionsAsObject_isRefused() {
    assertRefused("sessions", () -> READER.read(mutated(feed -> feed.putObject("sessions"))));
  }

  // ---- missing fields and wrong types

  @Test
  void read_sessionWithoutTitle_namesTheField() {
    SessionValidationException refused =
        assertRefused("sessions[3].title", () -> READER.read(mutated(feed -> session(feed, 3).remove("title"))));
    assertEquals("is required but missing", refused.problem());
  }

  @Test
  void read_sessionWithNullTitle_isRefusedAsWrongType() {
    SessionValidationException refused =
        assertRefused(
            "sessions[0].title", () -> READER.read(mutated(feed -> session(feed, 0).putNull("title"))));
    assertEquals("must be a string (was null)", refused.problem());
  }

  @Test
  void read_revisionAsText_isRefusedAsWrongType() {
    SessionValidationException refused =
        assertRefused(
            "sessions[0].revision", () -> READER.read(mutated(feed -> session(feed, 0).put("revision", "3"))));
    assertEquals("must be an integer (was the string \"3\")", refused.problem());
  }

  @Test
  void read_revisionWithFraction_isRefused() {
    assertRefused(
        "sessions[0].revision", () -> READER.read(mutated(feed -> session(feed, 0).put("revision", 1.5))));
  }

  @Test
  void read_moderatorsAsText_isRefused() {
    assertRefused(
        "sessions[0].moderators",
        () -> READER.read(mutated(feed -> session(feed, 0).put("moderators", "Dr. Daniela Isfan"))));
  }

  @Test
  void read_moderatorWithoutId_isRefused() {
    assertRefused(
        "sessions[0].moderators[0].id",
        () -> READER.read(mutated(feed -> ((ObjectNode) session(feed, 0).get("moderators").get(0)).remove("id"))));
  }

  @Test
  void read_moderatorWithBlankName_isRefusedByTheDomain() {
    assertRefused(
        "sessions[0].moderators[0].name",
        () -> READER.read(mutated(feed -> ((ObjectNode) session(feed, 0).get("moderators").get(0)).put("name", " "))));
  }

  @Test
  void read_noModerators_isRefusedByTheDomain() {
    assertRefused(
        "sessions[0].moderators", () -> READER.read(mutated(feed -> session(feed, 0).putArray("moderators"))));
  }

  @Test
  void read_badSessionId_isRefused() {
    assertRefused("sessions[0].id", () -> READER.read(mutated(feed -> session(feed, 0).put("id", "a b"))));
  }

  @Test
  void read_duplicateSessionId_isRefused() {
    assertRefused(
        "sessions[1].id",
        () ->
            READER.read(
                mutated(
                    feed -> {
                      session(feed, 1).put("id", "imposter-syndrome-2023-02-01");
                      session(feed, 1).put("uid", "imposter-syndrome-2023-02-01@wellness.example.org");
                    })));
  }

  @Test
  void read_repeatedTopic_isRefused() {
    assertRefused(
        "sessions[0].topics[1]",
        () -> READER.read(mutated(feed -> ((ArrayNode) session(feed, 0).get("topics")).set(1, "imposter SYNDROME"))));
  }

  @Test
  void read_unknownAudience_isRefusedWithTheAcceptedNames() {
    SessionValidationException refused =
        assertRefused(
            "sessions[0].audience[1]",
            () -> READER.read(mutated(feed -> ((ArrayNode) session(feed, 0).get("audience")).set(1, "nurses"))));
    assertEquals("must be one of \"physicians\", \"medical-learners\" (was \"nurses\")", refused.problem());
  }

  @Test
  void read_unknownLanguage_isRefused() {
    assertRefused("sessions[0].language", () -> READER.read(mutated(feed -> session(feed, 0).put("language", "de"))));
  }

  @Test
  void read_unknownStatus_isRefused() {
    assertRefused("sessions[0].status", () -> READER.read(mutated(feed -> session(feed, 0).put("status", "postponed"))));
  }

  // ---- time

  @Test
  void read_unknownZone_isRefused() {
    SessionValidationException refused =
        assertRefused(
            "sessions[0].timeZone",
            () -> READER.read(mutated(feed -> session(feed, 0).put("timeZone", "America/Nowhere"))));
    assertTrue(refused.problem().startsWith("unknown time zone \"America/Nowhere\""), refused.getMessage());
  }

  @Test
  void read_zoneThatIsNotARegion_isRefusedByTheDomain() {
    assertRefused(
        "sessions[0].timeZone", () -> READER.read(mutated(feed -> session(feed, 0).put("timeZone", "EST5EDT"))));
  }

  @Test
  void read_startInADaylightSavingGap_isRefused() {
    SessionValidationException refused =
        assertRefused(
            "sessions[0].start",
            () ->
                READER.read(
                    mutated(
                        feed -> {
                          session(feed, 0).put("start", "2023-03-12T02:30:00-05:00");
                          session(feed, 0).remove("end");
                        })));
    assertEquals("2023-03-12T02:30 does not exist in America/Toronto (daylight-saving gap)", refused.problem());
  }

  @Test
  void read_startWithTheWrongOffsetForTheZone_isRefused() {
    SessionValidationException refused =
        assertRefused(
            "sessions[0].start",
            () -> READER.read(mutated(feed -> session(feed, 0).put("start", "2023-02-01T19:00:00-04:00"))));
    assertEquals(
        "offset -04:00 is not the offset of America/Toronto at 2023-02-01T19:00 (which is -05:00)",
        refused.problem());
  }

  @Test
  void read_startAtTheSecondOccurrenceOfAnOverlap_isRefusedByTheDomain() {
    assertRefused(
        "sessions[0].start",
        () ->
            READER.read(
                mutated(
                    feed -> {
                      session(feed, 0).put("start", "2023-11-05T01:30:00-05:00");
                      session(feed, 0).remove("end");
                    })));
  }

  @Test
  void read_startWithoutOffset_isRefused() {
    assertRefused(
        "sessions[0].start", () -> READER.read(mutated(feed -> session(feed, 0).put("start", "2023-02-01T19:00:00"))));
  }

  @Test
  void read_startNotOnAWholeMinute_isRefusedByTheDomain() {
    assertRefused(
        "sessions[0].start",
        () ->
            READER.read(
                mutated(
                    feed -> {
                      session(feed, 0).put("start", "2023-02-01T19:00:30-05:00");
                      session(feed, 0).remove("end");
                    })));
  }

  @Test
  void read_endThatDisagreesWithStartAndDuration_isRefused() {
    assertRefused(
        "sessions[0].end", () -> READER.read(mutated(feed -> session(feed, 0).put("end", "2023-02-01T21:00:00-05:00"))));
  }

  @Test
  void read_durationInWords_isRefused() {
    assertRefused(
        "sessions[0].duration", () -> READER.read(mutated(feed -> session(feed, 0).put("duration", "1 hour"))));
  }

  @Test
  void read_zeroDuration_isRefusedByTheDomain() {
    assertRefused(
        "sessions[0].duration",
        () ->
            READER.read(
                mutated(
                    feed -> {
                      session(feed, 0).put("duration", "PT0M");
                      session(feed, 0).remove("end");
                    })));
  }

  // ---- registration, series, uid, program

  @Test
  void read_registrationOverHttp_isRefusedByTheDomain() {
    assertRefused(
        "sessions[0].registration.url",
        () ->
            READER.read(
                mutated(feed -> session(feed, 0).withObjectProperty("registration").put("url", "http://example.org/r"))));
  }

  @Test
  void read_negativeCapacity_isRefusedByTheDomain() {
    assertRefused(
        "sessions[0].registration.capacity",
        () -> READER.read(mutated(feed -> session(feed, 0).withObjectProperty("registration").put("capacity", -1))));
  }

  @Test
  void read_registrationOpeningAfterItCloses_isRefusedByTheDomain() {
    assertRefused(
        "sessions[0].registration.opens",
        () ->
            READER.read(
                mutated(
                    feed -> {
                      ObjectNode registration = session(feed, 0).withObjectProperty("registration");
                      registration.put("opens", "2023-01-31T12:00:00-05:00");
                      registration.put("closes", "2023-01-30T12:00:00-05:00");
                    })));
  }

  @Test
  void read_uidOfAnotherId_isRefused() {
    assertRefused(
        "sessions[0].uid", () -> READER.read(mutated(feed -> session(feed, 0).put("uid", "other@wellness.example.org"))));
  }

  @Test
  void read_uidsWithTwoDomains_isRefused() {
    SessionValidationException refused =
        assertRefused(
            "sessions[1].uid",
            () ->
                READER.read(
                    mutated(feed -> session(feed, 1).put("uid", "medicine-on-the-rocks-2023-02-16@example.com"))));
    assertTrue(refused.problem().contains("sessions[0]"), refused.getMessage());
  }

  @Test
  void read_uidDomainThatIsNotADomain_isRefused() {
    String broken =
        mutated(
            feed -> {
              for (int i = 0; i < feed.get("sessions").size(); i++) {
                session(feed, i).put("uid", session(feed, i).get("id").stringValue() + "@-bad-");
              }
            });
    assertRefused("sessions[0].uid", () -> READER.read(broken));
  }

  @Test
  void read_partBeyondTheSeriesPartCount_isRefused() {
    assertRefused(
        "sessions[2].series.part",
        () -> READER.read(mutated(feed -> session(feed, 2).withObjectProperty("series").put("part", 3))));
  }

  @Test
  void read_partZero_isRefused() {
    assertRefused(
        "sessions[2].series.part",
        () -> READER.read(mutated(feed -> session(feed, 2).withObjectProperty("series").put("part", 0))));
  }

  @Test
  void read_samePartTwice_isRefused() {
    assertRefused(
        "sessions[4].series.part",
        () -> READER.read(mutated(feed -> session(feed, 4).withObjectProperty("series").put("part", 1))));
  }

  @Test
  void read_seriesDescribedTwoWays_isRefused() {
    assertRefused(
        "sessions[4].series.title",
        () -> READER.read(mutated(feed -> session(feed, 4).withObjectProperty("series").put("title", "Other"))));
  }

  @Test
  void read_programUrlOverHttp_isRefused() {
    assertRefused(
        "program.url",
        () -> READER.read(mutated(feed -> feed.withObjectProperty("program").put("url", "http://wellness.example.org/"))));
  }

  @Test
  void read_organizerEmailThatIsNotAnAddress_isRefused() {
    assertRefused(
        "program.organizer.email",
        () ->
            READER.read(
                mutated(
                    feed -> feed.withObjectProperty("program").withObjectProperty("organizer").put("email", "wellness"))));
  }

  @Test
  void read_blankProgramName_isRefusedByTheDomain() {
    assertRefused(
        "program.name", () -> READER.read(mutated(feed -> feed.withObjectProperty("program").put("name", " "))));
  }

  // ---- size

  @Test
  void read_textOverTheLimit_isRefusedBeforeParsing() {
    FeedReader small = READER.withMaxBytes(100);
    SessionValidationException refused = assertRefused("", () -> small.read(FIXTURE_FEED));
    assertTrue(refused.problem().contains("limit of 100 bytes"), refused.getMessage());
  }

  @Test
  void read_textWithinTheLimitCountedInUtf8_isRead() {
    int bytes = FIXTURE_FEED.getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes > FIXTURE_FEED.length(), "the fixture feed has non-ASCII text");
    READER.withMaxBytes(bytes).read(FIXTURE_FEED);
    assertRefused("", () -> READER.withMaxBytes(bytes - 1).read(FIXTURE_FEED));
  }

  @Test
  void read_bytesOverTheLimit_areRefused() {
    byte[] bytes = FIXTURE_FEED.getBytes(StandardCharsets.UTF_8);
    assertRefused("", () -> READER.withMaxBytes(bytes.length - 1).read(bytes));
  }

  @Test
  void read_endlessStream_isRefusedAfterTheLimit() {
    CountingEndlessStream endless = new CountingEndlessStream();
    SessionValidationException refused = assertRefused("", () -> READER.withMaxBytes(1_000_000).read(endless));
    assertTrue(refused.problem().contains("more than 1000000 bytes"), refused.getMessage());
    assertEquals(1_000_001, endless.served);
  }

  @Test
  void withMaxBytes_outOfRange_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> READER.withMaxBytes(0));
    assertThrows(IllegalArgumentException.class, () -> READER.withMaxBytes(Long.MAX_VALUE));
    assertEquals(FeedReader.DEFAULT_MAX_BYTES, READER.maxBytes());
  }

  /** Serves spaces forever, counting them. */
  private static final class CountingEndlessStream extends InputStream {
    long served;

    @Override
    public int read() {
      served++;
      return ' ';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) ' ');
      served += len;
      return len;
    }
  }

  // ---- support resources (feed 1.3)

  @Test
  void read_fixtureFeed_givesTheNationalResourcesOnly() {
    assertEquals(List.of(Fixtures.NATIONAL_SUPPORT), READER.read(FIXTURE_FEED).supportResources());
  }

  @Test
  void read_feed12WithoutSupport_givesNoResources() {
    Program read =
        READER.read(
            mutated(
                feed -> {
                  feed.put("version", "1.2");
                  ((ObjectNode) feed.get("program")).remove("support");
                }));
    assertEquals(List.of(), read.supportResources());
  }

  @Test
  void read_supportPhoneThatIsNotATelUri_namesTheFieldAndTheValue() {
    SessionValidationException refused =
        assertRefused(
            "program.support[0].phone",
            () -> READER.read(mutated(feed -> support(feed, 0).put("phone", "tel:555-0100"))));
    assertTrue(refused.problem().contains("\"tel:555-0100\""), refused.problem());
  }

  @Test
  void read_supportPageOverHttp_isRefusedAtUrl() {
    assertRefused(
        "program.support[0].url",
        () -> READER.read(mutated(feed -> support(feed, 0).put("url", "http://support.example.org/"))));
  }

  @Test
  void read_supportWithoutFrenchName_namesTheField() {
    SessionValidationException refused =
        assertRefused(
            "program.support[0].localized.fr.name",
            () ->
                READER.read(
                    mutated(feed -> ((ObjectNode) support(feed, 0).get("localized").get("fr")).remove("name"))));
    assertEquals("is required but missing", refused.problem());
  }

  @Test
  void read_supportNotAlwaysOpenWithoutHours_isRefusedByTheDomainAtTheHours() {
    assertRefused(
        "program.support[0].localized.en.hours",
        () ->
            READER.read(
                mutated(
                    feed -> {
                      support(feed, 0).put("alwaysOpen", false);
                      ((ObjectNode) support(feed, 0).get("localized").get("en")).remove("hours");
                    })));
  }

  @Test
  void read_supportListedTwice_isRefusedByTheDomain() {
    assertRefused(
        "program.support[1]",
        () ->
            READER.read(
                mutated(
                    feed ->
                        ((ArrayNode) feed.get("program").get("support"))
                            .add(support(feed, 0).deepCopy()))));
  }

  private static ObjectNode support(ObjectNode feed, int index) {
    return (ObjectNode) feed.get("program").get("support").get(index);
  }

  private static String mutated(Consumer<ObjectNode> change) {
    ObjectNode feed = (ObjectNode) Json.MAPPER.readTree(FIXTURE_FEED);
    change.accept(feed);
    return Json.write(feed);
  }

  private static ObjectNode session(ObjectNode feed, int index) {
    return (ObjectNode) feed.get("sessions").get(index);
  }

  @Test
  void read_joinUrlsFunctionReturningABadLink_isRefused() {
    assertRefused(
        "sessions[0].joinUrl",
        () -> READER.withJoinUrls(id -> Optional.of(URI.create("http://meet.example.org/j/1"))).read(FIXTURE_FEED));
  }
}
