package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Plain JDBC on the merge's one connection: find a row by its key, insert one, resolve keys. */
final class MergeSql implements AutoCloseable {

  private final Connection c;
  private final Map<String, PreparedStatement> prepared = new HashMap<>();
  private final Map<String, Map<String, Integer>> types = new HashMap<>();

  MergeSql(Connection c) {
    this.c = c;
  }

  Connection connection() {
    return c;
  }

  PreparedStatement prepare(String sql) throws SQLException {
    PreparedStatement ps = prepared.get(sql);
    if (ps == null) {
      ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
      prepared.put(sql, ps);
    }
    return ps;
  }

  /**
   * The id of the row whose plain key columns equal the row's and whose large text columns
   * (compared here, not in SQL) equal too; null when there is none.
   */
  Long find(String table, Map<String, Object> keys, Map<String, Object> lobs) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT id");
    for (String lob : lobs.keySet()) {
      sql.append(", ").append(lob);
    }
    sql.append(" FROM ").append(table).append(" WHERE TRUE");
    for (String k : keys.keySet()) {
      sql.append(" AND ").append(k).append(" IS NOT DISTINCT FROM ?");
    }
    PreparedStatement ps = prepare(sql.toString());
    bindAll(ps, table, new ArrayList<>(keys.entrySet()));
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        boolean same = true;
        int i = 2;
        for (Object want : lobs.values()) {
          same &= Objects.equals(rs.getString(i++), want == null ? null : want.toString());
        }
        if (same) {
          return rs.getLong(1);
        }
      }
    }
    return null;
  }

  /** Inserts the row's columns that the table has (unknown fields are ignored); returns the id. */
  long insert(String table, Map<String, Object> row) throws SQLException {
    Map<String, Integer> known = types(table);
    List<String> cols = columnsOf(table, row);
    PreparedStatement ps = prepare(insertSql(table, cols));
    bind(ps, table, cols, row);
    ps.executeUpdate();
    if (!known.containsKey("id")) {
      return 0;
    }
    try (ResultSet keys = ps.getGeneratedKeys()) {
      return keys.next() ? keys.getLong(1) : 0;
    }
  }

  /** The row's fields that are columns of the table, other than its id. */
  List<String> columnsOf(String table, Map<String, Object> row) throws SQLException {
    Map<String, Integer> known = types(table);
    List<String> cols = new ArrayList<>();
    for (String k : row.keySet()) {
      if (known.containsKey(k) && !k.equals("id")) {
        cols.add(k);
      }
    }
    return cols;
  }

  static String insertSql(String table, List<String> cols) {
    return "INSERT INTO "
        + table
        + " ("
        + String.join(", ", cols)
        + ") VALUES ("
        + String.join(", ", java.util.Collections.nCopies(cols.size(), "?"))
        + ")";
  }

  void bind(PreparedStatement ps, String table, List<String> cols, Map<String, Object> row)
      throws SQLException {
    List<Map.Entry<String, Object>> values = new ArrayList<>(cols.size());
    for (String col : cols) {
      values.add(new java.util.AbstractMap.SimpleEntry<>(col, row.get(col)));
    }
    bindAll(ps, table, values);
  }

  /** Sets columns of one row by id. */
  void update(String table, long id, Map<String, Object> values) throws SQLException {
    StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" SET ");
    List<Map.Entry<String, Object>> cols = new ArrayList<>(values.entrySet());
    for (int i = 0; i < cols.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append(cols.get(i).getKey()).append(" = ?");
    }
    sql.append(" WHERE id = ?");
    PreparedStatement ps = prepare(sql.toString());
    bindAll(ps, table, cols);
    ps.setLong(cols.size() + 1, id);
    ps.executeUpdate();
  }

  /** One row as a map of lower-case column names, or null. */
  Map<String, Object> row(String sql, Object... params) throws SQLException {
    PreparedStatement ps = prepare(sql);
    for (int i = 0; i < params.length; i++) {
      ps.setObject(i + 1, params[i]);
    }
    try (ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return null;
      }
      ResultSetMetaData md = rs.getMetaData();
      Map<String, Object> out = new LinkedHashMap<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        Object v =
            md.getColumnType(i) == Types.TIMESTAMP_WITH_TIMEZONE
                ? instantText(rs.getObject(i, OffsetDateTime.class))
                : md.getColumnType(i) == Types.CLOB ? rs.getString(i) : rs.getObject(i);
        out.put(md.getColumnLabel(i).toLowerCase(Locale.ROOT), v);
      }
      return out;
    }
  }

  Long messageId(Object platform, Object externalId) throws SQLException {
    if (platform == null) {
      return null;
    }
    return id(
        "SELECT id FROM messages WHERE platform = ? AND external_id = ?", platform, externalId);
  }

  Long statementId(Object kind, Object title, Object createdAt) throws SQLException {
    if (kind == null) {
      return null;
    }
    return id(
        "SELECT id FROM statements WHERE kind = ? AND title = ? AND created_at = ? ORDER BY id",
        kind,
        title,
        timestamp(createdAt));
  }

  Long labelId(Object nameKey) throws SQLException {
    return nameKey == null ? null : id("SELECT id FROM labels WHERE name_key = ?", nameKey);
  }

  Long id(String sql, Object... params) throws SQLException {
    Map<String, Object> r = row(sql, params);
    return r == null ? null : ((Number) r.values().iterator().next()).longValue();
  }

  private void bindAll(PreparedStatement ps, String table, List<Map.Entry<String, Object>> cols)
      throws SQLException {
    Map<String, Integer> known = types(table);
    for (int i = 0; i < cols.size(); i++) {
      Integer type = known.get(cols.get(i).getKey());
      Object v = cols.get(i).getValue();
      if (type != null && type == Types.TIMESTAMP_WITH_TIMEZONE) {
        v = timestamp(v);
      }
      if (v == null) {
        ps.setNull(i + 1, type == null ? Types.VARCHAR : type);
      } else {
        ps.setObject(i + 1, v);
      }
    }
  }

  static OffsetDateTime timestamp(Object v) {
    return v == null ? null : OffsetDateTime.ofInstant(Instant.parse(v.toString()), ZoneOffset.UTC);
  }

  static String instantText(OffsetDateTime t) {
    return t == null ? null : t.toInstant().toString();
  }

  private Map<String, Integer> types(String table) throws SQLException {
    Map<String, Integer> known = types.get(table);
    if (known == null) {
      known = new HashMap<>();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE FALSE")) {
        ResultSetMetaData md = rs.getMetaData();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          known.put(md.getColumnLabel(i).toLowerCase(Locale.ROOT), md.getColumnType(i));
        }
      }
      types.put(table, known);
    }
    return known;
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement ps : prepared.values()) {
      ps.close();
    }
  }
}
