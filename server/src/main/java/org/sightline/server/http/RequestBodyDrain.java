package org.sightline.server.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and discards the unread rest of a request body, up to a bound, before the answer is sent.
 *
 * <p>An HTTP/1.1 server that answers without reading the whole body (a 413, a 401 from a filter)
 * cannot reuse the connection unless the rest arrives in time, so it closes it; a client that is
 * still writing, or that sends its next request on that connection, then sees a reset instead of
 * an answer. Swallowing a bounded remainder (Tomcat's {@code maxSwallowSize} does the same, 2 MiB
 * by default) keeps the exchange clean; a body larger than the bound is cut off and its connection
 * closed. Nothing read here is kept. Stateless.
 */
public final class RequestBodyDrain {
  /** The most bytes discarded per request. */
  public static final long MAX_SWALLOW_BYTES = 2L * 1024 * 1024;

  private RequestBodyDrain() {}

  /**
   * Discards up to {@link #MAX_SWALLOW_BYTES} of {@code body}.
   *
   * @return true when the body was read to its end (the connection can be reused)
   */
  public static boolean discard(InputStream body) {
    byte[] buffer = new byte[16 * 1024];
    long discarded = 0;
    try {
      int read;
      while ((read = body.read(buffer)) != -1) {
        discarded += read;
        if (discarded > MAX_SWALLOW_BYTES) {
          return false;
        }
      }
      return true;
    } catch (IOException clientGone) {
      return false; // the client stopped sending; the answer is sent all the same
    }
  }
}
