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
import org.sightline.server.registry.FacilityZones;
import org.sightline.server.visibility.Visibility;

/** {@code /api/collections/zones/items}: zone versions; filters facility, kind, basis, confidence. */
@Path("/collections/" + FeatureCollections.ZONES + "/items")
@Produces({MediaTypes.GEOJSON, MediaTypes.JSON})
@Tag(name = "OGC API - Features")
@PermitAll
public class ZoneItemsResource extends AreaItemsResource {
  private final AreaFeatures areas;

  public ZoneItemsResource(AreaFeatures areas, Clock clock) {
    super(FeatureCollections.ZONES, clock);
    this.areas = areas;
  }

  @Override
  Map<String, Filter> filters() {
    Map<String, Filter> filters = new LinkedHashMap<>();
    filters.put("facility", new Filter("facility_id", null));
    filters.put("kind", new Filter("kind", FacilityZones.KINDS));
    filters.put("basis", new Filter("basis", AreaFields.BASES));
    filters.put("confidence", new Filter("confidence", AreaFields.CONFIDENCES));
    return filters;
  }

  @Override
  AreaFeatures.Page page(ItemsQuery query, Visibility visibility, Map<String, String[]> filters) {
    return areas.zones(query, visibility, filters);
  }

  @Override
  Optional<AreaFeatures.Item> one(long id, Visibility visibility) {
    return areas.zone(id, visibility);
  }
}
