package org.sightline.server.db.geometry;

import java.sql.SQLException;
import java.sql.Types;
import java.util.HexFormat;
import net.postgis.jdbc.jts.JtsGeometry;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.sightline.geodata.geom.Geometries;

/**
 * The one place where JTS geometries cross into and out of PostGIS.
 *
 * <p>Writing: a JTS geometry is sent as the PostGIS JDBC driver's {@link JtsGeometry}, a {@code
 * PGobject} of type {@code geometry} whose text is hex EWKB with the SRID. Reading: the {@code
 * geometry} column's text output (hex EWKB) is parsed back. EWKB carries IEEE doubles, so
 * coordinates round-trip exactly. SRID 4326 is set on everything read that carries none.
 */
public final class PostgisGeometries {
  /** The JDBC type used to bind geometries. */
  public static final int SQL_TYPE = Types.OTHER;

  private PostgisGeometries() {}

  /** The driver-side value for a geometry (null stays null). */
  public static JtsGeometry toPostgis(Geometry geometry) {
    if (geometry == null) {
      return null;
    }
    if (geometry.getSRID() == 0) {
      geometry = geometry.copy();
      geometry.setSRID(Geometries.SRID_WGS84);
    }
    return new JtsGeometry(geometry);
  }

  private static final HexFormat UPPER_HEX = HexFormat.of().withUpperCase();

  /**
   * Hex EWKB with SRID 4326 (2D, little-endian), the text form PostGIS reads for a geometry column,
   * e.g. in COPY input. Exact: no decimal rounding.
   */
  public static String toHexEwkb(Geometry geometry) {
    Geometry g = geometry;
    if (g.getSRID() == 0) {
      g = g.copy();
      g.setSRID(Geometries.SRID_WGS84);
    }
    // HexFormat sizes its output once; WKBWriter.toHex grows a StringBuffer. Both upper case.
    return UPPER_HEX.formatHex(new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN, true).write(g));
  }

  /** Parses a {@code geometry} column's hex EWKB text (null stays null). */
  public static Geometry fromPostgis(String hexEwkb) throws SQLException {
    if (hexEwkb == null) {
      return null;
    }
    Geometry geometry = JtsGeometry.geomFromString(hexEwkb);
    if (geometry.getSRID() == 0) {
      geometry.setSRID(Geometries.SRID_WGS84);
    }
    return geometry;
  }
}
