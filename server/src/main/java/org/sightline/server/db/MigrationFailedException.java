package org.sightline.server.db;

/**
 * A migration failed when the server or a command-line tool brought the schema up to date. Each
 * migration runs in one transaction, so the failed one left nothing behind: the schema stays at
 * {@link #schemaVersion()}. Said in one line ({@link #getMessage()}): which migration, what
 * PostgreSQL said, and where the schema stands. The Flyway failure is the cause.
 */
public final class MigrationFailedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String schemaVersion;

  MigrationFailedException(String migration, String reason, String schemaVersion, Throwable cause) {
    super(
        "migration "
            + migration
            + " failed: "
            + reason
            + "; it was rolled back, so the schema stays at version "
            + schemaVersion
            + " and nothing was started (see docs/UPGRADES.md)",
        cause);
    this.schemaVersion = schemaVersion;
  }

  /** The newest migration applied, after the failure (leading zeros dropped; "none" if none). */
  public String schemaVersion() {
    return schemaVersion;
  }
}
