package org.sightline.geodata.structure;

/**
 * Korean particles that follow a word's last sound: 이/가, 은/는, 과/와, 으로/로. A word ending in a Hangul
 * syllable is read by its final consonant; one ending in a digit by how the digit is read (일, 이, 삼,
 * ...; a final 0 in 10, 20, 30, 100, 1000 is 십, 백, 천, all with a final consonant). Stateless.
 */
final class KoreanParticles {
  private static final int HANGUL_FIRST = 0xAC00;
  private static final int HANGUL_LAST = 0xD7A3;
  private static final int FINALS = 28;
  private static final int FINAL_RIEUL = 8;

  private KoreanParticles() {}

  /** The subject particle: 이 after a final consonant, else 가. */
  static String subject(String word) {
    return word + (hasFinal(word) ? "이" : "가");
  }

  /** The topic particle: 은 after a final consonant, else 는. */
  static String topic(String word) {
    return word + (hasFinal(word) ? "은" : "는");
  }

  /** "And": 과 after a final consonant, else 와. */
  static String and(String word) {
    return word + (hasFinal(word) ? "과" : "와");
  }

  /** "To" or "as": 으로 after a final consonant other than ㄹ, else 로. */
  static String towards(String word) {
    return word + (hasFinal(word) && !endsInRieul(word) ? "으로" : "로");
  }

  private static boolean hasFinal(String word) {
    char last = word.charAt(word.length() - 1);
    if (last >= HANGUL_FIRST && last <= HANGUL_LAST) {
      return (last - HANGUL_FIRST) % FINALS != 0;
    }
    return switch (last) {
      case '0', '1', '3', '6', '7', '8' -> true; // 십/영, 일, 삼, 육, 칠, 팔
      default -> false; // 이, 사, 오, 구; Latin units (m, ㎡) are read 미터, 제곱미터
    };
  }

  private static boolean endsInRieul(String word) {
    char last = word.charAt(word.length() - 1);
    if (last >= HANGUL_FIRST && last <= HANGUL_LAST) {
      return (last - HANGUL_FIRST) % FINALS == FINAL_RIEUL;
    }
    return last == '1' || last == '7' || last == '8'; // 일, 칠, 팔
  }
}
