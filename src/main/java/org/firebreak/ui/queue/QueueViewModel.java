package org.firebreak.ui.queue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.firebreak.intake.IntakePause;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.QueueQuery;
import org.firebreak.store.LabelStore;
import org.firebreak.store.MessageStore;
import org.firebreak.store.TeamStore;
import org.firebreak.triage.Label;
import org.firebreak.triage.TeamMember;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.TaskRunner;

/**
 * One window of the queue, asked of the database. A newer request wins: results of an older one
 * that arrive late are dropped.
 */
public final class QueueViewModel {

  private final MessageStore messages;
  private final TaskRunner runner;
  private final RowList rows = new RowList();
  private final ObjectProperty<MessageStatus> statusFilter = new SimpleObjectProperty<>();
  private final LongProperty matching = new SimpleLongProperty();
  private final javafx.beans.property.StringProperty search =
      new javafx.beans.property.SimpleStringProperty("");
  private final AtomicLong sequence = new AtomicLong();
  private final ObservableList<Label> labels = FXCollections.observableArrayList();
  private final ObservableList<TeamMember> team = FXCollections.observableArrayList();
  private final LabelStore labelStore;
  private final javafx.beans.property.IntegerProperty offset =
      new javafx.beans.property.SimpleIntegerProperty();
  private final LongProperty newArrivals = new SimpleLongProperty();
  private volatile long seenUpTo;
  // false until the first page lands: before it, "since the last load" would count every message
  private boolean loaded;
  private final TeamStore teamStore;
  private final QueueFilters filters;
  private final java.time.Clock clock;
  private volatile java.util.Set<Long> overdue = java.util.Set.of();
  private final LongProperty overdueCount = new SimpleLongProperty();
  private final javafx.collections.ObservableMap<String, Long> openLoad =
      FXCollections.observableHashMap();
  private final IntakePause pause;
  private final QueueTotals totals;

  /**
   * @param pause while intake is paused, the queue shows what was stored up to the pause moment
   */
  private final org.firebreak.ui.common.ReadFailures failures;

  public QueueViewModel(
      MessageStore messages,
      LabelStore labelStore,
      TeamStore teamStore,
      IntakePause pause,
      TaskRunner runner,
      DataChanged dataChanged,
      java.time.Clock clock,
      org.firebreak.ui.common.ReadFailures failures) {
    this.messages = messages;
    this.failures = failures;
    this.pause = pause;
    this.labelStore = labelStore;
    this.teamStore = teamStore;
    this.runner = runner;
    this.clock = clock;
    this.filters = new QueueFilters(labels);
    this.totals =
        new QueueTotals(
            now ->
                new QueueTotals.Figures(
                    messages.count(
                        QueueQuery.newestFirst()
                            .withFilter(org.firebreak.queue.QueueFilter.NONE.withOverdueAsOf(now))),
                    teamStore.openLoad()));
    statusFilter.addListener((o, was, now) -> firstPage());
    search.addListener((o, was, now) -> firstPage());
    filters.onChange(this::firstPage);
    offset.addListener((o, was, now) -> refresh());
    dataChanged.subscribe(
        () -> {
          totals.changed();
          refresh();
        });
  }

  /** The filters beside status and search, the sort, and "all matching" selection. */
  public QueueFilters filters() {
    return filters;
  }

  /**
   * The query behind the rows on screen (its window is the page shown), held back at the pause
   * moment last read while intake is paused.
   */
  public QueueQuery query() {
    return filters
        .apply(
            QueueQuery.newestFirst()
                .withStatus(statusFilter.get())
                .withSearch(search.get())
                .withWindow(offset.get(), QueueQuery.DEFAULT_LIMIT),
            clock.instant())
        .withArrivedUpTo(pausedAt);
  }

  private volatile java.util.Optional<java.time.Instant> pausedAt = java.util.Optional.empty();

  /** Applies a saved view: its status, filters and sort replace the current ones. */
  public void apply(org.firebreak.queue.SavedView view) {
    filters.quietly(
        () -> {
          statusFilter.set(view.status());
          filters.set(view);
        });
    firstPage();
  }

  /** The current filter as a view to save under a name. */
  public org.firebreak.queue.SavedView currentView() {
    return filters.asView(statusFilter.get());
  }

  private void firstPage() {
    filters.allMatchingProperty().set(false);
    if (offset.get() == 0) {
      refresh();
    } else {
      offset.set(0);
    }
  }

  public void refresh() {
    if (filters.isQuiet()) {
      return;
    }
    // a newer request wins: one still out is dropped when it comes back, and this one waits for it
    long ticket = sequence.incrementAndGet();
    if (!refreshing.start(this::refresh)) {
      return;
    }
    QueueQuery query = query();
    java.time.Instant now = clock.instant();
    runner.run(
        () -> {
          long maxId = messages.maxId();
          java.util.Optional<java.time.Instant> paused = pause.pausedAt();
          QueueQuery shown = query.withArrivedUpTo(paused);
          List<Message> page = messages.page(shown);
          return new Window(
              page,
              messages.count(shown),
              labelStore.all(),
              teamStore.all(),
              maxId,
              messages.overdue(page.stream().map(Message::id).toList(), now),
              paused);
        },
        refreshing.then(
            failures.ok(
                "failed.queue",
                window -> {
                  if (ticket == sequence.get()) {
                    seenUpTo = Math.max(seenUpTo, window.maxId());
                    loaded = true;
                    pausedAt = window.pausedAt();
                    newArrivals.set(0);
                    // replaced before the rows, whose cells then read it: no extra pass over the
                    // table
                    overdue = java.util.Set.copyOf(window.overdue());
                    // only what changed: after a triage key the table redraws one row, not the page
                    updatingRows.set(true);
                    try {
                      RowPatch.apply(rows, window.rows());
                    } finally {
                      updatingRows.set(false);
                    }
                    matching.set(window.matching());
                    if (!labels.equals(window.labels())) {
                      labels.setAll(window.labels());
                    }
                    if (!team.equals(window.team())) {
                      team.setAll(window.team());
                    }
                    refreshTotals();
                  }
                })),
        refreshing.then(failures.of("failed.queue")));
  }

  /**
   * The whole-queue figures (overdue count, open loads), read after the page and on their own: they
   * aggregate every message, so the rows never wait for them.
   */
  private void refreshTotals() {
    if (!totaling.start(this::refreshTotals)) {
      return;
    }
    java.time.Instant now = clock.instant();
    runner.run(
        () -> totals.at(now),
        totaling.then(
            failures.ok(
                "failed.queueTotals",
                t -> {
                  overdueCount.set(t.overdueCount());
                  if (!openLoad.equals(t.openLoad())) {
                    openLoad.clear();
                    openLoad.putAll(t.openLoad());
                  }
                })),
        totaling.then(failures.of("failed.queueTotals")));
  }

  private final org.firebreak.ui.common.InFlight totaling = new org.firebreak.ui.common.InFlight();

  private final org.firebreak.ui.common.InFlight refreshing =
      new org.firebreak.ui.common.InFlight();
  private final org.firebreak.ui.common.InFlight polling = new org.firebreak.ui.common.InFlight();

  private record Window(
      List<Message> rows,
      long matching,
      List<Label> labels,
      List<TeamMember> team,
      long maxId,
      java.util.Set<Long> overdue,
      java.util.Optional<java.time.Instant> pausedAt) {}

  private final javafx.beans.property.BooleanProperty updatingRows =
      new javafx.beans.property.SimpleBooleanProperty();

  /**
   * True while a fresh page is being patched into the rows (it may take several list changes): a
   * selection the table moves on its own meanwhile is not the person's.
   */
  public javafx.beans.property.ReadOnlyBooleanProperty updatingRowsProperty() {
    return updatingRows;
  }

  /** How many times the overdue count and open loads were read (benchmark). */
  public long totalsRead() {
    return totals.loads();
  }

  /** Messages on this page past their response target. */
  public java.util.Set<Long> overdue() {
    return overdue;
  }

  /** How many messages in the whole queue are past their target (up to the count cap). */
  public ReadOnlyLongProperty overdueCountProperty() {
    return overdueCount;
  }

  /** Each person's open load: assigned to them and still waiting for a reply. */
  public javafx.collections.ObservableMap<String, Long> openLoad() {
    return openLoad;
  }

  /**
   * Counts messages that arrived since the queue was last loaded, without touching the rows on
   * screen: the person's scroll position and selection stay where they are.
   */
  public void pollArrivals() {
    if (!loaded || !polling.start(null)) {
      return; // the last poll is still out: the next tick asks again
    }
    long since = seenUpTo;
    runner.runQuick(
        () -> messages.countAfter(since, pause.pausedAt()),
        polling.then(
            failures.ok(
                "failed.arrivals",
                n -> {
                  if (since == seenUpTo) {
                    newArrivals.set(n);
                  }
                })),
        polling.then(failures.of("failed.arrivals")));
  }

  /** Brings the new arrivals in: back to the newest page. */
  public void showNewest() {
    firstPage();
  }

  public void older() {
    if (offset.get() + QueueQuery.DEFAULT_LIMIT < matching.get()) {
      offset.set(offset.get() + QueueQuery.DEFAULT_LIMIT);
    }
  }

  public void newer() {
    offset.set(Math.max(0, offset.get() - QueueQuery.DEFAULT_LIMIT));
  }

  public javafx.beans.property.ReadOnlyIntegerProperty offsetProperty() {
    return offset;
  }

  public ReadOnlyLongProperty newArrivalsProperty() {
    return newArrivals;
  }

  /** The label bound to a number key, if any. */
  public java.util.Optional<Label> labelForHotkey(int digit) {
    return labels.stream().filter(l -> l.hotkey() != null && l.hotkey() == digit).findFirst();
  }

  public ObservableList<Label> labels() {
    return labels;
  }

  public ObservableList<TeamMember> team() {
    return team;
  }

  public ObservableList<Message> rows() {
    return rows;
  }

  public ObjectProperty<MessageStatus> statusFilterProperty() {
    return statusFilter;
  }

  public javafx.beans.property.StringProperty searchProperty() {
    return search;
  }

  public ReadOnlyLongProperty matchingProperty() {
    return matching;
  }
}
