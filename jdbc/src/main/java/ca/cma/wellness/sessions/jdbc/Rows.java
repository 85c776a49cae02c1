package ca.cma.wellness.sessions.jdbc;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Province;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Role;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.invites.InviteDetails;
import ca.cma.wellness.sessions.invites.InviteMessage;
import ca.cma.wellness.sessions.invites.InviteMethod;
import ca.cma.wellness.sessions.invites.SentInvite;
import ca.cma.wellness.sessions.registration.Registration;
import ca.cma.wellness.sessions.registration.RegistrationId;
import ca.cma.wellness.sessions.registration.RegistrationStatus;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How the domain's values become columns and come back. */
final class Rows {
  /** The registrant columns of ws_registration and ws_outbox, in this order. */
  static final String REGISTRANT = "name, email, email_key, role, province, language, time_zone";

  static final String REGISTRATION =
      "session_id, number, " + REGISTRANT + ", status, registered_at, confirmed_at, cancelled_at, waitlist_position, promoted";

  static final String INVITE =
      "session_id, " + REGISTRANT + ", method, sequence, revision, start_at, duration, title, join_url, moderators";

  private Rows() {}

  /** Sets the 7 registrant columns from {@code at}; returns the next index. */
  static int setRegistrant(PreparedStatement statement, int at, Registrant registrant) throws SQLException {
    statement.setString(at++, registrant.name());
    statement.setString(at++, registrant.email().address());
    statement.setString(at++, registrant.email().canonical());
    statement.setString(at++, registrant.role().name());
    statement.setString(at++, registrant.province().code());
    statement.setString(at++, registrant.language().tag());
    statement.setString(at++, registrant.timeZone().getId());
    return at;
  }

  /**
   * Reads the 7 registrant columns from {@code at}. An erased registrant (province, language and
   * zone NULL) reads as living in Ontario and reading English, the stand-ins {@link
   * JdbcLedger#erase} documents.
   */
  static Registrant registrant(ResultSet row, int at) throws SQLException {
    Registrant.Builder builder =
        Registrant.builder()
            .name(row.getString(at))
            .email(EmailAddress.of(row.getString(at + 1)))
            .role(Role.valueOf(row.getString(at + 3)));
    String province = row.getString(at + 4);
    String language = row.getString(at + 5);
    String zone = row.getString(at + 6);
    builder.province(province == null ? Province.ONTARIO : Province.fromCode(province).orElseThrow());
    builder.language(language == null ? Language.ENGLISH : Language.fromTag(language).orElseThrow());
    if (zone != null) {
      builder.timeZone(ZoneId.of(zone));
    }
    return builder.build();
  }

  static void setRegistration(PreparedStatement statement, Registration registration) throws SQLException {
    int at = 1;
    statement.setString(at++, registration.sessionId().value());
    statement.setInt(at++, registration.id().number());
    at = setRegistrant(statement, at, registration.registrant());
    setState(statement, at, registration);
  }

  /** Sets the 6 columns that a transition changes, from {@code at}; returns the next index. */
  static int setState(PreparedStatement statement, int at, Registration registration) throws SQLException {
    statement.setString(at++, registration.status().name());
    statement.setString(at++, registration.registeredAt().toString());
    setInstant(statement, at++, registration.confirmedAt());
    setInstant(statement, at++, registration.cancelledAt());
    if (registration.waitlistPosition().isPresent()) {
      statement.setInt(at++, registration.waitlistPosition().getAsInt());
    } else {
      statement.setNull(at++, Types.INTEGER);
    }
    statement.setBoolean(at++, registration.promotedFromWaitlist());
    return at;
  }

  /** Reads a row selected as {@link #REGISTRATION}. */
  static Registration registration(ResultSet row) throws SQLException {
    SessionId sessionId = SessionId.of(row.getString(1));
    Registration.Builder builder =
        Registration.builder()
            .id(RegistrationId.of(sessionId, row.getInt(2)))
            .registrant(registrant(row, 3))
            .status(RegistrationStatus.valueOf(row.getString(10)))
            .registeredAt(Instant.parse(row.getString(11)))
            .promotedFromWaitlist(row.getBoolean(15));
    instant(row, 12).ifPresent(builder::confirmedAt);
    instant(row, 13).ifPresent(builder::cancelledAt);
    int position = row.getInt(14);
    if (!row.wasNull()) {
      builder.waitlistPosition(position);
    }
    return builder.build();
  }

  /** Sets the {@link #INVITE} columns of a planned message. */
  static int setInvite(PreparedStatement statement, int at, InviteMessage message) throws SQLException {
    InviteDetails details = InviteDetails.of(message.session(), message.recipient().language());
    statement.setString(at++, message.session().id().value());
    at = setRegistrant(statement, at, message.recipient());
    statement.setString(at++, message.method().name());
    statement.setInt(at++, message.sequence());
    statement.setInt(at++, message.session().revision());
    statement.setString(at++, details.start().toString());
    statement.setString(at++, details.duration().toString());
    statement.setString(at++, details.title());
    statement.setString(at++, details.joinUrl().toString());
    statement.setString(at++, joined(details.moderators()));
    return at;
  }

  /** Reads the {@link #INVITE} columns from {@code at}. */
  static SentInvite invite(ResultSet row, int at) throws SQLException {
    return new SentInvite(
        SessionId.of(row.getString(at)),
        registrant(row, at + 1),
        InviteMethod.valueOf(row.getString(at + 8)),
        row.getInt(at + 9),
        row.getInt(at + 10),
        new InviteDetails(
            ZonedDateTime.parse(row.getString(at + 11)),
            Duration.parse(row.getString(at + 12)),
            row.getString(at + 13),
            URI.create(row.getString(at + 14)),
            split(row.getString(at + 15))));
  }

  private static void setInstant(PreparedStatement statement, int at, Optional<Instant> instant)
      throws SQLException {
    if (instant.isPresent()) {
      statement.setString(at, instant.get().toString());
    } else {
      statement.setNull(at, Types.VARCHAR);
    }
  }

  private static Optional<Instant> instant(ResultSet row, int at) throws SQLException {
    String text = row.getString(at);
    return text == null ? Optional.empty() : Optional.of(Instant.parse(text));
  }

  /** Names as length-prefixed text ("5:Dr. A3:Bob"), so that any character survives. */
  static String joined(List<String> names) {
    StringBuilder out = new StringBuilder();
    for (String name : names) {
      out.append(name.length()).append(':').append(name);
    }
    return out.toString();
  }

  static List<String> split(String text) {
    List<String> names = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      int colon = text.indexOf(':', at);
      int length = Integer.parseInt(text.substring(at, colon));
      names.add(text.substring(colon + 1, colon + 1 + length));
      at = colon + 1 + length;
    }
    return names;
  }

  /** "?, ?, ?" for {@code count} parameters. */
  static String parameters(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }
}
