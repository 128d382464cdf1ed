package org.sightline.server.resources.testimony;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.io.ImportReport;
import org.sightline.geodata.testimony.ClaimType;
import org.sightline.geodata.testimony.Sharing;
import org.sightline.geodata.testimony.io.TimeMapOptions;
import org.sightline.server.api.ImportProblem;
import org.sightline.server.auth.Role;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.errors.TooLargeException;
import org.sightline.server.http.RequestSecurityContext;
import org.sightline.server.resources.imports.ImportResource;
import org.sightline.server.testimony.ClaimImport;

/**
 * {@code POST /api/claims/import}: claims from a CSV file ({@code text/csv}) or a Forensic
 * Architecture TimeMap export ({@code application/json}), for one organisation, all or nothing,
 * re-runnable, with {@code dryRun=true} for the report alone (docs/IMPORT-CLAIMS.md).
 * Investigators.
 */
@Path("/claims/import")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimImportResource {
  private final ClaimImport imports;

  public ClaimImportResource(ClaimImport imports) {
    this.imports = imports;
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(
      summary = "Import claims (CSV or TimeMap)",
      description =
          "text/csv: the claims CSV, rows naming their testimony or document by the"
              + " organisation's external reference. application/json: a TimeMap export"
              + " {events, sources, associations}; types maps association or category names to"
              + " claim types (name:type,name:type). dryRun=true reports every row and writes"
              + " nothing; a real import is all or nothing (422 with the report when any row"
              + " fails) and skips what the organisation has imported already.")
  @ApiResponse(
      responseCode = "200",
      description = "Imported, or what an import would do: every row's outcome",
      content = @Content(schema = @Schema(implementation = ImportReport.class)))
  @ApiResponse(
      responseCode = "422",
      description = "Some rows failed, so nothing was imported",
      content = @Content(schema = @Schema(implementation = ImportProblem.class)))
  public Response importClaims(
      InputStream body,
      @Context HttpHeaders headers,
      @Parameter(description = "the organisation the claims come from (required)")
          @QueryParam("organisation")
          String organisation,
      @Parameter(description = "TimeMap: association or category name:claim type, comma-separated")
          @QueryParam("types")
          String types,
      @Parameter(description = "TimeMap: the type of events no mapping names")
          @QueryParam("defaultType")
          String defaultType,
      @Parameter(description = "TimeMap: metres around each event's point (default 1000)")
          @QueryParam("radiusM")
          Double radiusM,
      @Parameter(description = "TimeMap: sharing of claims from visible sources")
          @QueryParam("sharing")
          String sharing,
      @QueryParam("dryRun") boolean dryRun,
      @Context SecurityContext security)
      throws IOException {
    if (organisation == null || organisation.isBlank()) {
      throw new InvalidInputException(
          "organisation is required: ?organisation=<id> of the organisation the claims come from");
    }
    byte[] bytes = body.readNBytes(ImportResource.MAX_IMPORT_BYTES + 1);
    if (bytes.length > ImportResource.MAX_IMPORT_BYTES) {
      throw new TooLargeException(
          "the file is larger than " + ImportResource.MAX_IMPORT_BYTES + " bytes; split it");
    }
    String type =
        headers.getMediaType() == null
            ? ""
            : (headers.getMediaType().getType() + "/" + headers.getMediaType().getSubtype())
                .toLowerCase(Locale.ROOT);
    ImportReport report;
    if (type.equals("text/csv")) {
      report = imports.csv(RequestSecurityContext.actorOf(security), organisation, bytes, dryRun);
    } else if (type.equals("application/json")) {
      report =
          imports.timeMap(
              RequestSecurityContext.actorOf(security),
              organisation,
              bytes,
              options(types, defaultType, radiusM, sharing),
              dryRun);
    } else {
      throw new InvalidInputException(
          "Content-Type must be text/csv (claims CSV) or application/json (TimeMap); got '"
              + type
              + "'");
    }
    if (!dryRun && report.errors() > 0) {
      return Response.status(422).entity(ImportProblem.of(report)).build();
    }
    return Response.ok(report).build();
  }

  private static TimeMapOptions options(
      String types, String defaultType, Double radiusM, String sharing) {
    Map<String, ClaimType> mapping = new LinkedHashMap<>();
    if (types != null && !types.isBlank()) {
      for (String pair : types.split(",")) {
        int colon = pair.lastIndexOf(':');
        if (colon <= 0) {
          throw new InvalidInputException(
              "types: '" + pair + "' is not name:type, e.g. executions:public-execution");
        }
        mapping.put(pair.substring(0, colon).strip(), type(pair.substring(colon + 1).strip()));
      }
    }
    TimeMapOptions options = TimeMapOptions.of(mapping);
    if (defaultType != null && !defaultType.isBlank()) {
      options = options.withDefaultType(type(defaultType));
    }
    if (radiusM != null) {
      options = options.withRadiusM(radiusM);
    }
    if (sharing != null && !sharing.isBlank()) {
      options = options.withSharing(Sharing.fromCode(sharing));
    }
    return options;
  }

  private static ClaimType type(String code) {
    try {
      return ClaimType.fromCode(code);
    } catch (InvalidDataException e) {
      throw new InvalidInputException("types: " + e.getMessage());
    }
  }
}
