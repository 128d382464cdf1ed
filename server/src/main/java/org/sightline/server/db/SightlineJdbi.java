package org.sightline.server.db;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sightline.server.db.geometry.JtsGeometryPlugin;

/** The Jdbi set-up shared by the server, the command-line tools and the tests. */
public final class SightlineJdbi {
  private SightlineJdbi() {}

  /** SQL objects, PostgreSQL types (arrays, jsonb) and JTS geometries. Idempotent. */
  public static Jdbi installPlugins(Jdbi jdbi) {
    jdbi.installPlugin(new SqlObjectPlugin());
    jdbi.installPlugin(new PostgresPlugin());
    jdbi.installPlugin(new JtsGeometryPlugin());
    return jdbi;
  }
}
