package org.sightline.server.map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One GeoJSON feature of a map layer, its geometry and properties already JSON (written by PostGIS
 * and the layer's query, or by {@link MapGrid}).
 *
 * @param type always {@code Feature}
 * @param id the feature's stable id
 * @param geometry GeoJSON geometry, EPSG:4326, (lon, lat), at most 6 decimals
 * @param properties a JSON object
 */
@JsonPropertyOrder({"type", "id", "geometry", "properties"})
public record MapFeature(
    String type, String id, @JsonRawValue String geometry, @JsonRawValue String properties) {

  public static MapFeature of(String id, String geometry, String properties) {
    return new MapFeature("Feature", id, geometry, properties);
  }
}
