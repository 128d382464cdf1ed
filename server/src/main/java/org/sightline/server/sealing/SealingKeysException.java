package org.sightline.server.sealing;

/**
 * The sealing keyset cannot be found, read, parsed or written. Its message is one line that says
 * what is wrong, where, and what to do; it never holds key material.
 */
public final class SealingKeysException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SealingKeysException(String message) {
    super(message);
  }

  public SealingKeysException(String message, Throwable cause) {
    super(message, cause);
  }
}
