package org.sightline.server.resources.features;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sightline.geodata.facility.AreaFields;
import org.sightline.server.api.MediaTypes;
import org.sightline.server.visibility.Visibility;

/** {@code /api/collections/facility-boundaries/items}: boundary versions; filters facility, basis, confidence. */
@Path("/collections/" + FeatureCollections.BOUNDARIES + "/items")
@Produces({MediaTypes.GEOJSON, MediaTypes.JSON})
@Tag(name = "OGC API - Features")
@PermitAll
public class BoundaryItemsResource extends AreaItemsResource {
  private final AreaFeatures areas;

  public BoundaryItemsResource(AreaFeatures areas, Clock clock) {
    super(FeatureCollections.BOUNDARIES, clock);
    this.areas = areas;
  }

  @Override
  Map<String, Filter> filters() {
    Map<String, Filter> filters = new LinkedHashMap<>();
    filters.put("facility", new Filter("facility_id", null));
    filters.put("basis", new Filter("basis", AreaFields.BASES));
    filters.put("confidence", new Filter("confidence", AreaFields.CONFIDENCES));
    return filters;
  }

  @Override
  AreaFeatures.Page page(ItemsQuery query, Visibility visibility, Map<String, String[]> filters) {
    return areas.boundaries(query, visibility, filters);
  }

  @Override
  Optional<AreaFeatures.Item> one(long id, Visibility visibility) {
    return areas.boundary(id, visibility);
  }
}
