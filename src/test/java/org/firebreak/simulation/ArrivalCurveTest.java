package org.firebreak.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArrivalCurveTest {

  static final String EXCERPT = "/crisislex/west-texas-explosion-arrivals.csv";

  @TempDir Path dir;

  private Path excerpt() throws Exception {
    Path file = dir.resolve("west-texas.csv");
    try (InputStream in = getClass().getResourceAsStream(EXCERPT)) {
      Files.copy(in, file);
    }
    return file;
  }

  private static List<List<Double>> curve(String csv) throws Exception {
    return ArrivalCurve.read(new StringReader(csv), "arrivals.csv", null, 1);
  }

  @Test
  void realTweetTimesFromTheWestTexasExplosionBecomePerMinuteCounts() throws Exception {
    List<List<Double>> curve = ArrivalCurve.read(excerpt(), null, 1);
    // 00:59 to 02:19 UTC: 81 minutes (and a closing zero), 159 tweets, the first alone
    assertThat(curve).hasSize(82);
    assertThat(curve.get(81)).containsExactly(81.0, 0.0);
    assertThat(curve.get(0)).containsExactly(0.0, 1.0);
    assertThat(curve.stream().mapToDouble(p -> p.get(1)).sum()).isEqualTo(159.0);
    double firstHalf = curve.subList(0, 40).stream().mapToDouble(p -> p.get(1)).sum();
    double secondHalf = curve.subList(40, 81).stream().mapToDouble(p -> p.get(1)).sum();
    assertThat(secondHalf).as("the flood grows after the explosion").isGreaterThan(3 * firstHalf);
  }

  @Test
  void aBurstInAScenarioFileFollowsTheRealCurveScaled() throws Exception {
    excerpt();
    Path scenario = dir.resolve("explosion.json");
    Files.writeString(
        scenario,
        "{\"schemaVersion\": 1, \"title\": \"Plant explosion\", \"language\": \"en\","
            + " \"cause\": \"external\", \"originPlatform\": \"x\", \"firstResponseMinutes\": 15,"
            + " \"durationMinutes\": 90, \"seed\": 7, \"injects\": [{\"atMinute\": 2,"
            + " \"kind\": \"burst\", \"templates\": [\"Is everyone safe near the plant?\"],"
            + " \"curveFrom\": {\"file\": \"west-texas.csv\", \"column\": \"created_at\","
            + " \"scale\": 2}}]}");
    Scenario s = ScenarioReader.read(scenario);
    Scenario.Inject burst = s.injects().get(0);
    assertThat(burst.curveFrom()).isNull();
    assertThat(burst.curve()).hasSize(82);
    InjectExpander expander = new InjectExpander(s);
    assertThat(expander.count(burst)).isEqualTo(318);
    List<SimMessage> messages = expander.expand(0, burst, 2);
    assertThat(messages).hasSize(318);
    // the real minute with the most tweets is the drill minute with the most messages
    int realPeak = 0;
    for (int m = 0; m < burst.curve().size(); m++) {
      if (burst.curve().get(m).get(1) > burst.curve().get(realPeak).get(1)) {
        realPeak = m;
      }
    }
    long[] perMinute = new long[100];
    messages.forEach(m -> perMinute[(int) (m.atMillis() / 60_000)]++);
    assertThat(perMinute[2 + realPeak]).isEqualTo(Math.round(burst.curve().get(realPeak).get(1)));
    // and the scenario as stored keeps the curve itself
    assertThat(ScenarioReader.read(ScenarioWriter.toJson(s)).injects().get(0).curve())
        .isEqualTo(burst.curve());
  }

  @Test
  void timesCanBeIsoSpacedUtcOrEpochSecondsAndUnsorted() throws Exception {
    assertThat(
            curve(
                "id,timestamp\n1,2013-04-18 01:02:30\n2,1366246800\n"
                    + "3,2013-04-18T01:00:59+00:00\n4,1366246805000\n"))
        .containsExactly(
            List.of(0.0, 3.0), List.of(1.0, 0.0), List.of(2.0, 1.0), List.of(3.0, 0.0));
    assertThat(curve("when\n2013-04-18T01:00:00Z\n"))
        .containsExactly(List.of(0.0, 1.0), List.of(1.0, 0.0));
  }

  @Test
  void badInputIsRefusedNamingTheFileLineAndColumn() throws Exception {
    assertThatThrownBy(() -> curve("id,created_at\n1,2013-04-18T01:00:00Z\n2,yesterday\n"))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(
            "arrivals.csv: line 3, column created_at: \"yesterday\" is not a timestamp (use"
                + " 2013-04-18T01:02:03Z, \"2013-04-18 01:02:03\" in UTC, or epoch seconds)");
    assertThatThrownBy(() -> curve("id,text\n1,hello\n"))
        .hasMessageContaining("arrivals.csv: line 1: which column holds the times?");
    assertThatThrownBy(
            () -> ArrivalCurve.read(new StringReader("a\n1\n"), "arrivals.csv", "created_at", 1))
        .hasMessageContaining("line 1: no column named \"created_at\" (columns: [a])");
    assertThatThrownBy(() -> curve("created_at\n"))
        .hasMessageContaining("arrivals.csv: holds no timestamps");
    assertThatThrownBy(() -> curve("created_at\n2013-04-18T01:00:00Z\n2013-04-20T01:00:00Z\n"))
        .hasMessageContaining("spans 2881 minutes, more than a drill's 1440");
    assertThatThrownBy(() -> ArrivalCurve.read(new StringReader("t\n1\n"), "a.csv", null, 0))
        .hasMessageContaining("scale must be above 0");
  }

  @Test
  void aScenarioNamesTheInjectWhoseCurveFileIsBad() throws Exception {
    Files.writeString(dir.resolve("bad.csv"), "created_at\n2013-04-18T01:00:00Z\n\nnot a time\n");
    Path scenario = dir.resolve("s.json");
    Files.writeString(
        scenario,
        "{\"schemaVersion\": 1, \"title\": \"t\", \"language\": \"en\", \"cause\": \"external\","
            + " \"originPlatform\": \"x\", \"firstResponseMinutes\": 15, \"durationMinutes\": 60,"
            + " \"injects\": [{\"atMinute\": 0, \"kind\": \"noise\", \"ratePerMinute\": 1,"
            + " \"templates\": [\"hi\"]}, {\"atMinute\": 1, \"kind\": \"burst\","
            + " \"templates\": [\"x\"], \"curveFrom\": {\"file\": \"bad.csv\"}}]}");
    assertThatThrownBy(() -> ScenarioReader.read(scenario))
        .isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith("injects[1].curveFrom: bad.csv: line 4, column created_at:");
    assertThatThrownBy(() -> ScenarioReader.read(Files.readString(scenario)))
        .hasMessageContaining("injects[1].curveFrom: a curve from a CSV file needs the scenario");
  }
}
