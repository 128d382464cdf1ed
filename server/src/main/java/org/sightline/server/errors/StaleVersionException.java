package org.sightline.server.errors;

/**
 * An edit based on a version that is no longer current: someone else changed the record first. The
 * answer carries the current version, and nothing is written.
 */
public class StaleVersionException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final int currentVersion;

  public StaleVersionException(String what, int expectedVersion, int currentVersion) {
    super(
        ErrorKind.STALE_VERSION,
        what
            + " is at version "
            + currentVersion
            + ", not "
            + expectedVersion
            + ": someone changed it since you read it; read it again and redo your change");
    this.currentVersion = currentVersion;
  }

  public int currentVersion() {
    return currentVersion;
  }
}
