package org.sightline.server.evidence;

import org.sightline.server.errors.DomainException;
import org.sightline.server.errors.ErrorKind;

/**
 * A stored evidence file that no longer matches the SHA-256 taken at intake (or is gone). It is not
 * served; the failure is a custody event. The fault is the server's, not the client's.
 */
public final class IntegrityFailureException extends DomainException {
  private static final long serialVersionUID = 1L;

  public IntegrityFailureException(long id, String expected, String found) {
    super(
        ErrorKind.INTEGRITY_FAILURE,
        "evidence "
            + id
            + " failed its integrity check: expected SHA-256 "
            + expected
            + ", found "
            + (found.isEmpty() ? "no file" : found)
            + ". It was not served; the failure is recorded in its custody log.");
  }
}
