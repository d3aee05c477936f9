package org.firebreak.ui.statements;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.firebreak.statements.StatementKind;
import org.firebreak.statements.StatementService;
import org.firebreak.statements.TemplateVariables;
import org.firebreak.ui.common.I18n;

/**
 * What "New statement" asks: kind, language, template or blank, title, spokesperson, and the
 * template's blanks (the incident, the crisis hub, the brand).
 */
public final class NewStatementForm {

  /** The form's values at the moment the user confirmed. */
  public record Request(
      StatementKind kind,
      String language,
      boolean fromTemplate,
      String title,
      String spokesperson,
      TemplateVariables variables) {}

  private final ObjectProperty<StatementKind> kind =
      new SimpleObjectProperty<>(StatementKind.HOLDING);
  private final ObjectProperty<String> language = new SimpleObjectProperty<>("en");
  private final BooleanProperty fromTemplate = new SimpleBooleanProperty(true);
  private final StringProperty title = new SimpleStringProperty("");
  private final StringProperty spokesperson = new SimpleStringProperty("");
  private final StringProperty hubUrl = new SimpleStringProperty("");
  private final StringProperty brand = new SimpleStringProperty("");
  private final String issue;
  private final String nextUpdate;
  private final BooleanBinding valid;

  public NewStatementForm(String incidentName, String defaultSpokesperson, I18n i18n, Clock clock) {
    this.issue = incidentName == null ? "" : incidentName.replaceFirst("^Demo:\\s*", "");
    this.nextUpdate =
        DateTimeFormatter.ofPattern("HH:mm")
            .withZone(ZoneId.systemDefault())
            .format(clock.instant().plus(Duration.ofMinutes(30)));
    spokesperson.set(defaultSpokesperson == null ? "" : defaultSpokesperson);
    title.set(i18n.of("statement.kind", kind.get()) + ": " + issue);
    // the title follows the kind until the user types one of their own
    kind.addListener(
        (o, was, now) -> {
          if (title.get().equals(i18n.of("statement.kind", was) + ": " + issue)) {
            title.set(i18n.of("statement.kind", now) + ": " + issue);
          }
        });
    valid =
        Bindings.createBooleanBinding(
            () ->
                kind.get() != null
                    && !title.get().isBlank()
                    && title.get().strip().length() <= StatementService.MAX_TITLE_LENGTH,
            kind,
            title);
  }

  public Request request() {
    return new Request(
        kind.get(),
        language.get(),
        fromTemplate.get(),
        title.get(),
        spokesperson.get(),
        new TemplateVariables(brand.get(), issue, hubUrl.get(), spokesperson.get(), nextUpdate));
  }

  public ObjectProperty<StatementKind> kind() {
    return kind;
  }

  public ObjectProperty<String> language() {
    return language;
  }

  public BooleanProperty fromTemplate() {
    return fromTemplate;
  }

  public StringProperty title() {
    return title;
  }

  public StringProperty spokesperson() {
    return spokesperson;
  }

  public StringProperty hubUrl() {
    return hubUrl;
  }

  public StringProperty brand() {
    return brand;
  }

  public BooleanBinding valid() {
    return valid;
  }
}
