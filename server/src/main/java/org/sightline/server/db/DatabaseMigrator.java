package org.sightline.server.db;

import java.sql.SQLException;
import java.util.Arrays;
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
    return result;
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
