package org.sightline.geodata.testimony.io;

import java.util.Objects;

/**
 * One error of one row of a claims CSV: the row cannot be imported.
 *
 * @param row the row's 1-based number, counting from the first row after the header (in a
 *     spreadsheet, sheet row {@code row + 1})
 * @param ref the row's {@code ref}, or null when it has none or it could not be read
 * @param field the column the error concerns ({@code place_lat}), or {@code row} for the row as a
 *     whole
 * @param message the whole sentence, naming the column: {@code type: unknown value 'beating'; ...}
 */
public record RowProblem(int row, String ref, String field, String message) {
  public RowProblem {
    if (row < 1) {
      throw new IllegalArgumentException("row must be 1 or more, got " + row);
    }
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** How messages name the row: {@code row 3 'c-3'}, or {@code row 3}. */
  public String name() {
    return ref == null ? "row " + row : "row " + row + " " + Findings.quoted(ref);
  }

  /** The message after the row's name: {@code row 3 'c-3': type: unknown value 'beating'; ...}. */
  public String describe() {
    return name() + ": " + message;
  }
}
