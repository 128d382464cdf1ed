package org.sightline.server.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
   * {@value #FIXTURE_ACTOR} as its actor, since the database refuses unattributed writes. One per
   * database (a small pool: a new PostgreSQL connection per transaction, loading PostGIS each time,
   * cost a test creating hundreds of fixtures minutes); thread-safe.
   */
  public Jdbi jdbi() {
    return POOLS.computeIfAbsent(
        jdbcUrl + " " + user,
        key -> {
          Jdbi jdbi = SightlineJdbi.installPlugins(Jdbi.create(pool(user, password, 4)));
          jdbi.installPlugin(
              new JdbiPlugin() {
                @Override
                public Handle customizeHandle(Handle handle) {
                  handle.execute("RESET ALL"); // what a test set on this pooled connection
                  handle.execute("SELECT set_config('sightline.actor', ?, false)", FIXTURE_ACTOR);
                  return handle;
                }
              });
          return jdbi;
        });
  }

  /**
   * A Jdbi as the server's role over a small connection pool (Dropwizard's tomcat-jdbc), as the
   * server has: for benchmarks, where a new connection per transaction would dominate. A new pool
   * per call.
   */
  public Jdbi pooledAppJdbi(int maxConnections) {
    return SightlineJdbi.installPlugins(Jdbi.create(pool(appUser, appPassword, maxConnections)));
  }

  /**
   * A Jdbi as the server's role: what the application may and may not do. No actor is set. One per
   * database, over a small pool (each handle starts from the session defaults: {@code RESET ALL});
   * thread-safe.
   */
  public Jdbi appJdbi() {
    return POOLS.computeIfAbsent(
        jdbcUrl + " " + appUser,
        key -> {
          Jdbi jdbi = SightlineJdbi.installPlugins(Jdbi.create(pool(appUser, appPassword, 8)));
          jdbi.installPlugin(
              new JdbiPlugin() {
                @Override
                public Handle customizeHandle(Handle handle) {
                  handle.execute("RESET ALL"); // what a test set on this pooled connection
                  return handle;
                }
              });
          return jdbi;
        });
  }

  /**
   * A pool whose idle connections close after a few seconds, so the many databases of one test JVM
   * never hold the cluster's connection slots.
   */
  private DataSource pool(String username, String secret, int maxConnections) {
    PoolProperties pool = new PoolProperties();
    pool.setUrl(jdbcUrl);
    pool.setUsername(username);
    pool.setPassword(secret);
    pool.setDriverClassName("org.postgresql.Driver");
    pool.setMaxActive(maxConnections);
    pool.setMaxIdle(maxConnections);
    pool.setMinIdle(0);
    pool.setInitialSize(0);
    pool.setTimeBetweenEvictionRunsMillis(2_000);
    pool.setMinEvictableIdleTimeMillis(5_000);
    return new DataSource(pool);
  }

  private static final Map<String, Jdbi> POOLS = new ConcurrentHashMap<>();
}
