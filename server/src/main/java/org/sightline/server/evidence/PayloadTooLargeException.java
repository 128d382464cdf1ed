package org.sightline.server.evidence;

import org.sightline.server.errors.DomainException;

/** An upload over the configured size; answered with 413 and nothing is kept. */
public final class PayloadTooLargeException extends DomainException {
  public PayloadTooLargeException(long maxBytes) {
    super(413, "the upload is larger than the limit of " + maxBytes + " bytes (evidence.maxUploadSize); nothing was stored");
  }
}
