package org.firebreak.ui.plan;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.firebreak.incident.IncidentService;
import org.firebreak.share.HubContent;
import org.firebreak.share.HubService;
import org.firebreak.share.HubSite;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.ReadFailures;
import org.firebreak.ui.common.TaskRunner;

/** The crisis hub section of the Plan tab: what the hub holds, and the commands to build it. */
public final class HubViewModel {

  private final HubService hub;
  private final HubSite site;
  private final IncidentService incidents;
  private final TaskRunner runner;
  private final ObjectProperty<HubContent> content = new SimpleObjectProperty<>();
  private final StringProperty message = new SimpleStringProperty("");
  private final Consumer<Throwable> onFailure;
  private final ReadFailures failures;

  public HubViewModel(
      HubService hub,
      HubSite site,
      IncidentService incidents,
      TaskRunner runner,
      DataChanged dataChanged,
      Consumer<Throwable> onFailure,
      ReadFailures failures) {
    this.hub = hub;
    this.failures = failures;
    this.site = site;
    this.incidents = incidents;
    this.runner = runner;
    this.onFailure = onFailure;
    // a triage action changes none of this: only other changes reload it
    dataChanged.subscribe(this::refresh, () -> {});
  }

  /**
   * Reads the hub again; a failed read shows in the status bar (a command that fails, a dialog).
   */
  public void refresh() {
    runner.run(hub::content, failures.ok("failed.hub", content::set), failures.of("failed.hub"));
  }

  /** A dark site from the playbook template, in English and Bahasa Indonesia. */
  public void seed(String hubUrl, Runnable done) {
    runner.execute(
        () -> {
          String name = incidents.current().map(i -> i.name()).orElse("Firebreak");
          for (String language : HubContent.LANGUAGES) {
            hub.seedFromPlaybook(language, name, hubUrl);
          }
        },
        () -> {
          refresh();
          done.run();
        },
        onFailure);
  }

  public void addFaq(String language, String question, String answer) {
    runner.execute(() -> hub.addFaq(language, question, answer), this::refresh, onFailure);
  }

  public void addUpdate(String language, String text) {
    runner.execute(() -> hub.addUpdate(language, text), this::refresh, onFailure);
  }

  public void setLive(boolean live) {
    runner.execute(live ? hub::goLive : hub::goDark, this::refresh, onFailure);
  }

  /** Writes index.html and hub.css into the folder; the result is the page to preview. */
  public void generate(Path folder, Consumer<Path> written) {
    runner.run(() -> site.write(folder), written, onFailure);
  }

  public ObjectProperty<HubContent> contentProperty() {
    return content;
  }

  public StringProperty messageProperty() {
    return message;
  }
}
