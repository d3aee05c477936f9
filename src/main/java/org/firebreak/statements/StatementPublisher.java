package org.firebreak.statements;

import static org.firebreak.statements.StatementService.audit;

import java.time.Clock;
import java.time.Instant;
import org.firebreak.incident.Incident;
import org.firebreak.incident.IncidentService;
import org.firebreak.incident.Platform;
import org.firebreak.store.StatementStore;

/** Per-platform variants and their publication, under the origin-first rule. */
final class StatementPublisher {

  static final int MAX_URL_LENGTH = 2000;

  private final StatementStore store;
  private final IncidentService incidents;
  private final ApprovalFlow flow;
  private final Clock clock;

  StatementPublisher(
      StatementStore store, IncidentService incidents, ApprovalFlow flow, Clock clock) {
    this.store = store;
    this.incidents = incidents;
    this.flow = flow;
    this.clock = clock;
  }

  PlatformVariant saveVariant(long statementId, Platform platform, String text, String actor) {
    requirePlatform(platform);
    Instant now = clock.instant();
    return store.inTransaction(
        false,
        tx -> {
          Statement s = tx.lock(statementId);
          StatementState to = flow.edit(s);
          boolean published =
              tx.variant(statementId, platform).map(PlatformVariant::published).orElse(false);
          if (published) {
            throw new StatementRuleException("statement.error.variantPublished", "platform");
          }
          tx.saveVariantText(statementId, platform, text);
          tx.updateState(statementId, to, null, s.rejectReason(), s.publishedAt());
          tx.audit(
              audit(
                  now,
                  actor,
                  "statement.variant",
                  statementId,
                  s.state().name(),
                  to + " " + platform.name()));
          return tx.variant(statementId, platform).orElseThrow();
        });
  }

  PlatformVariant publish(
      long statementId,
      Platform platform,
      Instant at,
      String postUrl,
      String overrideReason,
      String actor) {
    requirePlatform(platform);
    Incident incident =
        incidents
            .current()
            .orElseThrow(
                () -> new StatementRuleException("statement.error.noIncident", "incident"));
    Instant now = clock.instant();
    Instant when = at == null ? now : at;
    String url = postUrl(postUrl);
    Platform origin = incident.originPlatform();
    PlatformVariant published =
        store.inTransaction(
            true,
            tx -> {
              Statement s = tx.lock(statementId);
              if (s.incidentId() != incident.id()) {
                throw new StatementRuleException("statement.error.otherIncident", "statementId");
              }
              StatementState to = flow.publish(s);
              boolean originDone =
                  tx.variant(statementId, origin).map(PlatformVariant::published).orElse(false);
              String override = OriginFirstRule.check(origin, platform, originDone, overrideReason);
              var existing = tx.variant(statementId, platform);
              if (existing.isPresent() && existing.get().published()) {
                throw new StatementRuleException("statement.error.alreadyPublished", "platform");
              }
              if (existing.isEmpty()) {
                tx.saveVariantText(statementId, platform, s.text());
              }
              tx.markPublished(statementId, platform, when, actor, url, override);
              if (s.state() != to) {
                tx.updateState(statementId, to, s.approver(), null, when);
              }
              tx.audit(
                  audit(
                      now,
                      actor,
                      "statement.publish",
                      statementId,
                      s.state().name(),
                      to + " " + platform.name() + " " + when + (url == null ? "" : " " + url)));
              if (override != null) {
                tx.audit(
                    audit(
                        now,
                        actor,
                        "statement.originOverride",
                        statementId,
                        origin.name() + " not yet published",
                        platform.name() + ": " + override));
              }
              return tx.variant(statementId, platform).orElseThrow();
            });
    stopClockIfOriginPublished(incident, actor);
    return published;
  }

  /**
   * The clock lives with the incident, so it is stopped right after the publication commits. Done
   * from the stored publications, so a crash between the two is repaired by the next publish.
   */
  private void stopClockIfOriginPublished(Incident incident, String actor) {
    if (incident.firstResponseAt() == null) {
      store
          .firstPublication(incident.id(), incident.originPlatform())
          .ifPresent(first -> incidents.recordFirstResponse(first, actor));
    }
  }

  private static void requirePlatform(Platform platform) {
    if (platform == null) {
      throw new StatementRuleException("statement.error.platformRequired", "platform");
    }
  }

  private static String postUrl(String postUrl) {
    if (postUrl == null || postUrl.isBlank()) {
      return null;
    }
    String url = postUrl.strip();
    if (url.length() > MAX_URL_LENGTH) {
      throw new StatementRuleException("statement.error.postUrlTooLong", "postUrl");
    }
    return url;
  }
}
