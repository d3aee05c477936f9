package org.firebreak.share.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.firebreak.store.Database;

/** Over small random incidents: a merge is idempotent and does not depend on its direction. */
class MergeProperties {

  /** What one copy did to a shared pool of six messages, three labels and one statement. */
  record Copy(
      List<Integer> messages,
      List<Integer> statuses,
      List<Integer> times,
      List<Integer> labels,
      List<Integer> replies,
      List<Integer> versions,
      List<Integer> unlabelled,
      List<Integer> presets) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] STATUS = {"NEEDS_REPLY", "REPLIED", "ESCALATED", "ASSIGNED"};
  private static final String T0 = "2026-11-24T08:00:00Z";

  @Provide
  Arbitrary<Copy> copies() {
    Arbitrary<List<Integer>> six = Arbitraries.integers().between(0, 3).list().ofSize(6);
    Arbitrary<List<Integer>> subset = Arbitraries.integers().between(0, 5).list().ofMaxSize(6);
    return Combinators.combine(
            subset,
            six,
            six,
            subset,
            subset,
            Arbitraries.integers().between(0, 3).list().ofMaxSize(3),
            subset,
            // each of three column presets: not saved (0) or saved in one of four ways
            Arbitraries.integers().between(0, 4).list().ofSize(3))
        .as(Copy::new);
  }

  @Property(tries = 25)
  void mergeIsIdempotentAndOrderIndependent(@ForAll("copies") Copy a, @ForAll("copies") Copy b)
      throws Exception {
    Path dir = Files.createTempDirectory("merge-property");
    try {
      Path fa = file(dir, "a", a);
      Path fb = file(dir, "b", b);
      SessionOpener.open(fb, dir.resolve("ab"));
      SessionOpener.open(fa, dir.resolve("ba"));
      try (Database ab = Database.open(dir.resolve("ab"));
          Database ba = Database.open(dir.resolve("ba"))) {
        new SessionMerger(ab).merge(fa);
        new SessionMerger(ba).merge(fb);
        Map<String, String> once = SessionChecksums.of(ab);
        assertThat(once).isEqualTo(SessionChecksums.of(ba));
        MergeReport again = new SessionMerger(ab).merge(fa);
        assertThat(again.totalAdded()).isZero();
        assertThat(again.totalUpdated()).isZero();
        assertThat(SessionChecksums.of(ab)).isEqualTo(once);
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Path file(Path dir, String name, Copy c) throws Exception {
    HostileArchive archive = new HostileArchive();
    archive.entry(
        "incidents.ndjson",
        line(
            row(
                "name",
                "Oven recall",
                "cause",
                "INTERNAL",
                "origin_platform",
                "X",
                "window_seconds",
                3600,
                "declared_at",
                T0)));
    archive.entry(
        "labels.ndjson",
        lines(
            List.of(0, 1, 2), i -> row("name", "L" + i, "name_key", "l" + i, "colour", "#000000")));
    List<Integer> ms = c.messages().stream().distinct().sorted().toList();
    archive.entry(
        "messages.ndjson",
        lines(
            ms,
            i ->
                row(
                    "platform",
                    "X",
                    "external_id",
                    "m" + i,
                    "author",
                    "@p" + i,
                    "text",
                    "text " + i,
                    "preview",
                    "text " + i,
                    "created_at",
                    T0,
                    "received_at",
                    T0,
                    "direction",
                    "INBOUND",
                    "status",
                    STATUS[c.statuses().get(i)])));
    // a copy took its label off some messages (an audited removal), and put it on the others
    archive.entry(
        "message_labels.ndjson",
        lines(
            ms.stream().filter(i -> !c.unlabelled().contains(i)).toList(),
            i -> row("m_platform", "X", "m_external_id", "m" + i, "label", label(c, i))));
    archive.entry(
        "replies.ndjson",
        lines(
            c.replies().stream().filter(ms::contains).distinct().toList(),
            i ->
                row(
                    "m_platform",
                    "X",
                    "m_external_id",
                    "m" + i,
                    "text",
                    "reply " + i,
                    "sent_by",
                    "ana",
                    "sent_at",
                    at(i),
                    "platform",
                    "X")));
    archive.entry(
        "statements.ndjson",
        line(row("kind", "HOLDING", "title", "Holding", "created_at", T0, "state", "DRAFT")));
    List<Integer> vs = new java.util.ArrayList<>(List.of(0));
    c.versions().stream().distinct().filter(v -> v > 0).sorted().forEach(vs::add);
    archive.entry(
        "statement_versions.ndjson",
        lines(
            vs,
            v ->
                row(
                    "s_kind",
                    "HOLDING",
                    "s_title",
                    "Holding",
                    "s_created_at",
                    T0,
                    "version",
                    vs.indexOf(v) + 1,
                    "text",
                    "draft " + v,
                    "author",
                    "p" + v,
                    "created_at",
                    at(v))));
    archive.entry("column_presets.ndjson", presets(c));
    StringBuilder labelEvents = new StringBuilder();
    for (int i : ms) {
      boolean off = c.unlabelled().contains(i);
      labelEvents.append(
          line(
              row(
                  "at",
                  at(c.times().get(i) + (off ? 1 : 0)),
                  "actor",
                  "p",
                  "action",
                  off ? "label.remove" : "label.add",
                  "entity",
                  "message",
                  "m_platform",
                  "X",
                  "m_external_id",
                  "m" + i,
                  off ? "before_value" : "after_value",
                  label(c, i),
                  "label_value",
                  true)));
    }
    archive.entry(
        "audit.ndjson",
        labelEvents
            + lines(
                ms,
                i ->
                    row(
                        "at",
                        at(c.times().get(i)),
                        "actor",
                        "p",
                        "action",
                        "status.set",
                        "entity",
                        "message",
                        "m_platform",
                        "X",
                        "m_external_id",
                        "m" + i,
                        "after_value",
                        STATUS[c.statuses().get(i)])));
    return archive.write(dir.resolve(name + ".firebreak"));
  }

  /**
   * Preset k saved in way v: its name's case, its columns and its time vary, so two copies can hold
   * one name with other columns, at the same moment or not.
   */
  private static String presets(Copy c) throws IOException {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < 3; k++) {
      int v = c.presets().get(k);
      if (v == 0) {
        continue;
      }
      s.append(
          line(
              row(
                  "name",
                  (v % 2 == 0 ? "Tool " : "tool ") + k,
                  "name_key",
                  "tool " + k,
                  "definition",
                  "{\"text\":\"col" + (v % 3) + "\"}",
                  "created_by",
                  "p" + v,
                  "created_at",
                  at(v / 2))));
    }
    return s.toString();
  }

  private static String label(Copy c, int i) {
    return "l" + (c.labels().contains(i) ? i % 3 : (i + 1) % 3);
  }

  private static String at(int minutes) {
    return java.time.Instant.parse(T0).plusSeconds(60L * minutes).toString();
  }

  private static Map<String, Object> row(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static String line(Map<String, Object> row) throws IOException {
    return JSON.writeValueAsString(row) + "\n";
  }

  private static String lines(
      List<Integer> items, java.util.function.IntFunction<Map<String, Object>> row)
      throws IOException {
    StringBuilder s = new StringBuilder();
    for (int i : items) {
      s.append(line(row.apply(i)));
    }
    return s.toString();
  }
}
