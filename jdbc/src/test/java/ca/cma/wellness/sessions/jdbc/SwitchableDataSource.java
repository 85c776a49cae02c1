package ca.cma.wellness.sessions.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** A data source whose database can be swapped, as a server that goes away. */
final class SwitchableDataSource extends DelegatingDataSource {
  private volatile DataSource current;

  SwitchableDataSource(DataSource first) {
    super(first);
    this.current = first;
  }

  void switchTo(DataSource next) {
    current = next;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return current.getConnection();
  }
}
