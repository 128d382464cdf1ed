package org.sightline.server.catalogue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.sightline.imagery.coverage.SceneCover;
import org.sightline.imagery.coverage.UsabilityCriteria;
import org.sightline.server.visibility.Visibility;

/**
 * Which scenes cover a facility, and how well: each scene whose footprint intersects the facility's
 * area on the scene's date (the boundary version valid that day, else a circle of {@code bufferM}
 * around its location), with the fraction of that area covered (ellipsoidal areas, PostGIS
 * geography), cloud cover (the facility-level figure when the Item carries one, else the scene's)
 * and gsd. Whether a scene is usable is {@link UsabilityCriteria}'s to say. Thread-safe.
 */
public final class FacilityCoverage {
  /** Radius of the area used for a facility without a boundary, metres. */
  public static final double DEFAULT_BUFFER_M = 1_000;

  private final Jdbi jdbi;

  public FacilityCoverage(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Scenes over a facility that {@code visibility} sees, acquired in [from, to] (either may be
   * null), oldest first; none when the facility is not visible.
   */
  public List<SceneCover> scenes(
      String facilityId, Visibility visibility, Instant from, Instant to, double bufferM) {
    SceneDao.CoverageFilter filter =
        new SceneDao.CoverageFilter(
            facilityId,
            visibility.publishedOnly(),
            from == null ? null : from.atOffset(ZoneOffset.UTC),
            to == null ? null : to.atOffset(ZoneOffset.UTC),
            bufferM);
    return jdbi.withHandle(handle -> handle.attach(SceneDao.class).coverage(filter));
  }
}
