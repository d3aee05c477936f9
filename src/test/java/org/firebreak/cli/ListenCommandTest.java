package org.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `firebreak listen`: what it refuses, and the secret it prints once. */
class ListenCommandTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return FirebreakCommand.execute(
        db -> {}, new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void withNothingToListenToItSaysSoAndExits2() {
    assertThat(run("listen", "--db", dir.resolve("db").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("nothing to listen to; give --webhook, --watch DIR");
  }

  @Test
  void aNewSecretIsPrintedOnceAndKeptOwnerOnly() throws Exception {
    Path secret = dir.resolve("webhook-secret");
    assertThat(run("listen", "--new-secret", "--secret-file", secret.toString())).isZero();

    String hex = Files.readString(secret).strip();
    assertThat(hex).matches("[0-9a-f]{64}");
    assertThat(out.toString()).contains("shown once", hex, "fingerprint: ");
    assertThat(Files.getPosixFilePermissions(secret).toString())
        .isEqualTo("[OWNER_READ, OWNER_WRITE]");
  }

  @Test
  void aTakenPortIsOneLineAndExit1() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int code =
          run(
              "listen",
              "--webhook",
              "--port",
              Integer.toString(taken.getLocalPort()),
              "--secret-file",
              dir.resolve("s").toString(),
              "--db",
              dir.resolve("db").toString());
      assertThat(code).isEqualTo(1);
      assertThat(err.toString().strip())
          .startsWith("firebreak: The webhook cannot listen on 127.0.0.1:" + taken.getLocalPort())
          .doesNotContain("\n");
    }
  }
}
