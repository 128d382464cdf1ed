package org.sightline.server.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Content-addressed, write-once storage of evidence files: the bytes of SHA-256 {@code abcd...}
 * live at {@code <root>/sha256/ab/cd/abcd...}, read-only. An upload streams to a temporary file in
 * {@code <root>/incoming} while its hash and size are computed, and is then moved into place
 * atomically; identical bytes already present are recognised and the new copy is dropped. Nothing
 * is ever overwritten or deleted here. Files are stored as received (encrypt the volume at rest).
 * Thread-safe: concurrent uploads of the same bytes race only to an atomic move.
 */
public final class EvidenceStore {
  private static final int BUFFER_BYTES = 64 * 1024;
  private final Path root;
  private final long maxBytes;

  public EvidenceStore(Path root, long maxBytes) {
    this.root = root.toAbsolutePath().normalize();
    this.maxBytes = maxBytes;
  }

  /** Creates the directories (0700) if missing. */
  public void prepare() {
    try {
      for (Path dir : new Path[] {root, root.resolve("incoming"), root.resolve("sha256")}) {
        if (!Files.isDirectory(dir)) {
          Files.createDirectories(dir);
          Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot prepare the evidence directory "
              + root
              + ": "
              + e.getMessage()
              + "; set evidence.directory (SIGHTLINE_EVIDENCE_DIR) to a writable place",
          e);
    }
  }

  public Path root() {
    return root;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Reads {@code body} to its end into the store.
   *
   * @throws PayloadTooLargeException past {@link #maxBytes()} (the partial file is removed)
   */
  public StoredContent receive(InputStream body) throws IOException {
    Path incoming = root.resolve("incoming").resolve(UUID.randomUUID() + ".part");
    MessageDigest sha256 = sha256();
    long size = 0;
    try {
      try (InputStream in = new DigestInputStream(body, sha256);
          OutputStream out = Files.newOutputStream(incoming)) {
        byte[] buffer = new byte[BUFFER_BYTES];
        int read;
        while ((read = in.read(buffer)) != -1) {
          size += read;
          if (size > maxBytes) {
            throw new PayloadTooLargeException(maxBytes);
          }
          out.write(buffer, 0, read);
        }
      }
      String hash = HexFormat.of().formatHex(sha256.digest());
      Path target = pathOf(hash);
      if (Files.exists(target)) {
        Files.delete(incoming);
        return new StoredContent(hash, size, true);
      }
      Files.createDirectories(target.getParent());
      Files.setPosixFilePermissions(incoming, PosixFilePermissions.fromString("r--------"));
      try {
        Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
        Files.deleteIfExists(incoming);
        if (!Files.exists(target)) {
          throw raced;
        }
        return new StoredContent(hash, size, true);
      }
      return new StoredContent(hash, size, false);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(incoming);
      throw e;
    }
  }

  /** Where the bytes with this hash live. */
  public Path pathOf(String sha256Hex) {
    if (!sha256Hex.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256Hex);
    }
    return root.resolve("sha256")
        .resolve(sha256Hex.substring(0, 2))
        .resolve(sha256Hex.substring(2, 4))
        .resolve(sha256Hex);
  }

  public InputStream open(String sha256Hex) throws IOException {
    return Files.newInputStream(pathOf(sha256Hex));
  }

  /** Re-hashes the stored file; empty string when the file is missing. */
  public String rehash(String sha256Hex) throws IOException {
    Path path = pathOf(sha256Hex);
    if (!Files.exists(path)) {
      return "";
    }
    MessageDigest digest = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
