package org.firebreak.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.firebreak.incident.Cause;
import org.firebreak.incident.Incident;
import org.firebreak.incident.Platform;
import org.firebreak.queue.Direction;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.PriorityScore;
import org.firebreak.triage.Label;
import org.firebreak.triage.Reply;
import org.firebreak.triage.TeamMember;
import org.firebreak.triage.TeamRole;

/**
 * Generates the demo incident on the fly: a kettle recall that started on X an hour ago, a few
 * hundred messages across platforms in English and Bahasa Indonesia, some already labelled and
 * answered. The same seed and clock give the same incident.
 */
public final class DemoIncidentGenerator {

  public static final int DEFAULT_MESSAGES = 320;
  private static final Duration SPAN = Duration.ofMinutes(60);
  private static final Duration DECLARED_AGO = Duration.ofMinutes(6);
  private static final Duration BURST_AGO = Duration.ofMinutes(13);

  private static final Platform[] PLATFORMS = {
    Platform.X,
    Platform.X,
    Platform.X,
    Platform.X,
    Platform.X,
    Platform.X,
    Platform.X,
    Platform.X,
    Platform.X,
    Platform.FACEBOOK,
    Platform.FACEBOOK,
    Platform.FACEBOOK,
    Platform.FACEBOOK,
    Platform.INSTAGRAM,
    Platform.INSTAGRAM,
    Platform.INSTAGRAM,
    Platform.TIKTOK,
    Platform.THREADS,
    Platform.BLUESKY,
    Platform.MASTODON
  };

  private final Clock clock;
  private final long seed;

  public DemoIncidentGenerator(Clock clock, long seed) {
    this.clock = clock;
    this.seed = seed;
  }

  public DemoIncident generate(int messageCount) {
    Random random = new Random(seed);
    Instant now = clock.instant();
    Instant start = now.minus(SPAN);
    Incident incident =
        new Incident(
            0,
            "Demo: AromaBrew kettle recall",
            Cause.EXTERNAL,
            Platform.X,
            Incident.DEFAULT_WINDOW,
            now.minus(DECLARED_AGO),
            null,
            null,
            null);
    List<TeamMember> team = team();
    List<Message> messages = new ArrayList<>(messageCount);
    Map<String, List<String>> labels = new LinkedHashMap<>();
    Map<String, Reply> replies = new LinkedHashMap<>();
    for (int i = 0; i < messageCount; i++) {
      // arrivals rise over the hour: the square root bunches them towards now
      double position = Math.sqrt(random.nextDouble());
      Instant received = start.plusMillis((long) (position * SPAN.toMillis()));
      if (i % 4 == 0) {
        // a news story 13 minutes ago sends a burst: the Monitor shows it as a spike
        received = now.minus(BURST_AGO).plusMillis(random.nextInt(90_000));
      }
      DemoText template = DemoText.ALL.get(random.nextInt(DemoText.ALL.size()));
      Platform platform = PLATFORMS[random.nextInt(PLATFORMS.length)];
      String author = DemoPeople.handle(random, template.language());
      long reach = (long) Math.exp(3 + random.nextGaussian() * 2.2);
      if (template.labels().contains("press")) {
        reach = Math.max(reach, 25_000 + random.nextInt(400_000));
      }
      String externalId =
          String.valueOf(1_731_000_000_000_000_000L + seed * 1_000_003L + i * 7919L);
      int minutesAgo = (int) Duration.between(received, now).toMinutes();
      MessageStatus status = status(random, template, minutesAgo);
      String assignee =
          status == MessageStatus.ASSIGNED || status == MessageStatus.ESCALATED
              ? team.get(1 + random.nextInt(2)).name()
              : null;
      messages.add(
          new Message(
              0,
              platform,
              externalId,
              platform.name().toLowerCase() + ":" + externalId,
              author,
              reach,
              template.text(),
              "https://example.org/" + platform.name().toLowerCase() + "/" + externalId,
              received.minusSeconds(random.nextInt(20)),
              received,
              Direction.INBOUND,
              template.language(),
              template.sentiment(),
              PriorityScore.of(reach, template.sentiment(), template.text()),
              status,
              assignee,
              List.of()));
      List<String> messageLabels = new ArrayList<>(template.labels());
      if (status.awaitsReply()) {
        messageLabels.add(0, "needs reply");
      }
      labels.put(externalId, messageLabels);
      if (status == MessageStatus.REPLIED) {
        Instant sentAt = received.plusSeconds(60 + random.nextInt(600));
        if (sentAt.isAfter(now)) {
          sentAt = received.plus(Duration.between(received, now).dividedBy(2));
        }
        replies.put(
            externalId,
            new Reply(
                0, 0, DemoText.reply(template.language()), team.get(1).name(), sentAt, platform));
      }
    }
    return new DemoIncident(
        incident,
        team,
        starterLabels(),
        messages,
        labels,
        replies,
        "Holding statement: AromaBrew kettle",
        DemoText.HOLDING_STATEMENT,
        team.get(3).name());
  }

  private static MessageStatus status(Random random, DemoText template, int minutesAgo) {
    if (template.labels().contains("spam") || template.labels().contains("praise")) {
      return MessageStatus.NO_REPLY_NEEDED;
    }
    if (template.labels().contains("press") || template.labels().contains("legal")) {
      return random.nextInt(3) == 0 ? MessageStatus.NEEDS_REPLY : MessageStatus.ESCALATED;
    }
    double answered = minutesAgo > 30 ? 0.6 : minutesAgo > 10 ? 0.3 : 0.05;
    double roll = random.nextDouble();
    if (roll < answered) {
      return MessageStatus.REPLIED;
    }
    if (roll < answered + 0.12) {
      return MessageStatus.ASSIGNED;
    }
    return MessageStatus.NEEDS_REPLY;
  }

  private static List<TeamMember> team() {
    return List.of(
        new TeamMember(0, "Rina Wijaya", TeamRole.INCIDENT_LEAD, "rina@aromabrew.example"),
        new TeamMember(0, "Dimas Pratama", TeamRole.RESPONDER, "dimas@aromabrew.example"),
        new TeamMember(0, "Sarah Collins", TeamRole.RESPONDER, "sarah@aromabrew.example"),
        new TeamMember(0, "Ayu Lestari", TeamRole.SPOKESPERSON, "Head of Social, +62 21 555 0100"),
        new TeamMember(0, "Tom Becker", TeamRole.APPROVER, "Brand manager, tom@aromabrew.example"),
        new TeamMember(0, "Nadia Putri", TeamRole.SCRIBE, "nadia@aromabrew.example"));
  }

  /** The starter label set a new incident begins with. */
  public static List<Label> starterLabels() {
    return List.of(
        new Label(0, "needs reply", "#d93025", "A customer is waiting for an answer", 1),
        new Label(0, "complaint", "#e37400", "Unhappy customer", 2),
        new Label(0, "question", "#1a73e8", "Asks something we can answer", 3),
        new Label(0, "press", "#9334e6", "Journalist or media", 4),
        new Label(0, "safety", "#b31412", "Injury, fire or health risk", 5),
        new Label(0, "legal", "#5f6368", "Lawyer, lawsuit or regulator", 6),
        new Label(0, "VIP", "#f9ab00", "High-reach or key account", 7),
        new Label(0, "praise", "#188038", "Support for the brand", 8),
        new Label(0, "spam", "#80868b", "Unrelated or abusive", 9));
  }
}
