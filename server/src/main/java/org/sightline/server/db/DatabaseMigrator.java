package org.sightline.server.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the Flyway migrations in {@code db/migration} (classpath). Validation is on: a changed or
 * missing applied migration stops the start instead of being repaired; clean is disabled.
 */
public final class DatabaseMigrator {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseMigrator.class);

  private DatabaseMigrator() {}

  public static MigrateResult migrate(String jdbcUrl, String user, String password) {
    Flyway flyway =
        Flyway.configure()
            .dataSource(jdbcUrl, user, password)
            .locations("classpath:db/migration")
            .validateOnMigrate(true)
            .cleanDisabled(true)
            .load();
    MigrateResult result = flyway.migrate();
    LOG.info(
        "Database schema at version {} ({} migration(s) applied now)",
        result.targetSchemaVersion == null
            ? flyway.info().current().getVersion()
            : result.targetSchemaVersion,
        result.migrationsExecuted);
    return result;
  }
}
