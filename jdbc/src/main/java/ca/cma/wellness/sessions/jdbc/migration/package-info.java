/**
 * The schema migrations, as SQL resources in Flyway's naming ({@code V1__...sql}); the package has
 * no classes. Hosts that apply migrations with their own tool take the files from here.
 */
package ca.cma.wellness.sessions.jdbc.migration;
