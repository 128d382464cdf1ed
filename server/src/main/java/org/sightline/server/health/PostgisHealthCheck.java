package org.sightline.server.health;

import com.codahale.metrics.health.HealthCheck;
import org.jdbi.v3.core.Jdbi;

/** Healthy when the database answers and has the PostGIS extension; reports its version. */
public final class PostgisHealthCheck extends HealthCheck {
  private final Jdbi jdbi;

  public PostgisHealthCheck(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  protected Result check() {
    String version =
        jdbi.withExtension(ExtensionDao.class, dao -> dao.installedVersion("postgis")).orElse(null);
    return version == null
        ? Result.unhealthy("the postgis extension is not installed in this database")
        : Result.healthy("PostGIS " + version);
  }
}
