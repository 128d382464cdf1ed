package org.sightline.server.sealing;

import org.sightline.server.errors.DomainException;
import org.sightline.server.errors.ErrorKind;

/**
 * Sealed data that cannot be unsealed: it was altered, it belongs to another record (its associated
 * data differs), it is not sealed data at all, or the key that sealed it is not in the keyset. The
 * fault is the server's ({@link ErrorKind#INTEGRITY_FAILURE}). The message names the record and the
 * key id, never anything of the plaintext.
 */
public final class SealedDataException extends DomainException {
  private static final long serialVersionUID = 1L;

  public SealedDataException(String message) {
    super(ErrorKind.INTEGRITY_FAILURE, message);
  }
}
