package org.sightline.server.health;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads the database's installed extensions, for the health checks. */
public interface ExtensionDao {

  /** The installed version of the named extension, or empty when it is not installed. */
  @SqlQuery("SELECT extversion FROM pg_extension WHERE extname = :name")
  Optional<String> installedVersion(@Bind("name") String name);
}
