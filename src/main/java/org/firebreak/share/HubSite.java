package org.firebreak.share;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.BooleanSupplier;

/**
 * Writes the hub as a static site ({@code index.html} and {@code hub.css}), each file atomically.
 */
public final class HubSite {

  public static final String PAGE = "index.html";
  public static final String STYLESHEET = "hub.css";

  private final HubService hub;
  private final Clock clock;
  private final BooleanSupplier training;

  public HubSite(HubService hub, Clock clock) {
    this(hub, clock, () -> false);
  }

  /** A site whose page carries a SIMULATION banner when {@code training} says so. */
  public HubSite(HubService hub, Clock clock, BooleanSupplier training) {
    this.hub = hub;
    this.clock = clock;
    this.training = training;
  }

  /** Generates the site into {@code folder} (created if needed); returns the page's path. */
  public Path write(Path folder) throws IOException {
    Files.createDirectories(folder);
    byte[] css = stylesheet();
    // The stylesheet first: a page never points at a missing style.
    AtomicFile.write(folder.resolve(STYLESHEET), out -> out.write(css));
    byte[] page =
        HubPage.render(hub.content(), clock.instant(), training.getAsBoolean())
            .getBytes(StandardCharsets.UTF_8);
    Path index = folder.resolve(PAGE);
    AtomicFile.write(index, out -> out.write(page));
    return index;
  }

  static byte[] stylesheet() throws IOException {
    try (InputStream in = HubSite.class.getResourceAsStream("/hub/hub.css")) {
      if (in == null) {
        throw new IOException("The hub stylesheet hub/hub.css is missing from the application.");
      }
      return in.readAllBytes();
    }
  }
}
