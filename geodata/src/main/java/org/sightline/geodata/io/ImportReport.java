package org.sightline.geodata.io;

import java.util.List;

/**
 * What an import did, or would do (dry run), feature by feature.
 *
 * @param committed true only for a real import without errors: then every created item is stored;
 *     otherwise nothing is
 */
public record ImportReport(
    boolean dryRun, boolean committed, int created, int unchanged, int errors, List<Item> items) {

  public ImportReport {
    items = List.copyOf(items);
  }

  /**
   * One feature's outcome.
   *
   * @param kind facility, boundary or zone
   * @param id the facility id it concerns
   * @param outcome {@code created}, {@code unchanged} (identical data already stored) or {@code
   *     error}
   * @param message the error, or notes (defaults applied, geometry repairs)
   */
  public record Item(
      int index, String label, String kind, String id, String outcome, String message) {}
}
