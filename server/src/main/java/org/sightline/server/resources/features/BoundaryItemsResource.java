package org.sightline.server.resources.features;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.time.Clock;
import org.sightline.server.api.MediaTypes;
import org.sightline.server.http.AcceptsQueryParameters;
import org.sightline.server.registry.DatedAreas;

/**
 * {@code /api/collections/facility-boundaries/items}: boundary versions; filters facility, basis,
 * confidence ({@code DatedAreaKind.BOUNDARY}).
 */
@Path("/collections/" + FeatureCollections.BOUNDARIES + "/items")
@Produces({MediaTypes.GEOJSON, MediaTypes.JSON})
@Tag(name = "OGC API - Features")
@PermitAll
@AcceptsQueryParameters({"facility", "basis", "confidence"})
public class BoundaryItemsResource extends AreaItemsResource {
  public BoundaryItemsResource(DatedAreas boundaries, Clock clock) {
    super(FeatureCollections.BOUNDARIES, boundaries, clock);
  }
}
