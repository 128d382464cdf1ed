package org.sightline.server.map;

import java.util.Locale;
import org.sightline.geodata.geom.BoundingBox;

/**
 * The square grid a dense layer is counted on: cells of {@link #cellSizeDeg} degrees aligned to
 * multiples of it from (0, 0), so a cell stays the same cell while the view pans; the grid covers
 * every cell the view touches. EPSG:4326, (lon, lat) order.
 *
 * @param cellSizeDeg the side of a cell in degrees
 * @param minIx the column of the view's west edge (floor(minLon / cellSizeDeg))
 * @param minIy the row of the view's south edge
 * @param maxIx the column of the view's east edge, inclusive
 * @param maxIy the row of the view's north edge, inclusive
 */
public record MapGrid(double cellSizeDeg, long minIx, long minIy, long maxIx, long maxIy) {
  /** A cell is about this many screen pixels wide. */
  public static final int CELL_PX = 64;

  /**
   * The grid for a view at a zoom: cells of about {@value #CELL_PX} pixels (90 / 2^zoom degrees),
   * doubled until the view holds at most {@code maxCells} cells.
   */
  public static MapGrid of(BoundingBox view, int zoom, int maxCells) {
    double size = 360.0 / Math.pow(2, zoom) / 256.0 * CELL_PX;
    while (true) {
      MapGrid grid =
          new MapGrid(
              size,
              (long) Math.floor(view.minLonDeg() / size),
              (long) Math.floor(view.minLatDeg() / size),
              (long) Math.floor(view.maxLonDeg() / size),
              (long) Math.floor(view.maxLatDeg() / size));
      if (grid.cellCount() <= maxCells) {
        return grid;
      }
      size *= 2;
    }
  }

  public long cellCount() {
    return (maxIx - minIx + 1) * (maxIy - minIy + 1);
  }

  /** West edge of the grid, degrees. */
  public double west() {
    return minIx * cellSizeDeg;
  }

  /** South edge of the grid, degrees. */
  public double south() {
    return minIy * cellSizeDeg;
  }

  /** East edge of the grid (exclusive), degrees. */
  public double east() {
    return (maxIx + 1) * cellSizeDeg;
  }

  /** North edge of the grid (exclusive), degrees. */
  public double north() {
    return (maxIy + 1) * cellSizeDeg;
  }

  /** The feature id of a cell: {@code cell:<size>:<ix>:<iy>}. */
  /** True when the cell (column ix, row iy) is one of this grid's. */
  public boolean contains(long ix, long iy) {
    return ix >= minIx && ix <= maxIx && iy >= minIy && iy <= maxIy;
  }

  public String cellId(long ix, long iy) {
    return String.format(Locale.ROOT, "cell:%s:%d:%d", cellSizeDeg, ix, iy);
  }

  /** A cell's polygon as GeoJSON, (lon, lat), counter-clockwise, clamped to the valid range. */
  public String cellGeoJson(long ix, long iy) {
    double w = Math.max(-180, ix * cellSizeDeg);
    double e = Math.min(180, (ix + 1) * cellSizeDeg);
    double s = Math.max(-90, iy * cellSizeDeg);
    double n = Math.min(90, (iy + 1) * cellSizeDeg);
    return String.format(
        Locale.ROOT,
        "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}",
        r(w),
        r(s),
        r(e),
        r(s),
        r(e),
        r(n),
        r(w),
        r(n),
        r(w),
        r(s));
  }

  private static String r(double value) {
    return String.valueOf(Math.round(value * 1e9) / 1e9);
  }
}
