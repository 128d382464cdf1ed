package org.sightline.geodata.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sightline.geodata.InvalidDataException;

/**
 * Rules for text fields of records (the registry, testimony): trimmed, Unicode NFC (so that "요덕"
 * typed on any system matches), no control characters (line breaks and tabs only in descriptions)
 * and no bidirectional controls ({@link DisplayText}), bounded lengths. HTML and SQL are ordinary
 * text here: stored as given, bound as parameters, rendered as text.
 */
public final class FieldText {
  public static final int MAX_NAME = 200;
  public static final int MAX_DESCRIPTION = 20_000;
  public static final int MAX_LIST = 50;

  private FieldText() {}

  public static String required(String field, String value, int max) {
    String text = optional(field, value, max);
    if (text == null) {
      throw new InvalidDataException(field + " is required");
    }
    return text;
  }

  public static String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    if (text.codePointCount(0, text.length()) > max) {
      throw new InvalidDataException(field + " must be at most " + max + " characters");
    }
    DisplayText.problem(field, text, false)
        .ifPresent(
            problem -> {
              throw new InvalidDataException(problem);
            });
    return text;
  }

  public static String description(String value) {
    return description("description", value);
  }

  /** A long text in field {@code field}: line breaks and tabs allowed; null when blank. */
  public static String description(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    if (text.length() > MAX_DESCRIPTION) {
      throw new InvalidDataException(field + " must be at most " + MAX_DESCRIPTION + " characters");
    }
    DisplayText.problem(field, text, true)
        .ifPresent(
            problem -> {
              throw new InvalidDataException(problem);
            });
    return text;
  }

  /**
   * A Korean name: NFC, and it must contain Hangul (a romanization belongs in nameMr or nameRr).
   */
  public static String hangul(String field, String value) {
    String text = optional(field, value, MAX_NAME);
    if (text != null
        && text.codePoints()
            .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)) {
      throw new InvalidDataException(
          field + " must be written in Hangul (e.g. 요덕); put romanizations in nameMr or nameRr");
    }
    return text;
  }

  /** A list of short texts (aliases, source ids): each checked like a name, duplicates dropped. */
  public static List<String> list(String field, List<String> values) {
    if (values == null) {
      return List.of();
    }
    if (values.size() > MAX_LIST) {
      throw new InvalidDataException(
          field + " takes at most " + MAX_LIST + " entries, got " + values.size());
    }
    Set<String> entries = new LinkedHashSet<>();
    for (int i = 0; i < values.size(); i++) {
      String entry = optional(field + "[" + i + "]", values.get(i), MAX_NAME);
      if (entry == null) {
        throw new InvalidDataException(field + "[" + i + "] is blank");
      }
      entries.add(entry);
    }
    return new ArrayList<>(entries);
  }
}
