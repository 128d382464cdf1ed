package org.sightline.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sightline.server.sealing.SealingKeys;

/** Sealing keysets for tests: generated files in the temporary directory, never a real one. */
public final class TestKeysets {
  private static Path shared;

  private TestKeysets() {}

  /** One keyset file for the applications of this test JVM (generated on first use). */
  public static synchronized Path shared() {
    if (shared == null) {
      shared = fresh();
    }
    return shared;
  }

  /** A new keyset file (a new directory each time), mode 0600. */
  public static Path fresh() {
    try {
      Path file = Files.createTempDirectory("sightline-keyset-").resolve("sealing-keyset.json");
      SealingKeys.generate().writeNew(file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
