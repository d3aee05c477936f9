package org.firebreak.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.firebreak.app.Services;
import org.firebreak.incident.Cause;
import org.firebreak.incident.Platform;
import org.firebreak.intake.IncomingMessage;
import org.firebreak.queue.Direction;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.share.session.SessionExporter;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionScenarioTest {

  @TempDir Path dir;

  private static IncomingMessage message(
      Services s, int n, Platform p, String author, Instant at, String text) {
    Message m =
        new Message(
            0,
            p,
            "ext-" + n,
            null,
            author,
            12_345,
            text,
            null,
            at,
            at,
            Direction.INBOUND,
            null,
            0,
            0,
            MessageStatus.NEEDS_REPLY,
            null,
            List.of());
    return s.messageEnricher().enrich(new IncomingMessage(m, null, "TEST"));
  }

  private Path export(Services s, String name) throws Exception {
    Path file = dir.resolve(name + ".firebreak");
    s.sessionExporter().export(file, "tester", SessionExporter.Progress.NONE);
    return file;
  }

  @Test
  void messagesBecomeInjectsAtTheirOffsetsWithTheSamePersonaForTheSameAuthor() throws Exception {
    MutableClock clock = new MutableClock(TempDatabase.T0);
    Path file;
    try (Services s = Services.open(dir.resolve("real"), clock)) {
      Instant t = TempDatabase.T0;
      s.incidents()
          .declare("Kettle recall", Cause.EXTERNAL, Platform.X, Duration.ofMinutes(20), "me");
      List<IncomingMessage> in = new ArrayList<>();
      in.add(message(s, 1, Platform.X, "@AliceW", t.minusSeconds(120), "My kettle sparked!"));
      in.add(
          message(
              s,
              2,
              Platform.X,
              "@bob_99",
              t.plusSeconds(180),
              "@alicew same here, see https://x.com/bob_99/status/1"));
      in.add(
          message(
              s,
              3,
              Platform.INSTAGRAM,
              "alicew",
              t.plusSeconds(210),
              "Still no answer. AliceW here again"));
      in.add(
          message(
              s,
              4,
              Platform.MASTODON,
              "@carol@mastodon.social",
              t.plusSeconds(2400),
              "cc @Bob_99 and @dave_unknown"));
      s.intakeStore().insert(in);
      file = export(s, "real");
    }
    SessionScenario.Result r = SessionScenario.from(file, "en", 11);
    Scenario sc = r.scenario();
    assertThat(r.messages()).isEqualTo(4);
    assertThat(sc.injects()).extracting(Scenario.Inject::atMinute).containsExactly(0, 3, 3, 40);
    assertThat(sc.cause()).isEqualTo("external");
    assertThat(sc.originPlatform()).isEqualTo("x");
    assertThat(sc.firstResponseMinutes()).isEqualTo(20);
    assertThat(sc.durationMinutes()).isEqualTo(41);
    String alice = sc.injects().get(0).author();
    String bob = sc.injects().get(1).author();
    assertThat(alice).startsWith("@persona");
    assertThat(sc.injects().get(2).author())
        .as("alicew and @AliceW are one person")
        .isEqualTo(alice);
    assertThat(bob).isNotEqualTo(alice);
    assertThat(sc.injects().get(1).text()).isEqualTo(alice + " same here, see [link]");
    assertThat(sc.injects().get(2).text())
        .isEqualTo("Still no answer. " + alice.substring(1) + " here again");
    assertThat(sc.injects().get(3).text()).startsWith("cc " + bob + " and @persona");
    assertThat(sc.injects().get(1).reach()).isEqualTo(10_000L);

    String json = ScenarioWriter.toJson(sc).toLowerCase(Locale.ROOT);
    assertThat(json)
        .doesNotContain("alice", "bob_99", "carol", "dave_unknown", "mastodon.social", "x.com");
    // the scenario is valid and plays
    Scenario reread = ScenarioReader.read(ScenarioWriter.toJson(sc));
    try (DrillFixture f = new DrillFixture(dir, "replay")) {
      f.start(reread).advanceTo(41);
      assertThat(f.messages()).hasSize(4);
    }
  }

  @Test
  void noDemoAuthorIsLeftAnywhereInTheScenario() throws Exception {
    MutableClock clock = new MutableClock(TempDatabase.T0);
    Path file;
    List<String> authors;
    try (Services s = Services.open(dir.resolve("demo"), clock)) {
      s.writeDemo();
      authors =
          s.database()
              .read(
                  c -> {
                    List<String> out = new ArrayList<>();
                    try (var ps = c.prepareStatement("SELECT DISTINCT author FROM messages");
                        var rs = ps.executeQuery()) {
                      while (rs.next()) {
                        out.add(rs.getString(1));
                      }
                    }
                    return out;
                  });
      file = export(s, "demo");
    }
    SessionScenario.Result r = SessionScenario.from(file, "id", 1);
    assertThat(r.messages()).isGreaterThan(100);
    assertThat(r.personas()).isGreaterThanOrEqualTo(authors.size() / 2);
    String json = ScenarioWriter.toJson(r.scenario()).toLowerCase(Locale.ROOT);
    assertThat(authors).isNotEmpty();
    for (String a : authors) {
      String handle = a.toLowerCase(Locale.ROOT).replaceFirst("^@+", "");
      assertThat(json).as("author %s", a).doesNotContain(handle);
    }
  }

  @Test
  void aSessionWithoutMessagesIsRefusedNamingTheFile() throws Exception {
    try (Services s = Services.open(dir.resolve("empty"), new MutableClock(TempDatabase.T0))) {
      s.incidents().declare("Quiet", Cause.INTERNAL, Platform.X, Duration.ofMinutes(15), "me");
      Path file = export(s, "empty");
      assertThatThrownBy(() -> SessionScenario.from(file, "en", 1))
          .isInstanceOf(ScenarioException.class)
          .hasMessage("empty.firebreak: holds no inbound message to replay");
    }
  }
}
