package org.sightline.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
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
import org.sightline.server.db.embedded.PostgisCluster;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;

/**
 * The command line's failures as an operator meets them: every failure says what is wrong in a
 * clear first line on standard error, without a stack trace, and exits with status 1. Two runs are
 * separate JVMs ({@code java ... SightlineApplication <command> <action> <config> ...}, what {@code
 * scripts/sightline} runs) for the real exit status; the rest run in this JVM through Dropwizard's
 * {@code Cli}, where a returned failure is what makes the application exit 1.
 */
@Tag("postgis")
class CommandLineExitTest {
  private static Path config;
  private static Path unreachableDatabaseConfig;

  @BeforeAll
  static void configFiles() throws IOException {
    TestDatabase database = TestPostgis.freshDatabase();
    config = writeConfig(database.jdbcUrl(), database);
    unreachableDatabaseConfig =
        writeConfig(
            "jdbc:postgresql://127.0.0.1:" + PostgisCluster.freePort() + "/nowhere", database);
  }

  private static Path writeConfig(String jdbcUrl, TestDatabase database) throws IOException {
    Path file = Files.createTempFile("sightline-cli-exit-", ".yml");
    Files.writeString(
        file,
        """
        database:
          driverClass: org.postgresql.Driver
          url: %s
          user: %s
          password: %s
        schemaOwner:
          user: %s
          password: %s
        loadSampleData: false
        evidence:
          directory: %s
        logging:
          level: WARN
        """
            .formatted(
                jdbcUrl,
                database.appUser(),
                database.appPassword(),
                database.user(),
                database.password(),
                Files.createTempDirectory("sightline-cli-exit-evidence-")));
    return file;
  }

  /** What one run of the command line did. */
  record Exit(int status, String out, String err) {}

  private static Exit run(String... args) throws IOException, InterruptedException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classpath,
                SightlineApplication.class.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("sightline-cli-out-", ".txt");
    Path err = Files.createTempFile("sightline-cli-err-", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    process.getOutputStream().close();
    assertThat(process.waitFor(3, TimeUnit.MINUTES))
        .as("%s finished", String.join(" ", args))
        .isTrue();
    return new Exit(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** A failure: exit status 1, the reason on the first line of standard error, no stack trace. */
  private static void assertFailsWith(Exit exit, String reason) {
    assertThat(exit.status()).as("exit status; stderr:%n%s", exit.err()).isEqualTo(1);
    assertReason(exit.err(), reason);
  }

  /** A failure in this JVM: failed, and the reason alone on standard error. */
  private static void assertFailsInOneLine(String reason, String... args) throws Exception {
    CommandLineTest.Run run = CommandLineTest.run(null, args);
    assertThat(run.failure()).as("%s fails", String.join(" ", args)).isPresent();
    assertReason(run.err(), reason);
    assertThat(run.err().lines().count()).as("one line: %s", run.err()).isEqualTo(1);
  }

  private static void assertReason(String err, String reason) {
    assertThat(err.lines().findFirst().orElse("")).as("first line of stderr").contains(reason);
    assertThat(err)
        .as("no stack trace")
        .doesNotContain("\tat ")
        .doesNotContain("Exception:")
        .doesNotContain("Caused by");
  }

  @Test
  void aSuccessExitsZeroAndAFailureOneWithItsReasonAlone() throws Exception {
    Exit listed = run("user", "list", config.toString());
    assertThat(listed.status()).as(listed.err()).isZero();
    assertThat(listed.err()).isEmpty();
    Exit refused = run("token", "create", config.toString(), "--username", "nobody-here");
    assertFailsWith(refused, "sightline token: no user named 'nobody-here'");
    assertThat(refused.err().lines().count()).as("one line: %s", refused.err()).isEqualTo(1);
  }

  @Test
  void aUsageErrorExitsOneNamingWhatIsWrongAndShowsTheUsage() throws Exception {
    Exit action = run("user", "frobnicate", config.toString());
    assertFailsWith(action, "frobnicate");
    assertThat(action.err()).as("usage follows the reason").contains("usage:");
  }

  @Test
  void aMissingRequiredOptionIsOneLine() throws Exception {
    assertFailsInOneLine(
        "sightline user: --username is required for 'create'", "user", "create", config.toString());
  }

  @Test
  void aMissingConfigurationFileIsNamed() throws Exception {
    String missing =
        new File(System.getProperty("java.io.tmpdir"), "no-such-sightline.yml").getPath();
    assertFailsInOneLine(missing, "user", "list", missing);
  }

  @Test
  void aMissingInputFileIsNamed() throws Exception {
    assertFailsInOneLine(
        "sightline ingest: no such file or directory: /nonexistent/scenes.ndjson",
        "ingest",
        "scenes",
        config.toString(),
        "/nonexistent/scenes.ndjson");
  }

  @Test
  void anUnreachableDatabaseSaysSoInOneLine() throws Exception {
    assertFailsInOneLine(
        "sightline user: cannot connect to the database: Connection to 127.0.0.1:",
        "user",
        "list",
        unreachableDatabaseConfig.toString());
  }

  @Test
  void anUnknownOptionOrCommandIsNamed() throws Exception {
    CommandLineTest.Run option =
        CommandLineTest.run(null, "user", "list", config.toString(), "--frobnicate");
    assertThat(option.failure()).isPresent();
    assertReason(option.err(), "--frobnicate");
    CommandLineTest.Run command = CommandLineTest.run(null, "frobnicate");
    assertThat(command.failure()).isPresent();
    assertReason(command.err(), "frobnicate");
  }
}
