package ca.cma.wellness.sessions.json;

import ca.cma.wellness.sessions.SessionValidationException;
import ca.cma.wellness.sessions.invites.InviteDetails;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InvitePlan;
import ca.cma.wellness.sessions.invites.SentInvite;
import ca.cma.wellness.sessions.invites.SentLog;
import ca.cma.wellness.sessions.json.internal.CodecSerializers;
import tools.jackson.core.Version;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;

/**
 * A Jackson 3 module that writes and reads every value type of the core: {@code Program}, {@code
 * Session}, {@code Series}, {@code SeriesPart}, {@code Moderator}, {@code Registrant}, {@code
 * WeeklySchedule}, {@code Topic}, {@code EmailAddress}, the ids ({@code SessionUid} included) and
 * the enums; from the registration package {@code RegistrationBook} (what {@code
 * RegistrationLedger.snapshot()} gives and {@code RegistrationLedger.inMemory(book, program, clock)} takes),
 * {@code Roster}, {@code Registration}, {@code Notice}, {@code RosterChange}, {@code LedgerChange}
 * and {@code Availability}; and from the invites package {@code SentLog}, {@code SentInvite},
 * {@code InviteDetails}, {@code InviteMessage} and {@code InvitePlan}. It plugs into your mapper the
 * way Jackson's own java.time module does.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder()
 *     .addModule(new WellnessSessionsModule())
 *     .build();
 * String json = mapper.writeValueAsString(program);
 * Program back = mapper.readValue(json, Program.class);   // equals program
 *
 * // or let ServiceLoader find it, with every other module on the module or class path:
 * JsonMapper found = JsonMapper.builder().findAndAddModules().build();
 * }</pre>
 *
 * <h2>Form</h2>
 *
 * Objects use the types' attribute names ({@code displayName}, {@code registrationUrl}, {@code
 * seriesPart}); ids, topics and e-mail addresses are strings; enum constants are lower case with
 * hyphens ({@code medical-learners}, {@code scheduled}), except languages ({@code en}) and
 * provinces ({@code NL}). A session's start is an RFC 3339 date-time with offset plus {@code
 * timeZone}; durations are ISO 8601. Every value read back equals the value written. When reading,
 * unknown properties are ignored and attributes with a default may be left out.
 *
 * <h2>Privacy</h2>
 *
 * This is a storage format: it writes everything, including a session's private join link and
 * registrants' names and e-mail addresses. Never publish its output; {@link SessionFeed}, {@link
 * JsonLd} and {@link JsCalendar} write the public forms.
 *
 * <h2>Errors</h2>
 *
 * A value the core refuses, or JSON of the wrong shape, is reported as a {@link DatabindException}
 * whose message names the path within the value and whose cause is the {@link
 * SessionValidationException}.
 *
 * <p>Immutable and thread-safe.
 */
public final class WellnessSessionsModule extends JacksonModule {
  /**
   * Creates the module; ServiceLoader calls this.
   */
  public WellnessSessionsModule() {}

  /**
   * Returns the module's name.
   *
   * @return {@code "wellness-sessions"}
   */
  @Override
  public String getModuleName() {
    return "wellness-sessions";
  }

  /**
   * Returns the version of this library.
   *
   * @return the version of the {@code wellness-sessions-json} artifact
   */
  @Override
  public Version version() {
    return CodecSerializers.version();
  }

  /**
   * Adds the serializers and deserializers of the core types to a mapper.
   *
   * @param context the mapper being built
   */
  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(CodecSerializers.serializers());
    context.addDeserializers(CodecSerializers.deserializers());
  }
}
