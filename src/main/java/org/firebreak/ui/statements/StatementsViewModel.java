package org.firebreak.ui.statements;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.firebreak.incident.Incident;
import org.firebreak.incident.IncidentRuleException;
import org.firebreak.incident.IncidentService;
import org.firebreak.intake.LanguageGuess;
import org.firebreak.statements.Statement;
import org.firebreak.statements.StatementAction;
import org.firebreak.statements.StatementRuleException;
import org.firebreak.statements.StatementService;
import org.firebreak.statements.StatementSummary;
import org.firebreak.triage.TeamMember;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.TaskRunner;

/**
 * The Statements tab: the incident's statements, the selected one in detail, and the one place its
 * sub-models run an action (off the FX thread, then a refresh of everything that shows it).
 */
public final class StatementsViewModel {

  /** What the list and the dialogs need besides the statements. */
  record Context(
      Optional<Incident> incident, List<StatementSummary> items, List<TeamMember> team) {}

  private final StatementService service;
  private final IncidentService incidents;
  private final Supplier<List<TeamMember>> team;
  private final TaskRunner runner;
  private final DataChanged dataChanged;
  private final I18n i18n;
  private final String actor;

  private final ObservableList<StatementSummary> items = FXCollections.observableArrayList();
  private final ObservableList<TeamMember> members = FXCollections.observableArrayList();
  private final ObjectProperty<Incident> incident = new SimpleObjectProperty<>();
  private final ObjectProperty<Long> selectedId = new SimpleObjectProperty<>();
  private final ObjectProperty<StatementDetail> detail = new SimpleObjectProperty<>();
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty messageError = new SimpleBooleanProperty(false);
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private long detailSeq;
  private long shownId = -1;

  private final EditorViewModel editor;
  private final ToneCheckViewModel tone;
  private final VariantsViewModel variants;
  private final WorkflowViewModel workflow;
  private final HistoryViewModel history;

  public StatementsViewModel(
      StatementService service,
      IncidentService incidents,
      Supplier<List<TeamMember>> team,
      TaskRunner runner,
      DataChanged dataChanged,
      I18n i18n,
      Clock clock,
      String actor,
      Debounce debounce) {
    this.service = service;
    this.incidents = incidents;
    this.team = team;
    this.runner = runner;
    this.dataChanged = dataChanged;
    this.i18n = i18n;
    this.actor = actor;
    this.editor = new EditorViewModel(this, service, i18n);
    this.tone = new ToneCheckViewModel(service, runner, debounce, editor.textProperty(), incident);
    this.variants = new VariantsViewModel(this, service, i18n, clock);
    this.workflow = new WorkflowViewModel(this, service, i18n);
    this.history = new HistoryViewModel(service, runner, detail);
    dataChanged.subscribe(this::refresh);
  }

  /** Reloads the list (and the selected statement) in the background. */
  public void refresh() {
    runner.run(
        () -> new Context(incidents.current(), service.list(), team.get()),
        this::applyContext,
        this::fail);
  }

  void applyContext(Context c) {
    incident.set(c.incident().orElse(null));
    items.setAll(c.items());
    members.setAll(c.team());
    Long id = selectedId.get();
    if (id != null && c.items().stream().anyMatch(s -> s.id() == id)) {
      loadDetail(id);
    } else if (id != null) {
      select(null);
    }
  }

  /** Shows one statement (null: none). */
  public void select(Long id) {
    selectedId.set(id);
    if (id == null) {
      detailSeq++;
      shownId = -1;
      detail.set(null);
      editor.load(null);
      variants.load(null);
      return;
    }
    loadDetail(id);
  }

  private void loadDetail(long id) {
    long seq = ++detailSeq;
    runner.run(
        () ->
            new StatementDetail(
                service.get(id),
                service.versions(id),
                service.variants(id),
                service.allowedActions(id)),
        d -> {
          if (seq == detailSeq) { // a later selection wins
            boolean other = shownId != d.statement().id();
            shownId = d.statement().id();
            editor.load(d.statement());
            variants.load(d);
            detail.set(d);
            if (other) {
              String guess = LanguageGuess.of(d.statement().text());
              tone.languageProperty().set(guess == null ? "en" : guess);
            }
          }
        },
        this::fail);
  }

  /**
   * Runs a statement action off the FX thread; on success says so, selects what it returned and
   * tells every view (the header's clock too) that the data changed.
   */
  <T> void perform(Callable<T> work, Function<T, String> done, Consumer<T> then) {
    busy.set(true);
    runner.run(
        work,
        result -> {
          busy.set(false);
          say(done.apply(result), false);
          then.accept(result);
          dataChanged.fire();
        },
        e -> {
          busy.set(false);
          fail(e);
        });
  }

  void say(String text, boolean error) {
    message.set(text == null ? "" : text);
    messageError.set(error);
  }

  void fail(Throwable e) {
    say(describe(e), true);
  }

  /** A refusal in the user's language: the service's message key, or the error's own message. */
  String describe(Throwable e) {
    if (e instanceof StatementRuleException rule) {
      String text = i18n.get(rule.messageKey());
      return text.startsWith("!") ? i18n.get("statement.error.illegalMove") : text;
    }
    if (e instanceof IncidentRuleException rule) {
      return i18n.get(rule.messageKey());
    }
    return i18n.get("statements.failed", e.getMessage() == null ? e.toString() : e.getMessage());
  }

  Set<StatementAction> allowed() {
    StatementDetail d = detail.get();
    return d == null ? EnumSet.noneOf(StatementAction.class) : d.allowed();
  }

  Statement current() {
    StatementDetail d = detail.get();
    return d == null ? null : d.statement();
  }

  String actor() {
    return actor;
  }

  public ObservableList<StatementSummary> items() {
    return items;
  }

  public ObservableList<TeamMember> team() {
    return members;
  }

  public ReadOnlyObjectProperty<Incident> incidentProperty() {
    return incident;
  }

  public ReadOnlyObjectProperty<Long> selectedIdProperty() {
    return selectedId;
  }

  public ReadOnlyObjectProperty<StatementDetail> detailProperty() {
    return detail;
  }

  public ReadOnlyStringProperty messageProperty() {
    return message;
  }

  public ReadOnlyBooleanProperty messageErrorProperty() {
    return messageError;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy;
  }

  public EditorViewModel editor() {
    return editor;
  }

  public ToneCheckViewModel tone() {
    return tone;
  }

  public VariantsViewModel variants() {
    return variants;
  }

  public WorkflowViewModel workflow() {
    return workflow;
  }

  public HistoryViewModel history() {
    return history;
  }
}
