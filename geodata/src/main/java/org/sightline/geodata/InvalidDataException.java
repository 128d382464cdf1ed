package org.sightline.geodata;

import java.util.List;

/**
 * Input that breaks a rule of the domain model: a malformed date, a text too long, an unreadable
 * import file. The message says what is wrong and where, naming the field, and may be shown to
 * whoever sent the input. A server answers it as invalid input (HTTP 400).
 */
public class InvalidDataException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  public InvalidDataException(String message) {
    super(message);
    this.problems = List.of(message);
  }

  public InvalidDataException(String message, Throwable cause) {
    super(message, cause);
    this.problems = List.of(message);
  }

  /** Several problems of one input (the message joins them with "; "); never empty. */
  public InvalidDataException(List<String> problems) {
    super(String.join("; ", problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problems");
    }
    this.problems = List.copyOf(problems);
  }

  /** Each problem, each naming its field; a single one unless built from a list. */
  public List<String> problems() {
    return problems;
  }
}
