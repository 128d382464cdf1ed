package org.sightline.server.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongConsumer;

/** SHA-256 of files, optionally while copying them. Stateless. */
final class FileHashing {
  private static final int BUFFER_BYTES = 256 * 1024;

  private FileHashing() {}

  /** The size and SHA-256 of what was read. */
  record Hashed(long size, String sha256) {}

  /** Reads {@code file} to its end; {@code counted} is called with the bytes read in each block. */
  static Hashed hash(Path file, LongConsumer counted) throws IOException {
    return copy(file, null, counted);
  }

  /** Reads {@code source}, writing it to {@code target} (a new file) when not null. */
  static Hashed copy(Path source, Path target, LongConsumer counted) throws IOException {
    MessageDigest digest = sha256();
    long size = 0;
    byte[] buffer = new byte[BUFFER_BYTES];
    try (InputStream in = Files.newInputStream(source);
        OutputStream out =
            target == null ? OutputStream.nullOutputStream() : Files.newOutputStream(target)) {
      int read;
      while ((read = in.read(buffer)) != -1) {
        digest.update(buffer, 0, read);
        out.write(buffer, 0, read);
        size += read;
        counted.accept(read);
      }
    }
    return new Hashed(size, HexFormat.of().formatHex(digest.digest()));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
