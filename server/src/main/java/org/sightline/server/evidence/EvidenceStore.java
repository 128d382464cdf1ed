package org.sightline.server.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
   * Reads {@code body} to its end into the store. The file is forced to the disk, and its directory
   * entry too, before this returns: what is recorded as stored survives a power cut.
   *
   * @throws PayloadTooLargeException past {@link #maxBytes()} (the partial file is removed)
   * @throws EvidenceStorageException when the store cannot write (a full disk, a read-only or
   *     unwritable directory); the partial file is removed
   * @throws IOException when reading {@code body} fails (the client went away)
   */
  public StoredContent receive(InputStream body) throws IOException {
    Path incoming = root.resolve("incoming").resolve(UUID.randomUUID() + ".part");
    MessageDigest sha256 = sha256();
    long size = 0;
    try {
      try (InputStream in = new DigestInputStream(body, sha256);
          FileChannel out = writing(incoming)) {
        byte[] buffer = new byte[BUFFER_BYTES];
        int read;
        while ((read = in.read(buffer)) != -1) {
          size += read;
          if (size > maxBytes) {
            throw new PayloadTooLargeException(maxBytes);
          }
          write(out, ByteBuffer.wrap(buffer, 0, read));
        }
        storing(() -> out.force(true));
      }
      String hash = HexFormat.of().formatHex(sha256.digest());
      Path target = pathOf(hash);
      if (Files.exists(target)) {
        Files.delete(incoming);
        return new StoredContent(hash, size, true);
      }
      storing(() -> Files.createDirectories(target.getParent()));
      storing(
          () ->
              Files.setPosixFilePermissions(
                  incoming, PosixFilePermissions.fromString("r--------")));
      try {
        storing(() -> Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE));
      } catch (EvidenceStorageException failed) {
        removePartial(incoming, failed);
        if (!Files.exists(target)) {
          throw failed;
        }
        return new StoredContent(hash, size, true); // a concurrent upload of the same bytes won
      }
      storing(() -> forceDirectory(target.getParent()));
      return new StoredContent(hash, size, false);
    } catch (IOException | RuntimeException e) {
      removePartial(incoming, e);
      throw e;
    }
  }

  /** Removes a partial upload; a failure to do so is kept with the failure that caused it. */
  private static void removePartial(Path incoming, Exception cause) {
    try {
      Files.deleteIfExists(incoming);
    } catch (IOException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  private static FileChannel writing(Path file) {
    try {
      return FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new EvidenceStorageException(reason(e));
    }
  }

  private static void write(FileChannel out, ByteBuffer bytes) {
    try {
      while (bytes.hasRemaining()) {
        out.write(bytes);
      }
    } catch (IOException e) {
      throw new EvidenceStorageException(reason(e));
    }
  }

  /** An operation on the store's own files: its failure is the store's, not the client's. */
  private interface StoreWrite {
    void run() throws IOException;
  }

  private static void storing(StoreWrite write) {
    try {
      write.run();
    } catch (IOException e) {
      throw new EvidenceStorageException(reason(e));
    }
  }

  /** Forces a directory's entries to the disk (Linux: fsync on the directory). */
  private static void forceDirectory(Path directory) throws IOException {
    try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
      dir.force(true);
    }
  }

  /** The operating system's reason, e.g. "No space left on device" or "Read-only file system". */
  private static String reason(IOException e) {
    String message = e.getMessage();
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      message = fs.getReason();
    }
    return message == null ? e.getClass().getSimpleName() : message;
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
