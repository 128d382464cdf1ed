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
   * @param kind facility, boundary or zone; structure or unassessable (an analyst's layer); claim
   *     or document (claims from a CSV or a TimeMap)
   * @param id the facility id it concerns (made from the name when the feature gave none); for a
   *     claim or document, its external reference
   * @param outcome {@code created}, {@code unchanged} (identical data already stored) or {@code
   *     error}
   * @param message every error joined with "; ", or else the warnings joined; null when neither
   * @param errors every problem of the feature, each naming its field; empty unless the outcome is
   *     an error
   * @param warnings what the import assumed or changed: defaults applied (type, status, basis,
   *     confidence), an id made from the name, geometry repairs
   */
  public record Item(
      int index,
      String label,
      String kind,
      String id,
      String outcome,
      String message,
      List<String> errors,
      List<String> warnings) {

    public Item {
      errors = List.copyOf(errors);
      warnings = List.copyOf(warnings);
    }
  }
}
