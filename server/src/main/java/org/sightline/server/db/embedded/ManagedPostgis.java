package org.sightline.server.db.embedded;

import io.dropwizard.lifecycle.Managed;

/**
 * Ties an already started {@link PostgisCluster} to the Dropwizard lifecycle, so that it is stopped
 * cleanly when the server shuts down. The cluster is started before the lifecycle begins, because
 * migrations and the connection pool need it while the application is being wired.
 */
public final class ManagedPostgis implements Managed {
  private final PostgisCluster cluster;

  private ManagedPostgis(PostgisCluster cluster) {
    this.cluster = cluster;
  }

  /** Starts the cluster described by {@code config} now and returns its lifecycle handle. */
  public static ManagedPostgis startNow(EmbeddedPostgisConfiguration config) {
    PostgisCluster cluster =
        new PostgisCluster(
            config.resolvedDirectory(),
            config.getPort(),
            true,
            PostgresBinaries.locate(config.binDirectoryOrNull()),
            ClusterUser.forCurrentProcess(config.getOsUser()));
    cluster.start();
    return new ManagedPostgis(cluster);
  }

  public PostgisCluster cluster() {
    return cluster;
  }

  @Override
  public void start() {
    // Already started by startNow().
  }

  @Override
  public void stop() {
    cluster.stop();
  }
}
