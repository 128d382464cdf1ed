package org.sightline.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;

/**
 * What keeps an upgrade safe: a database from a newer release is refused before anything runs
 * (Flyway alone would carry on), a migration that fails halfway leaves the schema and its history
 * as they were, and every migration can run in a transaction. See docs/UPGRADES.md.
 */
@Tag("postgis")
class MigrationSafetyTest {
  /** Statements PostgreSQL refuses inside a transaction block (Flyway would run them outside). */
  private static final Pattern NON_TRANSACTIONAL =
      Pattern.compile(
          "\\b(CONCURRENTLY|VACUUM|ALTER\\s+SYSTEM|CREATE\\s+DATABASE|DROP\\s+DATABASE|CREATE\\s+TABLESPACE"
              + "|ALTER\\s+TYPE\\s+\\S+\\s+ADD\\s+VALUE|COMMIT|ROLLBACK)\\b");

  private static void addFutureMigration(TestDatabase database) {
    database
        .jdbi()
        .useHandle(
            h ->
                h.execute(
                    """
                    INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,
                                                       checksum, installed_by, execution_time, success)
                    SELECT max(installed_rank) + 1, '025', 'from a newer release', 'SQL',
                           'V025__from_a_newer_release.sql', 12345, 'sightline', 3, true
                      FROM flyway_schema_history
                    """));
  }

  @Test
  void aDatabaseFromANewerReleaseIsRefusedWithTheVersionsNamed() {
    TestDatabase database = TestPostgis.freshDatabase();
    List<String> versions = versions(database.jdbi());
    addFutureMigration(database);
    String known = versions.get(versions.size() - 1).replaceFirst("^0+", "");

    assertThatThrownBy(
            () ->
                DatabaseMigrator.migrate(database.jdbcUrl(), database.user(), database.password()))
        .isInstanceOf(SchemaTooNewException.class)
        .hasMessage(
            "the database schema is at version 25 but this Sightline knows only up to "
                + known
                + ": upgrade Sightline (never run an older release on a newer database)")
        .satisfies(
            e -> {
              SchemaTooNewException refused = (SchemaTooNewException) e;
              assertThat(refused.databaseVersion()).isEqualTo("25");
              assertThat(refused.knownVersion()).isEqualTo(known);
            });
  }

  /**
   * Why the check is ours: Flyway 11 validates with {@code ignoreMigrationPatterns=*:future} by
   * default, so an applied migration it does not know passes with a warning and migrate succeeds.
   */
  @Test
  void flywayAloneWouldCarryOnOverANewerSchema() {
    TestDatabase database = TestPostgis.freshDatabase();
    addFutureMigration(database);
    MigrateResult carriedOn =
        DatabaseMigrator.configuration(database.jdbcUrl(), database.user(), database.password())
            .load()
            .migrate();
    assertThat(carriedOn.success).isTrue();
    assertThat(carriedOn.migrationsExecuted).isZero();
  }

  @Test
  void aMigrationFailingHalfwayLeavesTheSchemaAndItsHistoryAsTheyWere(@TempDir Path extra)
      throws IOException {
    TestDatabase database = TestPostgis.freshDatabase();
    List<String> before = versions(database.jdbi());
    Files.writeString(
        extra.resolve("V900__fails_halfway.sql"),
        """
        CREATE TABLE upgrade_probe (id integer PRIMARY KEY);
        ALTER TABLE facility ADD COLUMN upgrade_probe integer;
        INSERT INTO upgrade_probe VALUES (1);
        SELECT 1 / 0;
        """,
        StandardCharsets.UTF_8);

    assertThatThrownBy(
            () ->
                DatabaseMigrator.configuration(
                        database.jdbcUrl(), database.user(), database.password())
                    .locations("classpath:db/migration", "filesystem:" + extra)
                    .load()
                    .migrate())
        .isInstanceOf(FlywayException.class)
        .hasMessageContaining("division by zero");

    Jdbi jdbi = database.jdbi();
    int probes =
        count(
            jdbi,
            """
            SELECT count(*) FROM information_schema.columns
             WHERE table_name = 'upgrade_probe' OR column_name = 'upgrade_probe'
            """);
    assertThat(probes).as("the table and the column the failed migration created").isZero();
    int failed = count(jdbi, "SELECT count(*) FROM flyway_schema_history WHERE NOT success");
    assertThat(failed)
        .as("failed rows in the history (one would block every later start)")
        .isZero();
    assertThat(versions(jdbi)).isEqualTo(before);
    MigrateResult next =
        DatabaseMigrator.migrate(database.jdbcUrl(), database.user(), database.password());
    assertThat(next.success).as("the next start migrates as usual").isTrue();
  }

  @Test
  void everyMigrationRunsInsideATransaction() throws IOException, URISyntaxException {
    Path directory =
        Path.of(DatabaseMigrator.class.getClassLoader().getResource("db/migration").toURI());
    List<Path> migrations;
    try (Stream<Path> files = Files.list(directory)) {
      migrations = files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
    assertThat(migrations).hasSizeGreaterThan(9);
    for (Path migration : migrations) {
      String code =
          Files.readString(migration, StandardCharsets.UTF_8)
              .replaceAll("--[^\n]*", "")
              .toUpperCase(Locale.ROOT);
      assertThat(NON_TRANSACTIONAL.matcher(code).find())
          .as("%s has a statement that cannot run in a transaction", migration.getFileName())
          .isFalse();
    }
  }

  private static int count(Jdbi jdbi, String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }

  private static List<String> versions(Jdbi jdbi) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
                .mapTo(String.class)
                .list());
  }
}
