package org.sightline.geodata.corroboration;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.locationtech.jts.geom.Envelope;

/**
 * The items of one corroboration, numbered by position, with what matching needs of each in flat
 * arrays, and an index that yields the candidates of a match without ever looking at all pairs.
 *
 * <p>The index has three keys: place, type and time. Place: a grid of {@link #CELL_DEG}-degree
 * cells; each item is listed in every cell its region's envelope touches (an item that touches more
 * than {@link #MAX_CELLS} cells, a province-sized area, is listed once in a list of wide items
 * searched by every query). Type: within a cell, items are grouped by type, and a query looks only
 * at the groups of the types compatible with its own. Time: within a group, items are split into
 * classes of interval width (up to a week, a month, a year, a decade, longer or open) and sorted by
 * start; a query looks only at the items whose start lies between its own start minus the class's
 * widest interval and its own end (both widened by the tolerance), found by binary search. So a
 * dense facility with thousands of claims spread over fifty years costs each query only the items
 * of compatible type whose times come near its own.
 *
 * <p>An item listed in several cells is reported once per query: only from the cell at the lower
 * left corner of the overlap of its cells and the query's. Immutable after construction; queries
 * are thread-safe.
 */
final class ItemIndex {
  /** Grid cell size, degrees: about 11 km north-south and 8.5 km east-west at 40°N. */
  static final double CELL_DEG = 0.1;

  /** The most cells an item is listed in; a wider item is listed as wide. */
  static final int MAX_CELLS = 64;

  /** Upper bounds of the width classes, days: a week, a month, a year, a decade, any. */
  private static final long[] CLASS_MAX_WIDTH = {7, 62, 400, 4_000, Long.MAX_VALUE};

  private static final int CLASSES = CLASS_MAX_WIDTH.length;

  /** Each type's number here: its place in {@link EventType#values()}. */
  private static final Map<EventType, Integer> TYPE_IDS = typeIds();

  private final List<EvidenceItem> items;
  private final TypeCompatibility types;
  private final int[] type;
  private final long[] start;
  private final long[] end;
  private final double[] minX;
  private final double[] minY;
  private final double[] maxX;
  private final double[] maxY;
  private final int[] cellX0;
  private final int[] cellY0;
  private final RegionBounds[] bounds;
  private final int[][] compatibleTypes;
  private final Map<Long, Bucket[]> cells;
  private final Bucket[] wide;

  /** Items with the same type and width class in one cell, sorted by start. */
  private static final class Bucket {
    final long[] starts;
    final int[] items;
    final long widestDays;

    Bucket(long[] starts, int[] items, long widestDays) {
      this.starts = starts;
      this.items = items;
      this.widestDays = widestDays;
    }
  }

  /**
   * @param items in the order that numbers them (the callers sort them by key)
   */
  ItemIndex(List<EvidenceItem> items, TypeCompatibility types) {
    this.items = List.copyOf(items);
    this.types = types;
    int n = items.size();
    type = new int[n];
    start = new long[n];
    end = new long[n];
    minX = new double[n];
    minY = new double[n];
    maxX = new double[n];
    maxY = new double[n];
    cellX0 = new int[n];
    cellY0 = new int[n];
    bounds = new RegionBounds[n];
    for (int i = 0; i < n; i++) {
      EvidenceItem item = items.get(i);
      type[i] = TYPE_IDS.get(item.eventType());
      DayInterval days = DayInterval.of(item.earliest(), item.latest());
      start[i] = days.startDay();
      end[i] = days.endDay();
      Envelope e = item.region().getEnvelopeInternal();
      minX[i] = e.getMinX();
      minY[i] = e.getMinY();
      maxX[i] = e.getMaxX();
      maxY[i] = e.getMaxY();
      cellX0[i] = cell(minX[i]);
      cellY0[i] = cell(minY[i]);
      bounds[i] = RegionBounds.of(item.region());
    }
    EventType[] all = EventType.values();
    compatibleTypes = new int[all.length][];
    for (EventType t : all) {
      compatibleTypes[TYPE_IDS.get(t)] =
          types.compatibleWith(t).stream().mapToInt(TYPE_IDS::get).toArray();
    }

    // Listed in start order, so that every bucket comes out sorted by start.
    Map<Long, BucketBuilder[]> building = new HashMap<>();
    BucketBuilder[] wideBuilding = new BucketBuilder[all.length * CLASSES];
    for (int i : byStart()) {
      int slot = type[i] * CLASSES + widthClass(end[i] - start[i]);
      int x1 = cell(maxX[i]);
      int y1 = cell(maxY[i]);
      if ((long) (x1 - cellX0[i] + 1) * (y1 - cellY0[i] + 1) > MAX_CELLS) {
        add(wideBuilding, slot, i);
        cellX0[i] = Integer.MIN_VALUE; // marks a wide item
        continue;
      }
      for (int x = cellX0[i]; x <= x1; x++) {
        for (int y = cellY0[i]; y <= y1; y++) {
          add(
              building.computeIfAbsent(key(x, y), k -> new BucketBuilder[wideBuilding.length]),
              slot,
              i);
        }
      }
    }
    cells = new HashMap<>(building.size() * 2);
    building.forEach((k, b) -> cells.put(k, build(b)));
    wide = build(wideBuilding);
  }

  List<EvidenceItem> items() {
    return items;
  }

  int size() {
    return items.size();
  }

  EvidenceItem item(int i) {
    return items.get(i);
  }

  TypeCompatibility types() {
    return types;
  }

  /**
   * Every other item {@code j} whose type is compatible with {@code i}'s, whose interval, widened
   * by {@code toleranceDays} like {@code i}'s, overlaps it, and whose region's envelope comes
   * within {@code toleranceM} of {@code i}'s (a conservative test in degrees: the regions
   * themselves may still lie further apart, see {@link #within}); each once, in no particular
   * order.
   */
  void candidates(int i, long toleranceDays, double toleranceM, IntConsumer visitor) {
    long from = start[i] - 2 * toleranceDays;
    long to = end[i] + 2 * toleranceDays;
    double dLat = toleranceM / 110_000.0; // a degree of latitude is at least 110,574 m
    double maxAbsLat = Math.min(89.0, Math.max(Math.abs(minY[i]), Math.abs(maxY[i])) + dLat);
    double dLon = Math.min(360, toleranceM / (111_000.0 * Math.cos(Math.toRadians(maxAbsLat))));
    double qx0 = minX[i] - dLon;
    double qy0 = minY[i] - dLat;
    double qx1 = maxX[i] + dLon;
    double qy1 = maxY[i] + dLat;
    int[] compatible = compatibleTypes[type[i]];
    Query query = new Query(i, from, to, qx0, qy0, qx1, qy1, cell(qx0), cell(qy0), visitor);
    scan(wide, compatible, query, false);
    int cx1 = cell(qx1);
    int cy1 = cell(qy1);
    if ((long) (cx1 - query.cellX0 + 1) * (cy1 - query.cellY0 + 1) <= cells.size()) {
      for (int x = query.cellX0; x <= cx1; x++) {
        for (int y = query.cellY0; y <= cy1; y++) {
          Bucket[] cell = cells.get(key(x, y));
          if (cell != null) {
            query.atCell(x, y);
            scan(cell, compatible, query, true);
          }
        }
      }
    } else {
      for (Map.Entry<Long, Bucket[]> cell : cells.entrySet()) {
        int x = (int) (cell.getKey() >> 32);
        int y = (int) (long) cell.getKey();
        if (x >= query.cellX0 && x <= cx1 && y >= query.cellY0 && y <= cy1) {
          query.atCell(x, y);
          scan(cell.getValue(), compatible, query, true);
        }
      }
    }
  }

  /** Whether the regions of {@code i} and {@code j} lie within {@code toleranceM} of each other. */
  boolean within(int i, int j, double toleranceM) {
    Boolean decided = RegionBounds.decide(bounds[i], bounds[j], toleranceM);
    if (decided != null) {
      return decided;
    }
    return PairGeometry.within(items.get(i).region(), items.get(j).region(), toleranceM);
  }

  /** The whole match test, for pairs that did not come from {@link #candidates}. */
  boolean matches(int i, int j, long toleranceDays, double toleranceM) {
    return types.compatible(items.get(i).eventType(), items.get(j).eventType())
        && DayInterval.overlap(start[i], end[i], start[j], end[j], toleranceDays)
        && within(i, j, toleranceM);
  }

  /** One query's bounds and the cell being scanned. */
  private static final class Query {
    final int item;
    final long from;
    final long to;
    final double x0;
    final double y0;
    final double x1;
    final double y1;
    final int cellX0;
    final int cellY0;
    final IntConsumer visitor;
    int x;
    int y;

    Query(
        int item,
        long from,
        long to,
        double x0,
        double y0,
        double x1,
        double y1,
        int cellX0,
        int cellY0,
        IntConsumer visitor) {
      this.item = item;
      this.from = from;
      this.to = to;
      this.x0 = x0;
      this.y0 = y0;
      this.x1 = x1;
      this.y1 = y1;
      this.cellX0 = cellX0;
      this.cellY0 = cellY0;
      this.visitor = visitor;
    }

    void atCell(int cx, int cy) {
      x = cx;
      y = cy;
    }
  }

  private void scan(Bucket[] buckets, int[] compatible, Query q, boolean inCells) {
    for (int t : compatible) {
      for (int c = 0; c < CLASSES; c++) {
        Bucket bucket = buckets[t * CLASSES + c];
        if (bucket == null) {
          continue;
        }
        long[] starts = bucket.starts;
        int[] members = bucket.items;
        for (int k = lowerBound(starts, q.from - bucket.widestDays);
            k < starts.length && starts[k] <= q.to;
            k++) {
          int j = members[k];
          if (end[j] < q.from
              || j == q.item
              || maxX[j] < q.x0
              || minX[j] > q.x1
              || maxY[j] < q.y0
              || minY[j] > q.y1) {
            continue;
          }
          // Listed in several cells: reported only from the first cell both cover.
          if (inCells
              && (q.x != Math.max(q.cellX0, cellX0[j]) || q.y != Math.max(q.cellY0, cellY0[j]))) {
            continue;
          }
          q.visitor.accept(j);
        }
      }
    }
  }

  /** The first position whose start is at least {@code value}. */
  private static int lowerBound(long[] sorted, long value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Positions in order of start, then position. */
  private int[] byStart() {
    int n = start.length;
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      // Dates lie within years 1..9999 (|epoch day| < 2^22); open ends sort first and last.
      long s = Math.max(-(1L << 23), Math.min(1L << 23, start[i])) + (1L << 23);
      packed[i] = s << 32 | i;
    }
    Arrays.sort(packed);
    int[] order = new int[n];
    for (int k = 0; k < n; k++) {
      order[k] = (int) packed[k];
    }
    return order;
  }

  private static Map<EventType, Integer> typeIds() {
    Map<EventType, Integer> ids = new EnumMap<>(EventType.class);
    for (EventType t : EventType.values()) {
      ids.put(t, ids.size());
    }
    return ids;
  }

  private static int widthClass(long widthDays) {
    int c = 0;
    while (widthDays > CLASS_MAX_WIDTH[c]) {
      c++;
    }
    return c;
  }

  private static int cell(double degrees) {
    return (int) Math.floor(degrees / CELL_DEG);
  }

  private static long key(int x, int y) {
    return (long) x << 32 | (y & 0xFFFF_FFFFL);
  }

  private static void add(BucketBuilder[] slots, int slot, int item) {
    if (slots[slot] == null) {
      slots[slot] = new BucketBuilder();
    }
    slots[slot].add(item);
  }

  private Bucket[] build(BucketBuilder[] slots) {
    Bucket[] built = new Bucket[slots.length];
    for (int s = 0; s < slots.length; s++) {
      if (slots[s] != null) {
        int[] members = Arrays.copyOf(slots[s].items, slots[s].size);
        long[] starts = new long[members.length];
        long widest = 0;
        for (int k = 0; k < members.length; k++) {
          starts[k] = start[members[k]];
          widest = Math.max(widest, end[members[k]] - start[members[k]]);
        }
        built[s] = new Bucket(starts, members, widest);
      }
    }
    return built;
  }

  /** A growing list of positions. */
  private static final class BucketBuilder {
    int[] items = new int[4];
    int size;

    void add(int item) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = item;
    }
  }
}
