package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Filling a new database in bulk: a table's plain secondary indexes are dropped before the load and
 * built again, each in one sorted pass, after it, instead of being kept up row by row. Unique and
 * constraint indexes stay (the load looks rows up by them). Only for a database being created: the
 * caller deletes it if the load fails, so an index is never missing from a database in use.
 */
final class BulkIndexes {

  private final List<String> creates = new ArrayList<>();

  private BulkIndexes() {}

  /** Drops the table's plain (non-unique, not constraint) indexes; remembers how to build them. */
  static BulkIndexes drop(Connection c, String table) throws SQLException {
    BulkIndexes out = new BulkIndexes();
    Map<String, List<String>> columns = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT i.INDEX_NAME, k.COLUMN_NAME, k.ORDERING_SPECIFICATION"
                + " FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS k"
                + " ON k.INDEX_SCHEMA = i.INDEX_SCHEMA AND k.INDEX_NAME = i.INDEX_NAME"
                + " WHERE i.TABLE_SCHEMA = 'PUBLIC' AND i.TABLE_NAME = ?"
                + " AND i.INDEX_TYPE_NAME = 'INDEX' AND NOT i.IS_GENERATED"
                + " ORDER BY i.INDEX_NAME, k.ORDINAL_POSITION")) {
      ps.setString(1, table.toUpperCase(Locale.ROOT));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String order = rs.getString(3);
          columns
              .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(
                  quote(rs.getString(2))
                      + ("DESC".equalsIgnoreCase(order == null ? "" : order.trim())
                          ? " DESC"
                          : ""));
        }
      }
    }
    try (Statement s = c.createStatement()) {
      for (Map.Entry<String, List<String>> index : columns.entrySet()) {
        out.creates.add(
            "CREATE INDEX "
                + quote(index.getKey())
                + " ON "
                + table
                + " ("
                + String.join(", ", index.getValue())
                + ")");
        s.execute("DROP INDEX " + quote(index.getKey()));
      }
    }
    return out;
  }

  /** How many indexes wait to be built. */
  int dropped() {
    return creates.size();
  }

  /** Builds the dropped indexes again. */
  void rebuild(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String create : creates) {
        s.execute(create);
      }
    }
    creates.clear();
  }

  private static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
