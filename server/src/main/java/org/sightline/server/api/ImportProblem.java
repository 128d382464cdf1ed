package org.sightline.server.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Locale;
import org.sightline.geodata.io.ImportReport;

/**
 * The answer to an import that was rolled back because some features failed: the error shape {@code
 * {"code", "message"}} with the import report's fields beside it (every feature's outcome).
 *
 * @param code always 422
 * @param message what went wrong, in one line, naming the first failing feature
 * @param report the whole report, unwrapped into the same object
 */
@JsonPropertyOrder({"code", "message"})
public record ImportProblem(int code, String message, @JsonUnwrapped ImportReport report) {

  /** The problem for a report with at least one error. */
  public static ImportProblem of(ImportReport report) {
    String first =
        report.items().stream()
            .filter(item -> "error".equals(item.outcome()))
            .findFirst()
            .map(item -> "; feature " + item.index() + ": " + item.message())
            .orElse("");
    return new ImportProblem(
        422,
        String.format(
            Locale.ROOT,
            "%,d of %,d features failed, so nothing was imported (items says why)%s",
            report.errors(),
            report.items().size(),
            first),
        report);
  }
}
