package ca.cma.wellness.sessions.json;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.json.internal.FeedDecoder;
import ca.cma.wellness.sessions.json.internal.Input;
import ca.cma.wellness.sessions.json.internal.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Reads a {@link SessionFeed feed} of version 1.x back into a {@link Program}.
 *
 * <pre>{@code
 * Program program = FeedReader.of()
 *     .withMaxBytes(1_000_000)
 *     .withJoinUrls(id -> meetings.joinUrl(id))   // Optional<URI>
 *     .read(inputStream);
 * }</pre>
 *
 * <h2>What is read</h2>
 *
 * The program's name, URL, support URL, national support resources (since 1.3: each one's names
 * and hours from its {@code localized} object, its phone and page) and organizer; and for each
 * session every property of the
 * feed except those derived from others ({@code displayTitle}, {@code displayTime}, {@code
 * registration.state}, {@code registration.spotsLeft}); {@code end}, when present, must equal
 * {@code start} plus {@code duration}. Series are rebuilt from the sessions' {@code series}; the
 * program's UID domain from the sessions' {@code uid}. Properties this reader does not know are
 * ignored, so feeds of later 1.x versions can be read.
 *
 * <p>A feed carries no join links: each session's {@link Session#joinUrl()} comes from {@link
 * #withJoinUrls(Function)}, and is its registration page when that gives none. Moderators' e-mail
 * addresses and series descriptions are not in the feed either, so they are empty.
 *
 * <h2>Errors</h2>
 *
 * Every problem is a {@link SessionValidationException} whose {@link
 * SessionValidationException#path() path} is the JSON path of the bad value, such as {@code
 * sessions[2].start}, and whose message names the rule and the value:
 *
 * <pre>
 * sessions[0].title: is required but missing
 * sessions[0].revision: must be an integer (was the string "3")
 * sessions[1].timeZone: unknown time zone "America/Nowhere"; use an IANA id such as America/Toronto
 * sessions[2].start: 2023-03-12T02:30 does not exist in America/Toronto (daylight-saving gap)
 * </pre>
 *
 * Input that is not JSON is refused with the path where parsing stopped and the line and column.
 * Input longer than {@link #withMaxBytes(long) the limit} is refused, with an empty path, before
 * more than the limit is held in memory.
 *
 * <p>Immutable and thread-safe.
 */
public final class FeedReader {
  /** The size limit unless {@link #withMaxBytes(long)} sets another: 16 MiB. */
  public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

  private final long maxBytes;
  private final JsonLimits limits;
  private final Function<SessionId, Optional<URI>> joinUrls;

  private FeedReader(JsonLimits limits, Function<SessionId, Optional<URI>> joinUrls) {
    this.maxBytes = limits.maxBytes();
    this.limits = limits;
    this.joinUrls = joinUrls;
  }

  /**
   * Returns a reader with the {@link #DEFAULT_MAX_BYTES default limit} whose sessions' join links
   * are their registration pages.
   *
   * @return the reader
   */
  public static FeedReader of() {
    return new FeedReader(JsonLimits.DEFAULTS, id -> Optional.empty());
  }

  /**
   * Returns a copy that refuses input longer than {@code maxBytes} bytes of UTF-8.
   *
   * @param maxBytes the largest input accepted
   * @return the copy
   * @throws IllegalArgumentException if {@code maxBytes} is less than 1 or more than {@link
   *     Integer#MAX_VALUE} minus 8
   */
  public FeedReader withMaxBytes(long maxBytes) {
    return new FeedReader(limits.withMaxBytes(maxBytes), joinUrls);
  }

  /**
   * Returns a copy with other limits: size, nesting depth, number and string lengths, array
   * length and values in all ({@link JsonLimits}, with their defaults).
   *
   * @param limits the limits
   * @return the copy
   */
  public FeedReader withLimits(JsonLimits limits) {
    return new FeedReader(Objects.requireNonNull(limits, "limits"), joinUrls);
  }

  /**
   * Returns the limits.
   *
   * @return {@link JsonLimits#DEFAULTS} unless set
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Returns a copy that takes each session's private join link from the host.
   *
   * @param joinUrls the join link of a session by id, or empty to use its registration page; it
   *     must not return {@code null}
   * @return the copy
   */
  public FeedReader withJoinUrls(Function<SessionId, Optional<URI>> joinUrls) {
    return new FeedReader(limits, Objects.requireNonNull(joinUrls, "joinUrls"));
  }

  /**
   * Returns the limit on the input's size.
   *
   * @return the largest input accepted, in bytes
   */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Reads a feed from text.
   *
   * @param json the feed
   * @return the program
   * @throws SessionValidationException if the text is longer than the limit in UTF-8, is not JSON,
   *     is not a feed of version 1.x, or describes an invalid program; the path names the place
   */
  public Program read(String json) {
    Objects.requireNonNull(json, "json");
    long length = utf8Length(json);
    if (length > maxBytes) {
      throw tooLarge(length + " bytes");
    }
    return parse(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a feed from UTF-8 bytes.
   *
   * @param json the feed
   * @return the program
   * @throws SessionValidationException as {@link #read(String)} does
   */
  public Program read(byte[] json) {
    Objects.requireNonNull(json, "json");
    if (json.length > maxBytes) {
      throw tooLarge(json.length + " bytes");
    }
    return parse(json);
  }

  /**
   * Reads a feed from a stream of UTF-8, reading no more than the limit plus one byte; the stream
   * stays open.
   *
   * @param in the feed
   * @return the program
   * @throws SessionValidationException as {@link #read(String)} does
   * @throws UncheckedIOException if the stream fails
   */
  public Program read(InputStream in) {
    Objects.requireNonNull(in, "in");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    try {
      while (true) {
        int wanted = (int) Math.min(buffer.length, maxBytes + 1 - total);
        int n = in.read(buffer, 0, wanted);
        if (n < 0) {
          break;
        }
        total += n;
        if (total > maxBytes) {
          throw tooLarge("more than " + maxBytes + " bytes");
        }
        bytes.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(bytes.toByteArray());
  }

  private Program parse(byte[] json) {
    JsonNode root;
    try {
      checkLimits(json);
      root = Json.MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw notJson(e);
    }
    if (root == null || root.isMissingNode()) {
      throw new SessionValidationException("", "is empty; a feed is a JSON object");
    }
    return FeedDecoder.read(Input.root(root), joinUrls);
  }

  /**
   * Streams through the input once, holding nothing of it, and refuses it where it passes a limit:
   * the tree is built only from input within every limit.
   */
  private void checkLimits(byte[] json) {
    try (JsonParser parser = Json.MAPPER.createParser(json)) {
      int[] lengths = new int[Math.min(limits.maxDepth(), 64) + 1];
      boolean[] arrays = new boolean[lengths.length];
      int depth = 0;
      long values = 0;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.PROPERTY_NAME) {
          if (parser.getString().length() > limits.maxStringLength()) {
            throw limit(parser, "a property name is longer than " + limits.maxStringLength()
                + " characters (limit maxStringLength)");
          }
          continue;
        }
        if (token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT) {
          depth--;
          continue;
        }
        if (++values > limits.maxValues()) {
          throw limit(parser, "holds more than " + limits.maxValues() + " values (limit maxValues)");
        }
        if (depth > 0 && arrays[depth] && ++lengths[depth] > limits.maxArrayLength()) {
          throw limit(parser, "an array has more than " + limits.maxArrayLength()
              + " elements (limit maxArrayLength)");
        }
        if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
          if (++depth > limits.maxDepth()) {
            throw limit(parser, "is nested deeper than " + limits.maxDepth() + " (limit maxDepth)");
          }
          if (depth >= lengths.length) {
            lengths = java.util.Arrays.copyOf(lengths, Math.min(limits.maxDepth(), lengths.length * 2) + 1);
            arrays = java.util.Arrays.copyOf(arrays, lengths.length);
          }
          lengths[depth] = 0;
          arrays[depth] = token == JsonToken.START_ARRAY;
        } else if (token == JsonToken.VALUE_STRING) {
          if (parser.getString().length() > limits.maxStringLength()) {
            throw limit(parser, "a string is longer than " + limits.maxStringLength()
                + " characters (limit maxStringLength)");
          }
        } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          String number = parser.getString();
          if (number.length() > limits.maxNumberLength()) {
            throw limit(parser, "a number is longer than " + limits.maxNumberLength()
                + " characters (limit maxNumberLength): " + number.substring(0, Math.min(number.length(), 40))
                + (number.length() > 40 ? "…" : ""));
          }
        }
      }
    }
  }

  private static SessionValidationException limit(JsonParser parser, String problem) {
    return new SessionValidationException(path(parser.streamReadContext()), problem);
  }

  private SessionValidationException tooLarge(String size) {
    return new SessionValidationException(
        "",
        "the input is larger than this reader's limit of "
            + maxBytes
            + " bytes (was "
            + size
            + "); limit maxBytes, set with FeedReader.withLimits or withMaxBytes");
  }

  private static SessionValidationException notJson(JacksonException e) {
    String path = "";
    if (e.processor() instanceof JsonParser) {
      path = path(((JsonParser) e.processor()).streamReadContext());
    }
    TokenStreamLocation at = e.getLocation();
    String where =
        at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    String message = e.getOriginalMessage();
    int lineEnd = message.indexOf('\n');
    String reason = lineEnd < 0 ? message : message.substring(0, lineEnd);
    SessionValidationException refused =
        new SessionValidationException(path, "is not valid JSON" + where + ": " + reason);
    refused.initCause(e);
    return refused;
  }

  private static String path(TokenStreamContext context) {
    StringBuilder path = new StringBuilder();
    for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      String segment;
      if (at.inArray()) {
        segment = "[" + Math.max(at.getCurrentIndex(), 0) + "]";
      } else if (at.currentName() != null) {
        segment = (at.getParent() != null && at.getParent().inRoot() ? "" : ".") + at.currentName();
      } else {
        segment = "";
      }
      path.insert(0, segment);
    }
    return path.toString();
  }

  private static long utf8Length(String text) {
    long length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        length += 1;
      } else if (c < 0x800) {
        length += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        length += 4;
        i++;
      } else {
        length += 3;
      }
    }
    return length;
  }
}
