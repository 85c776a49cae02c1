package ca.cma.wellness.sessions.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.json.internal.Json;
import ca.cma.wellness.sessions.testing.Fixtures;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipped JSON Schema of feed v1, checked with a real validator (networknt, draft 2020-12,
 * format assertions on): what the writer produces is valid, what breaks the contract is not.
 */
class FeedSchemaTest {
  /** The validator for feed v1, built from the schema in the jar. */
  static final Schema FEED_SCHEMA = feedSchema();

  static Schema feedSchema() {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    return registry.getSchema(SessionFeed.schema(), InputFormat.JSON);
  }

  /** Returns the schema violations of a feed; empty when it is valid. */
  static List<Error> violations(String feed) {
    return FEED_SCHEMA.validate(feed, InputFormat.JSON);
  }

  @Test
  void schema_isInTheJarAtTheDocumentedPath() throws IOException {
    try (InputStream in = SessionFeed.class.getResourceAsStream(SessionFeed.SCHEMA_RESOURCE)) {
      assertNotNull(in, SessionFeed.SCHEMA_RESOURCE);
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), SessionFeed.schema());
    }
  }

  @Test
  void schema_declaresDraft202012AndItsId() {
    JsonNode schema = Json.MAPPER.readTree(SessionFeed.schema());
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").stringValue());
    assertEquals(SessionFeed.SCHEMA_ID, schema.get("$id").stringValue());
  }

  @Test
  void schema_isValidAgainstTheDraft202012MetaSchema() {
    Schema meta =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertEquals(List.of(), meta.validate(SessionFeed.schema(), InputFormat.JSON));
  }

  @Test
  void feed_goldenFile_isValid() {
    assertEquals(List.of(), violations(Golden.read("feed-v1.json")));
  }

  @Test
  void feed_fixtureProgramAtOtherTimes_isValid() {
    for (String instant :
        List.of("2023-01-15T17:00:00Z", "2023-02-23T23:59:59.5Z", "2023-03-09T17:00:00Z", "2030-01-01T00:00:00Z")) {
      Clock clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
      assertEquals(List.of(), violations(Outputs.feed(clock, Fixtures.PROGRAM)), instant);
    }
  }

  @Test
  void feed_withUnknownProperties_isValid() {
    ObjectNode feed = goldenTree();
    feed.put("nextVersionField", "ignored");
    session(feed, 0).putObject("accessibility").put("captions", true);
    session(feed, 0).withObjectProperty("registration").put("waitlistLength", 4);
    assertEquals(List.of(), violations(Json.write(feed)));
  }

  static Stream<Arguments> brokenFeeds() {
    return Stream.of(
        broken("no version", f -> f.remove("version")),
        broken("version 2.0", f -> f.put("version", "2.0")),
        broken("generated without offset", f -> f.put("generated", "2023-01-15T17:00:00")),
        broken("no program", f -> f.remove("program")),
        broken("organizer e-mail not an address", f -> f.withObjectProperty("program").withObjectProperty("organizer").put("email", "wellness")),
        broken("program url over http", f -> f.withObjectProperty("program").put("url", "http://wellness.example.org/")),
        broken("sessions not an array", f -> f.put("sessions", "none")),
        broken("session without title", f -> session(f, 0).remove("title")),
        broken("session with empty title", f -> session(f, 0).put("title", "")),
        broken("start without offset", f -> session(f, 0).put("start", "2023-02-01T19:00:00")),
        broken("start without seconds", f -> session(f, 0).put("start", "2023-02-01T19:00-05:00")),
        broken("start not a date", f -> session(f, 0).put("start", "Feb. 1, 2023, 7 pm ET")),
        broken("time zone an abbreviation", f -> session(f, 0).put("timeZone", "EST")),
        broken("duration in words", f -> session(f, 0).put("duration", "1 hour")),
        broken("duration with seconds", f -> session(f, 0).put("duration", "PT1H0M30S")),
        broken("uid without domain", f -> session(f, 0).put("uid", "imposter-syndrome-2023-02-01")),
        broken("id with a space", f -> session(f, 0).put("id", "imposter syndrome")),
        broken("no moderators", f -> session(f, 0).putArray("moderators")),
        broken("moderator without name", f -> ((ObjectNode) session(f, 0).get("moderators").get(0)).remove("name")),
        broken("empty audience", f -> session(f, 0).putArray("audience")),
        broken("unknown audience", f -> ((ArrayNode) session(f, 0).get("audience")).add("nurses")),
        broken("language de", f -> session(f, 0).put("language", "de")),
        broken("status postponed", f -> session(f, 0).put("status", "postponed")),
        broken("negative revision", f -> session(f, 0).put("revision", -1)),
        broken("revision as text", f -> session(f, 0).put("revision", "0")),
        broken("series part 0", f -> session(f, 2).withObjectProperty("series").put("part", 0)),
        broken("series without partCount", f -> session(f, 2).withObjectProperty("series").remove("partCount")),
        broken("registration state maybe", f -> session(f, 0).withObjectProperty("registration").put("state", "maybe")),
        broken("registration without url", f -> session(f, 0).withObjectProperty("registration").remove("url")),
        broken("negative spots left", f -> session(f, 0).withObjectProperty("registration").put("spotsLeft", -1)),
        broken("a join link", f -> session(f, 0).put("joinUrl", "https://meet.example.org/j/1")),
        broken("registrants", f -> session(f, 0).putArray("registrants")),
        broken("no displayTime.fr", f -> session(f, 0).withObjectProperty("displayTime").remove("fr")));
  }

  private static Arguments broken(String what, Consumer<ObjectNode> breakIt) {
    return Arguments.of(what, breakIt);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFeeds")
  void feed_breakingTheContract_isInvalid(String what, Consumer<ObjectNode> breakIt) {
    ObjectNode feed = goldenTree();
    assertEquals(List.of(), violations(Json.write(feed)), "the unbroken feed");
    breakIt.accept(feed);
    List<Error> errors = violations(Json.write(feed));
    assertFalse(errors.isEmpty(), what + " must be refused");
  }

  @Test
  void feed_emptyObject_namesTheRequiredProperties() {
    List<Error> errors = violations("{}");
    assertTrue(errors.size() >= 4, errors::toString);
  }

  private static ObjectNode goldenTree() {
    return (ObjectNode) Json.MAPPER.readTree(Golden.read("feed-v1.json"));
  }

  private static ObjectNode session(ObjectNode feed, int index) {
    return (ObjectNode) feed.get("sessions").get(index);
  }
}
