package org.firebreak.app;

import java.nio.file.Path;
import java.time.Clock;
import org.firebreak.backup.AutoBackup;
import org.firebreak.demo.DemoIncidentGenerator;
import org.firebreak.incident.IncidentService;
import org.firebreak.incident.IncidentState;
import org.firebreak.intake.IntakePause;
import org.firebreak.intake.IntakePipeline;
import org.firebreak.intake.MessageEnricher;
import org.firebreak.intake.Sentiment;
import org.firebreak.plan.CommitteeService;
import org.firebreak.plan.PlaybookService;
import org.firebreak.share.AfterActionReport;
import org.firebreak.share.CsvReport;
import org.firebreak.share.HubService;
import org.firebreak.share.HubSite;
import org.firebreak.share.session.SessionExporter;
import org.firebreak.share.session.SessionMerger;
import org.firebreak.statements.StatementService;
import org.firebreak.stats.StatsService;
import org.firebreak.store.AfterActionQuery;
import org.firebreak.store.AuditLog;
import org.firebreak.store.Backups;
import org.firebreak.store.ChecklistStore;
import org.firebreak.store.CommitteeStore;
import org.firebreak.store.Database;
import org.firebreak.store.DemoStore;
import org.firebreak.store.H2IncidentRepository;
import org.firebreak.store.HubStore;
import org.firebreak.store.IntakeStore;
import org.firebreak.store.LabelAdminStore;
import org.firebreak.store.LabelStore;
import org.firebreak.store.LiveIntakeStore;
import org.firebreak.store.MessageStore;
import org.firebreak.store.PlaybookLaunchStore;
import org.firebreak.store.PlaybookStore;
import org.firebreak.store.QueueCursor;
import org.firebreak.store.StatementStore;
import org.firebreak.store.StatsQuery;
import org.firebreak.store.TeamStore;
import org.firebreak.store.TriageStore;
import org.firebreak.triage.LabelService;
import org.firebreak.triage.TriageService;

/**
 * The composition root of the core: every service built once, from one database and one clock. The
 * console and the headless commands both start here.
 */
public final class Services implements AutoCloseable {

  private final Database database;
  private final Clock clock;
  private final H2IncidentRepository incidentRepository;
  private final IncidentService incidents;
  private final MessageStore messages;
  private final LabelStore labels;
  private final TeamStore team;
  private final StatementStore statements;
  private final StatementService statementService;
  private final StatsQuery statsQuery;
  private final StatsService stats;
  private final AuditLog audit;
  private final DemoStore demoStore;
  private final TriageService triage;
  private final LabelService labelService;
  private final IntakeStore intakeStore;
  private final MessageEnricher enricher;
  private final IntakePipeline intake;
  private final LiveIntakeStore liveIntake;
  private final IntakePause intakePause;
  private final CsvReport csvReport;
  private final HubService hub;
  private final HubSite hubSite;
  private final AfterActionReport afterActionReport;
  private final SessionExporter sessionExporter;
  private final SessionMerger sessionMerger;
  private final CommitteeService committee;
  private final PlaybookService playbooks;
  private final org.firebreak.triage.SnippetService snippets;
  private final org.firebreak.triage.LabelAnswers labelAnswers;
  private final org.firebreak.queue.SavedViews savedViews;
  private final org.firebreak.intake.ColumnPresets columnPresets;
  private final AutoBackup autoBackup;

  public Services(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
    this.incidentRepository = new H2IncidentRepository(database);
    LabelAdminStore labelAdmin = new LabelAdminStore(database);
    this.incidents =
        new IncidentService(
            incidentRepository,
            clock,
            () ->
                labelAdmin.ensureLabels(
                    DemoIncidentGenerator.starterLabels(), "firebreak", clock.instant()));
    this.messages = new MessageStore(database);
    this.labels = new LabelStore(database);
    this.team = new TeamStore(database);
    this.statements = new StatementStore(database);
    this.statementService = new StatementService(statements, incidents, team::all, clock);
    this.statsQuery = new StatsQuery(database);
    this.stats =
        new StatsService(incidentRepository, statsQuery, clock, database.dataFile().toString());
    this.audit = new AuditLog(database);
    this.demoStore = new DemoStore(database);
    TriageStore triageStore = new TriageStore(database);
    this.triage =
        new TriageService(
            triageStore,
            new org.firebreak.store.BulkTriageStore(database),
            new org.firebreak.store.NoteStore(database),
            clock);
    this.labelService = new LabelService(labelAdmin, triageStore, clock);
    this.intakeStore = new IntakeStore(database);
    this.enricher = new MessageEnricher(Sentiment.vader());
    this.intake =
        new IntakePipeline(
            intakeStore, enricher, clock, IntakePipeline.BATCH_SIZE, labelService::applyToNew);
    this.liveIntake = new LiveIntakeStore(database);
    this.intakePause = new IntakePause(liveIntake, clock);
    // Every export and report from a training database is marked SIMULATION.
    java.util.function.BooleanSupplier training =
        new org.firebreak.store.SimulationStore(database)::isTrainingDatabase;
    this.csvReport = new CsvReport(new QueueCursor(database), training);
    this.hub = new HubService(new HubStore(database), statements, clock);
    this.hubSite = new HubSite(hub, clock, training);
    this.afterActionReport =
        new AfterActionReport(
            new AfterActionQuery(database, incidentRepository, statsQuery), clock, training);
    this.sessionExporter = new SessionExporter(database, clock, training);
    this.sessionMerger = new SessionMerger(database);
    CommitteeStore committeeStore = new CommitteeStore(database);
    this.committee = new CommitteeService(committeeStore, clock);
    this.playbooks =
        new PlaybookService(
            new PlaybookStore(database),
            new PlaybookLaunchStore(database),
            new ChecklistStore(database),
            committeeStore,
            incidents,
            DemoIncidentGenerator::starterLabels,
            clock);
    playbooks.seedBuiltIns();
    this.snippets =
        new org.firebreak.triage.SnippetService(
            new org.firebreak.store.SnippetStore(database), clock);
    this.labelAnswers =
        new org.firebreak.triage.LabelAnswers(
            new org.firebreak.store.LabelLinkStore(database),
            () -> ReplyWork.answers(statementService, hub),
            clock);
    this.savedViews =
        new org.firebreak.queue.SavedViews(new org.firebreak.store.SavedViewStore(database), clock);
    this.columnPresets =
        new org.firebreak.intake.ColumnPresets(
            new org.firebreak.store.ColumnPresetStore(database), clock);
    this.autoBackup =
        new AutoBackup(
            new Backups(database, clock, AutoBackup.KEEP),
            () -> !database.readOnly() && incidents.stateNow() == IncidentState.ACTIVE,
            clock,
            AutoBackup.INTERVAL);
  }

  /** Saved replies: built-in and the team's own. */
  public org.firebreak.triage.SnippetService snippets() {
    return snippets;
  }

  /** Labels linked to their answers, and their response targets. */
  public org.firebreak.triage.LabelAnswers labelAnswers() {
    return labelAnswers;
  }

  /** The queue's saved views. */
  public org.firebreak.queue.SavedViews savedViews() {
    return savedViews;
  }

  /** CSV column presets: built in, and those saved in this database. */
  public org.firebreak.intake.ColumnPresets columnPresets() {
    return columnPresets;
  }

  public static Services open(Path dbBase, Clock clock) {
    return new Services(Database.open(dbBase), clock);
  }

  /** Generates the demo incident against this clock and stores it. */
  public void writeDemo() {
    demoStore.write(
        new DemoIncidentGenerator(clock, clock.millis())
            .generate(DemoIncidentGenerator.DEFAULT_MESSAGES));
  }

  public Database database() {
    return database;
  }

  public Clock clock() {
    return clock;
  }

  public IncidentService incidents() {
    return incidents;
  }

  public MessageStore messages() {
    return messages;
  }

  public LabelStore labels() {
    return labels;
  }

  public TeamStore team() {
    return team;
  }

  public StatementStore statements() {
    return statements;
  }

  /** Drafting, approval and publication of statements (the Statements tab). */
  public StatementService statementService() {
    return statementService;
  }

  public StatsQuery statsQuery() {
    return statsQuery;
  }

  public StatsService stats() {
    return stats;
  }

  public LabelService labelService() {
    return labelService;
  }

  public TriageService triage() {
    return triage;
  }

  public AuditLog audit() {
    return audit;
  }

  /** The one intake pipeline every source (file, folder, webhook) feeds. */
  public IntakePipeline intake() {
    return intake;
  }

  /** What the webhook and the watched folder remember (delivery ids, files taken in). */
  public LiveIntakeStore liveIntake() {
    return liveIntake;
  }

  /** The pause intake switch (queue header, Monitor counters). */
  public IntakePause intakePause() {
    return intakePause;
  }

  /** Sentiment, language, priority and cluster, as intake adds them (the simulator uses it too). */
  public MessageEnricher messageEnricher() {
    return enricher;
  }

  public IntakeStore intakeStore() {
    return intakeStore;
  }

  /** The queue as CSV for a spreadsheet (reports). */
  public CsvReport csvReport() {
    return csvReport;
  }

  /** Writing the crisis hub's content (Plan tab). */
  public HubService hub() {
    return hub;
  }

  /** Generates the crisis hub as a static site. */
  public HubSite hubSite() {
    return hubSite;
  }

  /** The after-action report (HTML). */
  public AfterActionReport afterActionReport() {
    return afterActionReport;
  }

  /** The whole incident as a session file (File › Export). */
  public SessionExporter sessionExporter() {
    return sessionExporter;
  }

  /** Another copy's session file merged into this incident. */
  public SessionMerger sessionMerger() {
    return sessionMerger;
  }

  /** Playbooks by crisis type, declaring from one, and the incident's checklist (Plan tab). */
  public PlaybookService playbooks() {
    return playbooks;
  }

  /** The social media committee and its meeting reminder (Plan tab). */
  public CommitteeService committee() {
    return committee;
  }

  /** Backups every ten minutes while an incident is active (started by the application). */
  public AutoBackup autoBackup() {
    return autoBackup;
  }

  @Override
  public void close() {
    database.close();
  }
}
