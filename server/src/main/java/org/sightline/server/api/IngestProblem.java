package org.sightline.server.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Locale;
import org.sightline.server.catalogue.IngestReport;

/**
 * The answer to an ingest that did not take every Item: the error shape {@code {"code", "message"}}
 * with the ingest report's fields beside it (what was stored before the problem).
 *
 * @param code the HTTP status: 400 when the body stops being JSON, 422 when Items were rejected
 * @param message what went wrong, in one line
 * @param report every figure of the ingest, unwrapped into the same object
 */
@JsonPropertyOrder({"code", "message"})
public record IngestProblem(int code, String message, @JsonUnwrapped IngestReport report) {

  /** The problem for a report with unreadable input (400) or rejected Items (422). */
  public static IngestProblem of(IngestReport report) {
    if (!report.unreadable().isEmpty()) {
      return new IngestProblem(400, report.unreadable().get(0), report);
    }
    return new IngestProblem(
        422,
        String.format(
            Locale.ROOT,
            "%,d of %,d Items were rejected (rejectedByReason says why); the others were stored",
            report.rejected(),
            report.read()),
        report);
  }
}
