package org.sightline.imagery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.sightline.geodata.geom.Geometries;

/**
 * A Military Grid Reference System 100 km square (e.g. {@code 52SCJ}), and the footprint of the
 * Sentinel-2 tile named after it: the square's north-west corner extended 109.8 km east and south
 * (Sentinel-2 tiles overlap their neighbours by 9.8 km), drawn in WGS 84 longitude/latitude from
 * UTM with densified edges. Northern hemisphere only (all Korea is). Immutable.
 *
 * @param zone UTM zone 1..60
 * @param band latitude band letter C..X (N..X for the northern hemisphere)
 * @param column 100 km column letter
 * @param row 100 km row letter
 */
public record MgrsTile(int zone, char band, char column, char row) {
  /** Sentinel-2 tile edge, metres. */
  public static final double SENTINEL2_TILE_M = 109_800;

  private static final Pattern TILE =
      Pattern.compile("(?:MGRS-)?(\\d{1,2})([C-HJ-NP-X])([A-HJ-NP-Z])([A-HJ-NP-V])");
  private static final String COLUMNS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String ROWS = "ABCDEFGHJKLMNPQRSTUV";
  private static final String BANDS = "CDEFGHJKLMNPQRSTUVWX";
  private static final int EDGE_POINTS = 12;

  /** Parses {@code 52SCJ} or {@code MGRS-52SCJ}. */
  public static MgrsTile parse(String text) {
    Matcher m = TILE.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not an MGRS 100 km square such as 52SCJ");
    }
    int zone = Integer.parseInt(m.group(1));
    if (zone < 1 || zone > 60) {
      throw new IllegalArgumentException("MGRS zone " + zone + " is outside 1..60");
    }
    char band = m.group(2).charAt(0);
    if (band < 'N') {
      throw new IllegalArgumentException(
          "MGRS band " + band + " is in the southern hemisphere; only N..X are supported");
    }
    return new MgrsTile(zone, band, m.group(3).charAt(0), m.group(4).charAt(0));
  }

  /** The square's south-west corner in UTM metres (easting, northing). */
  public double[] southWestUtm() {
    int set = (zone - 1) % 3;
    int columnIndex = COLUMNS.indexOf(column) - set * 8;
    if (columnIndex < 0 || columnIndex > 7) {
      throw new IllegalArgumentException(
          "column letter " + column + " does not exist in UTM zone " + zone);
    }
    double easting = (columnIndex + 1) * 100_000.0;
    int rowOffset = zone % 2 == 0 ? 5 : 0;
    int rowIndex = Math.floorMod(ROWS.indexOf(row) - rowOffset, 20);
    // The band's southern edge fixes which 2,000 km cycle of row letters is meant.
    double bandSouthLat = -80 + BANDS.indexOf(band) * 8.0;
    double bandSouthNorthing = utmToWgs84Inverse(bandSouthLat);
    double northing = rowIndex * 100_000.0;
    while (northing + 100_000 <= bandSouthNorthing) {
      northing += 2_000_000;
    }
    return new double[] {easting, northing};
  }

  /** The Sentinel-2 tile footprint: EPSG:4326, longitude/latitude, counter-clockwise. */
  public Polygon sentinel2Footprint() {
    double[] sw = southWestUtm();
    double west = sw[0];
    double north = sw[1] + 100_000;
    double east = west + SENTINEL2_TILE_M;
    double south = north - SENTINEL2_TILE_M;
    List<Coordinate> ring = new ArrayList<>();
    edge(ring, west, south, east, south);
    edge(ring, east, south, east, north);
    edge(ring, east, north, west, north);
    edge(ring, west, north, west, south);
    ring.add(new Coordinate(ring.get(0)));
    return Geometries.FACTORY.createPolygon(ring.toArray(new Coordinate[0]));
  }

  private void edge(List<Coordinate> ring, double x0, double y0, double x1, double y1) {
    CoordinateTransform toWgs84 = transform(true);
    for (int i = 0; i < EDGE_POINTS; i++) {
      double f = (double) i / EDGE_POINTS;
      ProjCoordinate lonLat =
          toWgs84.transform(
              new ProjCoordinate(x0 + f * (x1 - x0), y0 + f * (y1 - y0)), new ProjCoordinate());
      ring.add(new Coordinate(lonLat.x, lonLat.y));
    }
  }

  private double utmToWgs84Inverse(double latDeg) {
    CoordinateTransform toUtm = transform(false);
    double centralMeridian = -183 + zone * 6;
    return toUtm.transform(new ProjCoordinate(centralMeridian, latDeg), new ProjCoordinate()).y;
  }

  private CoordinateTransform transform(boolean utmToWgs84) {
    CRSFactory crs = new CRSFactory();
    CoordinateReferenceSystem utm =
        crs.createFromParameters(
            "utm" + zone, "+proj=utm +zone=" + zone + " +datum=WGS84 +units=m +no_defs");
    CoordinateReferenceSystem wgs84 =
        crs.createFromParameters("wgs84", "+proj=longlat +datum=WGS84 +no_defs");
    CoordinateTransformFactory factory = new CoordinateTransformFactory();
    return utmToWgs84 ? factory.createTransform(utm, wgs84) : factory.createTransform(wgs84, utm);
  }

  @Override
  public String toString() {
    return "" + zone + band + column + row;
  }
}
