package org.sightline.server.publication;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * A public export: a request for files of the public layers, which a second advocate approves (the
 * files are generated then) or rejects, and which an advocate may later withdraw.
 *
 * @param filters the normalised filters ({@link PublicExportRequest#filtersJson()})
 * @param policy the redaction policy version the files were generated under (null before approval)
 * @param manifest the manifest (null before approval)
 * @param version the row's version, for {@code If-Match}
 */
public record PublicExport(
    long id,
    String title,
    JsonNode filters,
    List<String> formats,
    String state,
    String requestedBy,
    Instant requestedAt,
    String requestNote,
    String decidedBy,
    Instant decidedAt,
    String decisionNote,
    Integer policy,
    JsonNode manifest,
    Instant withdrawnAt,
    String withdrawnBy,
    String withdrawalReason,
    int version) {
  public static final String REQUESTED = "requested";
  public static final String APPROVED = "approved";
  public static final String REJECTED = "rejected";
  public static final String WITHDRAWN = "withdrawn";

  public PublicExport {
    formats = List.copyOf(formats);
  }

  /** Whether the public sees it and its files are served. */
  public boolean isPublic() {
    return APPROVED.equals(state);
  }

  /** One stored file of an approved export; {@link #bytes()} is empty in listings. Immutable. */
  public static final class File {
    private final String name;
    private final String mediaType;
    private final String sha256;
    private final long sizeBytes;
    private final byte[] bytes;

    public File(String name, String mediaType, String sha256, long sizeBytes, byte[] bytes) {
      this.name = name;
      this.mediaType = mediaType;
      this.sha256 = sha256;
      this.sizeBytes = sizeBytes;
      this.bytes = bytes.clone();
    }

    public String name() {
      return name;
    }

    public String mediaType() {
      return mediaType;
    }

    /** Lower-case hex SHA-256 of the content. */
    public String sha256() {
      return sha256;
    }

    public long sizeBytes() {
      return sizeBytes;
    }

    /** A copy of the content. */
    public byte[] bytes() {
      return bytes.clone();
    }
  }
}
