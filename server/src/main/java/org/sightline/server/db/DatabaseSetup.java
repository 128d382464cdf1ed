package org.sightline.server.db;

import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.util.Duration;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.db.embedded.ManagedPostgis;
import org.sightline.server.db.embedded.PostgisCluster;
import org.sightline.server.db.embedded.PostgisRoles;

/**
 * Gets the database ready, for the server and the command-line tools alike: starts the embedded
 * cluster if configured, migrates the schema as its owner, and points {@code database} at a role
 * that is only a member of {@value PostgisRoles#APP_GROUP} (no DELETE, no audit tampering).
 */
public final class DatabaseSetup {
  /** Name of the embedded cluster's application database. */
  public static final String EMBEDDED_DATABASE = "sightline";

  private DatabaseSetup() {}

  /** How long a pooled connection's last check stays good before it is checked again on use. */
  static final Duration VALIDATION_INTERVAL = Duration.seconds(1);

  /**
   * The pool survives a PostgreSQL restart without a server restart: a connection idle for more
   * than {@link #VALIDATION_INTERVAL} is checked (the validation query) before it is handed out, so
   * the connections a restart cut are dropped and replaced instead of failing a request; and a
   * connection attempt to an unreachable host gives up after 5 s (the driver's default is 10).
   */
  static void recoverFromOutages(DataSourceFactory database) {
    database.setCheckConnectionOnBorrow(true);
    database.setValidationInterval(VALIDATION_INTERVAL);
    database.getProperties().putIfAbsent("connectTimeout", "5");
  }

  /**
   * Returns the embedded cluster's handle (to stop it later), or null with an external database.
   */
  public static ManagedPostgis prepare(SightlineConfiguration config) {
    DataSourceFactory database = config.getDatabase();
    recoverFromOutages(database);
    if (config.usesEmbeddedDatabase()) {
      ManagedPostgis embedded = ManagedPostgis.startNow(config.getEmbeddedPostgis());
      PostgisCluster cluster = embedded.cluster();
      cluster.createDatabase(EMBEDDED_DATABASE, null);
      try {
        DatabaseMigrator.migrate(
            cluster.jdbcUrl(EMBEDDED_DATABASE), PostgisCluster.SUPERUSER, cluster.password());
      } catch (RuntimeException refused) {
        // a refused start (a newer schema, a failed migration) leaves no cluster it started behind
        cluster.stopIfStartedHere();
        throw refused;
      }
      String appPassword =
          cluster.ensureLoginRole(PostgisRoles.EMBEDDED_APP_LOGIN, PostgisRoles.APP_GROUP);
      database.setUrl(cluster.jdbcUrl(EMBEDDED_DATABASE));
      database.setUser(PostgisRoles.EMBEDDED_APP_LOGIN);
      database.setPassword(appPassword);
      return embedded;
    }
    SchemaOwnerConfiguration owner = config.getSchemaOwner();
    if (owner == null) {
      DatabaseMigrator.migrate(database.getUrl(), database.getUser(), database.getPassword());
    } else {
      DatabaseMigrator.migrate(database.getUrl(), owner.user(), owner.password());
    }
    return null;
  }
}
