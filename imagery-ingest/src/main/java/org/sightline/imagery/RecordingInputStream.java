package org.sightline.imagery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Passes an input stream through while keeping the bytes read since the last {@link #discardBefore}
 * call, addressed by their absolute offset in the stream, so that a streaming JSON parser's token
 * offsets can be turned back into the exact text received. Memory is the span from the oldest kept
 * offset to the parser's read-ahead: one Item plus a buffer. Not thread-safe.
 */
final class RecordingInputStream extends InputStream {
  private final InputStream in;
  private byte[] window = new byte[64 * 1024];

  /** Absolute stream offset of {@code window[0]}. */
  private long windowStart;

  private int windowLength;

  RecordingInputStream(InputStream in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      append(new byte[] {(byte) b}, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    if (n > 0) {
      append(buffer, offset, n);
    }
    return n;
  }

  private void append(byte[] bytes, int offset, int length) {
    if (windowLength + length > window.length) {
      window = Arrays.copyOf(window, Math.max(window.length * 2, windowLength + length));
    }
    System.arraycopy(bytes, offset, window, windowLength, length);
    windowLength += length;
  }

  /** The UTF-8 text of bytes [from, to), which must not have been discarded. */
  String text(long from, long to) {
    if (from < windowStart || to > windowStart + windowLength || from > to) {
      throw new IllegalStateException(
          "bytes "
              + from
              + ".."
              + to
              + " are not kept (kept: "
              + windowStart
              + ".."
              + (windowStart + windowLength)
              + ")");
    }
    return new String(
        window, (int) (from - windowStart), (int) (to - from), StandardCharsets.UTF_8);
  }

  /** Forgets the bytes before {@code offset}. */
  void discardBefore(long offset) {
    int drop = (int) Math.min(Math.max(0, offset - windowStart), windowLength);
    if (drop > 0) {
      System.arraycopy(window, drop, window, 0, windowLength - drop);
      windowLength -= drop;
      windowStart += drop;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
