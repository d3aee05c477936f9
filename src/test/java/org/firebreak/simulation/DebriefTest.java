package org.firebreak.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.firebreak.app.Services;
import org.firebreak.incident.Platform;
import org.firebreak.share.ComparisonReport;
import org.firebreak.share.DebriefReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DebriefTest {

  static final String HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(2)>";

  @TempDir Path dir;

  /** A fast team: labels the journalist, replies, apologises on the origin at minute 4. */
  static Debrief fastRun(DrillFixture f) {
    ScenarioPlayer player = f.start(BuiltInScenarios.find("insensitive-post.en").orElseThrow());
    player.advanceTo(3);
    long first = f.messageId("sim-" + player.scenario().seedOrZero() + "-0-0");
    f.services.triage().toggleLabel(List.of(first), f.labelId("complaint"), "Trainee");
    f.services
        .triage()
        .recordReply(List.of(first), "We are sorry, we removed it.", Optional.empty(), "Trainee");
    player.advanceTo(4);
    f.publish(ScenarioPlayerTest.APOLOGY, Platform.INSTAGRAM, Platform.X);
    player.note("Apology out at minute 4 " + HOSTILE);
    player.finish();
    return player.debrief();
  }

  @Test
  void theDebriefShowsInjectsBesideTheTeamsActionsTheNotesTheScoreAndWhatToPractise()
      throws Exception {
    Debrief d;
    try (DrillFixture f = new DrillFixture(dir, "fast")) {
      d = fastRun(f);
    }
    assertThat(d.timeline()).anyMatch(r -> r.side() == Debrief.Side.INJECT);
    assertThat(d.timeline())
        .filteredOn(r -> r.side() == Debrief.Side.TEAM)
        .extracting(Debrief.Row::kind)
        .contains("label.add", "reply.record", "statement.approve", "statement.publish");
    assertThat(d.timeline())
        .filteredOn(r -> r.kind().equals("statement.publish"))
        .first()
        .satisfies(r -> assertThat(r.offsetSeconds()).isEqualTo(240));
    assertThat(d.notes())
        .singleElement()
        .satisfies(n -> assertThat(n.offsetSeconds()).isEqualTo(240));
    assertThat(d.score().part("firstStatement").points()).isEqualTo(25.0);
    assertThat(d.practise()).doesNotContain("firstStatement", "originFirst");

    String html = DebriefReport.render(d, "en", Instant.parse("2026-05-01T11:00:00Z"));
    Document doc = Jsoup.parse(html);
    assertThat(doc.getElementById("simulation").text()).startsWith("SIMULATION");
    assertThat(doc.select("script, img")).isEmpty();
    assertThat(doc.getElementById("notes").text()).contains(HOSTILE);
    assertThat(doc.select("#timeline td.team").eachText())
        .anyMatch(t -> t.contains("published a statement"))
        .anyMatch(t -> t.contains("replied: We are sorry, we removed it."));
    assertThat(doc.select("#timeline td.inject").eachText()).anyMatch(t -> t.contains("messages"));
    assertThat(doc.select("#score .score-total").text()).isEqualTo(d.score().total() + " / 100");
    assertThat(doc.select("#score td").eachText()).contains("Time to first statement");

    String id = DebriefReport.render(d, "id", Instant.parse("2026-05-01T11:00:00Z"));
    assertThat(Jsoup.parse(id).getElementById("simulation").text()).startsWith("SIMULASI");
  }

  @Test
  void aTeamThatDidNothingIsToldToPractiseTheFirstStatementFirst() {
    try (DrillFixture f = new DrillFixture(dir, "idle")) {
      ScenarioPlayer player = f.start(BuiltInScenarios.find("insensitive-post.en").orElseThrow());
      player.finish();
      Debrief d = player.debrief();
      assertThat(d.practise()).first().isEqualTo("firstStatement");
      assertThat(d.timeline()).noneMatch(r -> r.side() == Debrief.Side.TEAM);
    }
  }

  @Test
  void theIndonesianDebriefGivesEveryScoreDetailInIndonesian() throws Exception {
    Debrief fast;
    Debrief idle;
    try (DrillFixture f = new DrillFixture(dir, "fast-id")) {
      fast = fastRun(f);
    }
    try (DrillFixture f = new DrillFixture(dir, "idle-id")) {
      ScenarioPlayer player = f.start(BuiltInScenarios.find("insensitive-post.id").orElseThrow());
      player.finish();
      idle = player.debrief();
    }
    Instant now = Instant.parse("2026-05-01T11:00:00Z");
    List<String> english = new java.util.ArrayList<>();
    List<String> indonesian = new java.util.ArrayList<>();
    for (Debrief d : List.of(fast, idle)) {
      english.addAll(details(DebriefReport.render(d, "en", now)));
      indonesian.addAll(details(DebriefReport.render(d, "id", now)));
    }
    assertThat(english)
        .contains("first statement after 4 min (window 15 min)", "no statement published")
        .anyMatch(t -> t.matches("[\\d,]+ of [\\d,]+ messages needing a reply answered"));
    assertThat(indonesian)
        .hasSameSizeAs(english)
        .contains("pernyataan pertama setelah 4 mnt (batas 15 mnt)")
        .contains("tidak ada pernyataan yang diterbitkan")
        .anyMatch(t -> t.matches("[\\d.]+ dari [\\d.]+ pesan yang perlu dibalas sudah dijawab"));
    java.util.regex.Pattern englishWords =
        java.util.regex.Pattern.compile(
            "\\b(of|min|no|statement|published|answered|within|percentile|replies"
                + "|escalations|caught|labelled|inbound|messages|tone|check|first|since|update"
                + "|window|origin|not)\\b");
    assertThat(indonesian)
        .as("no English and no stored code in the Indonesian score")
        .noneMatch(t -> englishWords.matcher(t).find())
        .noneMatch(t -> t.contains("debrief.detail"));
  }

  private static List<String> details(String html) {
    return Jsoup.parse(html).select("#score tr td:nth-child(4)").eachText();
  }

  @Test
  void theDebriefCanBeWrittenLaterFromTheTrainingDatabaseAlone() {
    try (DrillFixture f = new DrillFixture(dir, "later")) {
      fastRun(f);
    }
    try (Services reopened = Services.open(dir.resolve("later"), java.time.Clock.systemUTC())) {
      Debrief d = DebriefBuilder.build(reopened);
      assertThat(d.title()).isNotBlank();
      assertThat(d.score().part("firstStatement").points()).isEqualTo(25.0);
      assertThat(d.notes()).hasSize(1);
    }
  }

  @Test
  void aDatabaseWithoutADrillHasNoDebrief() {
    try (Services live = Services.open(dir.resolve("live"), java.time.Clock.systemUTC())) {
      assertThatThrownBy(() -> DebriefBuilder.build(live))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not a training database");
    }
  }

  @Test
  void runsOfTheSameScenarioAreComparedPartByPartFromTheirDrillTables() throws Exception {
    try (DrillFixture f = new DrillFixture(dir, "team-a")) {
      fastRun(f);
    }
    try (DrillFixture f = new DrillFixture(dir, "team-b")) {
      ScenarioPlayer player = f.start(BuiltInScenarios.find("insensitive-post.en").orElseThrow());
      player.advanceTo(25);
      f.publish(ScenarioPlayerTest.DEFENSIVE, Platform.X);
      player.finish();
      player.score();
    }
    RunComparison c =
        RunComparer.compare(null, List.of(dir.resolve("team-a"), dir.resolve("team-b")));
    assertThat(c.runs()).extracting(RunComparison.Run::label).containsExactly("team-a", "team-b");
    assertThat(c.weights()).containsEntry("firstStatement", 25).hasSize(9);
    RunComparison.Run a = c.runs().get(0);
    RunComparison.Run b = c.runs().get(1);
    assertThat(a.points().get("originFirst")).isEqualTo(10.0);
    assertThat(b.points().get("originFirst")).isZero();
    assertThat(a.total()).isGreaterThan(b.total());
    assertThat(c.bestTotal()).isEqualTo(a.total());

    Document doc =
        Jsoup.parse(ComparisonReport.render(c, "en", Instant.parse("2026-05-01T12:00:00Z")));
    assertThat(doc.getElementById("simulation")).isNotNull();
    assertThat(doc.select("#runs tr")).hasSize(11); // header, nine parts, total
    assertThat(doc.select("#runs tr").last().select("th.best").text())
        .isEqualTo(a.total() + " / 100");
  }

  @Test
  void theScenarioKeptWithARunReplaysItIdentically() {
    Scenario original = BuiltInScenarios.find("natural-disaster.id").orElseThrow();
    List<String> first;
    String kept;
    try (DrillFixture f = new DrillFixture(dir, "first")) {
      f.start(original).finish();
      first = f.messages();
      kept =
          new org.firebreak.store.DrillRunStore(f.services.database())
              .latest()
              .orElseThrow()
              .scenarioJson();
    }
    try (DrillFixture f = new DrillFixture(dir, "again")) {
      f.start(ScenarioReader.read(kept)).finish();
      assertThat(f.messages()).hasSizeGreaterThan(500).isEqualTo(first);
    }
  }
}
