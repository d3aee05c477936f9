package org.firebreak.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.firebreak.queue.Direction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakePipelineTest {

  @TempDir Path dir;
  IntakeFixture fx;
  IntakePipeline pipeline;

  @BeforeEach
  void open() {
    fx = new IntakeFixture(dir);
    pipeline =
        new IntakePipeline(
            fx.services.intakeStore(),
            new MessageEnricher(Sentiment.vader()),
            Clock.fixed(IntakeFixture.NOW, ZoneOffset.UTC),
            10);
  }

  @AfterEach
  void close() {
    fx.close();
  }

  @Test
  void oneNoticePerBatchAndProgressInRecordsRead() {
    List<BatchStored> notices = new ArrayList<>();
    List<Long> progress = new ArrayList<>();
    ImportControl control = new ImportControl(progress::add, notices::add);
    ImportSummary s = pipeline.run("gen", new Generated(35, -1), control);
    assertThat(s.imported()).isEqualTo(35);
    assertThat(notices).extracting(BatchStored::imported).containsExactly(10, 10, 10, 5);
    assertThat(progress).contains(10L, 20L, 30L, 35L);
  }

  @Test
  void aBatchThatFailsAfterItsCommitTakesTheRunBackAndTheBatchesQueuedBehindItAreNeverWritten() {
    int[] batches = {0};
    IntakePipeline failing =
        new IntakePipeline(
            fx.services.intakeStore(),
            new MessageEnricher(Sentiment.vader()),
            Clock.fixed(IntakeFixture.NOW, ZoneOffset.UTC),
            10,
            ids -> {
              if (++batches[0] == 2) {
                throw new IllegalStateException("label rules failed");
              }
            });
    assertThatThrownBy(() -> failing.run("gen", new Generated(100, -1), ImportControl.silent()))
        .hasMessageContaining("label rules failed");
    assertThat(batches[0]).as("no batch after the failed one reached the database").isEqualTo(2);
    assertThat(fx.count()).as("the failed run left the database as it was").isZero();
  }

  @Test
  void cancelKeepsCommittedBatchesAndDropsTheOneInProgress() {
    ImportControl[] control = new ImportControl[1];
    control[0] = new ImportControl(read -> {}, batch -> control[0].cancel());
    ImportSummary s = pipeline.run("gen", new Generated(35, -1), control[0]);
    assertThat(s.cancelled()).isTrue();
    assertThat(s.imported()).isEqualTo(10);
    assertThat(fx.count()).isEqualTo(10);
    assertThat(s.line()).endsWith("(cancelled)");
  }

  @Test
  void aSourceFailingHalfwayTakesBackEverythingThisRunStored() {
    pipeline.run("earlier", new Generated(5, -1), ImportControl.silent());
    long before = fx.count();
    assertThatThrownBy(() -> pipeline.run("gen", new Generated(35, 27), ImportControl.silent()))
        .isInstanceOf(UnreadableSourceException.class)
        .hasMessage("gen:27: broken here");
    assertThat(fx.count()).isEqualTo(before);
  }

  @Test
  void rejectionsAreListedUpToTheCapButAllCounted() {
    List<SourceRecord> records = new ArrayList<>();
    for (int i = 0; i < IntakePipeline.MAX_LISTED + 5; i++) {
      records.add(new Rejection("bad.csv:" + i, i, "text", "missing"));
    }
    ImportSummary s = pipeline.run("bad.csv", new Listed(records), ImportControl.silent());
    assertThat(s.rejected()).isEqualTo(IntakePipeline.MAX_LISTED + 5);
    assertThat(s.rejections()).hasSize(IntakePipeline.MAX_LISTED);
    assertThat(s.warnings()).anyMatch(w -> w.contains("only the first 1000"));
  }

  @Test
  void nearDuplicatesShareAClusterAndMessagesAreEnriched() {
    List<SourceRecord> records =
        List.of(
            raw("c1", "RT @acme_fan: My kettle is ON FIRE!! https://t.co/abc @acme"),
            raw("c2", "my kettle is on fire"),
            raw("c3", "Saya tidak mau kettle ini, pengacara saya akan gugat"),
            raw("c4", "I love this kettle, it is great"));
    pipeline.run("clusters", new Listed(records), ImportControl.silent());
    Map<String, Map<String, String>> rows =
        fx.rows("cluster_key", "sentiment", "language", "priority");
    assertThat(rows.get("c1").get("cluster_key"))
        .isEqualTo(rows.get("c2").get("cluster_key"))
        .hasSize(32);
    assertThat(rows.get("c3").get("cluster_key")).isNotEqualTo(rows.get("c1").get("cluster_key"));
    assertThat(rows.get("c3").get("language")).isEqualTo("id");
    assertThat(Integer.parseInt(rows.get("c3").get("priority"))).isGreaterThanOrEqualTo(30);
    assertThat(Double.parseDouble(rows.get("c4").get("sentiment"))).isGreaterThan(0.5);
    assertThat(rows.get("c4").get("language")).isEqualTo("en");
  }

  private static RawMessage raw(String id, String text) {
    return new RawMessage(
        "t:" + id,
        1,
        "X",
        id,
        null,
        "someone",
        "100",
        text,
        null,
        "2023-08-12T10:00:00Z",
        Direction.INBOUND,
        null);
  }

  /** Numbered messages; fails with an unreadable-source error at {@code failAt} (1-based). */
  private static final class Generated implements MessageSource {
    private final int total;
    private final int failAt;
    private int n;

    Generated(int total, int failAt) {
      this.total = total;
      this.failAt = failAt;
    }

    @Override
    public SourceRecord next() {
      n++;
      if (n == failAt) {
        throw new UnreadableSourceException("gen:" + n + ": broken here");
      }
      return n > total ? null : raw("g" + n + "-" + total, "message number " + n);
    }

    @Override
    public void close() {}
  }

  private static final class Listed implements MessageSource {
    private final List<SourceRecord> records;
    private int n;

    Listed(List<SourceRecord> records) {
      this.records = records;
    }

    @Override
    public SourceRecord next() {
      return n < records.size() ? records.get(n++) : null;
    }

    @Override
    public void close() {}
  }
}
