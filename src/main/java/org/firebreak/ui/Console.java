package org.firebreak.ui;

import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.firebreak.app.Services;
import org.firebreak.incident.IncidentRuleException;
import org.firebreak.incident.IncidentState;
import org.firebreak.ui.backup.RestoreFlow;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.ErrorReporter;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.ReadFailures;
import org.firebreak.ui.common.TaskRunner;
import org.firebreak.ui.header.DeclareIncidentDialog;
import org.firebreak.ui.header.DeclareIncidentForm;
import org.firebreak.ui.header.HeaderView;
import org.firebreak.ui.header.HeaderViewModel;
import org.firebreak.ui.intake.ImportDialog;
import org.firebreak.ui.intake.ImportViewModel;
import org.firebreak.ui.monitor.MonitorView;
import org.firebreak.ui.monitor.MonitorViewModel;
import org.firebreak.ui.plan.ChecklistButton;
import org.firebreak.ui.plan.HubViewModel;
import org.firebreak.ui.plan.PlanModels;
import org.firebreak.ui.plan.PlanView;
import org.firebreak.ui.preferences.Preferences;
import org.firebreak.ui.queue.QueueView;
import org.firebreak.ui.queue.QueueViewModel;
import org.firebreak.ui.queue.QueueWiring;
import org.firebreak.ui.queue.TriageActions;
import org.firebreak.ui.replies.RepliesView;
import org.firebreak.ui.replies.RepliesViewModel;
import org.firebreak.ui.statements.FxDebounce;
import org.firebreak.ui.statements.StatementsView;
import org.firebreak.ui.statements.StatementsViewModel;
import org.firebreak.ui.welcome.WelcomeView;

/**
 * The composition root of the interface: builds every view model once from the core services and
 * wires the views. The app and the UI tests both build the console here.
 */
public final class Console {

  private final Services services;
  private final TaskRunner runner;
  private final I18n i18n;
  private final ErrorReporter errors;
  private final DataChanged dataChanged = new DataChanged();
  private final HeaderViewModel header;
  private final StackPane root = new StackPane();
  private final Formats formats;
  private final FileActions files;
  private final Runnable arrivalsCheck;

  /** The File menu's actions, for tests that choose a file without the system file dialog. */
  FileActions files() {
    return files;
  }

  private final MonitorViewModel monitor;
  private Consumer<String> openLink;
  private final Preferences preferences;
  private final TabPane tabs;
  private final PlanModels plan;
  private RestoreFlow restore;

  public Console(
      Services services,
      TaskRunner runner,
      I18n i18n,
      ErrorReporter errors,
      Consumer<String> openLink) {
    this(services, runner, i18n, errors, openLink, Preferences.defaults(), HostActions.NONE);
  }

  /** The console; its host is what the window offers: preferences, other databases, recent ones. */
  public Console(
      Services services,
      TaskRunner runner,
      I18n i18n,
      ErrorReporter errors,
      Consumer<String> openLink,
      Preferences preferences,
      HostActions host) {
    this.services = services;
    this.preferences = preferences;
    this.runner = runner;
    this.i18n = i18n;
    this.errors = errors;
    Formats formats = new Formats(i18n, ZoneId.systemDefault());
    ReadFailures readFailures = new ReadFailures(i18n, formats, services.clock());
    header =
        new HeaderViewModel(
            services.incidents(),
            services.statementService(),
            services.clock(),
            runner,
            dataChanged,
            i18n,
            services.playbooks(),
            readFailures);
    header.keepAlertsIn(
        new org.firebreak.store.AlertSettingsStore(services.database()), !preferences.sounds());
    QueueViewModel queue =
        new QueueViewModel(
            services.messages(),
            services.labels(),
            services.team(),
            services.intakePause(),
            runner,
            dataChanged,
            services.clock(),
            readFailures);
    arrivalsCheck = queue::pollArrivals;
    org.firebreak.ui.intake.IntakePauseViewModel intakePause =
        new org.firebreak.ui.intake.IntakePauseViewModel(
            services.intakePause(), runner, dataChanged, readFailures);
    TriageActions triage =
        new TriageActions(services.triage(), runner, dataChanged, i18n, actor(), this::failed);
    RepliesViewModel replies =
        new RepliesViewModel(
            services.statsQuery(), services.clock(), runner, dataChanged, readFailures);
    StatementsViewModel statements =
        new StatementsViewModel(
            services.statementService(),
            services.incidents(),
            services.team()::all,
            runner,
            dataChanged,
            i18n,
            services.clock(),
            actor(),
            new FxDebounce(300));
    monitor =
        new MonitorViewModel(
            services.statsQuery(),
            services.incidents(),
            services.intakePause(),
            services.clock(),
            runner,
            dataChanged,
            readFailures);
    PlanModels planModels =
        PlanModels.of(
            services, runner, dataChanged, i18n, formats, actor(), readFailures, this::failed);
    plan = planModels;
    HubViewModel hubModel = planModels.hub();
    this.openLink = openLink;

    tabs =
        new TabPane(
            ConsoleParts.tab(
                i18n,
                "queueTab",
                "tab.queue",
                new QueueView(
                    queue,
                    triage,
                    new QueueWiring(
                        services,
                        runner,
                        i18n,
                        triage.actor(),
                        this::failed,
                        openLink,
                        () ->
                            hubModel.contentProperty().get() == null
                                ? null
                                : hubModel.contentProperty().get().hubUrl(),
                        readFailures),
                    i18n,
                    formats,
                    new org.firebreak.ui.intake.IntakePauseView(
                        intakePause, i18n, formats, this::failed))),
            ConsoleParts.tab(
                i18n,
                "repliesTab",
                "tab.replies",
                new RepliesView(
                    replies,
                    i18n,
                    formats,
                    this::manageLabels,
                    () ->
                        RepliesView.manageSnippets(
                            window(), services, runner, i18n, this::failed))),
            ConsoleParts.tab(
                i18n,
                "statementsTab",
                "tab.statements",
                new StatementsView(statements, i18n, formats, services.clock())),
            ConsoleParts.tab(
                i18n, "monitorTab", "tab.monitor", new MonitorView(monitor, i18n, formats)),
            ConsoleParts.tab(
                i18n,
                "planTab",
                "tab.plan",
                new PlanView(
                    planModels.plan(),
                    hubModel,
                    planModels.playbooks(),
                    planModels.committee(),
                    i18n,
                    openLink,
                    this::failed)));
    tabs.setId("tabs");
    tabs.setAccessibleText(i18n.get("a11y.tabs"));
    // hidden tabs do not refresh on every change; they catch up when shown
    ConsoleParts.showing(tabs, "repliesTab", replies::setShown);
    ConsoleParts.showing(tabs, "monitorTab", monitor::setShown);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

    BorderPane console = new BorderPane(tabs);
    this.formats = formats;
    this.files =
        new FileActions(
            services,
            runner,
            i18n,
            errors,
            dataChanged,
            formats,
            this::window,
            openLink,
            this::importFile,
            this::failed,
            host.openDatabase());
    javafx.scene.layout.VBox top =
        new javafx.scene.layout.VBox(
            menus(host),
            new HeaderView(
                header,
                i18n,
                this::declare,
                this::resolve,
                new ChecklistButton(plan.checklist(), i18n, formats, this::failed)));
    if (services.database().readOnly()) {
      top.getChildren()
          .add(ConsoleParts.readOnlyBanner(i18n, services.database().dataFile().toString()));
    }
    console.setTop(top);
    console.setBottom(
        new ConsoleStatusBar(
            services.database().dataFile().toString(),
            services.statsQuery(),
            services.autoBackup(),
            runner,
            dataChanged,
            i18n,
            formats,
            readFailures));

    WelcomeView welcome =
        new WelcomeView(i18n, this::declare, this::openDemo, this::startDrill, host, formats);
    restore =
        new RestoreFlow(
            services.database().base(), runner, i18n, errors, this::window, readFailures);
    welcome.offerRestore(restore::choose, restore.availableProperty());
    welcome
        .visibleProperty()
        .bind(header.loadedProperty().and(header.stateProperty().isEqualTo(IncidentState.NONE)));
    welcome.managedProperty().bind(welcome.visibleProperty());
    root.getChildren().addAll(console, welcome);
    root.getStyleClass().add("fb-root");
    ConsoleParts.acceptFileDrops(root, files::dropped);
  }

  private javafx.scene.control.MenuBar menus(HostActions host) {
    return ConsoleMenus.build(
        i18n,
        files::chooseAndImport,
        files::exportCsv,
        files::afterActionReport,
        this::startDrill,
        files::exportSession,
        files::mergeSession,
        files::openSession,
        host,
        () -> window().hide(),
        () -> ConsoleMenus.showKeys(i18n, window()));
  }

  /** Opens the import preview for a file (File › Import, or a file dropped on the window). */
  public void importFile(java.nio.file.Path file) {
    ImportViewModel vm =
        new ImportViewModel(services.intake(), services.columnPresets(), runner, dataChanged, file);
    new ImportDialog(window(), vm, i18n, formats).show();
  }

  /** The id of the tab in view, so a rebuilt console can open on the same one. */
  public String selectedTabId() {
    return tabs.getSelectionModel().getSelectedItem().getId();
  }

  public void selectTab(String id) {
    tabs.getTabs().stream()
        .filter(t -> t.getId().equals(id))
        .findFirst()
        .ifPresent(t -> tabs.getSelectionModel().select(t));
  }

  public Parent root() {
    return root;
  }

  /** Counts new arrivals now rather than at the queue's next poll (a drill just delivered). */
  public void arrivalsChanged() {
    arrivalsCheck.run();
  }

  /** Loads everything from the database (in the background); tells of an overdue committee. */
  public void start() {
    dataChanged.fire();
    plan.committee()
        .remindOnce(
            text ->
                org.firebreak.ui.common.DesktopNotice.warn(
                    window(), i18n.get("committee.notice.title"), text));
    restore.refresh();
  }

  private javafx.stage.Window window() {
    return root.getScene() == null ? null : root.getScene().getWindow();
  }

  private static String actor() {
    return System.getProperty("user.name", "user");
  }

  /** What opens a database restored from a backup (the application swaps the console onto it). */
  public void onRestored(java.util.function.Consumer<java.nio.file.Path> open) {
    restore.onRestored(open);
  }

  void declare() {
    // the Monitor may be hidden and behind: read the latest volume before offering its spike
    monitor.refresh(this::openDeclare);
  }

  private void openDeclare() {
    DeclareIncidentForm form = new DeclareIncidentForm();
    form.windowMinutes().set(preferences.firstResponseMinutes());
    MonitorViewModel.Volume volume = monitor.volumeProperty().get();
    form.spikeAt().set(volume == null ? null : volume.latestSpikeAt());
    runner.run(
        services.playbooks()::all,
        playbooks ->
            new DeclareIncidentDialog(window(), form, i18n, playbooks)
                .showAndWait()
                .filter(b -> b == DeclareIncidentDialog.DECLARE)
                .ifPresent(b -> header.declare(form, () -> {}, this::failed)),
        this::failed);
  }

  void resolve() {
    if (org.firebreak.ui.common.DialogButtons.confirm(
        window(), i18n.get("resolve.header"), i18n.get("resolve.body"), i18n)) {
      header.resolve(this::failed);
    }
  }

  void manageLabels() {
    RepliesView.manageLabels(window(), services, runner, dataChanged, i18n, this::failed);
  }

  void startDrill() {
    org.firebreak.ui.simulation.DrillWindow.choose(
        window(),
        org.firebreak.ui.simulation.DrillWindow.drillsFolder(services.database().base()),
        runner,
        i18n,
        errors,
        openLink);
  }

  void openDemo() {
    runner.execute(services::writeDemo, dataChanged::fire, this::failed);
  }

  private void failed(Throwable e) {
    if (e instanceof org.firebreak.triage.TriageRuleException
        || e instanceof org.firebreak.plan.PlanRuleException) {
      errors.report(i18n.get("error.refused"), e);
    } else if (e instanceof IncidentRuleException rule) {
      errors.report(
          i18n.get("error.refused"), new IllegalStateException(i18n.get(rule.messageKey())));
    } else {
      errors.report(i18n.get("error.actionFailed"), e);
    }
  }
}
