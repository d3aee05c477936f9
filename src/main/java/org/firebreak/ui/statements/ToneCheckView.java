package org.firebreak.ui.statements;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.firebreak.statements.ToneFinding;
import org.firebreak.statements.ToneReport;
import org.firebreak.ui.common.I18n;

/** The live tone check: a score and each finding with the principle behind it. */
final class ToneCheckView extends VBox {

  private static final PseudoClass GOOD = PseudoClass.getPseudoClass("good");
  private static final PseudoClass FAIR = PseudoClass.getPseudoClass("fair");
  private static final PseudoClass POOR = PseudoClass.getPseudoClass("poor");

  ToneCheckView(ToneCheckViewModel vm, I18n i18n) {
    getStyleClass().add("fb-tone");
    setSpacing(8);

    Label title = new Label(i18n.get("tone.title"));
    title.getStyleClass().add("fb-section-title");
    title.setMinWidth(Region.USE_PREF_SIZE);
    ChoiceBox<String> language = new ChoiceBox<>(FXCollections.observableArrayList("en", "id"));
    language.setId("toneLanguage");
    language.setAccessibleText(i18n.get("a11y.toneLanguage"));
    language.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(String code) {
            return code == null ? "" : i18n.get("statements.language." + code);
          }

          @Override
          public String fromString(String s) {
            throw new UnsupportedOperationException();
          }
        });
    language.valueProperty().bindBidirectional(vm.languageProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox top = new HBox(8, title, spacer, language);
    top.setAlignment(Pos.CENTER_LEFT);

    Label score = new Label(i18n.get("tone.none"));
    score.setId("toneScore");
    score.getStyleClass().add("fb-tone-score");
    Label hint = new Label(i18n.get("tone.hint"));
    hint.getStyleClass().add("fb-statement-meta");
    hint.setWrapText(true);

    VBox findings = new VBox(8);
    findings.setId("toneFindings");
    findings.getStyleClass().add("fb-tone-findings");
    ScrollPane scroll = new ScrollPane(findings);
    scroll.setFitToWidth(true);
    VBox.setVgrow(scroll, Priority.ALWAYS);

    vm.reportProperty()
        .addListener(
            (o, was, r) -> {
              score.setText(r == null ? i18n.get("tone.none") : i18n.get("tone.score", r.score()));
              grade(score, r);
            });
    vm.findings()
        .addListener(
            (ListChangeListener<ToneFinding>)
                c -> findings.getChildren().setAll(rows(vm.findings(), i18n)));
    getChildren().addAll(top, score, hint, scroll);
  }

  private static List<VBox> rows(List<ToneFinding> all, I18n i18n) {
    if (all.isEmpty()) {
      Label ok = new Label(i18n.get("tone.clean"));
      ok.setId("toneClean");
      ok.setWrapText(true);
      ok.getStyleClass().add("fb-tone-clean");
      return List.of(new VBox(ok));
    }
    return all.stream().map(f -> row(f, i18n)).toList();
  }

  private static VBox row(ToneFinding f, I18n i18n) {
    Label category = new Label(i18n.of("tone.category", f.category()));
    category.getStyleClass().add("fb-tone-category");
    VBox box = new VBox(2, category);
    if (!f.excerpt().isBlank()) {
      String excerpt =
          f.excerpt().length() > 120 ? f.excerpt().substring(0, 120) + "\u2026" : f.excerpt();
      Label quote = new Label("\u201c" + excerpt + "\u201d");
      quote.getStyleClass().add("fb-tone-excerpt");
      quote.setWrapText(true);
      box.getChildren().add(quote);
    }
    Label why = new Label(explanation(f, i18n));
    why.setWrapText(true);
    why.getStyleClass().add("fb-tone-explanation");
    box.getChildren().add(why);
    box.getStyleClass().add("fb-tone-finding");
    return box;
  }

  /** The rule's own words when it speaks the interface's language, else the category's. */
  static String explanation(ToneFinding f, I18n i18n) {
    return f.ruleId().startsWith(i18n.locale().getLanguage() + ".")
        ? f.explanation()
        : i18n.of("tone.explain", f.category());
  }

  private static void grade(Label score, ToneReport r) {
    int s = r == null ? -1 : r.score();
    score.pseudoClassStateChanged(GOOD, s >= 80);
    score.pseudoClassStateChanged(FAIR, s >= 50 && s < 80);
    score.pseudoClassStateChanged(POOR, s >= 0 && s < 50);
  }
}
