package org.firebreak.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.firebreak.queue.QueueQuery;
import org.firebreak.store.Database;
import org.firebreak.store.MessageStore;

/**
 * ADR 0013's measurement: the same rows stored with no search index, with H2's native FullText
 * (triggers), and with the word table the store keeps; then a common and a rare word searched the
 * way the queue asks (newest 200 first, and a capped count). Not a test.
 *
 * <p>Run: {@code mvn -B -ntp -Pbench test-compile exec:java
 * -Dbench.main=org.firebreak.bench.SearchIndexChoice -Dbench.messages=200000}
 */
public final class SearchIndexChoice {

  private SearchIndexChoice() {}

  enum Index {
    NONE,
    H2_FULLTEXT,
    WORD_TABLE
  }

  public static void main(String[] args) throws Exception {
    int n = Integer.getInteger("bench.messages", 200_000);
    Path dir = Files.createTempDirectory("firebreak-choice");
    String rare = "#" + (n / 2);
    for (Index index : Index.values()) {
      try (Database db = Database.open(dir.resolve(index.name()))) {
        if (index == Index.H2_FULLTEXT) {
          db.write(
              c -> {
                try (Statement s = c.createStatement()) {
                  s.execute(
                      "CREATE ALIAS IF NOT EXISTS FT_INIT FOR 'org.h2.fulltext.FullText.init'");
                  s.execute("CALL FT_INIT()");
                  s.execute("CALL FT_CREATE_INDEX('PUBLIC', 'MESSAGES', 'TEXT')");
                }
                return null;
              });
        }
        long t0 = System.nanoTime();
        for (int from = 0; from < n; from += 1000) {
          int start = from;
          db.write(c -> insert(c, start, Math.min(n, start + 1000), index == Index.WORD_TABLE));
        }
        double rate = n / ((System.nanoTime() - t0) / 1e9);
        System.out.printf(
            "{\"index\":\"%s\",\"figure\":\"insert_rate\",\"value\":%.0f,\"unit\":\"rows/s\"}%n",
            index, rate);
        if (index == Index.NONE) {
          continue;
        }
        for (String word : List.of("lawyer", rare)) {
          Supplier<Object> search =
              index == Index.WORD_TABLE
                  ? () -> {
                    MessageStore store = new MessageStore(db);
                    QueueQuery q = QueueQuery.newestFirst().withSearch(word);
                    return store.page(q).size() + store.count(q);
                  }
                  : () -> db.read(c -> fullText(c, word.replace("#", "")));
          long[] nanos = new long[11];
          for (int i = -3; i < nanos.length; i++) {
            long s0 = System.nanoTime();
            search.get();
            if (i >= 0) {
              nanos[i] = System.nanoTime() - s0;
            }
          }
          System.out.printf(
              "{\"index\":\"%s\",\"figure\":\"search '%s' p50\",\"value\":%.1f,\"unit\":\"ms\"}%n",
              index, word, Figures.percentile(nanos, 0.5));
        }
      }
    }
  }

  /**
   * H2 FullText's shape for the queue: every matching key, joined, sorted and cut (an IN over
   * FT_SEARCH_DATA did not finish in 10 minutes at 50,000 rows).
   */
  private static int fullText(Connection c, String word) throws java.sql.SQLException {
    int rows = 0;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT m.id, m.preview FROM FT_SEARCH_DATA(?, 0, 0) ft"
                + " JOIN messages m ON m.id = CAST(ft.KEYS[1] AS BIGINT)"
                + " ORDER BY m.received_at DESC, m.id DESC LIMIT 200")) {
      ps.setString(1, word);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows++;
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("SELECT COUNT(*) FROM (SELECT 1 FROM FT_SEARCH_DATA(?, 10001, 0))")) {
      ps.setString(1, word);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rows + rs.getInt(1);
      }
    }
  }

  private static Void insert(Connection c, int from, int to, boolean words)
      throws java.sql.SQLException {
    List<BenchData.Row> rows = new ArrayList<>();
    for (int i = from; i < to; i++) {
      rows.add(BenchData.row(i));
    }
    BenchData.plainInsert(c, rows, words);
    return null;
  }
}
