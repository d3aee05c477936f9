package org.firebreak.intake.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.firebreak.share.AtomicFile;

/**
 * The webhook's shared secret: 32 random bytes from {@link SecureRandom}, kept as hex in one file
 * readable by its owner only, beside the preferences and never in the incident database (so a
 * session file never carries it). The verifier needs the secret itself, not a hash of it, to
 * compute HMACs; the console shows it once when made and afterwards only its fingerprint.
 */
public final class WebhookSecret {

  public static final String FILE_NAME = "webhook-secret";
  private static final int BYTES = 32;

  private final Path file;
  private final SecureRandom random;

  public WebhookSecret(Path file) {
    this(file, new SecureRandom());
  }

  WebhookSecret(Path file, SecureRandom random) {
    this.file = file;
    this.random = random;
  }

  public Path file() {
    return file;
  }

  /** The secret's bytes, or empty when none was made yet. */
  public Optional<byte[]> read() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      String hex = Files.readString(file, StandardCharsets.US_ASCII).strip();
      return hex.isEmpty() ? Optional.empty() : Optional.of(HexFormat.of().parseHex(hex));
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": the webhook secret cannot be read", e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          file + ": the webhook secret is damaged; make a new one (Preferences › Intake)", e);
    }
  }

  /** A new secret, replacing any old one (whose signatures stop being accepted); as hex. */
  public String regenerate() {
    byte[] bytes = new byte[BYTES];
    random.nextBytes(bytes);
    String hex = HexFormat.of().formatHex(bytes);
    try {
      // the temp file is created owner-only (rw-------) on POSIX and keeps that when moved
      AtomicFile.write(file, out -> out.write(hex.getBytes(StandardCharsets.US_ASCII)));
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": the webhook secret cannot be saved", e);
    }
    return hex;
  }

  /** The existing secret, or a new one when there is none yet. */
  public byte[] readOrCreate() {
    return read().orElseGet(() -> HexFormat.of().parseHex(regenerate()));
  }

  /** The first 8 hex digits of the secret's SHA-256: tells secrets apart without showing one. */
  public static String fingerprint(byte[] secret) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret);
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
