package org.sightline.geodata.text;

/**
 * The Revised Romanization of Korean (Ministry of Culture and Tourism, 2000) of Hangul text, in
 * lower case: 요덕 → {@code yodeok}, 관리소 → {@code gwalliso}.
 *
 * <p>Each precomposed syllable (U+AC00..U+D7A3) is decomposed into its initial, medial and final
 * jamo and mapped with the official tables; ㄱ, ㄷ, ㅂ are g, d, b before a vowel and k, t, p
 * elsewhere, ㄹ is r before a vowel and l elsewhere. RR transcribes pronunciation, so within a word
 * (a run of syllables) it applies the sound changes the rules name:
 *
 * <ul>
 *   <li>liaison: a final consonant before a ㅇ-initial syllable is read as that syllable's initial
 *       (백암 baegam, 설악 seorak; of a double final only the second moves: 읽어 ilgeo);
 *   <li>nasalisation: k, t, p before ㄴ or ㅁ become ng, n, m (국민 gungmin, 백마 baengma);
 *   <li>ㄹ: ㄴ+ㄹ and ㄹ+ㄴ and ㄹ+ㄹ are ll (신라 silla, 별내 byeollae, 울릉 ulleung); after any other final ㄹ
 *       is read n, and a preceding k, t, p nasalises (종로 jongno, 왕십리 wangsimni, 백리 baengni);
 *   <li>palatalisation: final ㄷ, ㅌ before 이 are j, ch (해돋이 haedoji, 같이 gachi), ㄷ before 히 is ch
 *       (굳히다 guchida);
 *   <li>aspiration: a final ㅎ before ㄱ, ㄷ, ㅈ makes k, t, ch (좋고 joko, 놓다 nota, 낳지 nachi); a final ㅎ
 *       before a vowel is silent (좋아 joa). As the rules prescribe for nouns (and names are nouns),
 *       ㄱ, ㄷ, ㅂ before ㅎ are not aspirated (묵호 mukho, 집현전 jiphyeonjeon).
 * </ul>
 *
 * <p>Not applied, because they depend on word structure that the letters alone do not show: the
 * epenthetic ㄴ of compounds (학여울 hangnyeoul), the ㄴ+ㄹ read nn in some compounds (신문로 sinmunno; this
 * class writes sinmullo), and the optional hyphen. Tensing is never written in RR. Characters that
 * are not Hangul syllables (Latin, digits, spaces, punctuation, lone jamo) are kept as they are and
 * end a word. Stateless and thread-safe.
 */
public final class RevisedRomanization {
  private static final int FIRST_SYLLABLE = 0xAC00;
  private static final int LAST_SYLLABLE = 0xD7A3;
  private static final int MEDIALS = 21;
  private static final int FINALS = 28;

  /** Initial jamo ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ before a vowel. */
  private static final String[] INITIAL = {
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p",
    "h"
  };

  /** Medial jamo ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ. */
  private static final String[] MEDIAL = {
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "eu", "ui", "i"
  };

  /**
   * Final jamo (none) ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ as pronounced before a
   * consonant or at the end of a word.
   */
  private static final String[] FINAL = {
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
    "t", "t", "ng", "t", "t", "k", "t", "p", "t"
  };

  /**
   * Before a ㅇ-initial syllable: what stays as the final, and what moves over as the next initial
   * (liaison), per final jamo.
   */
  private static final String[][] BEFORE_VOWEL = {
    {"", ""}, {"", "g"}, {"", "kk"}, {"k", "s"}, {"", "n"}, {"n", "j"}, {"", "n"}, {"", "d"},
    {"", "r"}, {"l", "g"}, {"l", "m"}, {"l", "b"}, {"l", "s"}, {"l", "t"}, {"l", "p"}, {"", "r"},
    {"", "m"}, {"", "b"}, {"p", "s"}, {"", "s"}, {"", "ss"}, {"ng", ""}, {"", "j"}, {"", "ch"},
    {"", "k"}, {"", "t"}, {"", "p"}, {"", ""}
  };

  private static final int I_NIEUN = 2;
  private static final int I_DIGEUT = 3;
  private static final int I_RIEUL = 5;
  private static final int I_MIEUM = 6;
  private static final int I_SIOS = 9;
  private static final int I_IEUNG = 11;
  private static final int I_JIEUT = 12;
  private static final int I_GIYEOK = 0;
  private static final int I_HIEUT = 18;
  private static final int M_I = 20;
  private static final int F_DIGEUT = 7;
  private static final int F_TIEUT = 25;
  private static final int F_NIEUN_HIEUT = 6;
  private static final int F_RIEUL_HIEUT = 15;
  private static final int F_HIEUT = 27;

  private RevisedRomanization() {}

  /** Whether {@code codePoint} is a precomposed Hangul syllable, which this class transcribes. */
  public static boolean isSyllable(int codePoint) {
    return codePoint >= FIRST_SYLLABLE && codePoint <= LAST_SYLLABLE;
  }

  /**
   * The text with every run of Hangul syllables romanized, in lower case; everything else as it
   * was. Never null; {@code ""} for {@code ""}.
   */
  public static String romanize(String text) {
    StringBuilder out = new StringBuilder(text.length() * 3);
    int[] codePoints = text.codePoints().toArray();
    int i = 0;
    while (i < codePoints.length) {
      if (!isSyllable(codePoints[i])) {
        out.appendCodePoint(codePoints[i]);
        i++;
        continue;
      }
      int end = i;
      while (end < codePoints.length && isSyllable(codePoints[end])) {
        end++;
      }
      word(codePoints, i, end, out);
      i = end;
    }
    return out.toString();
  }

  /** One word: the syllables {@code codePoints[from..to)}. */
  private static void word(int[] codePoints, int from, int to, StringBuilder out) {
    int count = to - from;
    int[] initial = new int[count];
    int[] medial = new int[count];
    int[] coda = new int[count];
    for (int k = 0; k < count; k++) {
      int offset = codePoints[from + k] - FIRST_SYLLABLE;
      initial[k] = offset / (MEDIALS * FINALS);
      medial[k] = (offset / FINALS) % MEDIALS;
      coda[k] = offset % FINALS;
    }
    String nextInitial = INITIAL[initial[0]];
    for (int k = 0; k < count; k++) {
      out.append(nextInitial).append(MEDIAL[medial[k]]);
      if (k == count - 1) {
        out.append(FINAL[coda[k]]);
      } else {
        String[] joint = joint(coda[k], initial[k + 1], medial[k + 1]);
        out.append(joint[0]);
        nextInitial = joint[1];
      }
    }
  }

  /**
   * Where a syllable with final {@code coda} meets one with {@code initial} and {@code medial}: how
   * the final is written, and how the next initial is written.
   */
  private static String[] joint(int coda, int initial, int medial) {
    if (initial == I_IEUNG) {
      if (medial == M_I && coda == F_DIGEUT) {
        return new String[] {"", "j"};
      }
      if (medial == M_I && coda == F_TIEUT) {
        return new String[] {"", "ch"};
      }
      return BEFORE_VOWEL[coda];
    }
    boolean hieutFinal = coda == F_HIEUT || coda == F_NIEUN_HIEUT || coda == F_RIEUL_HIEUT;
    String rest = coda == F_HIEUT ? "" : FINAL[coda];
    if (hieutFinal) {
      switch (initial) {
        case I_GIYEOK -> {
          return new String[] {rest, "k"};
        }
        case I_DIGEUT -> {
          return new String[] {rest, "t"};
        }
        case I_JIEUT -> {
          return new String[] {rest, "ch"};
        }
        case I_HIEUT, I_SIOS -> {
          return new String[] {rest, INITIAL[initial]};
        }
        default -> {
          if (coda == F_HIEUT && (initial == I_NIEUN || initial == I_MIEUM)) {
            return new String[] {"n", INITIAL[initial]};
          }
        }
      }
    }
    if (initial == I_HIEUT && coda == F_DIGEUT && medial == M_I) {
      return new String[] {"", "ch"};
    }
    String written = FINAL[coda];
    if (initial == I_RIEUL) {
      return switch (written) {
        case "" -> new String[] {"", "r"};
        case "l", "n" -> new String[] {"l", "l"};
        default -> new String[] {nasal(written), "n"};
      };
    }
    if (initial == I_NIEUN && written.equals("l")) {
      return new String[] {"l", "l"};
    }
    if (initial == I_NIEUN || initial == I_MIEUM) {
      return new String[] {nasal(written), INITIAL[initial]};
    }
    return new String[] {written, INITIAL[initial]};
  }

  /** k, t, p before a nasal become ng, n, m; other finals stay. */
  private static String nasal(String written) {
    return switch (written) {
      case "k" -> "ng";
      case "t" -> "n";
      case "p" -> "m";
      default -> written;
    };
  }
}
