package org.firebreak.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import org.firebreak.incident.Platform;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.testing.TempDatabase;
import org.junit.jupiter.api.Test;

class DemoIncidentGeneratorTest {
  private final Clock clock = Clock.fixed(TempDatabase.T0, ZoneOffset.UTC);

  @Test
  void theSameSeedGivesTheSameIncident() {
    DemoIncident a = new DemoIncidentGenerator(clock, 7).generate(300);
    DemoIncident b = new DemoIncidentGenerator(clock, 7).generate(300);
    assertThat(a).isEqualTo(b);
    assertThat(new DemoIncidentGenerator(clock, 8).generate(300).messages())
        .isNotEqualTo(a.messages());
  }

  @Test
  void messagesSpanTheLastHourAcrossPlatformsAndBothLanguages() {
    DemoIncident demo =
        new DemoIncidentGenerator(clock, 1).generate(DemoIncidentGenerator.DEFAULT_MESSAGES);
    assertThat(demo.messages()).hasSize(DemoIncidentGenerator.DEFAULT_MESSAGES);
    assertThat(demo.messages())
        .allSatisfy(
            m -> {
              assertThat(m.receivedAt())
                  .isBetween(TempDatabase.T0.minus(Duration.ofHours(1)), TempDatabase.T0);
              assertThat(m.externalId()).matches("\\d{19}");
            });
    assertThat(demo.messages().stream().map(Message::platform).distinct().count())
        .isGreaterThanOrEqualTo(5);
    assertThat(demo.messages().stream().map(Message::language).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("en", "id");
    assertThat(demo.messages().stream().map(Message::externalId).distinct().count())
        .isEqualTo(demo.messages().size());
    assertThat(demo.incident().originPlatform()).isEqualTo(Platform.X);
    assertThat(demo.incident().declaredAt()).isBefore(TempDatabase.T0);
  }

  @Test
  void someAreAlreadyLabelledAndAnsweredAndEveryReplyMatchesARepliedMessage() {
    DemoIncident demo =
        new DemoIncidentGenerator(clock, 3).generate(DemoIncidentGenerator.DEFAULT_MESSAGES);
    long replied =
        demo.messages().stream().filter(m -> m.status() == MessageStatus.REPLIED).count();
    assertThat(replied).isGreaterThan(10);
    assertThat(demo.replyByExternalId()).hasSize((int) replied);
    assertThat(demo.labelsByExternalId().values()).allSatisfy(l -> assertThat(l).isNotEmpty());
    demo.messages().stream()
        .filter(m -> m.status().awaitsReply())
        .forEach(
            m -> assertThat(demo.labelsByExternalId().get(m.externalId())).contains("needs reply"));
    demo.replyByExternalId()
        .forEach(
            (id, reply) -> {
              Message m =
                  demo.messages().stream()
                      .filter(x -> x.externalId().equals(id))
                      .findFirst()
                      .orElseThrow();
              assertThat(reply.sentAt()).isAfter(m.receivedAt());
            });
  }

  @Test
  void pressMessagesRankAboveOrdinaryQuestions() {
    DemoIncident demo =
        new DemoIncidentGenerator(clock, 5).generate(DemoIncidentGenerator.DEFAULT_MESSAGES);
    double pressAverage =
        demo.messages().stream()
            .filter(m -> demo.labelsByExternalId().get(m.externalId()).contains("press"))
            .mapToInt(Message::priority)
            .average()
            .orElseThrow();
    double praiseAverage =
        demo.messages().stream()
            .filter(m -> demo.labelsByExternalId().get(m.externalId()).contains("praise"))
            .mapToInt(Message::priority)
            .average()
            .orElseThrow();
    assertThat(pressAverage).isGreaterThan(praiseAverage + 20);
  }
}
