package org.sightline.server.http;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} for a download's file name (RFC 6266): {@code filename*}
 * with the exact name in UTF-8, percent-encoded (RFC 8187), and before it {@code filename} with an
 * ASCII stand-in for clients that read only that one (curl's {@code -OJ}): every character outside
 * printable ASCII, and quotes, backslashes, slashes and percent signs, become {@code _}.
 */
public final class ContentDisposition {
  private static final String ATTR_CHAR_SYMBOLS = "!#$&+-.^_`|~";

  private ContentDisposition() {}

  /** The header value for {@code filename}; a name with nothing usable is {@code download}. */
  public static String attachment(String filename) {
    return "attachment; filename=\""
        + asciiFallback(filename)
        + "\"; filename*=UTF-8''"
        + percentEncoded(filename);
  }

  static String asciiFallback(String filename) {
    StringBuilder ascii = new StringBuilder();
    filename
        .codePoints()
        .forEach(
            c -> ascii.append(c >= 0x20 && c < 0x7f && "\"\\/%".indexOf(c) < 0 ? (char) c : '_'));
    String name = ascii.toString().strip();
    return name.isEmpty() || name.chars().allMatch(c -> c == '_' || c == '.') ? "download" : name;
  }

  static String percentEncoded(String filename) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || ATTR_CHAR_SYMBOLS.indexOf(c) >= 0) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(String.format("%02X", c));
      }
    }
    return encoded.toString();
  }
}
