package org.sightline.geodata.structure.io;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sightline.geodata.vocabulary.Coded;

/**
 * The words in a data file that stand for the values of one vocabulary: each value's code, its
 * English and Korean labels, and the common words given for it, compared case- and
 * punctuation-blind ({@link #key}: "Guard-Post", "guard_post" and "GUARD POST" are one word; so are
 * "경비 초소" and "경비초소"), with English plurals ("fences", "factories") taken as their singular.
 * Immutable and thread-safe.
 *
 * @param <E> the vocabulary
 */
final class Vocabulary<E extends Enum<E> & Coded> {
  private final Map<String, E> byKey = new HashMap<>();
  private final Map<E, List<String>> words = new LinkedHashMap<>();

  /**
   * @param words per value, the words besides its code and labels, most common first (the first two
   *     Latin ones and the first Hangul one are shown in refusals)
   * @throws IllegalStateException when one word would stand for two values
   */
  Vocabulary(Class<E> type, Map<E, List<String>> words) {
    for (E value : type.getEnumConstants()) {
      List<String> given = words.getOrDefault(value, List.of());
      this.words.put(value, List.copyOf(given));
      List<String> all = new ArrayList<>(List.of(value.code(), value.labelEn(), value.labelKo()));
      all.addAll(given);
      for (String word : all) {
        E previous = byKey.putIfAbsent(key(word), value);
        if (previous != null && previous != value) {
          throw new IllegalStateException(
              "'" + word + "' would stand for both " + previous.code() + " and " + value.code());
        }
      }
    }
  }

  /** The value {@code text} stands for, if any. */
  Optional<E> find(String text) {
    String key = key(text);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    E value = byKey.get(key);
    if (value == null && key.length() > 3) {
      value = byKey.get(key.substring(0, key.length() - 1)); // fences, greenhouses
      if (value == null && key.endsWith("es")) {
        value = byKey.get(key.substring(0, key.length() - 2)); // boxes
      }
      if (value == null && key.endsWith("ies")) {
        value = byKey.get(key.substring(0, key.length() - 3) + "y"); // factories
      }
    }
    return Optional.ofNullable(value);
  }

  /**
   * Each value's code with a few of its words, for a refusal: {@code perimeter (fence, wall, 울타리),
   * guard-post (...)}.
   */
  String accepted() {
    return words.entrySet().stream()
        .map(
            entry -> {
              List<String> shown = new ArrayList<>();
              entry.getValue().stream().filter(w -> !isHangul(w)).limit(2).forEach(shown::add);
              entry.getValue().stream().filter(Vocabulary::isHangul).limit(1).forEach(shown::add);
              return entry.getKey().code()
                  + (shown.isEmpty() ? "" : " (" + String.join(", ", shown) + ")");
            })
        .collect(Collectors.joining(", "));
  }

  /** The words given for {@code value} besides its code and labels, most common first. */
  List<String> words(E value) {
    return words.get(value);
  }

  /**
   * {@code text} compared case- and punctuation-blind: NFKC (full-width letters as ASCII), lower
   * case, only letters and digits kept.
   */
  static String key(String text) {
    if (text == null) {
      return "";
    }
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(normal.length());
    normal.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
    return key.toString();
  }

  private static boolean isHangul(String word) {
    return word.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
  }
}
