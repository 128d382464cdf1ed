package org.sightline.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One collection as OGC API - Features describes it.
 *
 * @param extent spatial extent: {@code bbox} as [[minLon, minLat, maxLon, maxLat]] in CRS84
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CollectionDescription(
    String id,
    String title,
    String description,
    String itemType,
    List<String> crs,
    Extent extent,
    List<Link> links) {

  /** Spatial extent in CRS84. */
  public record Extent(Spatial spatial) {}

  /** One or more boxes, each [minLon, minLat, maxLon, maxLat]. */
  public record Spatial(List<double[]> bbox, String crs) {}
}
