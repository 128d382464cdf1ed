package org.sightline.server.api.stac;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A STAC Collection ({@code GET /api/stac/collections/{id}}). */
public record StacCollection(
    String type,
    @JsonProperty("stac_version") String stacVersion,
    String id,
    String description,
    String license,
    Extent extent,
    List<StacLink> links) {

  /** Where and when the collection's scenes are. */
  public record Extent(Spatial spatial, Temporal temporal) {}

  /**
   * @param bbox bounding boxes, each minLon, minLat, maxLon, maxLat (EPSG:4326 degrees); the first
   *     is the whole
   */
  public record Spatial(List<List<Double>> bbox) {}

  /**
   * @param interval intervals, each [start, end] as RFC 3339 UTC; the first is the whole
   */
  public record Temporal(List<List<String>> interval) {}
}
