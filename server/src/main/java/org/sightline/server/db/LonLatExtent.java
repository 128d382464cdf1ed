package org.sightline.server.db;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

/** A bounding box in WGS 84 degrees. */
public record LonLatExtent(
    @ColumnName("min_lon") double minLonDeg,
    @ColumnName("min_lat") double minLatDeg,
    @ColumnName("max_lon") double maxLonDeg,
    @ColumnName("max_lat") double maxLatDeg) {

  public double[] toArray() {
    return new double[] {minLonDeg, minLatDeg, maxLonDeg, maxLatDeg};
  }
}
