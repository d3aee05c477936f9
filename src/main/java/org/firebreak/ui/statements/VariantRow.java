package org.firebreak.ui.statements;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.firebreak.incident.Platform;
import org.firebreak.statements.CharacterCount;
import org.firebreak.statements.PlatformLimits;
import org.firebreak.statements.PlatformVariant;

/** One platform's text of the statement, with its live count against the platform's limit. */
public final class VariantRow {

  private final Platform platform;
  private final boolean origin;
  private final StringProperty text = new SimpleStringProperty("");
  private final StringProperty savedText = new SimpleStringProperty("");
  private final ObjectProperty<PlatformVariant> stored = new SimpleObjectProperty<>();
  private final ObjectProperty<CharacterCount> count = new SimpleObjectProperty<>();
  private final StringBinding countText;
  private final BooleanBinding over;
  private final BooleanBinding dirty;
  private final BooleanBinding published;

  VariantRow(Platform platform, boolean origin) {
    this.platform = platform;
    this.origin = origin;
    // counting is pure arithmetic on the text: cheap enough for every keystroke
    text.addListener((o, was, now) -> count.set(CharacterCount.of(platform, now)));
    count.set(CharacterCount.of(platform, ""));
    countText =
        Bindings.createStringBinding(
            () -> {
              CharacterCount c = count.get();
              return c.limit() == PlatformLimits.NO_LIMIT
                  ? Integer.toString(c.count())
                  : c.count() + " / " + c.limit();
            },
            count);
    over = Bindings.createBooleanBinding(() -> count.get().over(), count);
    dirty =
        Bindings.createBooleanBinding(() -> !text.get().equals(savedText.get()), text, savedText);
    published =
        Bindings.createBooleanBinding(
            () -> stored.get() != null && stored.get().published(), stored);
  }

  /** Shows the stored variant, or the statement's text when none is stored yet. */
  void load(PlatformVariant variant, String statementText, boolean keepTyping) {
    stored.set(variant);
    String base = variant == null ? statementText : variant.text();
    boolean typing = keepTyping && dirty.get();
    savedText.set(base);
    if (!typing) {
      text.set(base);
    }
  }

  void saved(String body) {
    savedText.set(body);
  }

  public Platform platform() {
    return platform;
  }

  /** The platform where the crisis began: it goes first. */
  public boolean origin() {
    return origin;
  }

  public StringProperty textProperty() {
    return text;
  }

  public StringBinding countTextProperty() {
    return countText;
  }

  public BooleanBinding overProperty() {
    return over;
  }

  public BooleanBinding dirtyProperty() {
    return dirty;
  }

  public BooleanBinding publishedProperty() {
    return published;
  }

  public ObjectProperty<PlatformVariant> storedProperty() {
    return stored;
  }

  public CharacterCount count() {
    return count.get();
  }
}
