package org.sightline.geodata.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Ids made from names, in the registry's id pattern: 2-64 characters of a-z, 0-9 and '-', starting
 * with a letter or digit. "Camp 15, Yodŏk" → {@code camp-15-yodok}; 요덕 관리소 → {@code
 * yodeok-gwalliso} (Hangul through {@link RevisedRomanization}). Stateless and thread-safe.
 */
public final class IdSlug {
  /** The registry's id pattern. */
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

  private static final int MAX_LENGTH = 64;

  private IdSlug() {}

  /**
   * The id made from {@code text}: accents dropped, Hangul romanized, lower case, every run of
   * other characters one '-', cut at a '-' to 64 characters; empty when fewer than two letters or
   * digits remain (only punctuation, or a script neither Latin nor Hangul).
   */
  public static Optional<String> of(String text) {
    return slug(RevisedRomanization.romanize(Normalizer.normalize(text, Normalizer.Form.NFC)));
  }

  /**
   * The id made from the Latin letters and digits of {@code text} only (any Hangul in it dropped):
   * how ids were made from names with Latin letters before Hangul was romanized, so that re-imports
   * find the same ids.
   */
  public static Optional<String> ofLatin(String text) {
    return slug(text);
  }

  /** Whether {@code text} has a Latin letter (accented or not). */
  public static boolean hasLatinLetter(String text) {
    return text.codePoints()
        .anyMatch(
            c ->
                Character.isLetter(c)
                    && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
  }

  /** Whether {@code text} has a Hangul syllable. */
  public static boolean hasHangul(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .codePoints()
        .anyMatch(RevisedRomanization::isSyllable);
  }

  private static Optional<String> slug(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug =
        ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_LENGTH) {
      slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return ID.matcher(slug).matches() ? Optional.of(slug) : Optional.empty();
  }
}
