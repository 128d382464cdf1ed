package org.sightline.server.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code MANIFEST.json} of a backup directory: every file with its size and SHA-256, and what the
 * database held when it was dumped (one consistent snapshot): the schema version, the audit chain's
 * head, and the row count of every table. Written last, so a directory without it is an unfinished
 * backup.
 *
 * @param format {@value #FORMAT}
 * @param createdAt when the snapshot was taken (ISO 8601, UTC)
 * @param sightlineVersion the version of Sightline that wrote it
 * @param schemaVersion the Flyway schema version of the database
 * @param postgresVersion the database server's version
 * @param auditHead the audit chain's last event in the snapshot
 * @param counts rows per table (public schema) in the snapshot
 * @param files every file of the backup but this one, paths relative to the backup directory
 * @param evidenceMissingAtBackup hashes of evidence items whose file was not in the evidence store
 *     when the backup was made (a custody problem reported then; empty normally)
 * @param sealingKeysetIncluded whether {@value #KEYSET_FILE} is a copy of the sealing keyset
 */
public record BackupManifest(
    String format,
    String createdAt,
    String sightlineVersion,
    String schemaVersion,
    String postgresVersion,
    AuditHead auditHead,
    Map<String, Long> counts,
    List<FileEntry> files,
    List<String> evidenceMissingAtBackup,
    boolean sealingKeysetIncluded) {

  public static final String FORMAT = "sightline-backup/1";
  public static final String FILE = "MANIFEST.json";
  public static final String DUMP_FILE = "database.dump";
  public static final String EVIDENCE_DIRECTORY = "evidence";
  public static final String KEYSET_FILE = "sealing-keyset.json";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * The audit chain's head.
   *
   * @param seq the last event's sequence number (0: no events)
   * @param hash its row hash
   * @param events how many events the chain holds
   */
  public record AuditHead(long seq, String hash, long events) {}

  /**
   * One file of the backup.
   *
   * @param path relative to the backup directory, with '/' separators
   * @param size in bytes
   * @param sha256 lowercase hex
   */
  public record FileEntry(String path, long size, String sha256) {}

  public BackupManifest {
    counts = Map.copyOf(counts);
    files = List.copyOf(files);
    evidenceMissingAtBackup = List.copyOf(evidenceMissingAtBackup);
  }

  /** Writes {@code <directory>/MANIFEST.json}. */
  public void write(Path directory) throws IOException {
    Files.write(directory.resolve(FILE), toJson());
  }

  byte[] toJson() throws JsonProcessingException {
    return (JSON.writeValueAsString(this) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads {@code <directory>/MANIFEST.json}.
   *
   * @throws BackupException when it is missing or not a manifest of this format
   */
  public static BackupManifest read(Path directory) {
    Path file = directory.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new BackupException(
          "refusing to restore: "
              + directory
              + " has no "
              + FILE
              + " (not a Sightline backup, or an unfinished one)");
    }
    BackupManifest manifest;
    try {
      manifest = JSON.readValue(file.toFile(), BackupManifest.class);
    } catch (IOException e) {
      throw new BackupException(
          "refusing to restore: " + file + " is not a readable backup manifest: " + e.getMessage());
    }
    if (!FORMAT.equals(manifest.format())) {
      throw new BackupException(
          "refusing to restore: "
              + file
              + " is of format "
              + manifest.format()
              + ", this Sightline reads "
              + FORMAT);
    }
    return manifest;
  }

  /** The version of this Sightline, from the build ("unknown" outside a Maven build). */
  public static String currentSightlineVersion() {
    try (InputStream in = BackupManifest.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "unknown");
      return version.startsWith("${") ? "unknown" : version;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
