package org.sightline.geodata.testimony.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.sightline.geodata.io.ImportReport;

/**
 * A claims CSV as read: the rows that read cleanly and every error of every other row. When any row
 * has an error, the file should be imported not at all (nothing is half-written); the claims then
 * serve a dry run's report.
 *
 * @param rowCount how many rows the file has after its header (blank rows not counted)
 * @param claims the rows that read without error, by row
 * @param problems every error, by row and then column order
 */
public record ClaimCsv(int rowCount, List<ClaimRow> claims, List<RowProblem> problems) {
  public ClaimCsv {
    claims = List.copyOf(claims);
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return !problems.isEmpty();
  }

  /** How many rows have at least one error. */
  public int failedRowCount() {
    return (int) problems.stream().mapToInt(RowProblem::row).distinct().count();
  }

  /** Every error after its row's name: {@code row 3 'c-3': type: unknown value ...}. */
  public List<String> errors() {
    return problems.stream().map(RowProblem::describe).toList();
  }

  /**
   * One line for an answer: {@code 2 of 9 rows have errors; row 3 'c-3': type: unknown value ...}
   * (the first error), or {@code 9 rows read, no errors, 1 warning}.
   */
  public String summary() {
    if (hasErrors()) {
      return String.format(
          Locale.ROOT,
          "%,d of %,d row%s ha%s errors; %s",
          failedRowCount(),
          rowCount,
          rowCount == 1 ? "" : "s",
          failedRowCount() == 1 ? "s" : "ve",
          problems.get(0).describe());
    }
    int warnings = claims.stream().mapToInt(c -> c.warnings().size()).sum();
    return String.format(
        Locale.ROOT,
        "%,d row%s read, no errors, %,d warning%s",
        rowCount,
        rowCount == 1 ? "" : "s",
        warnings,
        warnings == 1 ? "" : "s");
  }

  /**
   * Each row as an item of an {@link ImportReport} (kind {@code claim}, id its ref), by row.
   *
   * @param outcomeOfRef what storing the claim with this ref did or would do ({@code created},
   *     {@code unchanged}); not asked for a row with errors, whose outcome is {@code error}
   */
  public List<ImportReport.Item> items(Function<String, String> outcomeOfRef) {
    Map<Integer, List<RowProblem>> byRow = new TreeMap<>();
    problems.forEach(p -> byRow.computeIfAbsent(p.row(), r -> new ArrayList<>()).add(p));
    Map<Integer, ClaimRow> read = new TreeMap<>();
    claims.forEach(c -> read.put(c.row(), c));
    List<ImportReport.Item> items = new ArrayList<>();
    for (int row = 1; row <= rowCount; row++) {
      ClaimRow claim = read.get(row);
      if (claim != null) {
        items.add(
            new ImportReport.Item(
                row,
                claim.ref(),
                "claim",
                claim.ref(),
                outcomeOfRef.apply(claim.ref()),
                claim.warnings().isEmpty() ? null : String.join("; ", claim.warnings()),
                List.of(),
                claim.warnings()));
        continue;
      }
      List<RowProblem> rowProblems = byRow.getOrDefault(row, List.of());
      String ref =
          rowProblems.stream().map(RowProblem::ref).filter(r -> r != null).findFirst().orElse(null);
      List<String> errors = rowProblems.stream().map(RowProblem::message).toList();
      items.add(
          new ImportReport.Item(
              row,
              ref == null ? "row " + row : ref,
              "claim",
              ref,
              "error",
              String.join("; ", errors),
              errors,
              List.of()));
    }
    return items;
  }
}
