package ca.cma.wellness.sessions.json.internal;

import ca.cma.wellness.sessions.Audience;
import ca.cma.wellness.sessions.EmailAddress;
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
    in.object();
    Moderator.Builder builder =
        Moderator.builder()
            .id(in.required("id").convert(ModeratorId::of))
            .displayName(in.required(nameProperty).text());
    in.optional("bio").ifPresent(bio -> builder.bio(bio.text()));
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
