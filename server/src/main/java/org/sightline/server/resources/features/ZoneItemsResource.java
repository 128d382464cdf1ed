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
 * {@code /api/collections/zones/items}: zone versions; filters facility, kind, basis, confidence
 * ({@code DatedAreaKind.ZONE}).
 */
@Path("/collections/" + FeatureCollections.ZONES + "/items")
@Produces({MediaTypes.GEOJSON, MediaTypes.JSON})
@Tag(name = "OGC API - Features")
@PermitAll
@AcceptsQueryParameters({"facility", "kind", "basis", "confidence"})
public class ZoneItemsResource extends AreaItemsResource {
  public ZoneItemsResource(DatedAreas zones, Clock clock) {
    super(FeatureCollections.ZONES, zones, clock);
  }
}
