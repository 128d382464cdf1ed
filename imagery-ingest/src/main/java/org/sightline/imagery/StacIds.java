package org.sightline.imagery;

import java.util.Locale;

/**
 * The rule for the ids Sightline is given: STAC Item ids and collection ids. Each becomes one path
 * segment of a URL ({@code /api/stac/collections/{collection}/items/{id}}), percent-encoded, so an
 * id must stay one segment and keep the URL short:
 *
 * <ul>
 *   <li>at most {@value #MAX_LENGTH} characters (Unicode code points). Percent-encoded, even 4-byte
 *       UTF-8 characters, a collection id and an Item id of that length make a path of about 6 KiB,
 *       under Jetty's 8 KiB limit for the request line and headers;
 *   <li>no {@code /} and no {@code \} (Jetty refuses an encoded {@code %2F} as an ambiguous path
 *       separator, and a browser turns {@code \} into {@code /}), and no {@code %} (Jetty refuses
 *       its encoding {@code %25} in a path as an ambiguous path encoding);
 *   <li>not {@code .} or {@code ..} (a client resolving the URL removes such segments);
 *   <li>no control characters (U+0000 to U+001F, U+007F to U+009F) and no unpaired surrogates (text
 *       that is not Unicode cannot be percent-encoded).
 * </ul>
 *
 * Everything else (spaces, {@code ..} inside an id, {@code ?}, {@code #}, {@code ;}, {@code +},
 * Hangul, emoji) round-trips through the percent-encoded URL. Stateless.
 */
public final class StacIds {
  /** The longest id accepted, in Unicode code points. */
  public static final int MAX_LENGTH = 256;

  private StacIds() {}

  /**
   * What is wrong with {@code id} as an id, or null when it is fine. Blank ids are the caller's
   * concern (each field says how it is missing).
   *
   * @param field what the id is, for the message: {@code id}, {@code collection}, {@code
   *     --collection}
   */
  public static String problem(String field, String id) {
    int length = id.codePointCount(0, id.length());
    if (length > MAX_LENGTH) {
      return String.format(
          Locale.ROOT,
          "%s is %,d characters long (%s); at most %d are accepted, as it is a segment of the"
              + " Item's URL",
          field,
          length,
          shortened(id),
          MAX_LENGTH);
    }
    if (id.equals(".") || id.equals("..")) {
      return field
          + " '"
          + id
          + "' is a relative path segment, which cannot name anything in a URL";
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '%') {
        return field
            + " '"
            + shortened(id)
            + "' contains '%' at position "
            + (i + 1)
            + ": its encoding %25 in the Item's URL is refused by the HTTP server as an ambiguous"
            + " path encoding";
      }
      if (c == '/' || c == '\\') {
        return field
            + " '"
            + shortened(id)
            + "' contains '"
            + c
            + "' at position "
            + (i + 1)
            + ", which would split the Item's URL path; use another separator such as '_'";
      }
      if (Character.isISOControl(c)) {
        return String.format(
            Locale.ROOT,
            "%s contains the control character U+%04X at position %d",
            field,
            (int) c,
            i + 1);
      }
      if (Character.isSurrogate(c)) {
        boolean paired =
            Character.isHighSurrogate(c)
                && i + 1 < id.length()
                && Character.isLowSurrogate(id.charAt(i + 1));
        if (!paired) {
          return String.format(
              Locale.ROOT,
              "%s contains an unpaired surrogate U+%04X at position %d (not Unicode text)",
              field,
              (int) c,
              i + 1);
        }
        i++;
      }
    }
    return null;
  }

  /** At most 40 characters of {@code id}, for a message. */
  private static String shortened(String id) {
    if (id.codePointCount(0, id.length()) <= 40) {
      return id;
    }
    return id.substring(0, id.offsetByCodePoints(0, 40)) + "...";
  }
}
