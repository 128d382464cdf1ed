package org.sightline.geodata.structure;

/**
 * How structures are matched across observations and when a difference is a change.
 *
 * @param iouThreshold least intersection over union (in a metric projection) for two drawings of
 *     the same class to be one structure; 0 < t <= 1
 * @param classChangeIouThreshold least intersection over union for drawings of different classes to
 *     be one structure (a change of class); at least {@code iouThreshold}
 * @param lineBufferM half-width in metres a line (fence, wall) is given so that lines overlap
 * @param sizeChangeRatio least relative change of area (polygons) or length (lines) that is an
 *     expansion or reduction, for example 0.2 for 20%
 * @param moveThresholdM least displacement in metres (Hausdorff distance) of a matched perimeter
 *     that is a move
 * @param assessableShare least share of a structure's place that must be assessable in a scene for
 *     its absence there to count; below it the structure is not assessable
 */
public record MatchingParameters(
    double iouThreshold,
    double classChangeIouThreshold,
    double lineBufferM,
    double sizeChangeRatio,
    double moveThresholdM,
    double assessableShare) {

  /**
   * IoU 0.2 for the same class, so that a 5 x 5 m guard post digitized 2 m off in both directions
   * (overlap 3 x 3 m, IoU 9 / 41 = 0.22) is still the same post while neighbouring buildings, which
   * do not overlap, never match; 0.6 for a change of class; lines buffered 3 m; a 20% change of
   * size; a perimeter moved more than 10 m; 90% of a place seen.
   */
  public static final MatchingParameters DEFAULTS =
      new MatchingParameters(0.2, 0.6, 3.0, 0.2, 10.0, 0.9);

  public MatchingParameters {
    if (!(iouThreshold > 0 && iouThreshold <= 1)) {
      throw new IllegalArgumentException("iouThreshold must be in (0, 1]: " + iouThreshold);
    }
    if (!(classChangeIouThreshold >= iouThreshold && classChangeIouThreshold <= 1)) {
      throw new IllegalArgumentException(
          "classChangeIouThreshold must be in [iouThreshold, 1]: " + classChangeIouThreshold);
    }
    if (!(lineBufferM > 0) || !(sizeChangeRatio > 0) || !(moveThresholdM > 0)) {
      throw new IllegalArgumentException(
          "lineBufferM, sizeChangeRatio and moveThresholdM must be > 0");
    }
    if (!(assessableShare > 0 && assessableShare <= 1)) {
      throw new IllegalArgumentException("assessableShare must be in (0, 1]: " + assessableShare);
    }
  }
}
