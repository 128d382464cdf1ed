package org.sightline.server.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * One layer of a public export as a table: typed columns and rows with an EPSG:4326 geometry, the
 * same in every format (GeoJSON properties, CSV columns, KML {@code SimpleData}, GeoPackage
 * columns), in a fixed order so that the files are byte-identical when generated again.
 *
 * @param layer the layer's name: the GeoJSON/CSV file stem, the KML folder, the GeoPackage table
 */
public record PublicTable(String layer, List<Column> columns, List<Row> rows) {
  public PublicTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** A column's type: text, a whole number ({@link Long}) or a real number ({@link Double}). */
  public enum Type {
    TEXT,
    INTEGER,
    REAL
  }

  /** One column. */
  public record Column(String name, Type type) {}

  /**
   * One feature.
   *
   * @param values one per column, in order: a {@link String}, {@link Long}, {@link Double} or null
   */
  public record Row(String id, Geometry geometry, List<Object> values) {
    public Row {
      values = Collections.unmodifiableList(new ArrayList<>(values));
    }
  }
}
