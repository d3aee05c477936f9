package org.firebreak.share.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.firebreak.store.Database;
import org.firebreak.store.SessionRows;

/**
 * A content checksum per table over its rows as a session file holds them (natural keys, no
 * surrogate ids): the sum of each row's SHA-256, so it does not depend on row order. Two databases
 * hold the same incident when their checksums are equal.
 */
public final class SessionChecksums {

  private SessionChecksums() {}

  public static Map<String, String> of(Database db) {
    SessionRows rows = new SessionRows(db);
    ObjectMapper json = SessionFormat.json();
    Map<String, String> out = new LinkedHashMap<>();
    for (String entry : SessionRows.ENTRIES) {
      long[] sum = {0, 0};
      MessageDigest sha = SessionExporter.sha256();
      rows.stream(
          entry,
          row -> {
            try {
              byte[] d = sha.digest(json.writeValueAsString(row).getBytes(StandardCharsets.UTF_8));
              long h = 0;
              for (int i = 0; i < 8; i++) {
                h = (h << 8) | (d[i] & 0xff);
              }
              sum[0] += h;
              sum[1]++;
            } catch (JsonProcessingException e) {
              throw new IllegalStateException(e);
            }
          });
      out.put(entry, sum[1] + ":" + Long.toHexString(sum[0]));
    }
    return out;
  }
}
