package org.sightline.imagery.coverage;

import java.time.Instant;

/**
 * One scene over a facility, and how well it covers it. Immutable.
 *
 * @param gsdM ground sample distance, metres, or null when unknown
 * @param cloudPct facility-level cloud cover when the Item has it ({@code
 *     sightline:site_cloud_pct}), else the scene's cloud cover, else null; percent
 * @param coveredFraction 0..1 of the facility's area inside the footprint (ellipsoidal areas)
 * @param areaSource {@code boundary} (the boundary valid on the scene's date) or {@code buffer} (a
 *     circle around the facility's location)
 */
public record SceneCover(
    String collection,
    String id,
    Instant acquiredAt,
    String platform,
    Double gsdM,
    Double cloudPct,
    double coveredFraction,
    String areaSource) {

  /** Whether this scene meets the criteria. */
  public boolean usable(UsabilityCriteria criteria) {
    return criteria.usable(coveredFraction, cloudPct, gsdM);
  }
}
