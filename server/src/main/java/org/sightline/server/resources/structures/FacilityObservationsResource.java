package org.sightline.server.resources.structures;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.sightline.geodata.io.ImportReader;
import org.sightline.geodata.structure.StructureClass;
import org.sightline.server.auth.Role;
import org.sightline.server.errors.ETags;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.errors.TooLargeException;
import org.sightline.server.http.RequestSecurityContext;
import org.sightline.server.imports.GeoPackageImportReader;
import org.sightline.server.registry.FacilityRegistry;
import org.sightline.server.resources.imports.ImportResource;
import org.sightline.server.structure.ObservationEdit;
import org.sightline.server.structure.ObservationLayerImport;
import org.sightline.server.structure.Observations;
import org.sightline.server.visibility.Visibility;

/**
 * A facility's observations, {@code /api/facilities/{id}/observations}: what analysts saw there on
 * scenes of the catalogue, listed by scene date (staff) and recorded (analysts, admins; the
 * facility's structures and change events are recomputed at once). One observation: {@link
 * ObservationResource}.
 */
@Path("/facilities/{facilityId}/observations")
@Produces(MediaType.APPLICATION_JSON)
public class FacilityObservationsResource {
  private final Observations observations;
  private final FacilityRegistry registry;
  private final ObservationLayerImport layerImport;

  public FacilityObservationsResource(
      Observations observations, FacilityRegistry registry, ObservationLayerImport layerImport) {
    this.observations = observations;
    this.registry = registry;
    this.layerImport = layerImport;
  }

  @GET
  @RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.ANALYST,
    Role.Names.INVESTIGATOR,
    Role.Names.ADVOCATE
  })
  @Operation(summary = "A facility's observations, by scene date")
  public List<ObservationResource.Summary> list(
      @PathParam("facilityId") String facilityId, @Context SecurityContext security) {
    registry.get(facilityId, Visibility.of(security));
    return observations.of(facilityId).stream().map(ObservationResource.Summary::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.ANALYST, Role.Names.ADMIN})
  @Operation(
      summary = "Record an observation",
      description =
          "Body: sceneId (catalogued), confidence (estimative word), notes, structures [{class,"
              + " condition, geometry, notes}], unassessable [{reason, geometry}]. Every problem is"
              + " reported at once.")
  @ApiResponse(
      responseCode = "201",
      description = "Created: the observation and what it derived",
      content = @Content(schema = @Schema(implementation = ObservationResource.Written.class)))
  public Response record(
      @PathParam("facilityId") String facilityId,
      ObservationEdit body,
      @Context SecurityContext security,
      @Context UriInfo uri) {
    Observations.Written written =
        observations.record(RequestSecurityContext.actorOf(security), facilityId, body, false);
    return Response.created(
            uri.getBaseUriBuilder()
                .path("observations")
                .path(Long.toString(written.observation().id()))
                .build())
        .header(HttpHeaders.ETAG, ETags.of(written.observation().version()))
        .entity(ObservationResource.Written.of(written))
        .build();
  }

  @POST
  @Path("import")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Role.Names.ANALYST, Role.Names.ADMIN})
  @Operation(
      summary = "Import an observation from a digitized layer",
      description =
          "GeoJSON, KML (Google Earth) or GeoPackage (QGIS), one feature per structure; class and"
              + " condition from its attributes (docs/IMPORT-STRUCTURES.md). dryRun=true reports"
              + " per feature and writes nothing; a real import is all or nothing (422 with the"
              + " report when any feature fails) and can be re-run without duplicating anything.")
  @ApiResponse(
      responseCode = "200",
      description =
          "Imported, unchanged, or (with dryRun=true) what an import would do: every feature's"
              + " outcome",
      content = @Content(schema = @Schema(implementation = ObservationLayerImport.Result.class)))
  @ApiResponse(
      responseCode = "422",
      description = "Some features failed, so nothing was imported; the message names the first",
      content = @Content(schema = @Schema(implementation = LayerProblem.class)))
  public Response importLayer(
      @PathParam("facilityId") String facilityId,
      InputStream body,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @Parameter(description = "the catalogue id of the scene the layer was digitized on")
          @QueryParam("sceneId")
          String sceneId,
      @Parameter(description = "the scene's collection, when its id is in several")
          @QueryParam("sceneCollection")
          String sceneCollection,
      @Parameter(description = "almost-certain, very-likely, likely, even-chance, ...")
          @QueryParam("confidence")
          String confidence,
      @QueryParam("notes") String notes,
      @Parameter(description = "class of features that name none (default other)")
          @QueryParam("defaultClass")
          String defaultClass,
      @Parameter(description = "GeoPackage: the feature table to read (default: the first)")
          @QueryParam("layer")
          String layer,
      @QueryParam("dryRun") boolean dryRun,
      @Context SecurityContext security)
      throws IOException {
    byte[] bytes = body.readNBytes(ImportResource.MAX_IMPORT_BYTES + 1);
    if (bytes.length > ImportResource.MAX_IMPORT_BYTES) {
      throw new TooLargeException(
          "the layer is larger than " + ImportResource.MAX_IMPORT_BYTES + " bytes; split it");
    }
    String type =
        contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    ImportReader reader =
        type.equals(GeoPackageImportReader.MEDIA_TYPE)
            ? (layer == null ? new GeoPackageImportReader() : new GeoPackageImportReader(layer))
            : ImportReader.forMediaType(type)
                .filter(r -> !r.mediaTypes().contains("text/csv"))
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "Content-Type must be application/geo+json,"
                                + " application/vnd.google-earth.kml+xml or "
                                + GeoPackageImportReader.MEDIA_TYPE
                                + "; got '"
                                + type
                                + "'"));
    ObservationLayerImport.Result result =
        layerImport.run(
            RequestSecurityContext.actorOf(security),
            facilityId,
            reader.read(bytes),
            new ObservationLayerImport.Options(
                sceneId,
                sceneCollection,
                confidence,
                notes,
                defaultClass == null ? null : StructureClass.fromCode(defaultClass),
                dryRun));
    if (!dryRun && result.failed()) {
      return Response.status(422).entity(LayerProblem.of(result)).build();
    }
    return Response.ok(result).build();
  }

  /**
   * A rolled-back layer import: the error shape with the report beside it.
   *
   * @param code always 422
   */
  @JsonPropertyOrder({"code", "message"})
  public record LayerProblem(
      int code, String message, @JsonUnwrapped ObservationLayerImport.Result report) {
    static LayerProblem of(ObservationLayerImport.Result result) {
      return new LayerProblem(422, result.summary(), result);
    }
  }
}
