package org.sightline.geodata.structure.io;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.structure.UnassessableArea;
import org.sightline.geodata.structure.UnassessableReason;

/**
 * An area of the layer that could not be assessed (cloud, shadow...), checked and not yet stored.
 *
 * @param index the feature's 1-based position in the layer
 * @param label how the report names it: the feature's {@code name}, else "feature N"
 * @param geometry EPSG:4326, longitude/latitude, SRID 4326, a Polygon or MultiPolygon checked valid
 * @param notes the analyst's notes, or null
 * @param featureId the feature's own id in the layer ({@code id}, else {@code fid}), or null
 */
public record UnassessableDraft(
    int index,
    String label,
    UnassessableReason reason,
    Geometry geometry,
    String notes,
    String featureId) {

  public UnassessableDraft {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(geometry, "geometry");
  }

  public UnassessableArea toArea() {
    return new UnassessableArea(reason, geometry);
  }
}
