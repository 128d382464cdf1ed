package org.sightline.server.resources.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.sightline.server.publication.PublicExport;

/**
 * A public export as the API shows it. The public sees an approved export's title, filters, policy,
 * data time and files; staff also see who asked and decided, when and why (absent, not null, for
 * the public).
 *
 * @param dataAsOf the time of the data it was generated from (the manifest's {@code dataAsOf})
 * @param files the stored files with their download paths (empty until approved)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicExportView(
    long id,
    String title,
    String state,
    List<String> formats,
    JsonNode filters,
    Integer policyVersion,
    String dataAsOf,
    Instant approvedAt,
    List<FileView> files,
    String requestedBy,
    Instant requestedAt,
    String requestNote,
    String decidedBy,
    Instant decidedAt,
    String decisionNote,
    Instant withdrawnAt,
    String withdrawnBy,
    String withdrawalReason,
    Integer version) {
  public PublicExportView {
    formats = List.copyOf(formats);
    files = List.copyOf(files);
  }

  /** One file: its name, media type, size and SHA-256 (also its ETag), and where to get it. */
  public record FileView(
      String name, String mediaType, long sizeBytes, String sha256, String href) {}

  /** A list of exports, newest first. */
  public record ListView(List<PublicExportView> exports) {
    public ListView {
      exports = List.copyOf(exports);
    }
  }

  public static PublicExportView of(PublicExport e, List<PublicExport.File> files, boolean staff) {
    List<FileView> fileViews =
        e.isPublic() || staff
            ? files.stream()
                .map(
                    f ->
                        new FileView(
                            f.name(),
                            f.mediaType(),
                            f.sizeBytes(),
                            f.sha256(),
                            "/api/public-exports/" + e.id() + "/files/" + f.name()))
                .toList()
            : List.of();
    String dataAsOf =
        e.manifest() == null || !e.manifest().hasNonNull("dataAsOf")
            ? null
            : e.manifest().get("dataAsOf").asText();
    Instant approvedAt = e.policy() == null ? null : e.decidedAt();
    if (!staff) {
      return new PublicExportView(
          e.id(),
          e.title(),
          e.state(),
          e.formats(),
          e.filters(),
          e.policy(),
          dataAsOf,
          approvedAt,
          fileViews,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null);
    }
    return new PublicExportView(
        e.id(),
        e.title(),
        e.state(),
        e.formats(),
        e.filters(),
        e.policy(),
        dataAsOf,
        approvedAt,
        fileViews,
        e.requestedBy(),
        e.requestedAt(),
        e.requestNote(),
        e.decidedBy(),
        e.decidedAt(),
        e.decisionNote(),
        e.withdrawnAt(),
        e.withdrawnBy(),
        e.withdrawalReason(),
        e.version());
  }
}
