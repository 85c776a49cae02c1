package ca.cma.wellness.sessions.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source that counts the statements prepared on its connections, and can make the n-th
 * statement fail, as a database that goes away in the middle of a transaction.
 */
final class CountingDataSource extends DelegatingDataSource {
  private final AtomicInteger statements = new AtomicInteger();
  private volatile int failAt = Integer.MAX_VALUE;

  CountingDataSource(DataSource target) {
    super(target);
  }

  /** How many statements were prepared or created since the last reset. */
  int statements() {
    return statements.get();
  }

  void reset() {
    statements.set(0);
    failAt = Integer.MAX_VALUE;
  }

  /** Makes the {@code n}-th statement from now (1 for the next) fail with SQLSTATE 08006. */
  void failAtStatement(int n) {
    statements.set(0);
    failAt = n;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = super.getConnection();
    InvocationHandler handler =
        (proxy, method, args) -> {
          String name = method.getName();
          if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
            if (statements.incrementAndGet() >= failAt) {
              throw new SQLException("connection lost (test)", "08006");
            }
          }
          try {
            return method.invoke(connection, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return (Connection) Proxy.newProxyInstance(
        CountingDataSource.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }
}
