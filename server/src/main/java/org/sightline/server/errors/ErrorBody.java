package org.sightline.server.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The JSON body of every refusal: {@code {"code": <status>, "message": ...}}, and for invalid input
 * also {@code "problems"}, each at its field and coordinate ({@link Problem}), so that a form shows
 * each message beside what it concerns.
 *
 * @param code the HTTP status
 * @param message every problem, joined with "; "
 * @param problems each problem; absent when the refusal is not about the input
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ErrorBody(int code, String message, List<Problem> problems) {
  public ErrorBody {
    problems = problems == null ? List.of() : List.copyOf(problems);
  }

  /** A refusal that is not about the input's fields. */
  public static ErrorBody of(int code, String message) {
    return new ErrorBody(code, message, List.of());
  }

  /** A refusal of input, with its problems read from their messages. */
  public static ErrorBody invalid(int code, List<String> problemMessages) {
    return new ErrorBody(
        code,
        String.join("; ", problemMessages),
        problemMessages.stream().map(Problem::of).toList());
  }
}
