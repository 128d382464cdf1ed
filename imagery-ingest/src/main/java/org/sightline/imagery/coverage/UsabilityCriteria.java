package org.sightline.imagery.coverage;

/**
 * What makes a scene usable for looking at a facility: at least {@code minCoverage} of the
 * facility's area inside the footprint, cloud cover at most {@code maxCloudPct}, and, when {@code
 * maxGsdM} is given, a ground sample distance at most that. A scene of unknown cloud cover counts
 * as usable only when {@code unknownCloudUsable}. Immutable.
 *
 * @param minCoverage fraction 0..1 of the facility's area
 * @param maxCloudPct percentage 0..100
 * @param maxGsdM metres, positive, or null for any resolution
 */
public record UsabilityCriteria(
    double minCoverage, double maxCloudPct, Double maxGsdM, boolean unknownCloudUsable) {
  /** The minimum covered fraction when none is asked for. */
  public static final double DEFAULT_MIN_COVERAGE = 0.9;

  /** The maximum cloud cover when none is asked for, percent. */
  public static final double DEFAULT_MAX_CLOUD_PCT = 20;

  /**
   * @throws IllegalArgumentException when a limit is out of its range (the message names it)
   */
  public UsabilityCriteria {
    if (minCoverage < 0 || minCoverage > 1) {
      throw new IllegalArgumentException("minCoverage is a fraction 0..1, got " + minCoverage);
    }
    if (maxCloudPct < 0 || maxCloudPct > 100) {
      throw new IllegalArgumentException("maxCloud is a percentage 0..100, got " + maxCloudPct);
    }
    if (maxGsdM != null && maxGsdM <= 0) {
      throw new IllegalArgumentException("maxGsd must be positive (metres), got " + maxGsdM);
    }
  }

  /**
   * The criteria asked for, with the defaults for those not given (null).
   *
   * @throws IllegalArgumentException when a limit is out of its range
   */
  public static UsabilityCriteria of(
      Double minCoverage, Double maxCloudPct, Double maxGsdM, boolean unknownCloudUsable) {
    return new UsabilityCriteria(
        minCoverage == null ? DEFAULT_MIN_COVERAGE : minCoverage,
        maxCloudPct == null ? DEFAULT_MAX_CLOUD_PCT : maxCloudPct,
        maxGsdM,
        unknownCloudUsable);
  }

  /** Whether a scene with these figures is usable. */
  public boolean usable(double coveredFraction, Double cloudPct, Double gsdM) {
    return coveredFraction >= minCoverage
        && (cloudPct == null ? unknownCloudUsable : cloudPct <= maxCloudPct)
        && (maxGsdM == null || (gsdM != null && gsdM <= maxGsdM));
  }
}
