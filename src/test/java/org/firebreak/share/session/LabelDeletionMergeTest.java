package org.firebreak.share.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.firebreak.app.Services;
import org.firebreak.store.LabelAdminStore;
import org.firebreak.testing.MutableClock;
import org.firebreak.triage.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A label deleted on one copy is gone after a merge, whichever way round, and stays gone when the
 * same file is merged again; a label made again after the deletion survives.
 */
class LabelDeletionMergeTest {

  @TempDir Path dir;

  private static Label label(Services s, String name) {
    return s.labels().all().stream()
        .filter(l -> l.name().equalsIgnoreCase(name))
        .findFirst()
        .orElse(null);
  }

  private static String someLabel(Services s) {
    return s.labels().all().get(s.labels().all().size() - 1).name();
  }

  private static long labelled(Services s, String name) {
    long[] n = {0};
    new org.firebreak.store.SessionRows(s.database())
        .stream(
            "message_labels",
            r -> {
              if (name.equalsIgnoreCase((String) r.get("label"))) {
                n[0]++;
              }
            });
    return n[0];
  }

  @Test
  void aLabelDeletedOnOneCopyIsRemovedByTheMergeEitherWayRound() throws Exception {
    MutableClock c1 = SessionFixture.clock();
    MutableClock c2 = SessionFixture.clock();
    try (Services one = SessionFixture.demo(dir, "one", c1);
        Services two = SessionFixture.demo(dir, "two", c2)) {
      String name = someLabel(one);
      long onMessages = labelled(two, name);
      c1.advance(Duration.ofMinutes(5));
      new LabelAdminStore(one.database()).delete(label(one, name).id(), null, "ana", c1.instant());
      Path fromOne = SessionFixture.export(one, dir.resolve("one.firebreak"));
      Path fromTwo = SessionFixture.export(two, dir.resolve("two.firebreak"));

      MergeReport intoTwo = new SessionMerger(two.database()).merge(fromOne);
      assertThat(label(two, name)).as("deleted on one, so deleted in the merge").isNull();
      assertThat(labelled(two, name)).isZero();
      assertThat(intoTwo.updated()).containsEntry("label_deletions", 1L);

      new SessionMerger(one.database()).merge(fromTwo);
      assertThat(label(one, name)).as("the other copy's label does not come back").isNull();
      assertThat(onMessages).as("the label was on messages in the other copy").isPositive();
      assertThat(labelled(one, name)).isZero();

      // merging the same files again changes nothing
      new SessionMerger(two.database()).merge(fromOne);
      new SessionMerger(one.database()).merge(fromTwo);
      assertThat(label(one, name)).isNull();
      assertThat(label(two, name)).isNull();
    }
  }

  @Test
  void aLabelMadeAgainAfterTheDeletionSurvivesTheMerge() throws Exception {
    MutableClock c1 = SessionFixture.clock();
    MutableClock c2 = SessionFixture.clock();
    try (Services one = SessionFixture.demo(dir, "a", c1);
        Services two = SessionFixture.demo(dir, "b", c2)) {
      String name = someLabel(one);
      new LabelAdminStore(one.database()).delete(label(one, name).id(), null, "ana", c1.instant());
      // the other copy deleted it too, then made it again later
      LabelAdminStore admin = new LabelAdminStore(two.database());
      admin.delete(label(two, name).id(), null, "ben", c2.instant());
      c2.advance(Duration.ofMinutes(10));
      admin.create(new Label(0, name, "#123456", null, null), "ben", c2.instant());

      new SessionMerger(one.database())
          .merge(SessionFixture.export(two, dir.resolve("b.firebreak")));
      assertThat(label(one, name)).as("made after the deletion, so it is wanted").isNotNull();
      new SessionMerger(two.database())
          .merge(SessionFixture.export(one, dir.resolve("a.firebreak")));
      assertThat(label(two, name)).isNotNull();
    }
  }
}
