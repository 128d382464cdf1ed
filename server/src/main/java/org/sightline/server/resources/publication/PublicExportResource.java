package org.sightline.server.resources.publication;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.sightline.server.auth.Role;
import org.sightline.server.errors.ETags;
import org.sightline.server.http.ContentDisposition;
import org.sightline.server.http.RequestSecurityContext;
import org.sightline.server.publication.PublicExport;
import org.sightline.server.publication.PublicExports;
import org.sightline.server.visibility.Visibility;

/**
 * {@code /api/public-exports}: files of the public layers that need an approval. An advocate asks
 * (title, formats, filters), a second advocate approves (the files are generated then, under the
 * active redaction policy, and stored with a manifest) or rejects with a note; an advocate may
 * withdraw an approved export with a reason. Everyone lists and downloads the approved exports;
 * staff also see the waiting, rejected and withdrawn ones. A file's ETag is its SHA-256.
 */
@Path("/public-exports")
@Produces(MediaType.APPLICATION_JSON)
public class PublicExportResource {
  private final PublicExports exports;

  public PublicExportResource(PublicExports exports) {
    this.exports = exports;
  }

  /** The request body, for the API description (the server reads it field by field). */
  @Schema(name = "PublicExportRequest")
  public record RequestBody(
      @Schema(description = "at most 200 characters", requiredMode = Schema.RequiredMode.REQUIRED)
          String title,
      @Schema(
              description = "geojson, kml, csv, gpkg (at least one)",
              requiredMode = Schema.RequiredMode.REQUIRED)
          List<String> formats,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Filters filters,
      String note) {}

  /** The filters of a request. */
  @Schema(name = "PublicExportFilters")
  public record Filters(
      @Schema(
              description = "facilities, claims, events, structures (at least one)",
              requiredMode = Schema.RequiredMode.REQUIRED)
          List<String> layers,
      @Schema(description = "[minLon, minLat, maxLon, maxLat] or \"minLon,minLat,maxLon,maxLat\"")
          List<Double> bbox,
      @Schema(description = "RFC 3339 instant or interval (claims, events, structures)")
          String datetime,
      @Schema(description = "facility types kept (facilities)") List<String> facilityTypes,
      @Schema(description = "facility statuses kept, 'unknown' for none (facilities)")
          List<String> facilityStatuses) {}

  /** A decision's note (approve, reject) or reason (withdraw). */
  public record DecisionBody(String note, String reason) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.ADVOCATE)
  @Operation(
      summary = "Ask for a public export (an advocate); a second advocate approves it",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content = @Content(schema = @Schema(implementation = RequestBody.class))),
      responses =
          @ApiResponse(
              responseCode = "201",
              description = "the export, requested; its ETag",
              content = @Content(schema = @Schema(implementation = PublicExportView.class))))
  public Response request(JsonNode body, @Context SecurityContext security) {
    PublicExport export = exports.request(RequestSecurityContext.userOf(security), body);
    return Response.status(Response.Status.CREATED)
        .header(HttpHeaders.LOCATION, "/api/public-exports/" + export.id())
        .header(HttpHeaders.ETAG, ETags.of(export.version()))
        .entity(PublicExportView.of(export, List.of(), true))
        .build();
  }

  @GET
  @PermitAll
  @Operation(
      summary = "Public exports, newest first: approved ones for everyone, all for staff",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "the exports the caller may see",
              content =
                  @Content(schema = @Schema(implementation = PublicExportView.ListView.class))))
  public PublicExportView.ListView list(@Context SecurityContext security) {
    boolean staff = Visibility.of(security).staff();
    return new PublicExportView.ListView(
        exports.list(staff).stream()
            .map(e -> PublicExportView.of(e, exports.files(e.id()), staff))
            .toList());
  }

  @GET
  @Path("/{id}")
  @PermitAll
  @Operation(
      summary = "One public export with its files and ETag (the public: approved ones only)",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "the export and its ETag",
              content = @Content(schema = @Schema(implementation = PublicExportView.class))))
  public Response get(@PathParam("id") long id, @Context SecurityContext security) {
    boolean staff = Visibility.of(security).staff();
    return withETag(exports.get(id, staff), staff);
  }

  @POST
  @Path("/{id}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.ADVOCATE)
  @Operation(
      summary =
          "Approve a requested export (an advocate who did not request it): generates its files",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "the export and its ETag",
              content = @Content(schema = @Schema(implementation = PublicExportView.class))))
  public Response approve(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      DecisionBody body,
      @Context SecurityContext security) {
    int version = ETags.requireVersion(ifMatch);
    return withETag(
        exports.approve(
            RequestSecurityContext.userOf(security),
            id,
            version,
            body == null ? null : body.note()));
  }

  @POST
  @Path("/{id}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.ADVOCATE)
  @Operation(
      summary = "Reject a requested export, with a note (an advocate who did not request it)",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "the export and its ETag",
              content = @Content(schema = @Schema(implementation = PublicExportView.class))))
  public Response reject(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      DecisionBody body,
      @Context SecurityContext security) {
    int version = ETags.requireVersion(ifMatch);
    return withETag(
        exports.reject(
            RequestSecurityContext.userOf(security),
            id,
            version,
            body == null ? null : body.note()));
  }

  @POST
  @Path("/{id}/withdraw")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.ADVOCATE)
  @Operation(
      summary = "Withdraw an approved export, with a reason: its files are no longer served",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "the export and its ETag",
              content = @Content(schema = @Schema(implementation = PublicExportView.class))))
  public Response withdraw(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      DecisionBody body,
      @Context SecurityContext security) {
    int version = ETags.requireVersion(ifMatch);
    return withETag(
        exports.withdraw(
            RequestSecurityContext.userOf(security),
            id,
            version,
            body == null ? null : body.reason()));
  }

  @GET
  @Path("/{id}/files/{name}")
  @PermitAll
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary = "Download a file of an approved export (its ETag is its SHA-256)",
      description =
          "The files are listed in the export's manifest.json; public-export.zip holds them all"
              + " with the manifest.")
  @ApiResponse(
      responseCode = "200",
      description = "the file, as an attachment, in its own media type",
      content = {
        @Content(
            mediaType = "application/geo+json",
            schema = @Schema(type = "string", format = "binary")),
        @Content(
            mediaType = "application/vnd.google-earth.kml+xml",
            schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
        @Content(
            mediaType = "application/geopackage+sqlite3",
            schema = @Schema(type = "string", format = "binary")),
        @Content(
            mediaType = "application/json",
            schema = @Schema(type = "string", format = "binary")),
        @Content(
            mediaType = "application/zip",
            schema = @Schema(type = "string", format = "binary"))
      })
  public Response file(
      @PathParam("id") long id,
      @Parameter(description = "a file name from the manifest, manifest.json or public-export.zip")
          @PathParam("name")
          String name,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    PublicExport.File file = exports.file(id, name);
    String etag = "\"" + file.sha256() + "\"";
    if (ifNoneMatch != null && ifNoneMatch.strip().equals(etag)) {
      return Response.notModified().header(HttpHeaders.ETAG, etag).build();
    }
    return Response.ok(file.bytes(), file.mediaType())
        .header(HttpHeaders.ETAG, etag)
        .header(
            "Content-Disposition",
            ContentDisposition.attachment("sightline-public-export-" + id + "-" + file.name()))
        .header("Cache-Control", "public, no-cache")
        .header("X-Content-SHA256", file.sha256())
        .build();
  }

  private Response withETag(PublicExport export) {
    return withETag(export, true);
  }

  private Response withETag(PublicExport export, boolean staff) {
    return Response.ok(PublicExportView.of(export, exports.files(export.id()), staff))
        .header(HttpHeaders.ETAG, ETags.of(export.version()))
        .build();
  }
}
