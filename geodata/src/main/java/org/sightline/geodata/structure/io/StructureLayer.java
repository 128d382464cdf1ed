package org.sightline.geodata.structure.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An analyst's layer read as one observation's drafts: the structures and the areas that could not
 * be assessed, in layer order, and a report per feature. When any feature has an error, nothing of
 * the layer may be imported (all or nothing): then the drafts hold only the features that read
 * cleanly, for a dry run's report.
 *
 * @param structures the features read as structures, by index
 * @param unassessable the features read as areas that could not be assessed, by index
 * @param features one report per feature of the layer, by index
 */
public record StructureLayer(
    List<StructureDraft> structures,
    List<UnassessableDraft> unassessable,
    List<FeatureReport> features) {

  public StructureLayer {
    structures = List.copyOf(structures);
    unassessable = List.copyOf(unassessable);
    features = List.copyOf(features);
  }

  /** Whether any feature has an error (then nothing may be imported). */
  public boolean hasErrors() {
    return features.stream().anyMatch(FeatureReport::failed);
  }

  /** How many features have at least one error. */
  public int failedCount() {
    return (int) features.stream().filter(FeatureReport::failed).count();
  }

  /**
   * Every error of every feature, each after its feature's name: {@code feature 3 'Block 7':
   * geometry: self-intersection at 126.1 39.5}.
   */
  public List<String> errors() {
    return numbered(true);
  }

  /** Every warning of every feature, each after its feature's name. */
  public List<String> warnings() {
    return numbered(false);
  }

  /**
   * One line for the answer to a failed import, naming the first failing feature and all its
   * errors: {@code 2 of 5 features failed, so nothing was imported; feature 3 'Block 7': geometry:
   * self-intersection at 126.1 39.5}; or, without errors, what was read: {@code 5 features read: 4
   * structures, 1 area not assessable, 3 warnings}.
   */
  public String summary() {
    if (hasErrors()) {
      return String.format(
          Locale.ROOT,
          "%,d of %,d features failed, so nothing was imported; %s",
          failedCount(),
          features.size(),
          features.stream().filter(FeatureReport::failed).findFirst().orElseThrow().errorMessage());
    }
    int warnings = features.stream().mapToInt(f -> f.warnings().size()).sum();
    return String.format(
        Locale.ROOT,
        "%,d feature%s read: %,d structure%s, %,d area%s not assessable, %,d warning%s",
        features.size(),
        plural(features.size()),
        structures.size(),
        plural(structures.size()),
        unassessable.size(),
        plural(unassessable.size()),
        warnings,
        plural(warnings));
  }

  private List<String> numbered(boolean errors) {
    List<String> all = new ArrayList<>();
    for (FeatureReport feature : features) {
      for (String problem : errors ? feature.errors() : feature.warnings()) {
        all.add(feature.name() + ": " + problem);
      }
    }
    return all;
  }

  private static String plural(int count) {
    return count == 1 ? "" : "s";
  }
}
