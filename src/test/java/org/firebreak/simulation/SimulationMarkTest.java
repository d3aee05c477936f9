package org.firebreak.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.firebreak.app.Services;
import org.firebreak.incident.Cause;
import org.firebreak.incident.Platform;
import org.firebreak.share.session.SessionArchive;
import org.firebreak.share.session.SessionExporter;
import org.firebreak.share.session.SessionFileException;
import org.firebreak.share.session.SessionOpener;
import org.firebreak.store.SimulationStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export and report from a training database says SIMULATION; a live one's never does. */
class SimulationMarkTest {

  @TempDir Path dir;

  private Path drillSession() throws Exception {
    Path file = dir.resolve("drill.firebreak");
    try (DrillFixture f = new DrillFixture(dir, "drill")) {
      ScenarioPlayer player = f.start(BuiltInScenarios.find("product-recall.en").orElseThrow());
      player.advanceTo(10);
      f.services.hub().saveSummary("en", "Kettle recall", "What we know");
      f.services.sessionExporter().export(file, "trainer", SessionExporter.Progress.NONE);
    }
    return file;
  }

  @Test
  void reportsFromATrainingDatabaseAreMarkedOnTheirFirstLineBannerAndTitle() throws Exception {
    try (DrillFixture f = new DrillFixture(dir, "drill")) {
      ScenarioPlayer player = f.start(BuiltInScenarios.find("product-recall.en").orElseThrow());
      player.advanceTo(10);
      Path csv = dir.resolve("queue.csv");
      long rows = f.services.csvReport().write(csv, Optional.empty());
      List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
      assertThat(lines.get(0)).startsWith("\uFEFFsimulation,time_utc,");
      assertThat(lines.subList(1, lines.size()))
          .hasSize((int) rows)
          .allMatch(l -> l.startsWith("SIMULATION,"));

      Document report = Jsoup.parse(f.services.afterActionReport().render("en"));
      assertThat(report.getElementById("simulation").text()).startsWith("SIMULATION");
      assertThat(report.title()).startsWith("SIMULATION");
      assertThat(Jsoup.parse(f.services.afterActionReport().render("id")).title())
          .startsWith("SIMULASI");

      f.services.hub().saveSummary("en", "Kettle recall", "What we know");
      Document hub = Jsoup.parse(Files.readString(f.services.hubSite().write(dir.resolve("hub"))));
      assertThat(hub.getElementById("simulation").text()).contains("SIMULATION", "SIMULASI");
      assertThat(hub.title()).startsWith("SIMULATION");
      assertThat(hub.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    }
  }

  @Test
  void aLiveDatabasesReportsCarryNoMark() throws Exception {
    try (Services live = Services.open(dir.resolve("live"), Clock.systemUTC())) {
      live.incidents()
          .declare("Real", Cause.INTERNAL, Platform.X, java.time.Duration.ofMinutes(15), "me");
      Path csv = dir.resolve("queue.csv");
      live.csvReport().write(csv, Optional.empty());
      assertThat(Files.readAllLines(csv).get(0)).startsWith("\uFEFFtime_utc,");
      assertThat(Jsoup.parse(live.afterActionReport().render("en")).getElementById("simulation"))
          .isNull();
      Path file = dir.resolve("live.firebreak");
      live.sessionExporter().export(file, "me", SessionExporter.Progress.NONE);
      try (SessionArchive a = SessionArchive.open(file)) {
        assertThat(a.manifest().isSimulation()).isFalse();
      }
    }
  }

  @Test
  void aDrillsSessionFileSaysSimulationAndStaysADrillWhenOpened() throws Exception {
    Path file = drillSession();
    try (SessionArchive a = SessionArchive.open(file)) {
      assertThat(a.manifest().isSimulation()).isTrue();
    }
    SessionOpener.open(file, dir.resolve("copy"));
    try (Services copy = Services.open(dir.resolve("copy"), Clock.systemUTC())) {
      assertThat(new SimulationStore(copy.database()).isTrainingDatabase()).isTrue();
      assertThat(Jsoup.parse(copy.afterActionReport().render("en")).getElementById("simulation"))
          .isNotNull();
    }
  }

  @Test
  void aDrillsSessionFileIsNotMergedIntoARealIncident() throws Exception {
    Path file = drillSession();
    try (Services live = Services.open(dir.resolve("live"), Clock.systemUTC())) {
      live.incidents()
          .declare("Real", Cause.INTERNAL, Platform.X, java.time.Duration.ofMinutes(15), "me");
      long before = live.stats().snapshot().messages().total();
      assertThatThrownBy(() -> live.sessionMerger().merge(file))
          .isInstanceOf(SessionFileException.class)
          .hasMessageContaining("drill.firebreak")
          .hasMessageContaining("SIMULATION");
      assertThat(live.stats().snapshot().messages().total()).isEqualTo(before);
    }
  }
}
