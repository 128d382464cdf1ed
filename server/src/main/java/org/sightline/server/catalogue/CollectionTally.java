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

  /**
   * Writes the tally through {@link SceneDao#addToCollections}, as pairwise arrays in collection id
   * order (the order in which concurrent batches lock the rows, so that two never wait on each
   * other); nothing when the batch wrote no scene.
   */
  void addTo(SceneDao scenes) {
    int n = byCollection.size();
    if (n == 0) {
      return;
    }
    String[] collections = new String[n];
    long[] inserted = new long[n];
    double[] west = new double[n];
    double[] south = new double[n];
    double[] east = new double[n];
    double[] north = new double[n];
    String[] firstAt = new String[n];
    String[] lastAt = new String[n];
    double[] maxAfterS = new double[n];
    double[] maxBeforeS = new double[n];
    int i = 0;
    for (Map.Entry<String, Entry> e : byCollection.entrySet()) {
      Entry entry = e.getValue();
      collections[i] = e.getKey();
      inserted[i] = entry.inserted;
      west[i] = entry.extent.getMinX();
      south[i] = entry.extent.getMinY();
      east[i] = entry.extent.getMaxX();
      north[i] = entry.extent.getMaxY();
      firstAt[i] = entry.first.toString();
      lastAt[i] = entry.last.toString();
      maxAfterS[i] = entry.maxAfterS;
      maxBeforeS[i] = entry.maxBeforeS;
      i++;
    }
    scenes.addToCollections(
        collections, inserted, west, south, east, north, firstAt, lastAt, maxAfterS, maxBeforeS);
  }
}
