package org.sightline.server.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.sightline.server.errors.FirstLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the Flyway migrations in {@code db/migration} (classpath). Validation is on: a changed or
 * missing applied migration stops the start instead of being repaired; clean is disabled.
 *
 * <p>A database migrated by a newer Sightline is refused before anything runs ({@link
 * SchemaTooNewException}): Flyway itself only logs a warning for an applied migration it does not
 * know (its default {@code ignoreMigrationPatterns} is {@code *:future}) and carries on, which
 * would let an older release write to a schema it does not understand. Each migration runs in one
 * transaction (PostgreSQL's DDL is transactional), so a failing one leaves the schema as it was;
 * its failure is a {@link MigrationFailedException} that says so in one line.
 */
public final class DatabaseMigrator {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseMigrator.class);

  private DatabaseMigrator() {}

  public static MigrateResult migrate(String jdbcUrl, String user, String password) {
    Flyway flyway = configuration(jdbcUrl, user, password).load();
    refuseNewerSchema(flyway.info().all());
    MigrateResult result;
    try {
      result = flyway.migrate();
    } catch (FlywayMigrateException failed) {
      throw failedMigration(flyway, failed);
    }
    LOG.info(
        "Database schema at version {} ({} migration(s) applied now)",
        result.targetSchemaVersion == null
            ? flyway.info().current().getVersion()
            : result.targetSchemaVersion,
        result.migrationsExecuted);
    if (result.migrationsExecuted > 0) {
      vacuumRewrittenTables(jdbcUrl, user, password);
    }
    return result;
  }

  /**
   * Runs {@code VACUUM (ANALYZE)} on every table of the schema whose pages are mostly not marked
   * all-visible, after migrations ran. A migration that rewrites a table (adding a stored generated
   * column to {@code scene}: V016, V023) leaves it with an empty visibility map, and every
   * index-only scan of it then reads each entry's heap row as well: at 1,100,046 scenes the map's
   * histogram took 2.5 s instead of 0.3 s after V023 until a VACUUM (6.7 s) mended it. Autovacuum
   * would not come by itself: a rewrite leaves no dead rows and counts no inserts. Returns the
   * tables vacuumed.
   */
  static List<String> vacuumRewrittenTables(String jdbcUrl, String user, String password) {
    List<String> vacuumed = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
        Statement statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname)"
                  + " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                  + " WHERE n.nspname = current_schema() AND c.relkind = 'r'"
                  + " AND pg_catalog.pg_has_role(c.relowner, 'USAGE')"
                  // Not an extension's own table (PostGIS's spatial_ref_sys).
                  + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d"
                  + " WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid"
                  + " AND d.deptype = 'e')"
                  // The pages it has now: relpages is not updated by a rewrite.
                  + " AND pg_catalog.pg_relation_size(c.oid) > 0 AND 2 * c.relallvisible"
                  + " < pg_catalog.pg_relation_size(c.oid)"
                  + " / pg_catalog.current_setting('block_size')::bigint ORDER BY 1")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      long startNs = System.nanoTime();
      for (String table : tables) {
        // The name is quoted by PostgreSQL itself (quote_ident), from its own catalogue.
        statement.execute("VACUUM (ANALYZE) " + table);
        vacuumed.add(table);
      }
      if (!vacuumed.isEmpty()) {
        LOG.info(
            "Vacuumed {} table(s) whose pages were not marked all-visible, in {} ms: {}",
            vacuumed.size(),
            (System.nanoTime() - startNs) / 1_000_000,
            String.join(", ", vacuumed));
      }
    } catch (SQLException e) {
      // The schema is migrated; a table left unvacuumed is slower, not wrong. Autovacuum or an
      // operator's VACUUM mends it (docs/UPGRADES.md).
      LOG.warn(
          "Could not vacuum the tables the migrations rewrote: {}", FirstLine.of(e.getMessage()));
    }
    return vacuumed;
  }

  /** Says which migration failed and why, in one line; the schema version is read again. */
  private static MigrationFailedException failedMigration(
      Flyway flyway, FlywayMigrateException failed) {
    MigrationInfo migration = failed.getMigration();
    String which =
        migration == null || migration.getVersion() == null
            ? "?"
            : shown(migration.getVersion()) + " (" + migration.getDescription() + ")";
    String reason = FirstLine.of(failed.getMessage());
    for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        reason =
            FirstLine.of(sql.getMessage())
                + (sql.getSQLState() == null ? "" : " (SQL state " + sql.getSQLState() + ")");
        break;
      }
    }
    String now;
    try {
      MigrationInfo current = flyway.info().current();
      now = current == null || current.getVersion() == null ? "none" : shown(current.getVersion());
    } catch (RuntimeException unreadable) {
      failed.addSuppressed(unreadable);
      now = "unknown";
    }
    return new MigrationFailedException(which, reason, now, failed);
  }

  /** The configuration {@link #migrate} uses; tests add locations to it. */
  static FluentConfiguration configuration(String jdbcUrl, String user, String password) {
    return Flyway.configure()
        .dataSource(jdbcUrl, user, password)
        .locations("classpath:db/migration")
        .validateOnMigrate(true)
        .cleanDisabled(true);
  }

  /**
   * Throws {@link SchemaTooNewException} when the schema history holds a versioned migration newer
   * than every migration this release carries.
   */
  static void refuseNewerSchema(MigrationInfo[] migrations) {
    MigrationVersion known =
        Arrays.stream(migrations)
            .filter(m -> m.getVersion() != null && m.getState().isResolved())
            .map(MigrationInfo::getVersion)
            .max(MigrationVersion::compareTo)
            .orElse(MigrationVersion.EMPTY);
    Arrays.stream(migrations)
        .filter(m -> m.getVersion() != null && m.getState().isApplied())
        .map(MigrationInfo::getVersion)
        .max(MigrationVersion::compareTo)
        .filter(applied -> applied.isNewerThan(known))
        .ifPresent(
            applied -> {
              throw new SchemaTooNewException(shown(applied), shown(known));
            });
  }

  /** A version as people write it: {@code 019} is 19, {@code 1.02} is 1.2. */
  private static String shown(MigrationVersion version) {
    if (MigrationVersion.EMPTY.equals(version)) {
      return "none";
    }
    return Arrays.stream(version.getVersion().split("\\."))
        .map(part -> part.replaceFirst("^0+(?=\\d)", ""))
        .collect(Collectors.joining("."));
  }
}
