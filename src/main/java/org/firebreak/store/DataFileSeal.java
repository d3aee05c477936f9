package org.firebreak.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A checksum of the database file written beside it when it is closed cleanly, and checked before
 * it is next opened. H2 checks its own structure but not every byte of a page: a flipped byte in a
 * message's text would otherwise open without complaint. A file with no seal (after a crash) is
 * left to H2's own checks.
 */
public final class DataFileSeal {

  enum Verdict {
    SEALED_AND_INTACT,
    NOT_SEALED,
    CHANGED
  }

  private DataFileSeal() {}

  /** The file beside a database holding the checksum of its last clean close. */
  public static Path sealFile(Path dataFile) {
    return dataFile.resolveSibling(dataFile.getFileName() + ".sha256");
  }

  static Verdict check(Path dataFile) throws IOException {
    Path seal = sealFile(dataFile);
    if (!Files.exists(seal)) {
      return Verdict.NOT_SEALED;
    }
    String expected = Files.readString(seal, StandardCharsets.US_ASCII).trim();
    return expected.equals(describe(dataFile)) ? Verdict.SEALED_AND_INTACT : Verdict.CHANGED;
  }

  /** Writes the seal for the file as it is now (after H2 has closed it). */
  static void seal(Path dataFile) throws IOException {
    Path seal = sealFile(dataFile);
    Path temp = seal.resolveSibling(seal.getFileName() + ".tmp");
    Files.writeString(temp, describe(dataFile) + "\n", StandardCharsets.US_ASCII);
    Files.move(temp, seal, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Removes the seal: from now on the file is being written. */
  static void breakSeal(Path dataFile) throws IOException {
    Files.deleteIfExists(sealFile(dataFile));
  }

  private static String describe(Path file) throws IOException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return Files.size(file) + " " + HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
