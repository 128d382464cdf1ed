package org.sightline.server.cli;

import java.sql.SQLException;
import org.sightline.server.db.MigrationFailedException;
import org.sightline.server.errors.FirstLine;

/**
 * What a failed command tells the operator: one line, no stack trace. A database that cannot be
 * reached (SQLSTATE class 08, or a refused login, 28) is said to be so, with the driver's reason; a
 * failed migration as {@link MigrationFailedException} says it; otherwise the innermost message
 * that says something. Stateless.
 */
final class CommandFailure {
  private CommandFailure() {}

  /** The one line for {@code failure}, without the command's name. */
  static String describe(Throwable failure) {
    MigrationFailedException migration = find(failure, MigrationFailedException.class);
    if (migration != null) {
      return migration.getMessage();
    }
    SQLException sql = find(failure, SQLException.class);
    if (sql != null
        && sql.getSQLState() != null
        && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28"))) {
      return "cannot connect to the database: " + FirstLine.of(sql.getMessage());
    }
    if (sql != null) {
      return "database error: " + FirstLine.of(sql.getMessage());
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      String message = FirstLine.of(cause.getMessage());
      if (!message.isEmpty()) {
        return message;
      }
    }
    return failure.getClass().getSimpleName();
  }

  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }
}
