package org.firebreak.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.firebreak.app.Services;
import org.firebreak.incident.Incident;
import org.firebreak.statements.ToneReport;
import org.firebreak.store.SimulationStore;
import org.firebreak.store.SimulationStore.InboundWork;
import org.firebreak.store.SimulationStore.Publication;

/** Scores a drill from what is stored: statements published, replies, labels and statuses. */
final class DrillScorer {

  static final int W_FIRST_STATEMENT = 25;
  static final int W_ORIGIN_FIRST = 10;
  static final int W_TONE = 15;
  static final int W_ANSWERED = 10;
  static final int W_WITHIN_TARGET = 5;
  static final int W_REPLY_TIMES = 5;
  static final int W_ESCALATIONS = 15;
  static final int W_LABELS = 5;
  static final int W_CADENCE = 10;
  static final Duration REPLY_TARGET = Duration.ofMinutes(30);
  static final Duration CADENCE = Duration.ofMinutes(30);
  static final Set<String> ESCALATION_LABELS = Set.of("press", "safety", "legal");
  static final String NEEDS_REPLY = "needs reply";

  private DrillScorer() {}

  /** Indices of injects whose messages count as escalations to catch. */
  static Set<Integer> escalationInjects(Scenario scenario) {
    Set<Integer> out = new java.util.HashSet<>();
    for (int i = 0; i < scenario.injects().size(); i++) {
      Scenario.Inject inject = scenario.injects().get(i);
      if (inject.isEscalation() || (inject.then() != null && inject.then().isEscalation())) {
        out.add(i);
      }
    }
    return out;
  }

  static DrillScore score(
      Scenario scenario,
      Incident incident,
      SimulationStore store,
      Services services,
      Instant now,
      Set<Integer> escalationInjects) {
    List<Publication> published = store.publications(incident.id());
    List<InboundWork> inbound = store.inboundWork();
    List<DrillScore.Part> parts = new ArrayList<>();
    Instant start = incident.declaredAt();
    Duration window = incident.responseWindow();

    if (published.isEmpty()) {
      parts.add(part("firstStatement", W_FIRST_STATEMENT, 0, ScoreDetail.of("noStatement")));
      parts.add(part("originFirst", W_ORIGIN_FIRST, 0, ScoreDetail.of("noStatement")));
      parts.add(part("tone", W_TONE, 0, ScoreDetail.of("noStatement")));
    } else {
      Publication first = published.get(0);
      Duration taken = Duration.between(start, first.at());
      // full marks within the window, nothing at three windows
      double share =
          1 - Math.max(0, (taken.toMillis() - window.toMillis()) / (2.0 * window.toMillis()));
      parts.add(
          part(
              "firstStatement",
              W_FIRST_STATEMENT,
              W_FIRST_STATEMENT * clamp(share),
              ScoreDetail.of("firstStatement", minutes(taken), window.toMinutes())));
      boolean origin = first.platform() == incident.originPlatform();
      parts.add(
          part(
              "originFirst",
              W_ORIGIN_FIRST,
              origin ? W_ORIGIN_FIRST : 0,
              origin
                  ? ScoreDetail.of("originFirst", first.platform().displayName())
                  : ScoreDetail.of(
                      "notOriginFirst",
                      first.platform().displayName(),
                      incident.originPlatform().displayName())));
      double tone = 0;
      List<Long> seen = new ArrayList<>();
      StringBuilder detail = new StringBuilder();
      for (Publication p : published) {
        if (seen.contains(p.statementId())) {
          continue;
        }
        seen.add(p.statementId());
        ToneReport report =
            services
                .statementService()
                .toneCheck(p.text(), scenario.language(), incident.originPlatform());
        tone += report.score();
        detail.append(detail.length() == 0 ? "#" : ", #").append(p.statementId());
        detail.append(" = ").append(report.score());
      }
      parts.add(
          part(
              "tone",
              W_TONE,
              W_TONE * clamp(tone / seen.size() / 100.0),
              ScoreDetail.of("tone", detail.toString())));
    }

    List<InboundWork> needed =
        inbound.stream()
            .filter(
                m ->
                    m.firstReplyAt() != null
                        || m.status().awaitsReply()
                        || m.labels().contains(NEEDS_REPLY))
            .toList();
    List<Double> replyMinutes = new ArrayList<>();
    int withinTarget = 0;
    for (InboundWork m : needed) {
      if (m.firstReplyAt() != null) {
        Duration d = Duration.between(m.receivedAt(), m.firstReplyAt());
        replyMinutes.add(d.toMillis() / 60_000.0);
        if (d.compareTo(REPLY_TARGET) <= 0) {
          withinTarget++;
        }
      }
    }
    double answeredShare = needed.isEmpty() ? 0 : replyMinutes.size() / (double) needed.size();
    double targetShare = needed.isEmpty() ? 0 : withinTarget / (double) needed.size();
    parts.add(
        part(
            "answered",
            W_ANSWERED,
            W_ANSWERED * answeredShare,
            ScoreDetail.of("answered", replyMinutes.size(), needed.size())));
    parts.add(
        part(
            "withinTarget",
            W_WITHIN_TARGET,
            W_WITHIN_TARGET * targetShare,
            ScoreDetail.of("withinTarget", withinTarget, REPLY_TARGET.toMinutes())));
    DrillScore.ReplyTimes times = replyTimes(replyMinutes);
    // a median reply within 15 minutes earns full marks, nothing at 60
    double speed =
        times.replies() == 0 ? 0 : clamp(1 - Math.max(0, times.medianMinutes() - 15) / 45);
    parts.add(
        part(
            "replyTimes",
            W_REPLY_TIMES,
            W_REPLY_TIMES * speed,
            times.replies() == 0
                ? ScoreDetail.of("noReplies")
                : ScoreDetail.of(
                    "replyTimes", round(times.medianMinutes()), round(times.p90Minutes()))));

    int escalations = 0;
    int caught = 0;
    for (InboundWork m : inbound) {
      if (isFrom(m.externalId(), scenario.seedOrZero(), escalationInjects)) {
        escalations++;
        if (m.status() == org.firebreak.queue.MessageStatus.ESCALATED
            || m.labels().stream().anyMatch(ESCALATION_LABELS::contains)) {
          caught++;
        }
      }
    }
    parts.add(
        part(
            "escalations",
            W_ESCALATIONS,
            escalations == 0 ? W_ESCALATIONS : W_ESCALATIONS * caught / (double) escalations,
            ScoreDetail.of("escalations", caught, escalations)));

    long labelled =
        inbound.stream()
            .filter(m -> m.labels().stream().anyMatch(l -> !l.equals(NEEDS_REPLY)))
            .count();
    double labelShare = inbound.isEmpty() ? 0 : labelled / (double) inbound.size();
    parts.add(
        part(
            "labels",
            W_LABELS,
            W_LABELS * labelShare,
            ScoreDetail.of("labels", labelled, inbound.size())));

    parts.add(cadence(published, start.plus(window), now));
    double total = parts.stream().mapToDouble(DrillScore.Part::points).sum();
    return new DrillScore((int) Math.round(total), parts, times);
  }

  /**
   * Each 30-minute stretch after the first statement (or after the first-response deadline, if that
   * came sooner: a late start does not buy quiet time) should hold another publication.
   */
  private static DrillScore.Part cadence(
      List<Publication> published, Instant deadline, Instant now) {
    if (published.isEmpty()) {
      return part("cadence", W_CADENCE, 0, ScoreDetail.of("noStatement"));
    }
    Instant first = published.get(0).at();
    if (deadline.isBefore(first)) {
      first = deadline;
    }
    long stretches = Duration.between(first, now).toMillis() / CADENCE.toMillis();
    if (stretches <= 0) {
      return part("cadence", W_CADENCE, W_CADENCE, ScoreDetail.of("cadenceEarly"));
    }
    int covered = 0;
    for (long k = 0; k < stretches; k++) {
      Instant from = first.plus(CADENCE.multipliedBy(k));
      Instant to = from.plus(CADENCE);
      if (published.stream().anyMatch(p -> p.at().isAfter(from) && !p.at().isAfter(to))) {
        covered++;
      }
    }
    return part(
        "cadence",
        W_CADENCE,
        W_CADENCE * covered / (double) stretches,
        ScoreDetail.of("cadence", covered, stretches));
  }

  static boolean isFrom(String externalId, long seed, Set<Integer> injects) {
    String prefix = "sim-" + seed + "-";
    if (externalId == null || !externalId.startsWith(prefix)) {
      return false;
    }
    String rest = externalId.substring(prefix.length());
    int dash = rest.indexOf('-');
    if (dash <= 0) {
      return false;
    }
    try {
      return injects.contains(Integer.parseInt(rest.substring(0, dash)));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static DrillScore.ReplyTimes replyTimes(List<Double> minutes) {
    if (minutes.isEmpty()) {
      return new DrillScore.ReplyTimes(0, -1, -1, -1);
    }
    List<Double> sorted = minutes.stream().sorted().toList();
    return new DrillScore.ReplyTimes(
        sorted.size(),
        sorted.get((sorted.size() - 1) / 2),
        sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1),
        sorted.get(sorted.size() - 1));
  }

  private static DrillScore.Part part(String id, int weight, double points, String detail) {
    return new DrillScore.Part(id, weight, round(points), detail);
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static long minutes(Duration d) {
    return d.toMinutes();
  }
}
