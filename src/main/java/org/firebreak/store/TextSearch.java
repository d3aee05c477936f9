package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.queue.SearchTerms;

/**
 * A search of the queue through the word index (ADR 0013): every word typed must be in the message.
 * Words are only ever bound as parameters, never written into the SQL.
 *
 * <p>Two plans, chosen by how many messages hold the rarest word: a rare word drives the query from
 * its posting list (at most {@link #RARE} messages to filter and sort); when every word is common,
 * the queue is read in its sort order and each message is probed for the words, which stops after
 * one page because most messages match. Counting always walks the rarest word's posting list and
 * stops at the count cap.
 */
final class TextSearch {

  /** A word held by fewer messages than this drives the query from its posting list. */
  static final int RARE = 5_000;

  private static final String PROBE =
      "EXISTS (SELECT 1 FROM message_terms t WHERE t.term = ? AND t.message_id = %s)";

  private static final String POSTINGS = "message_terms t0";
  private static final String JOIN = " JOIN messages ON messages.id = t0.message_id";

  /** The words, rarest first; none when only signs were typed (then nothing matches). */
  private final List<String> terms;

  private final int rarest;

  private TextSearch(List<String> terms, int rarest) {
    this.terms = terms;
    this.rarest = rarest;
  }

  /** Looks up how common each word is (at most RARE index entries read per word). */
  static TextSearch plan(Connection c, String typed) throws SQLException {
    List<String> words = new ArrayList<>(SearchTerms.of(typed));
    if (words.isEmpty()) {
      return new TextSearch(words, 0);
    }
    Map<String, Integer> frequency = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COUNT(*) FROM (SELECT 1 FROM message_terms WHERE term = ? LIMIT "
                + RARE
                + ")")) {
      for (String w : words) {
        ps.setString(1, w);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          frequency.put(w, rs.getInt(1));
        }
      }
    }
    words.sort(Comparator.comparing(frequency::get));
    return new TextSearch(words, frequency.get(words.get(0)));
  }

  private boolean rare() {
    return rarest < RARE;
  }

  /**
   * How many messages match, when the word look-up already says (one rare word, no other filter);
   * -1 otherwise.
   */
  long knownCount(boolean otherFilters) {
    return terms.size() <= 1 && !otherFilters && rare() ? rarest : -1;
  }

  /** What to read rows from, for a page: the rarest word's postings, or the queue in order. */
  String pageFrom() {
    return rare() && !terms.isEmpty() ? POSTINGS + JOIN : "messages";
  }

  /**
   * What to read rows from, for a count: the rarest word's postings, joined to the messages only
   * when another filter needs their columns.
   */
  String countFrom(boolean otherFilters) {
    if (terms.isEmpty()) {
      return "messages";
    }
    return otherFilters ? POSTINGS + JOIN : POSTINGS;
  }

  /**
   * The conditions to AND into the WHERE clause, for a page ({@code forCount} false) or a count.
   */
  List<String> conditions(boolean forCount) {
    List<String> out = new ArrayList<>();
    if (terms.isEmpty()) {
      out.add("FALSE");
      return out;
    }
    boolean postings = forCount || rare();
    if (postings) {
      out.add("t0.term = ?");
    }
    String probe = String.format(PROBE, postings ? "t0.message_id" : "messages.id");
    for (int i = postings ? 1 : 0; i < terms.size(); i++) {
      out.add(probe);
    }
    return out;
  }

  /** Binds the words in the order {@link #conditions} names them. */
  int bind(PreparedStatement ps, int from) throws SQLException {
    int i = from;
    for (String term : terms) {
      ps.setString(i++, term);
    }
    return i;
  }
}
