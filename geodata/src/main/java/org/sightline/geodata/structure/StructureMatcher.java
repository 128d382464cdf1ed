package org.sightline.geodata.structure;

import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/**
 * Matches the structures of one observation to the structures known before it, one to one, by
 * intersection over union in a metric projection: candidates come from a JTS {@code STRtree} built
 * once over the earlier structures, never from all pairs; same-class pairs need {@link
 * MatchingParameters#iouThreshold()}, pairs of different classes {@link
 * MatchingParameters#classChangeIouThreshold()}; lines are buffered by {@link
 * MatchingParameters#lineBufferM()} first; lines never match polygons. Pairs are taken best first
 * (same class before a change of class, then higher IoU). Stateless and thread-safe.
 */
public final class StructureMatcher {
  private final MatchingParameters parameters;

  public StructureMatcher(MatchingParameters parameters) {
    this.parameters = parameters;
  }

  /**
   * A structure to match, already in the metric projection ({@link MetricProjection}).
   *
   * @param key the caller's key (an identity id for earlier structures, a drawing id for new ones)
   * @param metricGeometry projected geometry, metres; lines not yet buffered
   */
  public record Candidate(long key, StructureClass structureClass, Geometry metricGeometry) {}

  /** A pair taken: the new structure's key, the earlier one's key, and their IoU. */
  public record Match(long currentKey, long earlierKey, double iou) {}

  /**
   * The pairs taken, best first.
   *
   * @param excluded pairs never to take (forced non-matches), as ({@code currentKey}, {@code
   *     earlierKey})
   */
  public List<Match> match(List<Candidate> earlier, List<Candidate> current, Set<Pair> excluded) {
    return List.of(); // TODO(issue 11): the matcher
  }

  /** A (current, earlier) pair of keys. */
  public record Pair(long currentKey, long earlierKey) {}

  public MatchingParameters parameters() {
    return parameters;
  }
}
