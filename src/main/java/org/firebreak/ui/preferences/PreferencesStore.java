package org.firebreak.ui.preferences;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.firebreak.share.AtomicFile;
import org.firebreak.store.DatabaseLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes preferences.json in the per-user data folder (beside the default database).
 * Writes are atomic; a missing, unreadable or corrupt file gives the defaults and a warning.
 */
public final class PreferencesStore {
  public static final String FILE_NAME = "preferences.json";
  private static final Logger LOG = LoggerFactory.getLogger(PreferencesStore.class);

  private final Path file;
  private final ObjectMapper json =
      new ObjectMapper()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .enable(SerializationFeature.INDENT_OUTPUT);

  public PreferencesStore(Path file) {
    this.file = file;
  }

  public static PreferencesStore forThisUser() {
    return new PreferencesStore(DatabaseLocation.dataFolderForThisUser().resolve(FILE_NAME));
  }

  public Path file() {
    return file;
  }

  /** Never throws: whatever goes wrong, the console still opens with the defaults. */
  public Preferences load() {
    if (!Files.isRegularFile(file)) {
      return Preferences.defaults();
    }
    try {
      Preferences read = json.readValue(file.toFile(), Preferences.class);
      return read == null ? Preferences.defaults() : read;
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "Preferences file {} could not be read ({}); using the defaults. Fix or delete the file.",
          file,
          e.getMessage());
      return Preferences.defaults();
    }
  }

  public void save(Preferences preferences) throws IOException {
    AtomicFile.write(file, out -> out.write(json.writeValueAsBytes(preferences)));
  }
}
