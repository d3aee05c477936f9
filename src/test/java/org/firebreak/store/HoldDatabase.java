package org.firebreak.store;

import java.nio.file.Path;

/** A second Firebreak process for tests: opens a database, says so, holds it until stdin closes. */
public final class HoldDatabase {
  private HoldDatabase() {}

  public static void main(String[] args) throws Exception {
    try (Database db = Database.open(Path.of(args[0]))) {
      System.out.println("open");
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for the parent to close our stdin
      }
    }
  }
}
