package org.sightline.server.resources.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
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
import java.util.List;
import java.util.Locale;
import org.sightline.geodata.io.ImportFeature;
import org.sightline.geodata.io.ImportReader;
import org.sightline.geodata.io.ImportReport;
import org.sightline.server.api.ImportProblem;
import org.sightline.server.auth.Role;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.errors.TooLargeException;
import org.sightline.server.http.RequestSecurityContext;
import org.sightline.server.imports.FacilityImporter;
import org.sightline.server.imports.ImportDefaults;

/**
 * {@code POST /api/imports}: facilities, boundary versions and zone versions from GeoJSON ({@code
 * application/geo+json}), KML ({@code application/vnd.google-earth.kml+xml}) or CSV ({@code
 * text/csv}). {@code ?defaultType=} and {@code ?defaultStatus=} set what facilities without type or
 * status are recorded as ({@link ImportDefaults}). {@code ?dryRun=true} answers with the
 * per-feature report and writes nothing. A real import is atomic: 200 when every feature was
 * created or already there, 422 with the report and nothing written when any failed. Analysts and
 * admins.
 */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {
  /** Largest import file (it is read whole); bigger files get 413. */
  public static final int MAX_IMPORT_BYTES = 16 * 1024 * 1024;

  private final FacilityImporter importer;

  public ImportResource(FacilityImporter importer) {
    this.importer = importer;
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Role.Names.ANALYST, Role.Names.ADMIN})
  @Operation(
      summary = "Import facilities, boundaries and zones",
      description =
          "GeoJSON, KML (Google Earth) or CSV. dryRun=true reports per feature and writes nothing; a real"
              + " import is all or nothing and can be re-run without duplicating anything.")
  @ApiResponse(
      responseCode = "200",
      description =
          "Imported (or, with dryRun=true, what an import would do): every feature's outcome",
      content = @Content(schema = @Schema(implementation = ImportReport.class)))
  @ApiResponse(
      responseCode = "422",
      description =
          "Some features failed, so nothing was imported; the message names the first, items"
              + " says why for each",
      content = @Content(schema = @Schema(implementation = ImportProblem.class)))
  public Response importFile(
      InputStream body,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @QueryParam("dryRun") boolean dryRun,
      @QueryParam("repair") boolean repair,
      @Parameter(description = "type of facilities that give none (default other)")
          @QueryParam("defaultType")
          String defaultType,
      @Parameter(description = "status of facilities that give none (default unconfirmed)")
          @QueryParam("defaultStatus")
          String defaultStatus,
      @Context SecurityContext security)
      throws IOException {
    ImportDefaults defaults = ImportDefaults.of(defaultType, defaultStatus);
    byte[] bytes = body.readNBytes(MAX_IMPORT_BYTES + 1);
    if (bytes.length > MAX_IMPORT_BYTES) {
      throw new TooLargeException(
          "the import file is larger than " + MAX_IMPORT_BYTES + " bytes; split it");
    }
    String type =
        contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    ImportReader reader =
        ImportReader.forMediaType(type)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "Content-Type must be application/geo+json, application/vnd.google-earth.kml+xml or text/csv; got '"
                            + type
                            + "'"));
    List<ImportFeature> features = reader.read(bytes);
    if (features.isEmpty()) {
      throw new InvalidInputException("the file holds no features");
    }
    ImportReport report =
        importer.run(RequestSecurityContext.actorOf(security), features, dryRun, repair, defaults);
    if (!dryRun && report.errors() > 0) {
      return Response.status(422).entity(ImportProblem.of(report)).build();
    }
    return Response.ok(report).build();
  }
}
