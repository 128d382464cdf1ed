package org.sightline.server.evidence;

import org.sightline.server.errors.DomainException;
import org.sightline.server.errors.ErrorKind;

/**
 * The evidence store could not write an upload (a full disk, a read-only or unwritable directory):
 * nothing was stored or recorded, and the partial file was removed. Its message names the cause as
 * the operating system gave it.
 */
public final class EvidenceStorageException extends DomainException {
  private static final long serialVersionUID = 1L;

  public EvidenceStorageException(String cause) {
    super(
        ErrorKind.STORAGE_UNAVAILABLE,
        "the evidence store cannot write the upload ("
            + cause
            + "); nothing was stored. An administrator must free space or make the evidence"
            + " directory writable");
  }
}
