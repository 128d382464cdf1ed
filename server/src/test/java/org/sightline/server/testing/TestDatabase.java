package org.sightline.server.testing;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sightline.server.db.geometry.JtsGeometryPlugin;

/** A migrated database of the test cluster, with how to reach it. */
public record TestDatabase(String name, String jdbcUrl, String user, String password) {

  /** A Jdbi on this database, configured as the server configures its own. */
  public Jdbi jdbi() {
    Jdbi jdbi = Jdbi.create(jdbcUrl, user, password);
    jdbi.installPlugin(new SqlObjectPlugin());
    jdbi.installPlugin(new PostgresPlugin());
    jdbi.installPlugin(new JtsGeometryPlugin());
    return jdbi;
  }
}
