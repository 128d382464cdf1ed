package org.sightline.geodata.structure.io;

import java.util.List;
import org.sightline.geodata.io.ImportReport;

/**
 * What reading one feature of a layer found: every error (the feature cannot be imported) and every
 * warning (what was assumed: a default class or condition, an ignored field).
 *
 * @param index the feature's 1-based position in the layer
 * @param label the feature's name, else "feature N"; control and bidirectional characters shown as
 *     U+FFFD
 * @param kind {@code structure} or {@code unassessable} (what it would be, as far as its attributes
 *     tell)
 * @param featureId the feature's own id, or null
 * @param errors each naming its field ({@code class: ...}, {@code geometry: ...}), without the
 *     feature's number
 * @param warnings each naming its field, without the feature's number
 */
public record FeatureReport(
    int index,
    String label,
    String kind,
    String featureId,
    List<String> errors,
    List<String> warnings) {

  public FeatureReport {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  public boolean failed() {
    return !errors.isEmpty();
  }

  /** How messages name the feature: {@code feature 3 'Block 7'}, or {@code feature 3}. */
  public String name() {
    String plain = "feature " + index;
    return label.equals(plain) ? plain : plain + " '" + label + "'";
  }

  /**
   * The feature's errors joined with "; " after its name: {@code feature 3 'Block 7': geometry:
   * self-intersection at 126.1 39.5; condition: ...}; null when there are none.
   */
  public String errorMessage() {
    return errors.isEmpty() ? null : name() + ": " + String.join("; ", errors);
  }

  /**
   * This feature as an item of an {@link ImportReport}.
   *
   * @param outcome what storing it did ({@code created}, {@code unchanged}); ignored when the
   *     feature failed: then it is {@code error}
   */
  public ImportReport.Item toItem(String outcome) {
    List<String> shown = errors.isEmpty() ? warnings : errors;
    return new ImportReport.Item(
        index,
        label,
        kind,
        featureId,
        failed() ? "error" : outcome,
        shown.isEmpty() ? null : String.join("; ", shown),
        errors,
        warnings);
  }
}
