package org.sightline.server.evidence;

import org.sightline.server.errors.TooLargeException;

/** An evidence upload over the configured size (evidence.maxUploadSize); nothing is kept. */
public final class PayloadTooLargeException extends TooLargeException {
  private static final long serialVersionUID = 1L;

  public PayloadTooLargeException(long maxBytes) {
    super(
        "the upload is larger than the limit of "
            + maxBytes
            + " bytes (evidence.maxUploadSize); nothing was stored");
  }
}
