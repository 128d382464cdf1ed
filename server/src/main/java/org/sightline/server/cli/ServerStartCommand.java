package org.sightline.server.cli;

import io.dropwizard.configuration.UndefinedEnvironmentVariableException;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ServerCommand;
import java.sql.SQLException;
import net.sourceforge.argparse4j.inf.Namespace;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.db.MigrationFailedException;
import org.sightline.server.db.SchemaTooNewException;
import org.sightline.server.sealing.SealingKeysException;

/**
 * Dropwizard's {@code server} command, with a start refused for a missing or unreadable sealing
 * keyset, for a database migrated by a newer Sightline ({@link SchemaTooNewException}), for a
 * failed migration ({@link MigrationFailedException}), for a database that cannot be reached or
 * refuses the login (SQLSTATE class 08 or 28, said as {@link CommandFailure} says it), or for an
 * environment variable the configuration uses and the environment lacks ({@link
 * org.sightline.server.ConfigurationVariables}), said in one line on standard error (what to do
 * included), not as a stack trace. Other failures are reported as Dropwizard reports them.
 */
public final class ServerStartCommand extends ServerCommand<SightlineConfiguration> {
  public ServerStartCommand(Application<SightlineConfiguration> application) {
    super(application);
  }

  @Override
  public void onError(Cli cli, Namespace namespace, Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SealingKeysException
          || cause instanceof SchemaTooNewException
          || cause instanceof MigrationFailedException
          || cause instanceof UndefinedEnvironmentVariableException) {
        cli.getStdErr().println("sightline server: " + cause.getMessage());
        cli.getStdErr().flush();
        return;
      }
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28"))) {
        // the database is unreachable or refused the login, before anything was served
        cli.getStdErr().println("sightline server: " + CommandFailure.describe(cause));
        cli.getStdErr().flush();
        return;
      }
    }
    super.onError(cli, namespace, failure);
  }
}
