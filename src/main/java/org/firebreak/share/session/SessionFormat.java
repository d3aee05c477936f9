package org.firebreak.share.session;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The session file's layout: a zip of NDJSON entries and a manifest.json. */
public final class SessionFormat {

  /** The format this build writes; it reads this one and every older one. */
  public static final int FORMAT_VERSION = 2;

  public static final String MANIFEST = "manifest.json";
  public static final String SUFFIX = ".ndjson";

  /**
   * Deflate level of the entries: the fastest, since a session file is written during a crisis and
   * passed on a local network or a stick; it is about a fifth larger than at the default level.
   */
  public static final int COMPRESSION_LEVEL = java.util.zip.Deflater.BEST_SPEED;

  /** A receiver refuses more than this many bytes of uncompressed data per compressed byte. */
  public static final long MAX_RATIO = 100;

  static final int MAX_DEPTH = 64;
  static final int MAX_STRING = 10_000_000;
  static final long MAX_MANIFEST_BYTES = 1 << 20;

  /** Small entries compress well without being bombs: the ratio is judged past this size. */
  static final long RATIO_FLOOR_BYTES = 64 * 1024;

  private SessionFormat() {}

  static ObjectMapper json() {
    JsonFactory factory =
        JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING)
                    .build())
            .build();
    return new ObjectMapper(factory)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
        .configure(SerializationFeature.FLUSH_AFTER_WRITE_VALUE, false);
  }

  static String entryName(String entry) {
    return entry + SUFFIX;
  }
}
