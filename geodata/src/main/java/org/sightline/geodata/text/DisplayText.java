package org.sightline.geodata.text;

import java.util.Locale;
import java.util.Optional;

/**
 * The characters refused in text that people read (file names, names, descriptions, labels):
 * control characters (C0 including NUL, DEL, C1) and the Unicode bidirectional controls (U+061C,
 * U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), which make text display as something other
 * than what it is: a file name sent as {@code invoice%E2%80%AEfdp.exe} (U+202E) shows as
 * "invoiceexe.pdf". Line breaks and tabs may be allowed where the text is multi-line. Stateless.
 */
public final class DisplayText {
  private DisplayText() {}

  /**
   * A refused character found in a text.
   *
   * @param codePoint the character
   * @param position its position, counting characters (code points) from 1
   */
  public record Refused(int codePoint, int position) {
    /** For example {@code U+202E RIGHT-TO-LEFT OVERRIDE at character 8}. */
    public String describe() {
      String name = Character.getName(codePoint);
      return String.format(Locale.ROOT, "U+%04X", codePoint)
          + (name == null ? "" : " " + name)
          + " at character "
          + position;
    }
  }

  /** Whether {@code codePoint} is a Unicode bidirectional formatting control. */
  public static boolean isBidiControl(int codePoint) {
    return codePoint == 0x061C
        || codePoint == 0x200E
        || codePoint == 0x200F
        || (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069);
  }

  /**
   * The first refused character of {@code text}, if any.
   *
   * @param multiLine whether line feeds, carriage returns and tabs are allowed
   */
  public static Optional<Refused> firstRefused(String text, boolean multiLine) {
    if (text == null) {
      return Optional.empty();
    }
    int position = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      position++;
      boolean allowedBreak = multiLine && (c == '\n' || c == '\r' || c == '\t');
      if ((Character.isISOControl(c) && !allowedBreak) || isBidiControl(c)) {
        return Optional.of(new Refused(c, position));
      }
      i += Character.charCount(c);
    }
    return Optional.empty();
  }

  /**
   * The sentence a refusal gives, e.g. {@code filename must not contain U+202E RIGHT-TO-LEFT
   * OVERRIDE at character 8 (control characters and bidirectional controls are refused: they make
   * text display as something else)}, or empty when {@code text} is acceptable.
   */
  public static Optional<String> problem(String field, String text, boolean multiLine) {
    return firstRefused(text, multiLine)
        .map(
            refused ->
                field
                    + " must not contain "
                    + refused.describe()
                    + " (control characters"
                    + (multiLine ? " other than line breaks and tabs" : "")
                    + " and bidirectional controls are refused: they make text display as"
                    + " something else)");
  }
}
