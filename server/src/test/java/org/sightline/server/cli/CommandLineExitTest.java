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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sightline.server.SightlineApplication;
import org.sightline.server.db.embedded.PostgisCluster;
import org.sightline.server.testing.CommandLineConfig;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;

/**
 * The command line's failures as an operator meets them: every failure says what is wrong in one
 * clear line on standard error, without a stack trace or the usage text, and exits with status 1;
 * {@code --help} prints the usage and exits 0. Two runs are separate JVMs ({@code java ...
 * SightlineApplication <command> <action> <config> ...}, what {@code scripts/sightline} runs) for
 * the real exit status; the rest run in this JVM through Dropwizard's {@code Cli}, where a returned
 * failure is what makes the application exit 1.
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
    return CommandLineConfig.write(jdbcUrl, database);
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
                // A short-lived JVM: the JIT's first tier and one GC thread start it faster.
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
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
  void aUsageErrorIsOneLineNamingWhatIsWrongAndWhereTheUsageIs() throws Exception {
    Exit action = run("user", "frobnicate", config.toString());
    assertFailsWith(action, "frobnicate");
    assertThat(action.err().strip())
        .as("one line, no usage text after it")
        .doesNotContain("usage:")
        .doesNotContain("\n")
        .endsWith("(see scripts/sightline --help)");
    Exit option = run("user", "list", config.toString(), "--frobnicate");
    assertFailsWith(option, "--frobnicate");
    assertThat(option.err().lines().count()).as("one line: %s", option.err()).isEqualTo(1);
    Exit missing = run("token");
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err().lines().count()).as("one line: %s", missing.err()).isEqualTo(1);
    assertThat(missing.err()).contains("see scripts/sightline --help").doesNotContain("usage:");
  }

  @Test
  void aServerWithoutItsSealingKeysetRefusesToStartInOneClearLine() throws Exception {
    Path missing = Files.createTempDirectory("sightline-no-keyset-").resolve("sealing-keyset.json");
    Path serverConfig = Files.createTempFile("sightline-server-", ".yml");
    Files.writeString(
        serverConfig,
        """
        server:
          applicationConnectors: [{type: http, bindHost: 127.0.0.1, port: 0}]
          adminConnectors: [{type: http, bindHost: 127.0.0.1, port: 0}]
        sealing:
          keysetFile: %s
        logging:
          level: WARN
        """
            .formatted(missing));

    Exit refused = run("server", serverConfig.toString());

    assertFailsWith(
        refused,
        "sightline server: no sealing keyset: "
            + missing
            + " does not exist and the environment variable SIGHTLINE_SEALING_KEYSET is not set."
            + " Create one with 'scripts/sightline keys init'");
    assertThat(refused.err().lines().count()).as("one line: %s", refused.err()).isEqualTo(1);
    assertThat(missing).doesNotExist();
  }

  @Test
  void aServerWhoseDatabaseCannotBeReachedRefusesToStartInOneLine() throws Exception {
    Exit refused =
        run(
            "server",
            CommandLineConfig.withServerOnFreePorts(unreachableDatabaseConfig).toString());
    assertFailsWith(refused, "sightline server: cannot connect to the database: ");
    assertThat(refused.err().lines().count()).as("one line: %s", refused.err()).isEqualTo(1);
  }

  /**
   * A database at version 1 that holds an operator's own table named like one migration 2 creates:
   * migration 2 fails. The server and the command-line tools say which migration and why, in one
   * line; the failed migration was rolled back (the schema history ends at 1, the hand-made table
   * is untouched).
   */
  @Test
  void aFailedMigrationIsOneLineAndLeavesTheSchemaAsItWas() throws Exception {
    TestDatabase empty = TestPostgis.emptyDatabase();
    Flyway.configure()
        .dataSource(empty.jdbcUrl(), empty.user(), empty.password())
        .locations("classpath:db/migration")
        .target("1")
        .load()
        .migrate();
    empty.jdbi().useHandle(h -> h.execute("CREATE TABLE source (kept text)"));
    Path config = CommandLineConfig.write(empty);
    String reason =
        "migration 2 (facilities) failed: ERROR: relation \"source\" already exists (SQL state"
            + " 42P07); it was rolled back, so the schema stays at version 1 and nothing was"
            + " started (see docs/UPGRADES.md)";

    assertFailsInOneLine("sightline user: " + reason, "user", "list", config.toString());
    Exit server = run("server", CommandLineConfig.withServerOnFreePorts(config).toString());
    assertFailsWith(server, "sightline server: " + reason);
    assertThat(server.err().lines().count()).as("one line: %s", server.err()).isEqualTo(1);

    List<String> applied =
        empty
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL"
                                + " ORDER BY installed_rank")
                        .mapTo(String.class)
                        .list());
    assertThat(applied).containsExactly("001");
    List<String> columns =
        empty
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT column_name FROM information_schema.columns WHERE table_name ="
                                + " 'source'")
                        .mapTo(String.class)
                        .list());
    assertThat(columns).containsExactly("kept");
  }

  @Test
  void aConfigurationVariableTheEnvironmentLacksIsNamedInOneLine() throws Exception {
    Path config = Files.createTempFile("sightline-unset-variable-", ".yml");
    Files.writeString(config, "database:\n  password: ${SIGHTLINE_TEST_NEVER_SET}\n");
    assertFailsInOneLine(
        "sightline keys: the configuration uses the environment variable SIGHTLINE_TEST_NEVER_SET,"
            + " which is not set: set it, or give a default as ${SIGHTLINE_TEST_NEVER_SET:-default}",
        "keys",
        "list",
        config.toString());
  }

  @Test
  void helpPrintsTheUsageAndExitsZero() throws Exception {
    Exit help = run("user", "--help");
    assertThat(help.status()).as(help.err()).isZero();
    assertThat(help.out()).contains("usage:").contains("--username");
  }

  @Test
  void theWrapperScriptsHelpPrintsTheUsageAndNoShellLines() throws Exception {
    Path script = repositoryRoot().resolve("scripts/sightline");
    for (String flag : List.of("--help", "-h")) {
      Process process =
          new ProcessBuilder("bash", script.toString(), flag).redirectErrorStream(true).start();
      process.getOutputStream().close();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
      assertThat(process.exitValue()).as(out).isZero();
      assertThat(out)
          .contains("scripts/sightline user create --username alice --role analyst")
          .contains("SIGHTLINE_CONFIG")
          .doesNotContain("set -euo")
          .doesNotContain("(end of usage)")
          .doesNotContain("#");
    }
    Process bare = new ProcessBuilder("bash", script.toString(), "user").start();
    bare.getOutputStream().close();
    String err = new String(bare.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bare.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(bare.exitValue()).isEqualTo(1);
    assertThat(err.strip())
        .isEqualTo(
            "sightline: name a command and an action, e.g. 'scripts/sightline user list'; see --help");
  }

  @Test
  void refusalsOfTheAccountCommandsAreOneLineEach() throws Exception {
    CommandLineTest.Run created =
        CommandLineTest.run(
            null,
            "user",
            "create",
            config.toString(),
            "--username",
            "exit-taken",
            "--role",
            "analyst");
    assertThat(created.failure()).as(created.err()).isEmpty();
    assertFailsInOneLine(
        "sightline user: ",
        "user",
        "create",
        config.toString(),
        "--username",
        "exit-taken",
        "--role",
        "analyst");
    CommandLineTest.Run taken =
        CommandLineTest.run(
            null,
            "user",
            "create",
            config.toString(),
            "--username",
            "exit-taken",
            "--role",
            "analyst");
    assertThat(taken.err()).contains("exit-taken");
    assertFailsInOneLine(
        "sightline user: ",
        "user",
        "create",
        config.toString(),
        "--username",
        "exit-role",
        "--role",
        "wizard");
    CommandLineTest.Run role =
        CommandLineTest.run(
            null,
            "user",
            "create",
            config.toString(),
            "--username",
            "exit-role2",
            "--role",
            "wizard");
    assertThat(role.err()).contains("wizard");
    CommandLineTest.Run token =
        CommandLineTest.run(
            null, "token", "create", config.toString(), "--username", "exit-taken", "--label", "t");
    assertThat(token.failure()).as(token.err()).isEmpty();
    Matcher id = Pattern.compile("Token (\\d+) for").matcher(token.out());
    assertThat(id.find()).as(token.out()).isTrue();
    CommandLineTest.Run revoked =
        CommandLineTest.run(null, "token", "revoke", config.toString(), "--id", id.group(1));
    assertThat(revoked.failure()).as(revoked.err()).isEmpty();
    assertFailsInOneLine(
        "sightline token: ", "token", "revoke", config.toString(), "--id", id.group(1));
    assertFailsInOneLine(
        "sightline token: --id is required for 'revoke'", "token", "revoke", config.toString());
  }

  /** The directory holding scripts/ (the tests run in the server module). */
  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("scripts/sightline"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("a parent directory with scripts/sightline").isNotNull();
    return dir;
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
