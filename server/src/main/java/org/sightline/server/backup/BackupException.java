package org.sightline.server.backup;

/**
 * Why a backup or restore stopped, in one line an operator can act on (the command line prints it
 * and exits with status 1).
 */
public final class BackupException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BackupException(String message) {
    super(message);
  }

  public BackupException(String message, Throwable cause) {
    super(message, cause);
  }
}
