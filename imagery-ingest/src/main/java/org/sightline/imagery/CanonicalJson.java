package org.sightline.imagery;

import java.io.IOException;
import java.util.Optional;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The RFC 8785 JSON Canonicalization Scheme (JCS) form of a JSON text, to tell whether two texts
 * mean the same: members sorted by their names' UTF-16 code units, no insignificant whitespace,
 * strings with the minimal escapes, and numbers as IEEE 754 doubles written the ECMAScript way. So
 * whitespace and member order do not count, and neither does how a number is written: {@code 1},
 * {@code 1.0} and {@code 1e0} are the same number, and digits beyond a double's precision are not
 * told apart. Uses the RFC's reference implementation ({@code io.github.erdtman}). Stateless.
 */
public final class CanonicalJson {
  private CanonicalJson() {}

  /**
   * The canonical form of {@code json}, or empty when it has none (not valid JSON, a duplicate
   * member name, a number beyond a double's range): such a text is then only equal to itself.
   */
  public static Optional<String> of(String json) {
    try {
      return Optional.of(new JsonCanonicalizer(json).getEncodedString());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Whether two JSON texts are the same text, or have the same canonical form. */
  public static boolean sameMeaning(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    Optional<String> canonicalA = of(a);
    return canonicalA.isPresent() && canonicalA.equals(of(b));
  }
}
