package org.sightline.geodata.testimony.io;

import java.util.Objects;

/**
 * One error of one event, source or association of a TimeMap: it, and any claim made from it,
 * cannot be imported.
 *
 * @param kind {@code event}, {@code source} or {@code association}
 * @param index its 1-based position among the file's events, sources or associations
 * @param id its id, or null when it has none
 * @param field the key the error concerns ({@code date}), or {@code id}
 * @param message the whole sentence, naming the key: {@code date: '13/45/2019' is not a date: ...}
 */
public record TimeMapProblem(String kind, int index, String id, String field, String message) {
  public TimeMapProblem {
    Objects.requireNonNull(kind, "kind");
    if (index < 1) {
      throw new IllegalArgumentException("index must be 1 or more, got " + index);
    }
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** How messages name it: {@code event 3 'e-3'}, or {@code event 3} when it has no id. */
  public String name() {
    return kind + " " + index + (id == null ? "" : " " + Findings.quoted(id));
  }

  /** The message after the name: {@code event 3 'e-3': date: '13/45/2019' is not a date: ...}. */
  public String describe() {
    return name() + ": " + message;
  }
}
