package org.sightline.geodata.corroboration;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * How alike two descriptions are, in any script: the Jaccard similarity of their sets of character
 * trigrams (shared trigrams over all trigrams).
 *
 * <p>Text is first normalised: compatibility decomposition (NFKD), which splits each Hangul
 * syllable into its jamo, so that Korean compares letter by letter as English does ("갔다" and "가서"
 * share the jamo of 가); combining marks dropped (accents); lower case; every run of characters that
 * are not letters or digits one space; a space at each end. Trigrams are taken over code points.
 * Stateless and thread-safe.
 */
final class DescriptionSimilarity {
  /**
   * A reasonable threshold: the same event told twice in other words scores about 0.4 to 0.8,
   * unrelated claims of the same type at one camp under 0.25.
   */
  static final double DEFAULT_THRESHOLD = 0.4;

  private DescriptionSimilarity() {}

  /** The distinct trigrams of {@code text}, each packed in a long (three 21-bit code points). */
  static long[] trigrams(String text) {
    String normal =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    if (normal.isEmpty()) {
      return new long[0];
    }
    int[] cps = (" " + normal + " ").codePoints().toArray();
    if (cps.length < 3) {
      return new long[0];
    }
    long[] grams = new long[cps.length - 2];
    for (int k = 0; k + 2 < cps.length; k++) {
      grams[k] = (long) cps[k] << 42 | (long) cps[k + 1] << 21 | cps[k + 2];
    }
    Arrays.sort(grams);
    int distinct = 0;
    for (int k = 0; k < grams.length; k++) {
      if (k == 0 || grams[k] != grams[k - 1]) {
        grams[distinct++] = grams[k];
      }
    }
    return Arrays.copyOf(grams, distinct);
  }

  /** The Jaccard similarity of two sorted, distinct trigram sets; 0 when both are empty. */
  static double jaccard(long[] a, long[] b) {
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - shared;
    return union == 0 ? 0 : (double) shared / union;
  }

  /** The similarity of two texts. */
  static double of(String a, String b) {
    return jaccard(trigrams(a), trigrams(b));
  }
}
