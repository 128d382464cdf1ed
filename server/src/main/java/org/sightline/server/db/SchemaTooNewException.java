package org.sightline.server.db;

/**
 * The database's schema was migrated by a newer Sightline than this one: its history names a
 * migration this release does not have. Starting would run old code on a schema it does not know,
 * so the server and the command-line tools refuse, saying so in one line ({@link #getMessage()}).
 */
public final class SchemaTooNewException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String databaseVersion;
  private final String knownVersion;

  public SchemaTooNewException(String databaseVersion, String knownVersion) {
    super(
        "the database schema is at version "
            + databaseVersion
            + " but this Sightline knows only up to "
            + knownVersion
            + ": upgrade Sightline (never run an older release on a newer database)");
    this.databaseVersion = databaseVersion;
    this.knownVersion = knownVersion;
  }

  /** The newest migration recorded in the database (leading zeros dropped). */
  public String databaseVersion() {
    return databaseVersion;
  }

  /** The newest migration this release carries (leading zeros dropped). */
  public String knownVersion() {
    return knownVersion;
  }
}
