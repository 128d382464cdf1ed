package org.sightline.server.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.DataSourceFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.jdbi.v3.core.Jdbi;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.db.DatabaseSetup;
import org.sightline.server.db.SightlineJdbi;
import org.sightline.server.db.embedded.ManagedPostgis;
import org.slf4j.LoggerFactory;

/**
 * A command-line tool that works on Sightline's database with the server's own rules and role:
 * {@code java -jar sightline.jar <command> <action> <config.yml> [options]}. With the embedded
 * cluster it adopts a running one (the server may be up) or starts it and stops it afterwards.
 * Changes are attributed to {@code cli:<os user>} in the audit trail. A failure is one line on
 * standard error ({@link CommandFailure}) and exit status 1.
 */
abstract class DatabaseCommand extends ConfiguredCommand<SightlineConfiguration> {
  private final String[] actions;

  protected DatabaseCommand(String name, String description, String... actions) {
    super(name, description);
    this.actions = actions;
  }

  /** What the command-line tools have to work with. */
  record Context(
      Jdbi jdbi,
      AttributedTransactions transactions,
      SightlineConfiguration config,
      Actor actor,
      Clock clock,
      PrintStream out) {}

  @Override
  public void configure(Subparser subparser) {
    subparser
        .addArgument("action")
        .choices(actions)
        .help("what to do: " + String.join(", ", actions));
    super.configure(subparser);
    configureOptions(subparser);
  }

  protected abstract void configureOptions(Subparser subparser);

  protected abstract void run(Context context, String action, Namespace namespace) throws Exception;

  @Override
  protected void run(
      Bootstrap<SightlineConfiguration> bootstrap,
      Namespace namespace,
      SightlineConfiguration config)
      throws Exception {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    withDatabase(
        config,
        jdbi ->
            run(
                new Context(
                    jdbi,
                    new AttributedTransactions(jdbi),
                    config,
                    osUser(),
                    Clock.systemUTC(),
                    System.out),
                namespace.getString("action"),
                namespace));
  }

  /** What a command does with the database once it is ready. */
  @FunctionalInterface
  interface DatabaseWork {
    void run(Jdbi jdbi) throws Exception;
  }

  /**
   * Gets the database ready as every command does ({@link DatabaseSetup#prepare}: the embedded
   * cluster adopted or started, the schema migrated), runs {@code work} on a Jdbi connected as the
   * configured (server) role, and stops an embedded cluster it started.
   */
  static void withDatabase(SightlineConfiguration config, DatabaseWork work) throws Exception {
    ManagedPostgis embedded = DatabaseSetup.prepare(config);
    try {
      DataSourceFactory database = config.getDatabase();
      work.run(
          SightlineJdbi.installPlugins(
              Jdbi.create(database.getUrl(), database.getUser(), database.getPassword())));
    } finally {
      if (embedded != null) {
        embedded.cluster().stopIfStartedHere();
      }
    }
  }

  /** Who the audit trail names for what a command does: {@code cli:<os user>}. */
  static Actor osUser() {
    return new Actor("cli:" + System.getProperty("user.name", "unknown"));
  }

  /**
   * Says why the command failed in one line on standard error, without a stack trace; the
   * application then exits with status 1.
   */
  @Override
  public void onError(Cli cli, Namespace namespace, Throwable failure) {
    cli.getStdErr().println("sightline " + getName() + ": " + CommandFailure.describe(failure));
    cli.getStdErr().flush();
  }

  /** Reads one line from standard input (for --password-stdin), without echoing anything. */
  static String readLineFromStdin() throws IOException {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line = reader.readLine();
    if (line == null || line.isEmpty()) {
      throw new IllegalArgumentException("expected a password on standard input");
    }
    return line;
  }
}
