package org.sightline.server.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * How a search with a spatial filter finds its rows, chosen per search from an estimate of how many
 * scenes it meets. PostgreSQL cannot make this choice itself: it estimates every {@code box && box}
 * condition at 0.5% of the rows whatever the box (docs/SCALING.md).
 *
 * <ul>
 *   <li>{@link #NARROW}: the candidates from the box index alone ({@code scene_box_time_gix},
 *       index-only: no heap row read), sorted, then the heap rows of the page's candidates only,
 *       for the exact {@code ST_Intersects} and the Item. Costs about one index entry per
 *       candidate.
 *   <li>{@link #WIDE}: the rows in the page's order (the {@code scene_time} index for an order by
 *       datetime), each row read from the heap and tested, until the page is full. Costs about one
 *       heap row per scene walked past, and the walk is short when most scenes meet the area.
 * </ul>
 *
 * Both find the same rows; the choice only changes the time taken. Stateless.
 */
public enum SearchShape {
  NARROW,
  WIDE;

  /**
   * A heap row read, in index entries read: an index-only scan of the box index read 1,100,046
   * entries in 1.3 s (about 1.2 us each) and a search read about 800 candidates' heap rows in 10-12
   * ms (12-15 us each) on the development machine (docs/SCALING.md).
   */
  static final double HEAP_ROW_COST_IN_INDEX_ENTRIES = 10;

  /**
   * What the choice is made from.
   *
   * @param spatial whether the search has a spatial filter
   * @param footprintShare the share (0-1) of all scenes whose footprint's box meets the area, from
   *     PostGIS's statistics, or null when unknown (no statistics yet)
   * @param scenesInSpan about how many scenes of the searched collections were acquired within the
   *     search's time bounds (all of them without a time filter)
   */
  public record Estimate(boolean spatial, Double footprintShare, double scenesInSpan) {
    /** For a search without a spatial filter. */
    static final Estimate NOT_SPATIAL = new Estimate(false, null, 0);

    /** About how many scenes the box index would return as candidates, or -1 when unknown. */
    double candidates() {
      return footprintShare == null ? -1 : footprintShare * scenesInSpan;
    }
  }

  /**
   * The shape for a page of {@code rows} rows. Narrow costs about {@code share * n} index entries;
   * wide about {@code rows / share} heap rows walked before {@code rows} of them meet the area, so
   * narrow wins while {@code share^2 * n <= HEAP_ROW_COST_IN_INDEX_ENTRIES * rows}. An order not
   * led by datetime has no index to walk in, so it is always narrow; so is a search whose share is
   * unknown (a catalogue too new to have statistics is small).
   */
  public static SearchShape forPage(StacSort sort, Estimate estimate, int rows) {
    if (!estimate.spatial()) {
      return WIDE;
    }
    if (sort.keys().get(0).field() != StacSort.Field.DATETIME
        || estimate.footprintShare() == null) {
      return NARROW;
    }
    double share = estimate.footprintShare();
    return share * share * estimate.scenesInSpan() <= HEAP_ROW_COST_IN_INDEX_ENTRIES * rows
        ? NARROW
        : WIDE;
  }

  /**
   * The shape for counting at most {@code atMost} matches. Both read a heap row per scene tested
   * (the exact test); narrow tests the {@code share * n} candidates, wide walks about {@code atMost
   * / share} rows before it has counted enough: narrow while {@code share^2 * n <= atMost}.
   */
  public static SearchShape forCount(Estimate estimate, int atMost) {
    if (!estimate.spatial()) {
      return WIDE;
    }
    if (estimate.footprintShare() == null) {
      return NARROW;
    }
    double share = estimate.footprintShare();
    return share * share * estimate.scenesInSpan() <= atMost ? NARROW : WIDE;
  }

  /**
   * About how many scenes of {@code collections} (all when null) were acquired in [{@code from},
   * {@code to}] (either open when null), each collection's scenes taken as spread evenly over its
   * span.
   */
  static double scenesInSpan(
      List<SceneDao.CollectionSpan> spans, Set<String> collections, Instant from, Instant to) {
    double scenes = 0;
    for (SceneDao.CollectionSpan span : spans) {
      if (collections != null && !collections.contains(span.collection())) {
        continue;
      }
      scenes += span.scenes() * span.shareAcquiredIn(from, to);
    }
    return scenes;
  }
}
