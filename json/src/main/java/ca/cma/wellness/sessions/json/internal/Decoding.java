package ca.cma.wellness.sessions.json.internal;

import ca.cma.wellness.sessions.Audience;
import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Moderator;
import ca.cma.wellness.sessions.ModeratorId;
import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.Topic;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Pieces shared by the feed importer and the Jackson module's readers. */
public final class Decoding {
  private Decoding() {}

  /**
   * Reads a start written as an RFC 3339 date-time with offset plus an IANA zone. The local
   * date-time must exist in the zone (not in a daylight-saving gap) and the offset must be the
   * zone's offset at that local time; the session's own checks (region zone, whole minute, first
   * of an overlap) run when it is built.
   */
  public static ZonedDateTime start(Input start, Input timeZone) {
    OffsetDateTime written = start.offsetDateTime();
    ZoneId zone = timeZone.zone();
    LocalDateTime local = written.toLocalDateTime();
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
    if (offsets.isEmpty()) {
      throw start.refuse(local + " does not exist in " + zone.getId() + " (daylight-saving gap)");
    }
    if (!offsets.contains(written.getOffset())) {
      throw start.refuse(
          "offset "
              + written.getOffset()
              + " is not the offset of "
              + zone.getId()
              + " at "
              + local
              + " (which is "
              + offsets.get(0)
              + ")");
    }
    return ZonedDateTime.ofLocal(local, zone, written.getOffset());
  }

  /** Reads a list of topic labels. */
  public static List<Topic> topics(Input topics) {
    List<Topic> out = new ArrayList<>();
    for (Input topic : topics.elements()) {
      out.add(topic.convert(Topic::of));
    }
    return out;
  }

  /** Reads a list of audiences; an empty list means both, as in the domain. */
  public static Set<Audience> audience(Input audience) {
    Set<Audience> out = EnumSet.noneOf(Audience.class);
    for (Input one : audience.elements()) {
      out.add(Names.parse(Audience.class, one));
    }
    return out;
  }

  /**
   * Reads a moderator whose display name is in property {@code nameProperty}: {@code name} in the
   * feed, {@code displayName} in the Jackson module.
   */
  public static Moderator moderator(Input in, String nameProperty, boolean withEmail) {
    return moderator(in, nameProperty, withEmail, Optional.empty());
  }

  /**
   * Reads a moderator, and when {@code first} is given, the translations of the bio from the
   * feed's {@code localized} object.
   */
  public static Moderator moderator(
      Input in, String nameProperty, boolean withEmail, Optional<Language> first) {
    in.object();
    Moderator.Builder builder =
        Moderator.builder()
            .id(in.required("id").convert(ModeratorId::of))
            .displayName(in.required(nameProperty).text());
    in.optional("bio").ifPresent(bio -> builder.bio(bio.text()));
    first.ifPresent(language -> builder.putAllBioTranslations(translations(in, "bio", language)));
    in.optional("bioTranslations").ifPresent(t -> builder.putAllBioTranslations(translationMap(t)));
    if (withEmail) {
      Optional<Input> email = in.optional("email");
      if (email.isPresent()) {
        EmailAddress address = email.get().convert(EmailAddress::of);
        builder.email(address);
      }
    }
    try {
      return builder.build();
    } catch (SessionValidationException e) {
      throw remap(e, in.path(), Map.of("displayName", nameProperty));
    }
  }

  /**
   * Reads a model's translations, an object such as {@code {"fr": "Syndrome de l'imposteur"}};
   * a key that is no language of the program is refused, not dropped.
   */
  public static Map<Language, String> translationMap(Input in) {
    in.object();
    Map<Language, String> out = new EnumMap<>(Language.class);
    for (String key : in.node().propertyNames()) {
      Language language =
          Language.fromTag(key)
              .filter(found -> found.tag().equals(key))
              .orElseThrow(
                  () ->
                      new SessionValidationException(
                          in.pathOf(key), "is not a language of the program; must be one of en, fr"));
      out.put(language, in.required(key).text());
    }
    return out;
  }

  /**
   * Reads the translations of a text from a feed's {@code localized} object: {@code
   * localized.<tag>.<field>} of each language other than {@code first} whose {@code
   * <field>Language} is that very tag. A text marked with another language is a fallback, not a
   * translation, and an empty text translates nothing.
   */
  public static Map<Language, String> translations(Input in, String field, Language first) {
    Map<Language, String> out = new EnumMap<>(Language.class);
    Optional<Input> localized = in.optional("localized");
    if (localized.isEmpty()) {
      return out;
    }
    localized.get().object();
    for (Language language : Language.values()) {
      Optional<Input> one = localized.get().optional(language.tag());
      if (language == first || one.isEmpty()) {
        continue;
      }
      one.get().object();
      Optional<Input> text = one.get().optional(field);
      Optional<Input> tag = one.get().optional(field + "Language");
      if (text.isPresent()
          && tag.isPresent()
          && Names.parse(Language.class, tag.get()) == language
          && !text.get().text().isEmpty()) {
        out.put(language, text.get().text());
      }
    }
    return out;
  }

  /**
   * Moves a refusal found by a domain builder to the JSON path of the value: the first segment of
   * its path is renamed by {@code renames} (a domain attribute to its JSON property) and the whole
   * is put under {@code parent}.
   */
  public static SessionValidationException remap(
      SessionValidationException e, String parent, Map<String, String> renames) {
    String path = e.path();
    int end = 0;
    while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
      end++;
    }
    String head = path.substring(0, end);
    String joined = renames.getOrDefault(head, head) + path.substring(end);
    String full = parent.isEmpty() ? joined : joined.isEmpty() ? parent : parent + "." + joined;
    SessionValidationException moved = new SessionValidationException(full, e.problem());
    moved.initCause(e);
    return moved;
  }
}
