package org.sightline.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/** A GeoJSON Feature with OGC API links. */
@JsonPropertyOrder({"type", "id", "geometry", "properties", "links"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeatureDocument<P>(
    String type,
    String id,
    @JsonSerialize(using = GeoJsonGeometrySerializer.class) Geometry geometry,
    P properties,
    List<Link> links) {

  public static <P> FeatureDocument<P> of(
      String id, Geometry geometry, P properties, List<Link> links) {
    return new FeatureDocument<>("Feature", id, geometry, properties, links);
  }
}
