package org.sightline.geodata.publication;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.sightline.geodata.geom.Measures;

/**
 * Public positions for places that must not be shown where they are. Each place is put in the cell
 * of a grid of about {@code gridSizeM} metres that holds its anchor (its true place, or a public
 * anchor such as its facility's location), at the anchor when that is public, else at the cell's
 * centre. Places stacked in one cell are spread over a fixed lattice of positions inside the cell,
 * in the order of their keys, so that the same places always get the same positions. No position is
 * nearer than {@code minimumDistanceM} to any of a place's restricted points (the true places it
 * stands for), and spreading never moves a place towards them: a position is only taken when it is
 * at least as far from each restricted point as the cell's first position was. Given the true
 * places of everyone else too ({@link #place(List, int, double, Collection)}), no position is
 * nearer than {@code minimumDistanceM} to any of those either, so that no public place ever lies
 * near any witness's true place, whether or not that witness's account is public.
 *
 * <p>Coordinates are EPSG:4326, x = longitude, y = latitude, in degrees; distances are geodesic on
 * WGS 84, in metres. Output coordinates are rounded to 1e-6°. Pure and thread-safe.
 */
public final class PlaceGeneraliser {
  /** Metres per degree of latitude (mean), for the grid's rows. */
  static final double METRES_PER_DEGREE_LAT = 111_132.0;

  /** Metres per degree of longitude at the equator, for the grid's columns. */
  static final double METRES_PER_DEGREE_LON_EQUATOR = 111_320.0;

  /** Sub-cells per side of the lattice of positions in a cell. */
  static final int LATTICE = 7;

  /** Kept over {@code minimumDistanceM} so that rounding never brings a position nearer. */
  static final double MARGIN_M = 1.0;

  private PlaceGeneraliser() {}

  /**
   * One cell of the grid: rows of equal latitude height, columns as wide in metres at the row's
   * middle latitude.
   */
  public record GridCell(
      long row, long column, double south, double west, double north, double east) {
    /** The point at fractions {@code fx} (west to east) and {@code fy} (south to north). */
    public Coordinate at(double fx, double fy) {
      return new Coordinate(west + fx * (east - west), south + fy * (north - south));
    }

    public Coordinate centre() {
      return at(0.5, 0.5);
    }

    /** The cell as a string key: {@code "row:column"}. */
    public String key() {
      return row + ":" + column;
    }
  }

  /** The cell of a grid of about {@code gridSizeM} metres that holds ({@code lon}, {@code lat}). */
  public static GridCell cellOf(double lon, double lat, int gridSizeM) {
    double latStep = gridSizeM / METRES_PER_DEGREE_LAT;
    long row = (long) Math.floor(lat / latStep);
    double south = row * latStep;
    double middle = Math.max(-89.0, Math.min(89.0, south + latStep / 2));
    double lonStep = gridSizeM / (METRES_PER_DEGREE_LON_EQUATOR * Math.cos(Math.toRadians(middle)));
    long column = (long) Math.floor(lon / lonStep);
    double west = column * lonStep;
    return new GridCell(row, column, south, west, south + latStep, west + lonStep);
  }

  /**
   * A place to position.
   *
   * @param key orders places stacked in one cell (unique among the places given together)
   * @param anchor where the place is before generalising: its public anchor, or its true place
   * @param anchorIsPublic whether the anchor itself may be shown (a facility's public location)
   * @param restricted the true places no position may come near; may be empty
   */
  public record Item(
      String key, Coordinate anchor, boolean anchorIsPublic, List<Coordinate> restricted) {
    public Item {
      restricted = List.copyOf(restricted);
    }
  }

  /**
   * The public position of each place, by key, in the order given. A place for which no position
   * keeps both rules (possible when restricted points surround its cell) is left out: it is
   * withheld, and callers must not show it anywhere.
   *
   * @param minimumDistanceM at most half of {@code gridSizeM}, so that each cell has a position far
   *     enough from any point
   */
  public static Map<String, Coordinate> place(
      List<Item> items, int gridSizeM, double minimumDistanceM) {
    return place(items, gridSizeM, minimumDistanceM, List.of());
  }

  /**
   * As {@link #place(List, int, double)}, and no position nearer than {@code minimumDistanceM} to
   * any of {@code keepAway}: the true places of every account (public or not, live or deleted), of
   * which a public place must never betray one by sitting on it. Only the distance counts for these
   * (not the direction of spreading, which is about a place's own restricted points).
   */
  public static Map<String, Coordinate> place(
      List<Item> items, int gridSizeM, double minimumDistanceM, Collection<Coordinate> keepAway) {
    Map<Long, List<Coordinate>> near = new HashMap<>();
    for (Coordinate point : keepAway) {
      near.computeIfAbsent(cellOf(point.x, point.y, gridSizeM).row(), k -> new ArrayList<>())
          .add(point);
    }
    Map<String, List<Item>> byCell = new TreeMap<>();
    Map<String, GridCell> cells = new LinkedHashMap<>();
    for (Item item : items) {
      GridCell cell = cellOf(item.anchor().x, item.anchor().y, gridSizeM);
      byCell.computeIfAbsent(cell.key(), k -> new ArrayList<>()).add(item);
      cells.putIfAbsent(cell.key(), cell);
    }
    Map<String, Coordinate> placed = new LinkedHashMap<>();
    for (Map.Entry<String, List<Item>> entry : byCell.entrySet()) {
      GridCell cell = cells.get(entry.getKey());
      List<Coordinate> lattice = lattice(cell);
      List<Item> stack = new ArrayList<>(entry.getValue());
      stack.sort(Comparator.comparing(Item::key));
      Set<Coordinate> taken = new HashSet<>();
      for (Item item : stack) {
        Coordinate chosen =
            choose(item, cell, lattice, taken, minimumDistanceM, around(near, cell));
        if (chosen != null) {
          taken.add(chosen);
          placed.put(item.key(), chosen);
        }
      }
    }
    Map<String, Coordinate> inOrder = new LinkedHashMap<>();
    for (Item item : items) {
      if (placed.containsKey(item.key())) {
        inOrder.put(item.key(), placed.get(item.key()));
      }
    }
    return inOrder;
  }

  /**
   * The keep-away points in a cell's row of the grid and the rows either side: with a minimum
   * distance of at most half a cell, only these can be too near a position in the cell.
   */
  private static List<Coordinate> around(Map<Long, List<Coordinate>> near, GridCell cell) {
    if (near.isEmpty()) {
      return List.of();
    }
    List<Coordinate> points = new ArrayList<>();
    for (long row = cell.row() - 1; row <= cell.row() + 1; row++) {
      points.addAll(near.getOrDefault(row, List.of()));
    }
    return points;
  }

  private static Coordinate choose(
      Item item,
      GridCell cell,
      List<Coordinate> lattice,
      Set<Coordinate> taken,
      double minimumM,
      List<Coordinate> keepAway) {
    Coordinate first = rounded(item.anchorIsPublic() ? item.anchor() : cell.centre());
    List<Coordinate> candidates = new ArrayList<>(lattice.size() + 1);
    candidates.add(first);
    candidates.addAll(lattice);
    Coordinate allowedButTaken = null;
    for (int k = 0; k < candidates.size(); k++) {
      Coordinate candidate = candidates.get(k);
      if (allowed(candidate, k == 0 ? null : first, item.restricted(), minimumM)
          && farEnough(candidate, keepAway, minimumM)) {
        if (!taken.contains(candidate)) {
          return candidate;
        }
        if (allowedButTaken == null) {
          allowedButTaken = candidate;
        }
      }
    }
    if (allowedButTaken != null) {
      return allowedButTaken; // more places than positions: stack on the first allowed one
    }
    // Unreachable with one restricted point while minimumDistanceM <= gridSizeM / 2: the lattice's
    // far corner is always far enough. Several points around the cell can leave no position that
    // keeps both rules (PlaceGeneraliserTest): the place is withheld rather than shown too near.
    return null;
  }

  /**
   * {@code first}: the cell's first position, which a spread position may not be nearer than; null
   * for that one itself.
   */
  private static boolean allowed(
      Coordinate candidate, Coordinate first, List<Coordinate> restricted, double minimumM) {
    for (Coordinate point : restricted) {
      double distanceM = Measures.distanceM(candidate, point);
      if (distanceM < minimumM + MARGIN_M) {
        return false;
      }
      if (first != null && distanceM < Measures.distanceM(first, point)) {
        return false;
      }
    }
    return true;
  }

  private static boolean farEnough(Coordinate candidate, List<Coordinate> points, double minimumM) {
    double limitM = minimumM + MARGIN_M;
    for (Coordinate point : points) {
      // A parallel's degree is at least 110 km times the cosine of the higher latitude: points
      // farther east or west than that are far enough without the geodesic.
      double higher = Math.min(89.9, Math.max(Math.abs(candidate.y), Math.abs(point.y)) + 0.01);
      if (Math.abs(candidate.x - point.x) * 110_000 * Math.cos(Math.toRadians(higher)) > limitM) {
        continue;
      }
      if (Measures.distanceM(candidate, point) < limitM) {
        return false;
      }
    }
    return true;
  }

  /** The lattice's positions, nearest the centre first, then by angle from east. */
  static List<Coordinate> lattice(GridCell cell) {
    List<double[]> fractions = new ArrayList<>();
    for (int i = 0; i < LATTICE; i++) {
      for (int j = 0; j < LATTICE; j++) {
        fractions.add(new double[] {(i + 0.5) / LATTICE, (j + 0.5) / LATTICE});
      }
    }
    fractions.sort(
        Comparator.<double[]>comparingDouble(
                f -> Math.round(((f[0] - 0.5) * (f[0] - 0.5) + (f[1] - 0.5) * (f[1] - 0.5)) * 1e9))
            .thenComparingDouble(f -> angle(f[0] - 0.5, f[1] - 0.5)));
    List<Coordinate> positions = new ArrayList<>(fractions.size());
    for (double[] f : fractions) {
      positions.add(rounded(cell.at(f[0], f[1])));
    }
    return positions;
  }

  private static double angle(double dx, double dy) {
    double a = Math.atan2(dy, dx);
    return a < 0 ? a + 2 * Math.PI : a;
  }

  /** A coordinate rounded to 1e-6° (about 0.1 m). */
  public static Coordinate rounded(Coordinate c) {
    return new Coordinate(Math.round(c.x * 1e6) / 1e6, Math.round(c.y * 1e6) / 1e6);
  }
}
