package org.sightline.server.registry;

import java.sql.SQLException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.sightline.server.errors.ConflictException;

/**
 * Turns PostgreSQL's exclusion_violation (23P01) into a 409. Services check for overlaps first to
 * give a precise message; the constraint is the guarantee when a concurrent writer got in between.
 */
final class ExclusionViolations {
  private ExclusionViolations() {}

  static RuntimeException asConflict(UnableToExecuteStatementException e, String message) {
    if (e.getCause() instanceof SQLException sql && "23P01".equals(sql.getSQLState())) {
      return new ConflictException(message + "; read the versions again");
    }
    return e;
  }
}
