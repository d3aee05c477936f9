package org.firebreak.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** Refuses every UPDATE and DELETE on the audit log, so history cannot be rewritten. */
public final class AppendOnlyTrigger implements Trigger {

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException("The audit log is append-only: rows cannot be changed or removed");
  }
}
