package org.firebreak.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.TransferMode;
import org.firebreak.ui.common.I18n;

/** Small pieces of the console's frame: its tabs, the read-only banner, files dropped on it. */
final class ConsoleParts {
  private ConsoleParts() {}

  static Tab tab(I18n i18n, String id, String key, Node content) {
    Tab t = new Tab(i18n.get(key), content);
    t.setId(id);
    return t;
  }

  /** Tells {@code shown} whether the tab is in view, now and whenever that changes. */
  static void showing(TabPane tabs, String id, Consumer<Boolean> shown) {
    Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    tab.selectedProperty().addListener((o, was, now) -> shown.accept(now));
    shown.accept(tab.isSelected());
  }

  /** The banner over a database that could not be opened for writing. */
  static Node readOnlyBanner(I18n i18n, String file) {
    Label banner = new Label(i18n.get("banner.readOnly", file));
    banner.setId("readOnlyBanner");
    banner.getStyleClass().add("fb-banner-warn");
    banner.setWrapText(true);
    banner.setMaxWidth(Double.MAX_VALUE);
    return banner;
  }

  /** Files dropped anywhere on the window are offered for import, one by one. */
  static void acceptFileDrops(Node target, Consumer<Path> importFile) {
    target.setOnDragOver(
        e -> {
          if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
          }
          e.consume();
        });
    target.setOnDragDropped(
        e -> {
          boolean ok = e.getDragboard().hasFiles();
          if (ok) {
            e.getDragboard().getFiles().forEach(f -> importFile.accept(f.toPath()));
          }
          e.setDropCompleted(ok);
          e.consume();
        });
  }
}
