package org.sightline.server.testing;

import org.apache.tomcat.jdbc.pool.DataSource;
import org.apache.tomcat.jdbc.pool.PoolProperties;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.spi.JdbiPlugin;
import org.sightline.server.db.SightlineJdbi;

/**
 * A migrated database of the test cluster, with how to reach it as the schema owner ({@code user},
 * the cluster's superuser) and as the server's restricted role ({@code appUser}).
 */
public record TestDatabase(
    String name, String jdbcUrl, String user, String password, String appUser, String appPassword) {

  /** Who the audit trail names for rows that tests write directly. */
  public static final String FIXTURE_ACTOR = "test:fixture";

  /**
   * A Jdbi as the schema owner, for fixtures and for tampering on purpose. Every connection names
   * {@value #FIXTURE_ACTOR} as its actor, since the database refuses unattributed writes.
   */
  public Jdbi jdbi() {
    Jdbi jdbi = SightlineJdbi.installPlugins(Jdbi.create(jdbcUrl, user, password));
    jdbi.installPlugin(
        new JdbiPlugin() {
          @Override
          public Handle customizeHandle(Handle handle) {
            handle.execute("SELECT set_config('sightline.actor', ?, false)", FIXTURE_ACTOR);
            return handle;
          }
        });
    return jdbi;
  }

  /**
   * A Jdbi as the server's role over a small connection pool (Dropwizard's tomcat-jdbc), as the
   * server has: for benchmarks, where a new connection per transaction would dominate.
   */
  public Jdbi pooledAppJdbi(int maxConnections) {
    PoolProperties pool = new PoolProperties();
    pool.setUrl(jdbcUrl);
    pool.setUsername(appUser);
    pool.setPassword(appPassword);
    pool.setDriverClassName("org.postgresql.Driver");
    pool.setMaxActive(maxConnections);
    pool.setMaxIdle(maxConnections);
    pool.setMinIdle(1);
    pool.setInitialSize(1);
    return SightlineJdbi.installPlugins(Jdbi.create(new DataSource(pool)));
  }

  /** A Jdbi as the server's role: what the application may and may not do. No actor is set. */
  public Jdbi appJdbi() {
    return SightlineJdbi.installPlugins(Jdbi.create(jdbcUrl, appUser, appPassword));
  }
}
