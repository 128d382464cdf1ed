package org.sightline.server.resources.features;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.enums.ParameterStyle;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import org.sightline.server.api.FeatureCollectionDocument;
import org.sightline.server.api.MediaTypes;
import org.sightline.server.registry.DatedAreas;

/**
 * {@code /api/collections/facility-boundaries/items}: boundary versions; filters facility, basis,
 * confidence ({@code DatedAreaKind.BOUNDARY}).
 */
@Path("/collections/" + FeatureCollections.BOUNDARIES + "/items")
@Produces({MediaTypes.GEOJSON, MediaTypes.JSON})
@Tag(name = "OGC API - Features")
@PermitAll
public class BoundaryItemsResource extends AreaItemsResource {
  public BoundaryItemsResource(DatedAreas boundaries, Clock clock) {
    super(FeatureCollections.BOUNDARIES, boundaries, clock);
  }

  @GET
  @Operation(
      summary = "Items",
      description =
          "GeoJSON FeatureCollection of boundary versions ordered by id, paged by 'next' links; datetime"
              + " selects the versions valid then; the filters take comma-separated values.")
  public FeatureCollectionDocument<AreaProperties> items(
      @Context UriInfo uri,
      @Context SecurityContext security,
      @Parameter(
              description = "page size (larger values are reduced to 1000)",
              schema =
                  @Schema(type = "integer", minimum = "1", maximum = "1000", defaultValue = "100"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = "minLon,minLat,maxLon,maxLat in CRS84") @QueryParam("bbox")
          String bbox,
      @Parameter(
              description =
                  "RFC 3339 instant, date or interval: the versions valid at some time in it")
          @QueryParam("datetime")
          String datetime,
      @Parameter(description = "opaque; from a 'next' link") @QueryParam("cursor") String cursor,
      @Parameter(
              description = "facility ids, comma-separated",
              style = ParameterStyle.FORM,
              explode = Explode.FALSE,
              array = @ArraySchema(schema = @Schema(type = "string")))
          @QueryParam("facility")
          String facility,
      @Parameter(
              description =
                  "how the outline was established, comma-separated: digitized from a dated"
                      + " scene, published by a source, or approximate",
              style = ParameterStyle.FORM,
              explode = Explode.FALSE,
              array =
                  @ArraySchema(
                      schema =
                          @Schema(
                              type = "string",
                              allowableValues = {"digitized", "published", "approximate"})))
          @QueryParam("basis")
          String basis,
      @Parameter(
              description = "confidence in the outline, comma-separated",
              style = ParameterStyle.FORM,
              explode = Explode.FALSE,
              array =
                  @ArraySchema(
                      schema =
                          @Schema(
                              type = "string",
                              allowableValues = {"high", "medium", "low"})))
          @QueryParam("confidence")
          String confidence) {
    return page(uri, security);
  }
}
