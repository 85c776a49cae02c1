package ca.cma.wellness.sessions.json.internal;

import ca.cma.wellness.sessions.SessionValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/** Jackson serializers and deserializers made from the {@link Codec codecs}. */
public final class CodecSerializers {
  private CodecSerializers() {}

  /** Returns a serializer for every core type. */
  public static SimpleSerializers serializers() {
    SimpleSerializers serializers = new SimpleSerializers();
    for (Codec<?> codec : Codec.all()) {
      add(serializers, codec);
    }
    return serializers;
  }

  /** Returns a deserializer for every core type. */
  public static SimpleDeserializers deserializers() {
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Codec<?> codec : Codec.all()) {
      add(deserializers, codec);
    }
    return deserializers;
  }

  /** Returns this module's version, as Maven wrote it into the jar. */
  public static Version version() {
    Properties properties = new Properties();
    try (InputStream in = CodecSerializers.class.getResourceAsStream("module.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(
        properties.getProperty("version", ""),
        properties.getProperty("groupId", ""),
        properties.getProperty("artifactId", ""));
  }

  private static <T> void add(SimpleSerializers serializers, Codec<T> codec) {
    serializers.addSerializer(codec.type(), new Writer<>(codec));
  }

  private static <T> void add(SimpleDeserializers deserializers, Codec<T> codec) {
    deserializers.addDeserializer(codec.type(), new Reader<>(codec));
  }

  private static final class Writer<T> extends ValueSerializer<T> {
    private final Codec<T> codec;

    Writer(Codec<T> codec) {
      this.codec = codec;
    }

    @Override
    public Class<?> handledType() {
      return codec.type();
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeTree(codec.encode(value));
    }
  }

  private static final class Reader<T> extends ValueDeserializer<T> {
    private final Codec<T> codec;

    Reader(Codec<T> codec) {
      this.codec = codec;
    }

    @Override
    public Class<?> handledType() {
      return codec.type();
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonNode tree = ctxt.readTree(p);
      try {
        return codec.decode(Input.root(tree));
      } catch (SessionValidationException e) {
        throw DatabindException.from(
            p, "Cannot read " + codec.type().getSimpleName() + ": " + e.getMessage(), e);
      }
    }
  }
}
