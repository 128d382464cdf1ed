package org.sightline.server.errors;

import java.util.List;

/**
 * Input with one or more broken rules, every one of them listed (so that a client fixes them all at
 * once, not one per attempt). The message joins them with "; ".
 */
public class InvalidFieldsException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  public InvalidFieldsException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem, in field order; never empty. */
  public List<String> problems() {
    return problems;
  }
}
