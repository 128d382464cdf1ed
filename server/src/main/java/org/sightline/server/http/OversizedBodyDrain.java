package org.sightline.server.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and discards the rest of a refused request body, up to a bound, before the 413 is sent.
 *
 * <p>An HTTP/1.1 client that is still writing its body when the server answers and closes the
 * connection often sees a reset instead of the answer. Swallowing a bounded remainder (Tomcat's
 * {@code maxSwallowSize} does the same, 2 MiB by default) lets ordinary clients read the 413; a
 * body larger than the bound is cut off and its connection closed. Nothing read here is kept.
 */
public final class OversizedBodyDrain {
  /** The most bytes discarded per refused request. */
  public static final long MAX_SWALLOW_BYTES = 2L * 1024 * 1024;

  private OversizedBodyDrain() {}

  /** Discards up to {@link #MAX_SWALLOW_BYTES} of {@code body}; read errors are ignored. */
  public static void discard(InputStream body) {
    byte[] buffer = new byte[16 * 1024];
    long discarded = 0;
    try {
      int read;
      while (discarded < MAX_SWALLOW_BYTES && (read = body.read(buffer)) != -1) {
        discarded += read;
      }
    } catch (IOException clientGone) {
      // The client stopped sending; the 413 is sent all the same.
    }
  }
}
