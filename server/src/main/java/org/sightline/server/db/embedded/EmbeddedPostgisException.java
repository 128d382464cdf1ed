package org.sightline.server.db.embedded;

/**
 * The embedded PostgreSQL + PostGIS cluster could not be set up; the message says how to fix it.
 */
public class EmbeddedPostgisException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EmbeddedPostgisException(String message) {
    super(message);
  }

  public EmbeddedPostgisException(String message, Throwable cause) {
    super(message, cause);
  }
}
