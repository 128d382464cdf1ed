package org.sightline.geodata.corroboration;

import java.util.ArrayList;
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
 * <p>The index has three keys: place, type and time.
 *
 * <ul>
 *   <li>Place: a grid of {@link #CELL_DEG}-degree cells; each item is listed in every cell its
 *       region's envelope touches (an item that would touch more than {@link #MAX_CELLS} cells, a
 *       province-sized area, is listed once among the wide items, which every query searches). A
 *       query searches the cells its envelope, grown by the place tolerance, touches.
 *   <li>Type: within a cell, items are grouped by type, and a query searches only the groups of the
 *       types compatible with its own.
 *   <li>Time: within a group, items are split into classes by the width of their interval (a week,
 *       a month, a year, a decade, longer, open at the end, open at the start), each a bucket
 *       sorted by start: a query searches only the items whose start lies between its own start
 *       minus the bucket's widest interval and its own end (both widened by the tolerance), from a
 *       binary search. Items open at the start are sorted by end instead, and searched from the
 *       first that ends late enough.
 * </ul>
 *
 * <p>So a dense facility with thousands of claims over fifty years costs a query only the items of
 * compatible type whose times come near its own. An item listed in several cells is reported once
 * per query: only from the cell at the lower left corner of the overlap of its cells and the
 * query's. Entries (an item in one bucket) are numbered; the clustering keeps its own notes per
 * entry ({@link Clustering}). Immutable after construction; queries are thread-safe.
 */
final class ItemIndex {
  /** Grid cell size, degrees: about 28 km north-south and 21 km east-west at 40°N. */
  static final double CELL_DEG = 0.25;

  /** The most cells an item is listed in; a wider item is listed as wide. */
  static final int MAX_CELLS = 64;

  /** Upper bounds of the classes of finite width, days: a week, a month, a year, a decade, more. */
  private static final long[] CLASS_MAX_WIDTH = {7, 62, 400, 4_000, Long.MAX_VALUE};

  private static final int OPEN_END_CLASS = CLASS_MAX_WIDTH.length;
  private static final int OPEN_START_CLASS = OPEN_END_CLASS + 1;
  private static final int CLASSES = OPEN_START_CLASS + 1;

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
  private final int[] sweepOrder;
  private final int[] sweepRank;
  private final Map<Long, Cell> cells;
  private final Cell wide;

  /**
   * Every entry (an item in one bucket), buckets one after the other, {@link #STRIDE} longs each:
   * start, end, item and sweep rank, first cell x and y, and the envelope's four coordinates (their
   * bits), so that a search reads one stretch of memory.
   */
  private final long[] entries;

  /**
   * Each entry's search key, in a dense array for binary search: its start, or its end in the class
   * open at the start.
   */
  private final long[] keys;

  private static final int STRIDE = 8;

  /**
   * The buckets of one cell (or of the wide items): for each slot (a type and a class), the range
   * of entries {@code [first[slot], first[slot + 1])}, and the widest interval among them.
   */
  private static final class Cell {
    final int[] first;
    final long[] widestDays;

    Cell(int[] first, long[] widestDays) {
      this.first = first;
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

    // Listed in sweep order, so that every bucket comes out sorted by start (and sweep rank).
    sweepOrder = byStart();
    sweepRank = new int[n];
    for (int k = 0; k < n; k++) {
      sweepRank[sweepOrder[k]] = k;
    }
    Map<Long, BucketBuilder[]> building = new HashMap<>();
    BucketBuilder[] wideBuilding = new BucketBuilder[all.length * CLASSES];
    int listed = 0;
    for (int i : sweepOrder) {
      int slot = type[i] * CLASSES + timeClass(i);
      int x1 = cell(maxX[i]);
      int y1 = cell(maxY[i]);
      if ((long) (x1 - cellX0[i] + 1) * (y1 - cellY0[i] + 1) > MAX_CELLS) {
        add(wideBuilding, slot, i);
        listed++;
        continue;
      }
      for (int x = cellX0[i]; x <= x1; x++) {
        for (int y = cellY0[i]; y <= y1; y++) {
          add(
              building.computeIfAbsent(key(x, y), k -> new BucketBuilder[wideBuilding.length]),
              slot,
              i);
          listed++;
        }
      }
    }
    entries = new long[listed * STRIDE];
    keys = new long[listed];
    int[] written = {0};
    cells = new HashMap<>(building.size() * 2);
    building.forEach((k, b) -> cells.put(k, lay(b, written)));
    wide = lay(wideBuilding, written);
  }

  /**
   * Receives a candidate: its position, and the number of the index entry it was found in. Entries
   * of one bucket are numbered consecutively, in the bucket's order, up to {@code bucketEnd}
   * (exclusive).
   */
  @FunctionalInterface
  interface EntryVisitor {
    /**
     * @return the entry the search continues from: {@code entry + 1}, or further to skip entries
     *     the visitor knows it need not see
     */
    int accept(int item, int entry, int bucketEnd);

    /**
     * An entry the search passes over (its item is not a candidate: too far, or reported from
     * another cell).
     *
     * @return the entry the search continues from, as {@link #accept}
     */
    default int passed(int item, int entry, int bucketEnd) {
      return entry + 1;
    }
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
   * The positions in sweep order: by start, then position. Each pair of candidates is found once
   * when every item asks only for candidates earlier in this order ({@link #earlierCandidates}).
   */
  int[] sweepOrder() {
    return sweepOrder.clone();
  }

  /** How many entries the index has (an item listed in several cells has several). */
  int entries() {
    return entries.length / STRIDE;
  }

  /** The item of every entry, by entry number; a new array. */
  int[] entryItems() {
    int[] entryItems = new int[entries()];
    for (int e = 0; e < entryItems.length; e++) {
      entryItems[e] = (int) (entries[e * STRIDE + 2] >>> 32);
    }
    return entryItems;
  }

  /**
   * Every other item {@code j} whose type is compatible with {@code i}'s, whose interval, widened
   * by {@code toleranceDays} like {@code i}'s, overlaps it, and whose region's envelope comes
   * within {@code toleranceM} of {@code i}'s (a conservative test in degrees: the regions
   * themselves may still lie further apart, see {@link #within}); each once, in no particular
   * order.
   */
  void candidates(int i, long toleranceDays, double toleranceM, IntConsumer visitor) {
    query(
        i,
        toleranceDays,
        toleranceM,
        null,
        (j, entry, bucketEnd) -> {
          visitor.accept(j);
          return entry + 1;
        });
  }

  /**
   * The {@link #candidates} of {@code i} that come before it in {@link #sweepOrder}, with the
   * entries they were found in; the visitor may skip entries.
   *
   * @param cursors from {@link #newCursors()}, for one pass asking for every item in sweep order:
   *     where each bucket's search starts, moved forward as the queries' starts grow, so that no
   *     bucket is searched by bisection (which, in the large buckets of a dense facility, is most
   *     of the cost of a query)
   */
  void earlierCandidates(
      int i, long toleranceDays, double toleranceM, int[] cursors, EntryVisitor visitor) {
    query(i, toleranceDays, toleranceM, cursors, visitor);
  }

  /** Fresh cursors for a pass of {@link #earlierCandidates}. */
  int[] newCursors() {
    int[] cursors = new int[keys.length];
    for (int e = 0; e < cursors.length; e++) {
      cursors[e] = e;
    }
    return cursors;
  }

  RegionBounds boundsOf(int i) {
    return bounds[i];
  }

  /** Whether the regions of {@code i} and {@code j} lie within {@code toleranceM} of each other. */
  boolean within(int i, int j, double toleranceM) {
    Boolean decided = RegionBounds.decide(bounds[i], bounds[j], toleranceM);
    if (decided != null) {
      return decided;
    }
    return PairGeometry.within(items.get(i).region(), items.get(j).region(), toleranceM);
  }

  /**
   * The whole match test of two items, as a definition: compatible types, intervals overlapping
   * once each is widened by {@code toleranceDays}, regions within {@code toleranceM}.
   */
  boolean matches(int i, int j, long toleranceDays, double toleranceM) {
    return types.compatible(items.get(i).eventType(), items.get(j).eventType())
        && DayInterval.overlap(start[i], end[i], start[j], end[j], toleranceDays)
        && within(i, j, toleranceM);
  }

  /**
   * @param cursors null for a query of all candidates; otherwise a pass's cursors, and only
   *     candidates ranked before {@code i} are wanted
   */
  private void query(
      int i, long toleranceDays, double toleranceM, int[] cursors, EntryVisitor visitor) {
    double dLat = toleranceM / 110_000.0; // a degree of latitude is at least 110,574 m
    double maxAbsLat = Math.min(89.0, Math.max(Math.abs(minY[i]), Math.abs(maxY[i])) + dLat);
    double dLon = Math.min(360, toleranceM / (111_000.0 * Math.cos(Math.toRadians(maxAbsLat))));
    Query q =
        new Query(
            i,
            cursors != null ? sweepRank[i] : Integer.MAX_VALUE,
            start[i] - 2 * toleranceDays,
            end[i] + 2 * toleranceDays,
            new Envelope(minX[i] - dLon, maxX[i] + dLon, minY[i] - dLat, maxY[i] + dLat),
            cursors,
            visitor);
    int[] compatible = compatibleTypes[type[i]];
    scan(wide, compatible, q, false);
    int cx1 = cell(q.envelope.getMaxX());
    int cy1 = cell(q.envelope.getMaxY());
    if ((long) (cx1 - q.cellX0 + 1) * (cy1 - q.cellY0 + 1) <= cells.size()) {
      for (int x = q.cellX0; x <= cx1; x++) {
        for (int y = q.cellY0; y <= cy1; y++) {
          Cell cell = cells.get(key(x, y));
          if (cell != null) {
            q.x = x;
            q.y = y;
            scan(cell, compatible, q, true);
          }
        }
      }
    } else {
      // A query wider than the grid's cells are many: the cells in range, in the same (x, y)
      // order as above, so that the order of the search never depends on the map.
      List<long[]> inRange = new ArrayList<>();
      for (Long k : cells.keySet()) {
        long packed = unmix(k);
        int x = (int) (packed >> 32);
        int y = (int) packed;
        if (x >= q.cellX0 && x <= cx1 && y >= q.cellY0 && y <= cy1) {
          inRange.add(new long[] {x, y, k});
        }
      }
      inRange.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
      for (long[] cell : inRange) {
        q.x = (int) cell[0];
        q.y = (int) cell[1];
        scan(cells.get(cell[2]), compatible, q, true);
      }
    }
  }

  /** One query's bounds, and the cell being searched. */
  private static final class Query {
    final int item;
    final int beforeRank;
    final long from;
    final long to;
    final Envelope envelope;
    final double x0;
    final double y0;
    final double x1;
    final double y1;
    final int cellX0;
    final int cellY0;
    final int[] cursors;
    final EntryVisitor visitor;
    int x;
    int y;

    Query(
        int item,
        int beforeRank,
        long from,
        long to,
        Envelope envelope,
        int[] cursors,
        EntryVisitor visitor) {
      this.item = item;
      this.beforeRank = beforeRank;
      this.from = from;
      this.to = to;
      this.envelope = envelope;
      this.x0 = envelope.getMinX();
      this.y0 = envelope.getMinY();
      this.x1 = envelope.getMaxX();
      this.y1 = envelope.getMaxY();
      this.cellX0 = cell(x0);
      this.cellY0 = cell(y0);
      this.cursors = cursors;
      this.visitor = visitor;
    }
  }

  private void scan(Cell cell, int[] compatible, Query q, boolean inCells) {
    long[] e = entries;
    for (int t : compatible) {
      for (int c = 0; c < CLASSES; c++) {
        int slot = t * CLASSES + c;
        int lo = cell.first[slot];
        int hi = cell.first[slot + 1];
        if (lo == hi) {
          continue;
        }
        boolean byEnd = c == OPEN_START_CLASS;
        // Sorted by start (and sweep rank), or, open at the start, by end: the keys.
        long least = byEnd ? q.from : q.from - cell.widestDays[slot];
        int k;
        if (q.cursors != null) {
          k = q.cursors[lo];
          while (k < hi && keys[k] < least) {
            k++;
          }
          q.cursors[lo] = k;
        } else {
          k = keys[lo] >= least ? lo : lowerBound(lo, hi, least);
        }
        for (; k < hi; k++) {
          int base = k * STRIDE;
          long start = e[base];
          int rank = (int) e[base + 2];
          if (start > q.to || rank >= q.beforeRank) {
            if (byEnd) {
              continue;
            }
            break;
          }
          int item = (int) (e[base + 2] >>> 32);
          if (e[base + 1] < q.from || item == q.item) {
            continue;
          }
          boolean candidate =
              Double.longBitsToDouble(e[base + 6]) >= q.x0
                  && Double.longBitsToDouble(e[base + 4]) <= q.x1
                  && Double.longBitsToDouble(e[base + 7]) >= q.y0
                  && Double.longBitsToDouble(e[base + 5]) <= q.y1
                  // Listed in several cells: reported only from the first cell both cover.
                  && (!inCells
                      || (q.x == Math.max(q.cellX0, (int) (e[base + 3] >> 32))
                          && q.y == Math.max(q.cellY0, (int) e[base + 3])));
          int next = candidate ? q.visitor.accept(item, k, hi) : q.visitor.passed(item, k, hi);
          k = Math.max(k, next - 1);
        }
      }
    }
  }

  /** The first entry of {@code [lo, hi)} whose key is at least {@code value}. */
  private int lowerBound(int lo, int hi, long value) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (keys[mid] < value) {
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

  private int timeClass(int i) {
    if (start[i] == DayInterval.OPEN_START) {
      return OPEN_START_CLASS;
    }
    if (end[i] == DayInterval.OPEN_END) {
      return OPEN_END_CLASS;
    }
    int c = 0;
    while (end[i] - start[i] > CLASS_MAX_WIDTH[c]) {
      c++;
    }
    return c;
  }

  private static Map<EventType, Integer> typeIds() {
    Map<EventType, Integer> ids = new EnumMap<>(EventType.class);
    for (EventType t : EventType.values()) {
      ids.put(t, ids.size());
    }
    return ids;
  }

  private static int cell(double degrees) {
    return (int) Math.floor(degrees / CELL_DEG);
  }

  /**
   * The map key of cell (x, y): the packed pair through a bijective mix (SplitMix64's finalizer),
   * since {@link Long#hashCode()} of a packed pair is {@code x ^ y}, which piles a grid's cells
   * into a few hash bins.
   */
  private static long key(int x, int y) {
    long z = (long) x << 32 | (y & 0xFFFF_FFFFL);
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }

  /** The packed pair of a {@link #key}. */
  private static long unmix(long z) {
    z = (z ^ (z >>> 31) ^ (z >>> 62)) * 0x3196_42B2_D24D_8EC3L;
    z = (z ^ (z >>> 27) ^ (z >>> 54)) * 0x96DE_1B17_3F11_9089L;
    return z ^ (z >>> 30) ^ (z >>> 60);
  }

  private static void add(BucketBuilder[] slots, int slot, int item) {
    if (slots[slot] == null) {
      slots[slot] = new BucketBuilder();
    }
    slots[slot].add(item);
  }

  /** Writes the buckets of one cell into {@link #entries} from {@code written[0]} on. */
  private Cell lay(BucketBuilder[] slots, int[] written) {
    int[] first = new int[slots.length + 1];
    long[] widest = new long[slots.length];
    for (int s = 0; s < slots.length; s++) {
      first[s] = written[0];
      if (slots[s] == null) {
        continue;
      }
      int[] members = Arrays.copyOf(slots[s].items, slots[s].size);
      if (s % CLASSES == OPEN_START_CLASS) {
        members = byEnd(members);
      }
      for (int i : members) {
        int base = written[0]++ * STRIDE;
        entries[base] = start[i];
        entries[base + 1] = end[i];
        entries[base + 2] = (long) i << 32 | sweepRank[i];
        entries[base + 3] = (long) cellX0[i] << 32 | (cellY0[i] & 0xFFFF_FFFFL);
        entries[base + 4] = Double.doubleToRawLongBits(minX[i]);
        entries[base + 5] = Double.doubleToRawLongBits(minY[i]);
        entries[base + 6] = Double.doubleToRawLongBits(maxX[i]);
        entries[base + 7] = Double.doubleToRawLongBits(maxY[i]);
        keys[base / STRIDE] = s % CLASSES == OPEN_START_CLASS ? end[i] : start[i];
        widest[s] = Math.max(widest[s], end[i] - start[i]);
      }
    }
    first[slots.length] = written[0];
    return new Cell(first, widest);
  }

  /** The items in order of end, then sweep rank. */
  private int[] byEnd(int[] members) {
    return Arrays.stream(members)
        .boxed()
        .sorted(
            (a, b) -> end[a] != end[b] ? Long.compare(end[a], end[b]) : sweepRank[a] - sweepRank[b])
        .mapToInt(Integer::intValue)
        .toArray();
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
