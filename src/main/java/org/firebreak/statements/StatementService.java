package org.firebreak.statements;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.firebreak.incident.Incident;
import org.firebreak.incident.IncidentService;
import org.firebreak.incident.Platform;
import org.firebreak.store.StatementStore;
import org.firebreak.triage.AuditEntry;

/**
 * What the Statements tab calls: drafting, alternatives, versions, review, approval and publication
 * of the current incident's statements, each move audited in the same transaction. Approvals and
 * publications are forced to disk before they return.
 */
public final class StatementService {

  public static final int MAX_TITLE_LENGTH = 200;

  private final StatementStore store;
  private final IncidentService incidents;
  private final ApprovalFlow flow;
  private final Clock clock;
  private final StatementPublisher publisher;
  private final StatementReview review;
  private final ToneCheck tone = new ToneCheck();

  public StatementService(
      StatementStore store, IncidentService incidents, TeamDirectory team, Clock clock) {
    this.store = store;
    this.incidents = incidents;
    this.flow = new ApprovalFlow(team);
    this.clock = clock;
    this.publisher = new StatementPublisher(store, incidents, flow, clock);
    this.review = new StatementReview(store, flow, clock);
  }

  /** Starts a statement of the current incident as a draft, version 1. */
  public Statement createDraft(
      StatementKind kind, String title, String text, String spokesperson, String author) {
    if (kind == null) {
      throw new StatementRuleException("statement.error.kindRequired", "kind");
    }
    String who = required(author, "author");
    String cleanTitle = title(title);
    String signer = spokesperson == null || spokesperson.isBlank() ? null : signer(spokesperson);
    Incident incident = currentIncident();
    String body = text(text);
    Instant now = clock.instant();
    return store.inTransaction(
        false,
        tx -> {
          long id =
              tx.insertDraft(
                  new StatementTransaction.NewDraft(
                      incident.id(), kind, cleanTitle, signer, body, who),
                  null,
                  now);
          tx.audit(audit(now, who, "statement.create", id, null, kind + ": " + cleanTitle));
          return tx.lock(id);
        });
  }

  /** Adds another draft of the same statement; the approver later picks one of them. */
  public Statement addAlternative(long statementId, String title, String text, String author) {
    String who = required(author, "author");
    String body = text(text);
    Instant now = clock.instant();
    return store.inTransaction(
        false,
        tx -> {
          List<Statement> group = tx.lockGroupOf(statementId);
          if (group.stream().anyMatch(s -> s.state() == StatementState.PUBLISHED)) {
            throw new StatementRuleException("statement.error.alternativePublished", "statementId");
          }
          Statement base = tx.lock(statementId);
          String t = title == null || title.isBlank() ? base.title() : title(title);
          long id =
              tx.insertDraft(
                  new StatementTransaction.NewDraft(
                      base.incidentId(), base.kind(), t, base.spokesperson(), body, who),
                  base.groupId(),
                  now);
          tx.audit(audit(now, who, "statement.alternative", id, "of " + base.id(), t));
          return tx.lock(id);
        });
  }

  /**
   * Saves a new version if {@code baseVersion} is still the current one. Otherwise nothing is lost:
   * the text is stored as a conflicting version and both texts come back in a {@link
   * SaveResult.Conflict}. Editing a statement in review keeps it in review; editing an approved one
   * withdraws the approval (back to IN_REVIEW).
   */
  public SaveResult saveDraft(long statementId, int baseVersion, String text, String author) {
    String who = required(author, "author");
    String body = text(text);
    Instant now = clock.instant();
    return store.inTransaction(
        false,
        tx -> {
          Statement s = tx.lock(statementId);
          StatementState to = flow.edit(s);
          if (baseVersion != s.version()) {
            int stored = tx.addVersion(statementId, body, who, now, baseVersion);
            StatementVersion latest = tx.currentVersion(statementId).orElseThrow();
            tx.audit(
                audit(
                    now,
                    who,
                    "statement.editConflict",
                    statementId,
                    "v" + baseVersion,
                    "v" + stored + " (current v" + latest.version() + ")"));
            return new SaveResult.Conflict(
                statementId,
                baseVersion,
                latest.version(),
                latest.text(),
                latest.author(),
                body,
                stored);
          }
          if (body.equals(s.text())) {
            return new SaveResult.Saved(s);
          }
          int version = tx.addVersion(statementId, body, who, now, null);
          tx.updateState(statementId, to, null, s.rejectReason(), s.publishedAt());
          tx.audit(
              audit(
                  now,
                  who,
                  "statement.edit",
                  statementId,
                  s.state() + " v" + s.version(),
                  to + " v" + version));
          return new SaveResult.Saved(tx.lock(statementId));
        });
  }

  /** Names the team member with the SPOKESPERSON role who signs the statement. */
  public Statement assignSpokesperson(long statementId, String spokesperson, String actor) {
    return review.assignSpokesperson(statementId, spokesperson, required(actor, "actor"));
  }

  public Statement submitForReview(long statementId, String actor) {
    return review.submit(statementId, required(actor, "actor"));
  }

  /**
   * Approves a statement in review. Only an APPROVER may; the other alternatives of the statement
   * become REJECTED ("another alternative was chosen") in the same durable transaction.
   */
  public Statement approve(long statementId, String approverName) {
    return review.approve(statementId, approverName);
  }

  /** Rejects a statement in review; only an APPROVER may, and a reason is required. */
  public Statement reject(long statementId, String approverName, String reason) {
    return review.reject(statementId, approverName, reason);
  }

  /** Takes a rejected statement back to draft so it can be reworked. */
  public Statement revise(long statementId, String actor) {
    return review.revise(statementId, required(actor, "actor"));
  }

  /** Saves the text for one platform; like any edit, it withdraws an approval. */
  public PlatformVariant saveVariant(
      long statementId, Platform platform, String text, String actor) {
    return publisher.saveVariant(statementId, platform, text(text), required(actor, "actor"));
  }

  /**
   * Marks the statement published on a platform (origin first, unless {@code overrideReason} says
   * why not); the first publication on the origin platform stops the crisis clock.
   */
  public PlatformVariant publish(
      long statementId,
      Platform platform,
      Instant at,
      String postUrl,
      String overrideReason,
      String actor) {
    return publisher.publish(
        statementId, platform, at, postUrl, overrideReason, required(actor, "actor"));
  }

  public List<StatementSummary> list() {
    return incidents.current().map(i -> store.list(i.id())).orElse(List.of());
  }

  public Statement get(long statementId) {
    return store
        .find(statementId)
        .orElseThrow(() -> new StatementRuleException("statement.error.notFound", "statementId"));
  }

  /** The statement and its alternatives, oldest first. */
  public List<Statement> alternatives(long statementId) {
    return store.group(get(statementId).groupId());
  }

  public List<StatementVersion> versions(long statementId) {
    return store.versions(statementId);
  }

  public List<PlatformVariant> variants(long statementId) {
    return store.variants(statementId);
  }

  /** A word-level difference from one version of the statement to another. */
  public WordDiff diff(long statementId, int fromVersion, int toVersion) {
    List<StatementVersion> all = versions(statementId);
    return WordDiff.between(text(all, fromVersion), text(all, toVersion));
  }

  /** What the statement's state allows now, for enabling the tab's buttons. */
  public Set<StatementAction> allowedActions(long statementId) {
    return ApprovalFlow.allowed(get(statementId).state());
  }

  public CharacterCount count(Platform platform, String text) {
    return CharacterCount.of(platform, text);
  }

  public ToneReport toneCheck(String text, String language, Platform originPlatform) {
    return tone.check(text, language, originPlatform);
  }

  public String fromTemplate(StatementKind kind, String language, TemplateVariables variables) {
    return StatementTemplates.fill(kind, language, variables);
  }

  private Incident currentIncident() {
    return incidents
        .current()
        .orElseThrow(() -> new StatementRuleException("statement.error.noIncident", "incident"));
  }

  String signer(String spokesperson) {
    return flow.spokesperson(spokesperson).name();
  }

  private static String text(List<StatementVersion> all, int version) {
    return all.stream()
        .filter(v -> v.version() == version)
        .findFirst()
        .map(StatementVersion::text)
        .orElseThrow(() -> new StatementRuleException("statement.error.noSuchVersion", "version"));
  }

  static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new StatementRuleException("statement.error." + field + "Required", field);
    }
    return value.strip();
  }

  private static String title(String title) {
    String t = required(title, "title");
    if (t.length() > MAX_TITLE_LENGTH) {
      throw new StatementRuleException("statement.error.titleTooLong", "title");
    }
    return t;
  }

  static String text(String text) {
    if (text == null) {
      throw new StatementRuleException("statement.error.textRequired", "text");
    }
    return text;
  }

  static AuditEntry audit(
      Instant at, String actor, String action, long id, String before, String after) {
    return AuditEntry.of(at, actor, action, "statement", id, before, after);
  }
}
