package org.firebreak.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Axis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;

/**
 * Every piece of text a person can see in a scene graph: labels, buttons, prompts, tabs, column
 * headers, tooltips, menu items, chart titles and axis labels. Each is reported with where it was
 * found, so a failure names the control.
 */
final class VisibleTexts {
  record Found(String text, String where) {}

  private final List<Found> found = new ArrayList<>();

  static List<Found> of(Node root) {
    VisibleTexts walker = new VisibleTexts();
    walker.walk(root);
    return walker.found;
  }

  private void add(String text, Object where) {
    if (text != null && !text.isBlank()) {
      found.add(new Found(text.strip(), describe(where)));
    }
  }

  private static String describe(Object o) {
    if (o instanceof Node n) {
      return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId());
    }
    return o.getClass().getSimpleName();
  }

  private void walk(Node node) {
    if (node instanceof Labeled l) {
      add(l.getText(), l);
    }
    if (node instanceof Text t && !(node.getParent() instanceof Labeled)) {
      add(t.getText(), t);
    }
    if (node instanceof TextInputControl t) {
      add(t.getPromptText(), t);
    }
    if (node instanceof ComboBoxBase<?> c) {
      add(c.getPromptText(), c);
    }
    if (node instanceof Control c) {
      tooltip(c.getTooltip(), c);
      menu(c.getContextMenu());
    }
    if (node instanceof MenuButton b) {
      b.getItems().forEach(this::item);
    }
    if (node instanceof ButtonBase b && b.getTooltip() != null) {
      tooltip(b.getTooltip(), b);
    }
    if (node instanceof MenuBar bar) {
      bar.getMenus().forEach(this::item);
    }
    if (node instanceof TabPane tabs) {
      for (Tab tab : tabs.getTabs()) {
        add(tab.getText(), tab);
        tooltip(tab.getTooltip(), tab);
        if (tab.getContent() != null) {
          walk(tab.getContent());
        }
      }
    }
    if (node instanceof TableView<?> table) {
      table.getColumns().forEach(this::column);
      if (table.getPlaceholder() != null) {
        walk(table.getPlaceholder());
      }
    }
    if (node instanceof TreeTableView<?> table) {
      table.getColumns().forEach(this::column);
    }
    if (node instanceof Chart chart) {
      add(chart.getTitle(), chart);
      if (chart instanceof XYChart<?, ?> xy) {
        axis(xy.getXAxis());
        axis(xy.getYAxis());
        xy.getData().forEach(s -> add(s.getName(), s));
      }
    }
    if (node instanceof DialogPane pane) {
      add(pane.getHeaderText(), pane);
      add(pane.getContentText(), pane);
    }
    if (node instanceof Parent p) {
      p.getChildrenUnmodifiable().forEach(this::walk);
    }
  }

  private void axis(Axis<?> axis) {
    add(axis.getLabel(), axis);
  }

  private void column(TableColumnBase<?, ?> column) {
    add(column.getText(), column);
    column.getColumns().forEach(this::column);
  }

  private void tooltip(Tooltip tip, Object owner) {
    if (tip != null) {
      add(tip.getText(), owner);
    }
  }

  private void menu(ContextMenu menu) {
    if (menu != null) {
      menu.getItems().forEach(this::item);
    }
  }

  private void item(MenuItem item) {
    add(item.getText(), item);
    if (item instanceof Menu m) {
      m.getItems().forEach(this::item);
    }
  }
}
