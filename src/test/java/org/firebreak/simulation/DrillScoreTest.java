package org.firebreak.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.firebreak.incident.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrillScoreTest {

  @TempDir Path dir;

  @Test
  void aFastApologyOnTheOriginBeatsALateDefensiveStatementElsewhere() {
    Scenario s = BuiltInScenarios.find("insensitive-post.en").orElseThrow();
    DrillScore fast;
    DrillScore late;
    try (DrillFixture f = new DrillFixture(dir, "fast")) {
      ScenarioPlayer player = f.start(s);
      player.advanceTo(4);
      f.publish(ScenarioPlayerTest.APOLOGY, Platform.INSTAGRAM, Platform.X);
      player.advanceTo(30);
      f.publish(
          "An update: we are sorry again for this morning's post. We have paused all scheduled"
              + " posts while we review how they are approved. We will post the next update by"
              + " 10:30.",
          Platform.INSTAGRAM);
      player.finish();
      fast = player.score();
    }
    try (DrillFixture f = new DrillFixture(dir, "late")) {
      ScenarioPlayer player = f.start(s);
      player.advanceTo(25);
      f.publish(ScenarioPlayerTest.DEFENSIVE, Platform.X, Platform.INSTAGRAM);
      player.finish();
      late = player.score();
    }
    assertThat(fast.total()).isGreaterThan(late.total());
    assertThat(fast.part("firstStatement").points()).isEqualTo(25.0);
    assertThat(late.part("firstStatement").points()).isLessThan(25.0);
    assertThat(fast.part("originFirst").points()).isEqualTo(10.0);
    assertThat(late.part("originFirst").points()).isZero();
    assertThat(fast.part("tone").points()).isGreaterThan(late.part("tone").points());
    assertThat(fast.parts().stream().mapToInt(DrillScore.Part::weight).sum()).isEqualTo(100);
  }

  @Test
  void repliesLabelsAndEscalationsEarnTheirParts() {
    try (DrillFixture f = new DrillFixture(dir, "replies")) {
      ScenarioPlayer player = f.start(ScenarioReader.read(ScenarioPlayerTest.DRILL));
      DrillScore before = player.score();
      assertThat(before.part("escalations").points()).isEqualTo(15.0); // none arrived yet
      player.advanceTo(8);
      long journalist = f.messageId("sim-42-3-0");
      long first = f.messageId("sim-42-0-0");
      f.services.triage().toggleLabel(List.of(journalist), f.labelId("press"), "Trainee");
      f.services.triage().toggleLabel(List.of(first), f.labelId("complaint"), "Trainee");
      f.services
          .triage()
          .recordReply(
              List.of(first), "We are sorry, we have removed it.", Optional.empty(), "Trainee");
      DrillScore score = player.score();
      assertThat(score.part("escalations").points()).isEqualTo(15.0);
      assertThat(score.part("answered").points()).isGreaterThan(0.0);
      assertThat(score.part("withinTarget").points()).isGreaterThan(0.0);
      assertThat(score.part("replyTimes").points()).isEqualTo(5.0);
      assertThat(score.replyTimes().medianMinutes()).isEqualTo(8.0);
      assertThat(score.part("labels").points()).isGreaterThan(0.0);
      assertThat(score.total()).isGreaterThan(before.total());
    }
  }
}
