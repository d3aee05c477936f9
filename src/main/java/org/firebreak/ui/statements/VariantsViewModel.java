package org.firebreak.ui.statements;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.firebreak.incident.Incident;
import org.firebreak.incident.Platform;
import org.firebreak.statements.PlatformVariant;
import org.firebreak.statements.StatementAction;
import org.firebreak.statements.StatementService;
import org.firebreak.ui.common.I18n;

/**
 * The statement per platform, origin first: live counts, saving a platform's text, and marking it
 * published (origin first unless a reason is given).
 */
public final class VariantsViewModel {

  private final StatementsViewModel parent;
  private final StatementService service;
  private final I18n i18n;
  private final Clock clock;
  private final ObservableList<VariantRow> rows = FXCollections.observableArrayList();
  private Platform origin;
  private long statementId = -1;

  VariantsViewModel(StatementsViewModel parent, StatementService service, I18n i18n, Clock clock) {
    this.parent = parent;
    this.service = service;
    this.i18n = i18n;
    this.clock = clock;
  }

  void load(StatementDetail d) {
    if (d == null) {
      statementId = -1;
      rows.clear();
      return;
    }
    Incident incident = parent.incidentProperty().get();
    Platform o = incident == null ? Platform.X : incident.originPlatform();
    boolean same = d.statement().id() == statementId && o == origin && !rows.isEmpty();
    if (!same) {
      origin = o;
      List<VariantRow> fresh = new ArrayList<>();
      fresh.add(new VariantRow(o, true));
      Arrays.stream(Platform.values())
          .filter(p -> p != o && p != Platform.OTHER)
          .forEach(p -> fresh.add(new VariantRow(p, false)));
      rows.setAll(fresh);
    }
    statementId = d.statement().id();
    for (VariantRow row : rows) {
      Optional<PlatformVariant> v =
          d.variants().stream().filter(x -> x.platform() == row.platform()).findFirst();
      row.load(v.orElse(null), d.statement().text(), same);
    }
  }

  public ObservableList<VariantRow> rows() {
    return rows;
  }

  public Optional<VariantRow> row(Platform p) {
    return rows.stream().filter(r -> r.platform() == p).findFirst();
  }

  /** Publishing here first breaks the origin-first rule and needs a reason. */
  public boolean needsOverride(VariantRow row) {
    return !row.origin() && row(origin).map(r -> !r.publishedProperty().get()).orElse(false);
  }

  public Platform origin() {
    return origin;
  }

  public BooleanBinding canSave(VariantRow row) {
    return Bindings.createBooleanBinding(
        () ->
            row.dirtyProperty().get()
                && !row.publishedProperty().get()
                && !parent.busyProperty().get()
                && parent.allowed().contains(StatementAction.EDIT),
        row.dirtyProperty(),
        row.publishedProperty(),
        parent.busyProperty(),
        parent.detailProperty());
  }

  public BooleanBinding canPublish(VariantRow row) {
    return Bindings.createBooleanBinding(
        () ->
            !row.dirtyProperty().get()
                && !row.publishedProperty().get()
                && !parent.busyProperty().get()
                && parent.allowed().contains(StatementAction.PUBLISH),
        row.dirtyProperty(),
        row.publishedProperty(),
        parent.busyProperty(),
        parent.detailProperty());
  }

  public void save(VariantRow row) {
    long id = statementId;
    String body = row.textProperty().get();
    parent.perform(
        () -> service.saveVariant(id, row.platform(), body, parent.actor()),
        v -> i18n.get("statements.variant.saved", v.platform().displayName()),
        v -> row.saved(body));
  }

  /** Marks the statement published on the row's platform, now; link and reason are optional. */
  public void publish(VariantRow row, String postUrl, String overrideReason) {
    long id = statementId;
    parent.perform(
        () ->
            service.publish(
                id, row.platform(), clock.instant(), postUrl, overrideReason, parent.actor()),
        v -> i18n.get("statements.published", v.platform().displayName()),
        v -> {});
  }

  /** "Published 08:12 by ana · link" or "Not published". */
  public String status(
      VariantRow row, java.util.function.Function<java.time.Instant, String> time) {
    PlatformVariant v = row.storedProperty().get();
    if (v == null || !v.published()) {
      return i18n.get("statements.variant.notPublished");
    }
    String url = v.postUrl() == null ? "" : " \u00b7 " + v.postUrl();
    return i18n.get("statements.variant.publishedAt", time.apply(v.publishedAt()), v.publishedBy())
        + url;
  }
}
