package org.sightline.geodata.testimony.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.text.DisplayText;

/**
 * What reading one row, event or source found: errors (it cannot be imported), each with the field
 * it concerns, and warnings (what was assumed).
 */
final class Findings {
  /** The longest value quoted in a message, in characters. */
  private static final int QUOTED = 60;

  /**
   * One error.
   *
   * @param field the column or key it concerns
   * @param message the whole sentence, naming the field
   */
  record Finding(String field, String message) {}

  private final List<Finding> errors = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  void error(String field, String message) {
    errors.add(new Finding(field, message));
  }

  void warn(String message) {
    warnings.add(message);
  }

  /**
   * The value {@code read} returns, or null with its refusal recorded as errors of {@code field}.
   */
  <T> T attempt(String field, Supplier<T> read) {
    try {
      return read.get();
    } catch (InvalidDataException e) {
      e.problems().forEach(problem -> error(field, problem));
      return null;
    }
  }

  boolean failed() {
    return !errors.isEmpty();
  }

  /** Whether an error concerns {@code field}. */
  boolean failed(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  List<Finding> errors() {
    return List.copyOf(errors);
  }

  List<String> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * A value as a message quotes it: {@link #shown}, cut to {@value #QUOTED} characters with "…", in
   * single quotes.
   */
  static String quoted(String value) {
    boolean cut = value.codePointCount(0, value.length()) > QUOTED;
    String head = cut ? value.substring(0, value.offsetByCodePoints(0, QUOTED)) : value;
    return "'" + shown(head) + (cut ? "…" : "") + "'";
  }

  /** {@code text} with control and bidirectional characters shown as U+FFFD. */
  static String shown(String text) {
    StringBuilder shown = new StringBuilder(text.length());
    text.codePoints()
        .map(c -> Character.isISOControl(c) || DisplayText.isBidiControl(c) ? 0xFFFD : c)
        .forEach(shown::appendCodePoint);
    return shown.toString();
  }
}
