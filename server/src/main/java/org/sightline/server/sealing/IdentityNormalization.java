package org.sightline.server.sealing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sightline.geodata.text.RevisedRomanization;

/**
 * How identifying details are normalised before they are fingerprinted ({@link
 * IdentityFingerprints}), so that the same detail written differently gives the same fingerprint.
 * Stateless.
 *
 * <p><b>Names</b> ({@link #name}): Unicode NFKC (full-width letters, compatibility jamo), lower
 * case, and spaces, hyphens and dashes, dots (also {@code ·} and {@code ・}) and apostrophes
 * removed: "Kim Young-chul", "KIM YOUNG CHUL", "kim youngchul" and "Kim Young Chul" are one name.
 * Hangul stays Hangul ("김영철" is not equal to "Kim Young-chul" here).
 *
 * <p><b>Name variants</b> ({@link #nameVariant}): a coarser key for romanised Korean names, which
 * are spelt many ways. Hangul is transcribed syllable by syllable in the Revised Romanization;
 * accents are dropped (McCune-Reischauer ŏ, ŭ); a known surname spelling is replaced by one form
 * (Lee, Yi, Rhee, Ri, Li, I; Park, Pak, Bak; Choi, Choe; Jung, Jeong, Chung, Chong; ...) and put
 * first when it was written last ("Young-chul Kim"); then letters are folded: eo, ou → o; oo → u;
 * ee, ui → i; eu → u; ae → e; then u → o; g → k, d → t, b → p, j → ch, r → l, sh → s, doubled
 * letters once. So "Kim Young-chul", "Kim Yong Chol", "Kim Yŏng-ch'ŏl", "Kim Yeong-cheol" and "김영철"
 * share one key. Not caught: given names written in another order, syllables split differently
 * where a vowel sound changes, Western first names, names in Chinese characters (no variant key is
 * made for text that is not Latin or Hangul). Different names can share a key (선희 and 순희): that is
 * why a variant counts as strong only with the exact birth date.
 *
 * <p><b>Contacts</b> ({@link #contact}): an e-mail address in lower case; a phone number as its
 * digits, an international Korean number (+82, 0082) in its national form (+82 10-1234-5678 is
 * 01012345678), another country's as + and its digits; anything else as a name is normalised.
 */
public final class IdentityNormalization {
  /** Separators removed from names: white space, dashes, dots and apostrophes. */
  private static final Pattern SEPARATORS =
      Pattern.compile(
          "[\\p{Z}\\s\\p{Pd}.\\u00B7\\u2027\\u30FB\\u3002'`\\u00B4\\u2018\\u2019\\u02BB\\u02BC\\u2032]+");

  private static final Pattern TOKEN_BREAK = Pattern.compile("[\\p{Z}\\s,]+");
  private static final Pattern COMBINING = Pattern.compile("\\p{Mn}+");
  private static final Pattern LATIN = Pattern.compile("[a-z]+");
  private static final Pattern DOUBLED = Pattern.compile("(ch|[a-z])\\1+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9\\s().\\-/]+");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** Letter folds of {@link #nameVariant}, in order. */
  private static final String[][] FOLDS = {
    {"eo", "o"}, {"ou", "o"}, {"oo", "u"}, {"ee", "i"}, {"eu", "u"}, {"ui", "i"}, {"ae", "e"},
    {"u", "o"}, {"sh", "s"}, {"j", "ch"}, {"g", "k"}, {"d", "t"}, {"b", "p"}, {"r", "l"}
  };

  /** Two-syllable Korean surnames, which a Hangul name without spaces starts with. */
  private static final List<String> DOUBLE_SURNAMES =
      List.of("남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방");

  /**
   * Spellings of common Korean surnames (lower case, accents and apostrophes gone) and the one form
   * each stands for (its Revised Romanization).
   */
  private static final Map<String, String> SURNAMES = surnames();

  private IdentityNormalization() {}

  private static Map<String, String> surnames() {
    String[][] groups = {
      {"gim", "kim"},
      {"i", "lee", "yi", "rhee", "ri", "li", "rhie", "yee", "ree", "lie"},
      {"bak", "park", "pak", "bahk", "pack"},
      {"choe", "choi", "chey", "choy", "chwe", "choii"},
      {"jeong", "jung", "chung", "chong", "cheong", "joung", "jong"},
      {"gang", "kang"},
      {"jo", "cho", "joe", "chough"},
      {"yun", "yoon", "youn"},
      {"jang", "chang"},
      {"im", "lim", "rim", "leem", "yim", "lym"},
      {"han", "hahn"},
      {"o", "oh"},
      {"sin", "shin", "sinn"},
      {"seo", "suh", "so", "sur", "seoh"},
      {"gwon", "kwon", "kweon"},
      {"hwang", "whang"},
      {"an", "ahn"},
      {"song", "soung"},
      {"yu", "yoo", "you", "ryu", "lyu", "rew", "yuh", "ryoo"},
      {"jeon", "jun", "chun", "chon", "jon", "cheon", "jeun"},
      {"hong"},
      {"go", "ko", "koh"},
      {"mun", "moon"},
      {"yang", "ryang"},
      {"son", "sohn"},
      {"bae", "pae", "bai", "bay"},
      {"baek", "paek", "baik", "paik", "back"},
      {"heo", "huh", "hur", "ho"},
      {"no", "noh", "roh", "ro", "rho"},
      {"nam"},
      {"sim", "shim"},
      {"ha"},
      {"ju", "joo", "chu", "choo"},
      {"gu", "koo", "ku", "goo"},
      {"u", "woo", "wu"},
      {"bang", "pang"},
      {"hyeon", "hyun", "hyon"},
    };
    Map<String, String> map = new HashMap<>();
    for (String[] group : groups) {
      for (String spelling : group) {
        map.put(spelling, group[0]);
      }
    }
    return Map.copyOf(map);
  }

  /**
   * The name as compared in {@link FingerprintKind#NAME_BIRTH_DATE}: NFKC, lower case, without
   * spaces, hyphens, dots and apostrophes. Empty when nothing is left.
   */
  public static String name(String text) {
    String nfkc =
        Normalizer.normalize(SEPARATORS.matcher(text).replaceAll(""), Normalizer.Form.NFKC);
    return SEPARATORS.matcher(nfkc.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /**
   * The romanisation-variant key of a Korean name written in Latin letters or Hangul (see the class
   * comment), or empty for any other text (Chinese characters, digits, other scripts).
   */
  public static Optional<String> nameVariant(String text) {
    String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String plain =
        Normalizer.normalize(
            COMBINING.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll(""),
            Normalizer.Form.NFC);
    List<String> tokens = new ArrayList<>();
    boolean hangul = false;
    for (String raw : TOKEN_BREAK.split(plain)) {
      String token = SEPARATORS.matcher(raw).replaceAll("");
      if (token.isEmpty()) {
        continue;
      }
      if (token.codePoints().allMatch(RevisedRomanization::isSyllable)) {
        if (tokens.isEmpty() && !hangul) {
          // A Hangul name written without a space: the surname is its first syllable (or two).
          String surname =
              token.length() > 2 && DOUBLE_SURNAMES.contains(token.substring(0, 2))
                  ? token.substring(0, 2)
                  : token.substring(0, 1);
          tokens.add(syllables(surname));
          if (token.length() > surname.length()) {
            tokens.add(syllables(token.substring(surname.length())));
          }
        } else {
          tokens.add(syllables(token));
        }
        hangul = true;
      } else if (LATIN.matcher(token).matches()) {
        tokens.add(token);
      } else {
        return Optional.empty();
      }
    }
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    int surnameAt = 0;
    if (tokens.size() > 1
        && !SURNAMES.containsKey(tokens.get(0))
        && SURNAMES.containsKey(tokens.get(tokens.size() - 1))) {
      surnameAt = tokens.size() - 1;
    }
    String surname = tokens.remove(surnameAt);
    String given = String.join("", tokens);
    String key = fold(SURNAMES.getOrDefault(surname, surname));
    return Optional.of(given.isEmpty() ? key : key + " " + fold(given));
  }

  /** Each syllable in the Revised Romanization on its own (names are romanised so). */
  private static String syllables(String hangul) {
    StringBuilder out = new StringBuilder();
    hangul
        .codePoints()
        .forEach(c -> out.append(RevisedRomanization.romanize(Character.toString(c))));
    return out.toString();
  }

  private static String fold(String latin) {
    String folded = latin;
    for (String[] fold : FOLDS) {
      folded = folded.replace(fold[0], fold[1]);
    }
    return DOUBLED.matcher(folded).replaceAll("$1");
  }

  /** A contact's kind and its normalised form, or empty when nothing is left of it. */
  public static Optional<Contact> contact(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    if (nfkc.contains("@")) {
      String email = nfkc.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
      if (EMAIL.matcher(email).matches()) {
        return Optional.of(new Contact(FingerprintKind.EMAIL, email));
      }
    }
    if (PHONE.matcher(nfkc).matches()) {
      String phone = phone(nfkc);
      if (phone.replace("+", "").length() >= 7) {
        return Optional.of(new Contact(FingerprintKind.PHONE, phone));
      }
    }
    String other = name(nfkc);
    return other.isEmpty()
        ? Optional.empty()
        : Optional.of(new Contact(FingerprintKind.OTHER_CONTACT, other));
  }

  /** Digits only; international numbers as + and digits, Korean ones (82) in national form. */
  private static String phone(String text) {
    String international = text.replace("(0)", "");
    String digits = international.replaceAll("[^0-9]", "");
    boolean isInternational = international.startsWith("+") || digits.startsWith("00");
    if (!isInternational) {
      return digits;
    }
    String number = digits.startsWith("00") ? digits.substring(2) : digits;
    return number.startsWith("82") ? "0" + number.substring(2) : "+" + number;
  }

  /**
   * A normalised contact.
   *
   * @param kind {@link FingerprintKind#EMAIL}, {@link FingerprintKind#PHONE} or {@link
   *     FingerprintKind#OTHER_CONTACT}
   * @param value its normalised form
   */
  public record Contact(FingerprintKind kind, String value) {}
}
