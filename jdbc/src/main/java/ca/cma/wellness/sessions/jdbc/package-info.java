/**
 * Durable registrations: {@link ca.cma.wellness.sessions.jdbc.JdbcLedger}, a {@link
 * ca.cma.wellness.sessions.registration.RegistrationLedger} in a database reached through a
 * {@link javax.sql.DataSource}, and its {@link ca.cma.wellness.sessions.jdbc.Outbox} of invite
 * messages.
 */
@NullMarked
package ca.cma.wellness.sessions.jdbc;

import org.jspecify.annotations.NullMarked;
