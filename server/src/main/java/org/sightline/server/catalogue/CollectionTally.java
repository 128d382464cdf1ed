package org.sightline.server.catalogue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Envelope;
import org.sightline.imagery.Scene;

/**
 * What one batch adds to each collection's summary ({@code scene_collection}, V022): per
 * collection, the scenes inserted, the extent of the footprints written (EPSG:4326 degrees, the
 * footprints' exact envelope), the earliest acquisition and latest end (end time, else datetime),
 * and how far a time range reaches after and before its acquisition ({@link SceneDao.TimeSpans}).
 * Changed Items widen the extent and time span without counting. Not thread-safe: one per batch.
 */
final class CollectionTally {
  private final Map<String, Entry> byCollection = new TreeMap<>();

  private static final class Entry {
    long inserted;
    final Envelope extent = new Envelope();
    Instant first;
    Instant last;
    double maxAfterS = Double.NEGATIVE_INFINITY;
    double maxBeforeS = Double.NEGATIVE_INFINITY;
  }

  /** Adds a scene written in the batch; {@code inserted} when it is new, not a new version. */
  void add(Scene scene, boolean inserted) {
    Entry entry = byCollection.computeIfAbsent(scene.collection(), c -> new Entry());
    if (inserted) {
      entry.inserted++;
    }
    entry.extent.expandToInclude(scene.footprint().getEnvelopeInternal());
    Instant end = scene.endAt() == null ? scene.acquiredAt() : scene.endAt();
    entry.first =
        entry.first == null || scene.acquiredAt().isBefore(entry.first)
            ? scene.acquiredAt()
            : entry.first;
    entry.last = entry.last == null || end.isAfter(entry.last) ? end : entry.last;
    Instant start = scene.startAt() == null ? scene.acquiredAt() : scene.startAt();
    entry.maxAfterS = Math.max(entry.maxAfterS, seconds(scene.acquiredAt(), end));
    entry.maxBeforeS = Math.max(entry.maxBeforeS, seconds(start, scene.acquiredAt()));
  }

  /** From {@code a} to {@code b} in seconds (negative when b is before a), to the microsecond. */
  private static double seconds(Instant a, Instant b) {
    Duration d = Duration.between(a, b);
    return d.getSeconds() + d.getNano() / 1e9;
  }

  boolean isEmpty() {
    return byCollection.isEmpty();
  }

  /**
   * The tally as the pairwise arrays {@link SceneDao#addToCollections} binds, by collection id (the
   * order in which concurrent batches lock the rows, so that two never wait on each other).
   */
  @SuppressWarnings("ArrayRecordComponent") // arrays bind as SQL arrays; never compared or hashed
  record Rows(
      String[] collections,
      long[] inserted,
      double[] west,
      double[] south,
      double[] east,
      double[] north,
      String[] firstAt,
      String[] lastAt,
      double[] maxAfterS,
      double[] maxBeforeS) {}

  Rows rows() {
    int n = byCollection.size();
    Rows rows =
        new Rows(
            new String[n],
            new long[n],
            new double[n],
            new double[n],
            new double[n],
            new double[n],
            new String[n],
            new String[n],
            new double[n],
            new double[n]);
    int i = 0;
    for (Map.Entry<String, Entry> e : byCollection.entrySet()) {
      Entry entry = e.getValue();
      rows.collections[i] = e.getKey();
      rows.inserted[i] = entry.inserted;
      rows.west[i] = entry.extent.getMinX();
      rows.south[i] = entry.extent.getMinY();
      rows.east[i] = entry.extent.getMaxX();
      rows.north[i] = entry.extent.getMaxY();
      rows.firstAt[i] = entry.first.toString();
      rows.lastAt[i] = entry.last.toString();
      rows.maxAfterS[i] = entry.maxAfterS;
      rows.maxBeforeS[i] = entry.maxBeforeS;
      i++;
    }
    return rows;
  }
}
