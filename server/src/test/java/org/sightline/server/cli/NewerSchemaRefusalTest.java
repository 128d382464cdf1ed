package org.sightline.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sightline.server.SightlineApplication;
import org.sightline.server.testing.CommandLineConfig;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;

/**
 * An older Sightline on a database a newer one migrated: the schema history names a migration this
 * release does not have (a row for version 25 is added by hand). The server and the command-line
 * tools refuse in one line, with a non-zero exit status, and touch nothing. See docs/UPGRADES.md.
 */
@Tag("postgis")
class NewerSchemaRefusalTest {
  private static TestDatabase database;
  private static Path config;
  private static String known;
  private static String expected;

  @BeforeAll
  static void aDatabaseFromTheFuture() throws IOException {
    database = TestPostgis.freshDatabase();
    known =
        database
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT max(version::int)::text FROM flyway_schema_history WHERE version IS NOT NULL")
                        .mapTo(String.class)
                        .one());
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
    config = CommandLineConfig.write(database);
    expected =
        "the database schema is at version 25 but this Sightline knows only up to "
            + known
            + ": upgrade Sightline (never run an older release on a newer database)";
  }

  @Test
  void aCommandRefusesInOneLine() throws Exception {
    CommandLineTest.Run run = CommandLineTest.run(null, "user", "list", config.toString());
    assertThat(run.failure()).as("the command fails (exit status 1)").isPresent();
    assertThat(run.err().strip()).isEqualTo("sightline user: " + expected);
    assertThat(run.out()).isEmpty();
    assertThat(historyRows())
        .as("nothing was migrated or recorded")
        .isEqualTo(Integer.parseInt(known) + 1);
  }

  @Test
  void theServerRefusesToStartInOneLineAndExitsNonZero() throws Exception {
    Path serverConfig = CommandLineConfig.withServerOnFreePorts(config);

    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty(
                    "surefire.test.class.path", System.getProperty("java.class.path")),
                SightlineApplication.class.getName(),
                "server",
                serverConfig.toString()));
    Path out = Files.createTempFile("sightline-server-out-", ".txt");
    Path err = Files.createTempFile("sightline-server-err-", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    process.getOutputStream().close();
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("the server stopped by itself").isTrue();
    String stderr = Files.readString(err, StandardCharsets.UTF_8);

    assertThat(process.exitValue()).as("exit status; stderr:%n%s", stderr).isEqualTo(1);
    assertThat(stderr.strip()).isEqualTo("sightline server: " + expected);
    assertThat(historyRows()).isEqualTo(Integer.parseInt(known) + 1);
  }

  private static int historyRows() {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT count(*) FROM flyway_schema_history")
                    .mapTo(Integer.class)
                    .one());
  }
}
