package org.sightline.server.errors;

import io.dropwizard.jersey.errors.LoggingExceptionMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Set;
import org.apache.tomcat.jdbc.pool.PoolExhaustedException;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database that cannot be reached answers {@code 503 Service Unavailable} with {@code
 * Retry-After} at once, instead of a 500: no connection could be had, or the one in hand was cut
 * (PostgreSQL stopped, restarted or crashed; the network failed). Nothing was written: the
 * transaction did not commit. Every other database error stays a logged 500 (Dropwizard's {@link
 * LoggingExceptionMapper}). Stateless.
 */
public final class DatabaseUnavailableExceptionMapper
    extends LoggingExceptionMapper<JdbiException> {
  private static final Logger LOG =
      LoggerFactory.getLogger(DatabaseUnavailableExceptionMapper.class);

  /** Seconds a client should wait before trying again. */
  public static final int RETRY_AFTER_SECONDS = 5;

  /**
   * SQLSTATEs of a lost or refused connection: class 08 (connection exception), 57P01..57P03
   * (administrator or crash shutdown, cannot connect now), 53300 (too many connections); and the
   * pool's own exhaustion (no connection free within {@code maxWaitForConnection}).
   */
  private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

  @Override
  public Response toResponse(JdbiException exception) {
    if (!isUnavailable(exception)) {
      return super.toResponse(exception);
    }
    LOG.warn("database unavailable: {}", rootMessage(exception));
    return Response.status(Response.Status.SERVICE_UNAVAILABLE)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
        .entity(
            ErrorBody.of(
                503,
                "the database is unavailable; nothing was changed. Try again in a few seconds"))
        .build();
  }

  /** True when the cause chain holds a refused or lost connection. */
  public static boolean isUnavailable(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof PoolExhaustedException) {
        return true; // every connection busy for maxWaitForConnection: shed the load
      }
      if (cause instanceof SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
          return true;
        }
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable exception) {
    Throwable root = exception;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
