package org.firebreak.simulation;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.firebreak.incident.Platform;
import org.firebreak.share.session.SessionArchive;

/**
 * Turns a finished incident's session file into a scenario: each inbound message becomes a message
 * inject at its offset from the declaration (messages before it arrive at minute 0), with every
 * author and handle replaced by a persona ({@link Anonymiser}: the same person is always the same
 * persona) and links removed.
 */
public final class SessionScenario {

  /** What was made, and what was left out. */
  public record Result(Scenario scenario, int messages, int personas, int leftOut) {}

  private SessionScenario() {}

  /**
   * @throws ScenarioException when the file holds no incident or no message
   */
  public static Result from(Path sessionFile, String language, long seed) throws Exception {
    String name = sessionFile.getFileName().toString();
    try (SessionArchive archive = SessionArchive.open(sessionFile)) {
      List<Map<String, Object>> incidents = new ArrayList<>();
      archive.rows("incidents", incidents::add);
      if (incidents.isEmpty()) {
        throw new ScenarioException(name, "holds no incident to replay");
      }
      Map<String, Object> incident = incidents.get(0);
      Instant declared = Instant.parse(String.valueOf(incident.get("declared_at")));
      Anonymiser anon = new Anonymiser();
      List<Map<String, Object>> rows = new ArrayList<>();
      int[] leftOut = {0};
      archive.rows(
          "messages",
          row -> {
            if (rows.size() < ScenarioReader.MAX_MESSAGES
                && "INBOUND".equals(row.get("direction"))) {
              rows.add(row);
              // every author first, so a text naming someone who posts later is anonymised too
              anon.persona(author(row));
            } else {
              leftOut[0]++;
            }
          });
      List<Scenario.Inject> injects = new ArrayList<>();
      for (Map<String, Object> row : rows) {
        Scenario.Inject inject = inject(row, declared, anon);
        if (inject == null) {
          leftOut[0]++;
        } else {
          injects.add(inject);
        }
      }
      if (injects.isEmpty()) {
        throw new ScenarioException(name, "holds no inbound message to replay");
      }
      injects.sort(java.util.Comparator.comparing(Scenario.Inject::atMinute));
      int window =
          (int)
              Math.max(
                  1, Math.min(ScenarioReader.MAX_MINUTES, number(incident, "window_seconds") / 60));
      int last = injects.get(injects.size() - 1).atMinute();
      int duration = Math.min(ScenarioReader.MAX_MINUTES, Math.max(window, last + 1));
      Scenario s =
          new Scenario(
              Scenario.SCHEMA_VERSION,
              anon.text(String.valueOf(incident.get("name"))),
              "id".equals(language) ? "id" : "en",
              "id".equals(language)
                  ? "Memutar ulang insiden yang sudah selesai dengan penulis dianonimkan."
                  : "A replay of a finished incident, with its authors anonymised.",
              String.valueOf(incident.get("cause")).toLowerCase(Locale.ROOT),
              String.valueOf(incident.get("origin_platform")).toLowerCase(Locale.ROOT),
              window,
              duration,
              seed,
              injects,
              List.of(),
              null);
      ScenarioReader.validate(s);
      return new Result(s, injects.size(), anon.personas(), leftOut[0]);
    }
  }

  private static Scenario.Inject inject(
      Map<String, Object> row, Instant declared, Anonymiser anon) {
    String author = author(row);
    String text = row.get("text") == null ? "" : String.valueOf(row.get("text"));
    Object at = row.get("received_at") != null ? row.get("received_at") : row.get("created_at");
    if (text.isBlank() || at == null) {
      return null;
    }
    long minutes = Duration.between(declared, Instant.parse(String.valueOf(at))).toMinutes();
    if (minutes >= ScenarioReader.MAX_MINUTES) {
      return null;
    }
    Platform platform = Platform.parse(String.valueOf(row.get("platform")));
    return new Scenario.Inject(
        (int) Math.max(0, minutes),
        "message",
        platform.name().toLowerCase(Locale.ROOT),
        anon.persona(author),
        anon.text(text),
        Anonymiser.roughReach(number(row, "author_reach")),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static String author(Map<String, Object> row) {
    Object a = row.get("author");
    return a == null || String.valueOf(a).isBlank() ? "(unknown)" : String.valueOf(a);
  }

  private static long number(Map<String, Object> row, String key) {
    Object v = row.get(key);
    return v instanceof Number n ? n.longValue() : 0;
  }
}
