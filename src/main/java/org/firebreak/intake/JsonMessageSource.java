package org.firebreak.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.firebreak.incident.Platform;

/**
 * JSON arrays, NDJSON, X archive {@code .js} files (the {@code window.YTD.… =} prefix is skipped),
 * Mastodon {@code outbox.json} and Bluesky record lists, streamed one record at a time. Limits on
 * nesting and string length turn a hostile document into a clear refusal, not a crash.
 */
public final class JsonMessageSource implements MessageSource {

  static final int MAX_DEPTH = 64;
  static final int MAX_STRING_CHARS = 1_000_000;
  private static final Set<String> RECORD_ARRAYS =
      Set.of("orderedItems", "records", "items", "data", "posts", "messages", "statuses", "feed");

  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(MAX_DEPTH)
                      .maxStringLength(MAX_STRING_CHARS)
                      .build())
              .build());

  private final String name;
  private boolean lines;
  private final JsonParser parser;
  private final JsonRecords records;
  private final Deque<SourceRecord> pending = new ArrayDeque<>();
  private boolean inArray;
  private boolean done;
  private boolean sawValue;
  private boolean inRecord;
  private long record;

  /**
   * @param ndjson every top-level value is a record (else: a top-level array, or an object holding
   *     one)
   * @param platform platform for records that do not say
   */
  public JsonMessageSource(String name, InputStream in, boolean ndjson, Platform platform) {
    this.name = name;
    this.lines = ndjson;
    this.records = new JsonRecords(platform);
    try {
      this.parser = MAPPER.createParser(skipArchivePrefix(TextDecoding.reader(in)));
    } catch (IOException e) {
      throw new UnreadableSourceException(name + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** Skips {@code window.YTD.tweets.part0 =} (anything before the first '=' ahead of the JSON). */
  static Reader skipArchivePrefix(Reader reader) throws IOException {
    PushbackReader in = new PushbackReader(reader, 1);
    int c = in.read();
    while (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      c = in.read();
    }
    if (c == 'w') {
      int guard = 0;
      while (c != '=' && c != -1 && guard++ < 500) {
        c = in.read();
      }
      return in;
    }
    if (c != -1) {
      in.unread(c);
    }
    return in;
  }

  @Override
  public SourceRecord next() {
    try {
      while (pending.isEmpty()) {
        if (!advance()) {
          return null;
        }
      }
      return pending.poll();
    } catch (StreamConstraintsException e) {
      throw new UnreadableSourceException(
          where(failing()) + ": " + constraint(e.getOriginalMessage()), e);
    } catch (IOException e) {
      String why = e.getMessage() == null ? e.toString() : e.getMessage().split("\n")[0];
      throw new UnreadableSourceException(
          where(failing()) + " (line " + parser.currentLocation().getLineNr() + "): " + why, e);
    }
  }

  private String constraint(String message) {
    if (message != null && message.contains("nesting depth")) {
      return "nested deeper than " + MAX_DEPTH + " levels; this is not a message export";
    }
    if (message != null && message.contains("String value length")) {
      return "a string is longer than " + MAX_STRING_CHARS + " characters; refused";
    }
    return message;
  }

  private boolean advance() throws IOException {
    if (done) {
      return false;
    }
    JsonToken t = parser.nextToken();
    if (!inArray) {
      if (t == null) {
        if (!sawValue) {
          throw new UnreadableSourceException(name + ": the file is empty");
        }
        done = true;
        return false;
      }
      sawValue = true;
      if (t == JsonToken.START_ARRAY && !lines) {
        inArray = true;
        return true;
      }
      if (t == JsonToken.START_OBJECT && !lines) {
        findRecordArray();
        return true;
      }
      readRecord();
      return true;
    }
    if (t == JsonToken.END_ARRAY) {
      inArray = false;
      done = !lines;
      return true;
    }
    if (t == null) {
      throw new UnreadableSourceException(name + ": the file ends inside its list of records");
    }
    readRecord();
    return true;
  }

  /**
   * Inside a top-level object: step to its array of records. The fields before it are kept, so an
   * object that holds no such array is read as one record (and the file as NDJSON from then on).
   */
  private void findRecordArray() throws IOException {
    ObjectNode seen = MAPPER.createObjectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken t = parser.nextToken();
      if (t == JsonToken.START_ARRAY && RECORD_ARRAYS.contains(field)) {
        inArray = true;
        return;
      }
      seen.set(field, MAPPER.readTree(parser));
    }
    lines = true;
    record++;
    pending.addAll(records.map(seen, where(record), record));
  }

  private void readRecord() throws IOException {
    record++;
    inRecord = true;
    JsonNode node = MAPPER.readTree(parser);
    inRecord = false;
    pending.addAll(records.map(node, where(record), record));
  }

  /** The record a failure belongs to: the one being read, else the next one. */
  private long failing() {
    return inRecord ? record : record + 1;
  }

  private String where(long n) {
    return name + ": record " + n;
  }

  @Override
  public List<String> warnings() {
    List<String> w = new ArrayList<>();
    if (records.boostsSkipped() > 0) {
      w.add(
          name
              + ": "
              + records.boostsSkipped()
              + " boosts (Announce) skipped: they point at other people's posts");
    }
    return w;
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException ignored) {
      // closing after reading; nothing left to lose
    }
  }
}
