package org.firebreak.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonImportTest {

  @TempDir Path dir;
  IntakeFixture fx;

  @BeforeEach
  void open() {
    fx = new IntakeFixture(dir);
  }

  @AfterEach
  void close() {
    fx.close();
  }

  @Test
  void xArchiveTweetsKeepStringIdsAndClassicTimes() {
    Path tweets = fx.resource("tweets.js");
    assertThat(FormatDetector.detect(tweets)).isEqualTo(SourceFormat.X_ARCHIVE);
    ImportSummary s = fx.importFile(tweets);
    assertThat(s.line()).isEqualTo("read 2, imported 2, duplicates 0, rejected 0");
    Map<String, Map<String, String>> rows =
        fx.rows("platform", "created_at", "text", "direction", "conversation_id", "url");
    Map<String, String> first = rows.get("1690457400123456789");
    assertThat(first.get("platform")).isEqualTo("X");
    assertThat(first.get("created_at")).startsWith("2023-08-12 16:10:37");
    assertThat(first.get("text")).contains("K-200 kettle & are investigating");
    assertThat(first.get("direction")).isEqualTo("OUTBOUND");
    assertThat(first.get("url")).isEqualTo("https://x.com/i/web/status/1690457400123456789");
    assertThat(rows.get("1690458000987654321").get("conversation_id"))
        .isEqualTo("1690000000000000001");
    assertThat(fx.importFile(tweets).imported()).isZero();
  }

  @Test
  void xArchiveDirectMessagesBecomeOneMessageEach() {
    ImportSummary s = fx.importFile(fx.resource("direct-messages.js"));
    assertThat(s.line()).isEqualTo("read 2, imported 2, duplicates 0, rejected 0");
    Map<String, Map<String, String>> rows =
        fx.rows("conversation_id", "author", "created_at", "flags");
    Map<String, String> dm = rows.get("dm:1690460000000000001");
    assertThat(dm.get("conversation_id")).isEqualTo("12345-67890");
    assertThat(dm.get("author")).isEqualTo("12345");
    assertThat(dm.get("flags")).isEqualTo("DM");
    assertThat(rows.get("dm:1690460000000000002").get("created_at"))
        .startsWith("2023-08-12 16:35:12.345");
  }

  @Test
  void mastodonOutboxTurnsHtmlIntoTextAndSkipsBoosts() {
    Path outbox = fx.resource("outbox.json");
    assertThat(FormatDetector.detect(outbox)).isEqualTo(SourceFormat.MASTODON);
    ImportSummary s = fx.importFile(outbox);
    assertThat(s.imported()).isEqualTo(2);
    assertThat(s.warnings()).anyMatch(w -> w.contains("1 boosts (Announce) skipped"));
    Map<String, Map<String, String>> rows = fx.rows("platform", "text", "url", "author");
    Map<String, String> note =
        rows.get("https://mastodon.social/users/acme/statuses/110000000000000001");
    assertThat(note.get("platform")).isEqualTo("MASTODON");
    assertThat(note.get("text"))
        .isEqualTo(
            "Recall notice for the K-200 kettle & the K-210.\n\nLine one\nline two"
                + " <script>alert(1)</script>");
    assertThat(note.get("url")).isEqualTo("https://mastodon.social/@acme/110000000000000001");
  }

  @Test
  void blueskyListRecordsUseTheAtUriAsId() {
    Path posts = fx.resource("bluesky_posts.json");
    assertThat(FormatDetector.detect(posts)).isEqualTo(SourceFormat.BLUESKY);
    ImportSummary s = fx.importFile(posts);
    assertThat(s.imported()).isEqualTo(2);
    Map<String, Map<String, String>> rows = fx.rows("platform", "author", "url", "conversation_id");
    Map<String, String> reply = rows.get("at://did:plc:def456/app.bsky.feed.post/3k2la8abc");
    assertThat(reply.get("platform")).isEqualTo("BLUESKY");
    assertThat(reply.get("author")).isEqualTo("did:plc:def456");
    assertThat(reply.get("url"))
        .isEqualTo("https://bsky.app/profile/did:plc:def456/post/3k2la8abc");
    assertThat(reply.get("conversation_id"))
        .isEqualTo("at://did:plc:abc123/app.bsky.feed.post/3k2la7xyz");
  }

  @Test
  void bareBlueskyRecordsInNdjsonStillDeduplicate() {
    String line =
        "{\"$type\":\"app.bsky.feed.post\",\"text\":\"bare post\",\"createdAt\":\"2023-08-12T18:00:00Z\"}\n";
    Path f = fx.write("bare.ndjson", line + line);
    ImportSummary s = fx.importFile(f);
    assertThat(s.line()).isEqualTo("read 2, imported 1, duplicates 1, rejected 0");
  }

  @Test
  void ndjsonKeepsBigIdsAndTreatsClassKeysAsData() {
    ImportSummary s = fx.importFile(fx.resource("messages.ndjson"));
    assertThat(s.read()).isEqualTo(4);
    assertThat(s.imported()).isEqualTo(3);
    assertThat(s.rejections())
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.describe()).isEqualTo("messages.ndjson: record 4: not a JSON object"));
    Map<String, Map<String, String>> rows =
        fx.rows("platform", "author", "author_reach", "created_at");
    assertThat(rows.get("1690000000000000999").get("author_reach")).isEqualTo("5000");
    assertThat(rows.get("1690000000000000999").get("author")).isEqualTo("big");
    assertThat(rows.get("n-1").get("created_at")).startsWith("2023-08-12 10:00:00");
    assertThat(rows.get("n-1").get("platform")).isEqualTo("TIKTOK");
    assertThat(rows).containsKey("n-3");
  }

  @Test
  void scriptAndBidiOverrideAreStoredLiterally() {
    fx.importFile(fx.resource("messages.json"));
    Map<String, Map<String, String>> rows = fx.rows("text", "preview", "platform");
    assertThat(rows.get("j-1").get("platform")).isEqualTo("THREADS");
    assertThat(rows.get("j-2").get("text"))
        .isEqualTo("Array record two <script>alert('x')</script> \u202Egnp.exe");
    assertThat(rows.get("j-2").get("preview")).contains("[U+202E]gnp.exe");
  }

  @Test
  void loneSurrogatesAndNulAreStrippedAndFlagged() {
    String json = "[{\"id\":\"s1\",\"text\":\"a\\u0000b\\ud800c\\udc00d \\ud83d\\ude00\"}]";
    fx.importFile(fx.write("surrogates.json", json));
    Map<String, String> row = fx.rows("text", "flags").get("s1");
    assertThat(row.get("text")).isEqualTo("abcd \ud83d\ude00");
    assertThat(row.get("flags")).contains("CONTROL_STRIPPED");
  }

  @Test
  void tenThousandDeepNestingIsRefusedNamingTheRecord() {
    fx.importFile(fx.resource("messages.json"));
    long before = fx.count();
    String deep =
        "[{\"id\":\"ok\",\"text\":\"fine\"},{\"id\":\"x\",\"nested\":"
            + "[".repeat(10_000)
            + "]".repeat(10_000)
            + "}]";
    assertThatThrownBy(() -> fx.importFile(fx.write("deep.json", deep)))
        .isInstanceOf(UnreadableSourceException.class)
        .hasMessageContaining("deep.json: record 2")
        .hasMessageContaining("nested deeper than 64");
    assertThat(fx.count()).isEqualTo(before);
  }

  @Test
  void aThirtyMegabyteStringIsRefusedNamingTheRecord() {
    InputStream json =
        new SequenceInputStream(
            new ByteArrayInputStream(
                "{\"id\":\"a\",\"text\":\"short\"}\n".getBytes(StandardCharsets.UTF_8)),
            GeneratedInput.of("{\"id\":\"b\",\"text\":\"", 30L << 20, 'x', "\"}\n"));
    assertThatThrownBy(() -> fx.importStream("huge.ndjson", json, SourceFormat.NDJSON))
        .isInstanceOf(UnreadableSourceException.class)
        .hasMessageContaining("huge.ndjson: record 2")
        .hasMessageContaining("longer than");
    assertThat(fx.count()).isZero();
  }

  @Test
  void brokenJsonAndEmptyFilesAreRefusedByName() {
    assertThatThrownBy(
            () ->
                fx.importFile(
                    fx.write("broken.json", "[{\"id\":\"a\",\"text\":\"x\"},\n{\"id\": ]")))
        .isInstanceOf(UnreadableSourceException.class)
        .hasMessageContaining("broken.json: record 2 (line 2)");
    assertThatThrownBy(() -> fx.importFile(fx.write("empty.ndjson", "")))
        .hasMessageContaining("empty.ndjson: the file is empty");
    assertThatThrownBy(() -> fx.importFile(fx.write("notes.txt", "just some words")))
        .hasMessageContaining("notes.txt: not a recognised format");
    assertThat(fx.count()).isZero();
  }
}
