package org.firebreak.simulation;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.firebreak.app.Services;
import org.firebreak.incident.Cause;
import org.firebreak.incident.Incident;
import org.firebreak.incident.Platform;
import org.firebreak.intake.IncomingMessage;
import org.firebreak.queue.Direction;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.statements.ToneCategory;
import org.firebreak.statements.ToneReport;
import org.firebreak.store.DatabaseLocation;
import org.firebreak.store.DrillRunStore;
import org.firebreak.store.IntakeStore;
import org.firebreak.store.SimulationStore;

/**
 * Plays a scenario into a training database on a {@link SimulatedClock}: declares the incident at
 * minute 0, then delivers each inject's messages with the simulated time they are due. Delivery is
 * driven by simulated time only, so advancing in one step or many, with pauses between, stores the
 * same messages at the same times; external ids make a repeated delivery a no-op.
 */
public final class ScenarioPlayer {

  public static final String ACTOR = "simulation";
  private static final long MINUTE_MS = 60_000;
  private static final int BATCH = 1000;
  private static final Comparator<SimMessage> DUE =
      Comparator.comparingLong(SimMessage::atMillis)
          .thenComparingInt(SimMessage::injectIndex)
          .thenComparingInt(SimMessage::n);

  private final Scenario scenario;
  private final Services services;
  private final SimulatedClock clock;
  private final SimulationStore store;
  private final InjectExpander expander;
  private final Instant start;
  private final long runId;
  private final Incident incident;
  private final List<SimMessage> pending = new ArrayList<>();
  private final Set<Integer> fired = new HashSet<>();
  private final Set<Integer> decided = new HashSet<>();
  private int cursor;
  private long generated;
  private int adHoc;

  private ScenarioPlayer(Scenario scenario, Services services, SimulatedClock clock, String team) {
    this.scenario = scenario;
    this.services = services;
    this.clock = clock;
    this.store = new SimulationStore(services.database());
    this.expander = new InjectExpander(scenario);
    this.start = clock.instant();
    store.seedDrillTeamAndLabels();
    this.runId = store.startRun(scenario.title(), scenario.seedOrZero(), start, clock.speed());
    new DrillRunStore(services.database()).describe(runId, ScenarioWriter.toJson(scenario), team);
    this.incident =
        services
            .incidents()
            .declare(
                scenario.title(),
                Cause.valueOf(scenario.cause().toUpperCase(Locale.ROOT)),
                Platform.parse(scenario.originPlatform()),
                Duration.ofMinutes(scenario.firstResponseMinutes()),
                ACTOR);
    for (int i = 0; i < scenario.injects().size(); i++) {
      Scenario.Inject inject = scenario.injects().get(i);
      if (!"conditional".equals(inject.kind())) {
        pending.addAll(expander.expand(i, inject, inject.atMinute()));
      }
    }
    pending.sort(DUE);
  }

  /**
   * Starts a drill in {@code services}' database, refusing the user's live database.
   *
   * @throws LiveDatabaseException when the database is the default live one or holds a real
   *     incident
   */
  public static ScenarioPlayer start(Scenario scenario, Services services, SimulatedClock clock) {
    return start(scenario, services, clock, DatabaseLocation.resolveForThisUser(null));
  }

  /** As {@link #start(Scenario, Services, SimulatedClock)}, with the live database named. */
  public static ScenarioPlayer start(
      Scenario scenario, Services services, SimulatedClock clock, Path liveBase) {
    return start(scenario, services, clock, liveBase, null);
  }

  /** As above, naming the team or attempt (shown in the debrief and when runs are compared). */
  public static ScenarioPlayer start(
      Scenario scenario, Services services, SimulatedClock clock, Path liveBase, String team) {
    ScenarioReader.validate(scenario);
    Path base = services.database().base();
    refuseLive(base, liveBase);
    SimulationStore store = new SimulationStore(services.database());
    if (services.incidents().current().isPresent()) {
      if (!store.isTrainingDatabase()) {
        throw new LiveDatabaseException(base, "it holds a real incident");
      }
      throw new IllegalArgumentException(
          base
              + " already holds a drill: start each drill in a new training database (--db"
              + " another file)");
    }
    ScenarioPlayer player = new ScenarioPlayer(scenario, services, clock, team);
    player.advanceTo(0);
    return player;
  }

  /** Refuses the user's default live database before anything opens it. */
  public static void refuseLive(Path base, Path liveBase) {
    if (same(base, liveBase)) {
      throw new LiveDatabaseException(base, "it is the live incident database");
    }
  }

  private static boolean same(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  /** Moves simulated time to {@code minutes} after the start and delivers everything due. */
  public synchronized DrillSummary advanceTo(double minutes) {
    double bounded = Math.max(0, Math.min(minutes, scenario.durationMinutes()));
    Instant target = start.plusMillis(Math.round(bounded * MINUTE_MS));
    if (target.isAfter(clock.instant())) {
      clock.jumpTo(target);
    }
    return deliverUntil(Math.round(bounded * MINUTE_MS));
  }

  /** Delivers what is due at the clock's current simulated time. */
  public synchronized DrillSummary catchUp() {
    long now = Duration.between(start, clock.instant()).toMillis();
    return deliverUntil(Math.min(now, scenario.durationMinutes() * MINUTE_MS));
  }

  /**
   * Runs in real time at the clock's speed until the drill ends or {@code stop} says so, delivering
   * every {@code tickMillis} of real time. The clock is paused again on return.
   */
  public DrillSummary run(BooleanSupplier stop, long tickMillis) throws InterruptedException {
    clock.resume();
    try {
      while (!stop.getAsBoolean() && !isOver()) {
        catchUp();
        Thread.sleep(tickMillis);
      }
      return catchUp();
    } finally {
      clock.pause();
    }
  }

  public boolean isOver() {
    return !clock.instant().isBefore(end());
  }

  /** Runs straight to the end and closes the run. */
  public DrillSummary finish() {
    DrillSummary summary = advanceTo(scenario.durationMinutes());
    store.finishRun(runId, clock.instant());
    return summary;
  }

  /** Fires inject {@code index} now, whatever its minute or condition. */
  public synchronized DrillSummary fireNow(int index) {
    if (index < 0 || index >= scenario.injects().size()) {
      throw new IllegalArgumentException("No inject " + index + " in this scenario");
    }
    long now = Duration.between(start, clock.instant()).toMillis();
    if (!fired.contains(index)) {
      pending.subList(cursor, pending.size()).removeIf(m -> m.injectIndex() == index);
      decided.add(index);
      schedule(index, (int) (now / MINUTE_MS), now);
    }
    return deliverUntil(now);
  }

  /** The injects fired so far (their indexes in the scenario). */
  public synchronized Set<Integer> firedInjects() {
    return Set.copyOf(fired);
  }

  /**
   * The inject "jump to next" fires: the earliest by minute not fired yet, conditionals left to
   * their conditions; -1 when every one has fired.
   */
  public synchronized int nextInject() {
    int next = -1;
    for (int i = 0; i < scenario.injects().size(); i++) {
      Scenario.Inject inject = scenario.injects().get(i);
      if (!fired.contains(i)
          && !"conditional".equals(inject.kind())
          && (next < 0 || inject.atMinute() < scenario.injects().get(next).atMinute())) {
        next = i;
      }
    }
    return next;
  }

  /** An ad-hoc message from the trainer, arriving now. */
  public synchronized void addMessage(Platform platform, String author, long reach, String text) {
    Instant now = clock.instant();
    String id = "sim-" + scenario.seedOrZero() + "-adhoc-" + runId + "-" + adHoc++;
    store(List.of(new SimMessage(-1, adHoc, 0, platform, author, reach, text, id)), now);
  }

  /** A timestamped observer note (simulated time). */
  public void note(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("The note is empty");
    }
    store.note(runId, clock.instant(), text.strip());
  }

  public synchronized DrillSummary summary() {
    double minutes = Duration.between(start, clock.instant()).toMillis() / (double) MINUTE_MS;
    return new DrillSummary(
        scenario.title(), scenario.seedOrZero(), generated, fired.size(), minutes);
  }

  /** Scores what the team has done so far, and keeps that score with the run. */
  public DrillScore score() {
    Instant now = clock.instant();
    DrillScore score =
        DrillScorer.score(
            scenario, incident(), store, services, now, DrillScorer.escalationInjects(scenario));
    DebriefBuilder.save(new DrillRunStore(services.database()), runId, now, score);
    return score;
  }

  /** The debrief of this drill so far (scores it too). */
  public Debrief debrief() {
    return DebriefBuilder.build(services);
  }

  public Scenario scenario() {
    return scenario;
  }

  public Instant start() {
    return start;
  }

  public Instant end() {
    return start.plus(Duration.ofMinutes(scenario.durationMinutes()));
  }

  public long runId() {
    return runId;
  }

  /** The training database's services the drill writes into. */
  public Services services() {
    return services;
  }

  public SimulatedClock clock() {
    return clock;
  }

  private Incident incident() {
    return services.incidents().current().orElse(incident);
  }

  private DrillSummary deliverUntil(long millis) {
    decideConditions(millis);
    for (int i = 0; i < scenario.injects().size(); i++) {
      Scenario.Inject inject = scenario.injects().get(i);
      if (!"conditional".equals(inject.kind())
          && !fired.contains(i)
          && !decided.contains(i)
          && inject.atMinute() * MINUTE_MS <= millis) {
        fired.add(i);
        store.recordInject(
            runId,
            i,
            start.plus(Duration.ofMinutes(inject.atMinute())),
            (int) expander.count(inject));
      }
    }
    int to = cursor;
    while (to < pending.size() && pending.get(to).atMillis() <= millis) {
      to++;
    }
    for (int from = cursor; from < to; from += BATCH) {
      store(pending.subList(from, Math.min(to, from + BATCH)), null);
    }
    cursor = to;
    return summary();
  }

  private void decideConditions(long millis) {
    List<SimulationStore.Publication> published = null;
    for (int i = 0; i < scenario.injects().size(); i++) {
      Scenario.Inject inject = scenario.injects().get(i);
      if (!"conditional".equals(inject.kind()) || decided.contains(i)) {
        continue;
      }
      if (published == null) {
        published = store.publications(incident.id());
      }
      Scenario.Condition when = inject.when();
      if (when.noStatementBy() != null) {
        long due = when.noStatementBy() * MINUTE_MS;
        if (due > millis) {
          continue;
        }
        Instant deadline = start.plusMillis(due);
        boolean statementInTime = published.stream().anyMatch(p -> !p.at().isAfter(deadline));
        decided.add(i);
        if (!statementInTime) {
          schedule(i, when.noStatementBy(), due);
        }
      } else {
        Instant now = start.plusMillis(millis);
        int index = i;
        published.stream()
            .filter(p -> !p.at().isAfter(now) && defensive(p.text()))
            .findFirst()
            .ifPresent(
                p -> {
                  long at = Math.max(0, Duration.between(start, p.at()).toMillis());
                  int minute = (int) ((at + MINUTE_MS - 1) / MINUTE_MS);
                  decided.add(index);
                  schedule(index, minute, minute * MINUTE_MS);
                });
      }
    }
  }

  boolean defensive(String text) {
    ToneReport report =
        services
            .statementService()
            .toneCheck(text, scenario.language(), Platform.parse(scenario.originPlatform()));
    return report.has(ToneCategory.DEFENSIVE) || report.has(ToneCategory.NON_APOLOGY);
  }

  private void schedule(int index, int baseMinute, long firedMillis) {
    Scenario.Inject inject = scenario.injects().get(index);
    List<SimMessage> messages = expander.expand(index, inject, baseMinute);
    fired.add(index);
    store.recordInject(runId, index, start.plusMillis(firedMillis), messages.size());
    pending.addAll(messages);
    pending.subList(cursor, pending.size()).sort(DUE);
  }

  private void store(List<SimMessage> batch, Instant at) {
    List<IncomingMessage> incoming = new ArrayList<>(batch.size());
    for (SimMessage m : batch) {
      Instant when = at != null ? at : start.plusMillis(m.atMillis());
      Message message =
          new Message(
              0,
              m.platform(),
              m.externalId(),
              null,
              m.author(),
              m.reach(),
              m.text(),
              null,
              when,
              when,
              Direction.INBOUND,
              null,
              0,
              0,
              MessageStatus.NEEDS_REPLY,
              null,
              List.of());
      incoming.add(
          services.messageEnricher().enrich(new IncomingMessage(message, null, "SIMULATED")));
    }
    IntakeStore.StoredBatch stored = services.intakeStore().insert(incoming);
    if (stored.newIds().length > 0) {
      services.labelService().applyToNew(stored.newIds());
    }
    generated += stored.result().inserted();
  }
}
