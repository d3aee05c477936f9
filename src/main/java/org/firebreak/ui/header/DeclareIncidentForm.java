package org.firebreak.ui.header;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.firebreak.incident.Cause;
import org.firebreak.incident.Incident;
import org.firebreak.incident.Platform;

/** What "Declare incident" asks for, and whether it is complete. */
public final class DeclareIncidentForm {
  private final StringProperty name = new SimpleStringProperty("");
  private final ObjectProperty<Cause> cause = new SimpleObjectProperty<>(Cause.INTERNAL);
  private final ObjectProperty<Platform> origin = new SimpleObjectProperty<>(Platform.X);
  private final IntegerProperty windowMinutes =
      new SimpleIntegerProperty((int) Incident.DEFAULT_WINDOW.toMinutes());
  private final BooleanBinding valid;
  private final ObjectProperty<java.time.Instant> spikeAt = new SimpleObjectProperty<>();
  private final javafx.beans.property.BooleanProperty fromSpike =
      new javafx.beans.property.SimpleBooleanProperty(false);

  private final ObjectProperty<org.firebreak.plan.Playbook> playbook = new SimpleObjectProperty<>();
  private final ObjectProperty<org.firebreak.plan.Playbook.Severity> severity =
      new SimpleObjectProperty<>();

  public DeclareIncidentForm() {
    // a playbook brings its cause and severities; a severity brings its first-response window
    playbook.addListener(
        (o, was, p) -> {
          severity.set(p == null ? null : p.severities().get(0));
          if (p != null) {
            cause.set(p.cause());
          }
        });
    severity.addListener(
        (o, was, s) -> {
          if (s != null) {
            windowMinutes.set(s.windowMinutes());
          }
        });
    valid =
        Bindings.createBooleanBinding(
            () -> {
              String n = name.get() == null ? "" : name.get().strip();
              return !n.isEmpty()
                  && n.length() <= Incident.MAX_NAME_LENGTH
                  && cause.get() != null
                  && origin.get() != null
                  && windowMinutes.get() >= 1
                  && windowMinutes.get() <= 1440
                  && (playbook.get() == null || severity.get() != null);
            },
            playbook,
            severity,
            name,
            cause,
            origin,
            windowMinutes);
  }

  public StringProperty name() {
    return name;
  }

  public ObjectProperty<Cause> cause() {
    return cause;
  }

  public ObjectProperty<Platform> origin() {
    return origin;
  }

  public IntegerProperty windowMinutes() {
    return windowMinutes;
  }

  /** When the Monitor saw the volume spike, if it did: the clock can start from it. */
  public ObjectProperty<java.time.Instant> spikeAt() {
    return spikeAt;
  }

  public javafx.beans.property.BooleanProperty fromSpike() {
    return fromSpike;
  }

  /** The clock's start: the spike when the person accepted it, else null (now). */
  public java.time.Instant clockStart() {
    return fromSpike.get() ? spikeAt.get() : null;
  }

  /** The playbook to declare from, or null for none. */
  public ObjectProperty<org.firebreak.plan.Playbook> playbook() {
    return playbook;
  }

  /** The playbook's severity: it sets the first-response window. */
  public ObjectProperty<org.firebreak.plan.Playbook.Severity> severity() {
    return severity;
  }

  public BooleanBinding valid() {
    return valid;
  }

  public String actor() {
    return System.getProperty("user.name", "user");
  }
}
