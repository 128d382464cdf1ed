package org.sightline.server.backup;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * What a backup's manifest records about the database and a restore checks again: its tables and
 * their row counts, and its Flyway schema version. Read in the caller's transaction (a snapshot).
 * Stateless.
 */
final class DatabaseFacts {
  private DatabaseFacts() {}

  /** Tables of the public schema, PostGIS's own (extension members) left out. */
  static List<String> tables(Handle handle) {
    return handle
        .createQuery(
            """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
               AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                  AND d.deptype = 'e')
             ORDER BY c.relname""")
        .mapTo(String.class)
        .list();
  }

  /** Rows of each table of {@link #tables}. */
  static Map<String, Long> counts(Handle handle) {
    Map<String, Long> counts = new TreeMap<>();
    for (String table : tables(handle)) {
      // The name comes from the catalogue and is quoted as an identifier.
      long rows =
          handle
              .createQuery("SELECT count(*) FROM public.\"" + table.replace("\"", "\"\"") + "\"")
              .mapTo(Long.class)
              .one();
      counts.put(table, rows);
    }
    return counts;
  }

  /** The version of the last successful versioned migration, or "none". */
  static String schemaVersion(Handle handle) {
    boolean hasHistory =
        handle
            .createQuery("SELECT to_regclass('public.flyway_schema_history') IS NOT NULL")
            .mapTo(Boolean.class)
            .one();
    if (!hasHistory) {
      return "none";
    }
    return handle
        .createQuery(
            """
            SELECT version FROM flyway_schema_history
             WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1""")
        .mapTo(String.class)
        .findOne()
        .orElse("none");
  }

  static String postgresVersion(Handle handle) {
    return handle.createQuery("SHOW server_version").mapTo(String.class).one();
  }
}
