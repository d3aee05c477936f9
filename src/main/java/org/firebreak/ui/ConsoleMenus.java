package org.firebreak.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.firebreak.ui.common.I18n;

/** The console's menu bar: File (import, preferences, quit) and Help (keyboard keys). */
final class ConsoleMenus {
  private ConsoleMenus() {}

  /**
   * @param host what the window offers (preferences, opening another database); tests offer none
   */
  static MenuBar build(
      I18n i18n,
      Runnable importFile,
      Runnable exportCsv,
      Runnable report,
      Runnable drill,
      Runnable exportSession,
      Runnable mergeSession,
      Runnable openSession,
      HostActions host,
      Runnable quit,
      Runnable keys) {
    MenuItem importItem = item(i18n.get("menu.import"), "menuImport", "Shortcut+I", importFile);
    Menu file =
        new Menu(
            i18n.get("menu.file"),
            null,
            importItem,
            item(i18n.get("menu.exportCsv"), "menuExportCsv", null, exportCsv),
            item(i18n.get("menu.report"), "menuReport", null, report),
            item(i18n.get("menu.exportSession"), "menuExportSession", null, exportSession),
            item(i18n.get("menu.mergeSession"), "menuMergeSession", null, mergeSession),
            item(i18n.get("menu.drill"), "menuDrill", null, drill));
    file.setId("menuFile");
    if (host.chooseDatabase() != null) {
      file.getItems()
          .add(
              0,
              item(
                  i18n.get("menu.openDatabase"),
                  "menuOpenDatabase",
                  "Shortcut+O",
                  host.chooseDatabase()));
    }
    if (host.openDatabase() != null) {
      // a session file opens as a new database, so only a window that can switch databases offers
      // it
      file.getItems()
          .add(
              host.chooseDatabase() == null ? 0 : 1,
              item(i18n.get("menu.openSession"), "menuOpenSession", null, openSession));
    }
    if (host.openPreferences() != null) {
      file.getItems()
          .add(
              item(
                  i18n.get("menu.preferences"),
                  "menuPreferences",
                  "Shortcut+Comma",
                  host.openPreferences()));
    }
    file.getItems()
        .addAll(
            new SeparatorMenuItem(), item(i18n.get("menu.quit"), "menuQuit", "Shortcut+Q", quit));
    Menu help =
        new Menu(
            i18n.get("menu.help"),
            null,
            item(i18n.get("queue.keys.title"), "menuKeys", null, keys));
    help.setId("menuHelp");
    return new MenuBar(file, help);
  }

  /** The keyboard keys of the console, in a window that stays open beside it. */
  static void showKeys(I18n i18n, javafx.stage.Window owner) {
    javafx.scene.control.Alert help =
        org.firebreak.ui.common.DialogButtons.alert(
            javafx.scene.control.Alert.AlertType.INFORMATION, i18n.get("queue.keys.all"), i18n);
    help.initOwner(owner);
    help.setHeaderText(i18n.get("queue.keys.title"));
    help.show();
  }

  private static MenuItem item(String text, String id, String keys, Runnable action) {
    MenuItem item = new MenuItem(text);
    item.setId(id);
    if (keys != null) {
      item.setAccelerator(KeyCombination.keyCombination(keys));
    }
    item.setOnAction(e -> action.run());
    return item;
  }
}
