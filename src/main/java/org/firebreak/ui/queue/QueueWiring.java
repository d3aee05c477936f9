package org.firebreak.ui.queue;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.stage.Window;
import org.firebreak.app.Services;
import org.firebreak.queue.Message;
import org.firebreak.queue.SavedView;
import org.firebreak.store.MessageStore;
import org.firebreak.triage.LabelAnswers;
import org.firebreak.triage.SavedReplies;
import org.firebreak.triage.TriageService;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.TaskRunner;

/** The queue's reach into the core services, every read and write off the FX thread. */
public final class QueueWiring implements QueueView.QueueDependencies {

  private final Services services;
  private final TaskRunner runner;
  private final I18n i18n;
  private final String actor;
  private final Consumer<Throwable> onFailure;
  private final Consumer<String> openLink;
  private final Supplier<String> hubUrl;
  private final org.firebreak.ui.common.ReadFailures readFailures;

  public QueueWiring(
      Services services,
      TaskRunner runner,
      I18n i18n,
      String actor,
      Consumer<Throwable> onFailure,
      Consumer<String> openLink,
      Supplier<String> hubUrl,
      org.firebreak.ui.common.ReadFailures readFailures) {
    this.readFailures = readFailures;
    this.services = services;
    this.runner = runner;
    this.i18n = i18n;
    this.actor = actor;
    this.onFailure = onFailure;
    this.openLink = openLink;
    this.hubUrl = hubUrl;
  }

  @Override
  public MessageStore messages() {
    return services.messages();
  }

  @Override
  public TriageService triage() {
    return services.triage();
  }

  @Override
  public org.firebreak.store.LabelStore labels() {
    return services.labels();
  }

  @Override
  public TaskRunner runner() {
    return runner;
  }

  @Override
  public String actor() {
    return actor;
  }

  @Override
  public Consumer<Throwable> onFailure() {
    return onFailure;
  }

  @Override
  public org.firebreak.ui.common.ReadFailures readFailures() {
    return readFailures;
  }

  @Override
  public Clock clock() {
    return services.clock();
  }

  @Override
  public Consumer<String> openLink() {
    return openLink;
  }

  @Override
  public void loadViews(ObservableList<SavedView> into) {
    runner.run(() -> services.savedViews().all(), into::setAll, onFailure);
  }

  @Override
  public void saveView(String name, SavedView current, ObservableList<SavedView> into) {
    runner.run(
        () -> services.savedViews().save(name, current, actor),
        saved -> loadViews(into),
        onFailure);
  }

  private record Starters(List<SavedReplies.Snippet> snippets, List<LabelAnswers.Answer> answers) {}

  @Override
  public void composeReply(
      Window owner, List<Message> selected, boolean allMatching, Consumer<String> send) {
    String language = i18n.locale().getLanguage();
    // the built-in snippets at once; the team's own and the labels' answers as they load
    javafx.collections.ObservableList<SavedReplies.Snippet> snippets =
        javafx.collections.FXCollections.observableArrayList(SavedReplies.of(language));
    javafx.collections.ObservableList<LabelAnswers.Answer> answers =
        javafx.collections.FXCollections.observableArrayList();
    runner.run(
        () -> {
          // the answers of the labels every selected message carries
          List<Long> common =
              services.labels().all().stream()
                  .filter(
                      l ->
                          !selected.isEmpty()
                              && selected.stream().allMatch(m -> m.labels().contains(l.name())))
                  .map(org.firebreak.triage.Label::id)
                  .toList();
          return new Starters(
              services.snippets().forLanguage(language),
              services.labelAnswers().answersFor(common));
        },
        starters -> {
          snippets.setAll(starters.snippets());
          answers.setAll(starters.answers());
        },
        onFailure);
    new ReplyDialog(owner, selected, allMatching, i18n, openLink, hubUrl.get(), snippets, answers)
        .showAndWait()
        .ifPresent(send);
  }
}
