package org.sightline.geodata.structure.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.io.ImportFeature;
import org.sightline.geodata.structure.StructureClass;
import org.sightline.geodata.structure.StructureDrawing;
import org.sightline.geodata.text.DisplayText;

/**
 * Reads the features of an analyst's layer ({@link org.sightline.geodata.io.ImportReader}: GeoJSON
 * from QGIS, KML from Google Earth Pro; a GeoPackage through the server's reader) into the drafts
 * of one observation: one structure, or one area that could not be assessed, per feature. Class,
 * condition and reason come from the feature's attributes in English or Korean words ({@code
 * docs/IMPORT-STRUCTURES.md}); a missing class is recorded as the default class and a missing
 * condition as intact, each with a warning.
 *
 * <p>Geometry, EPSG:4326 in longitude/latitude order, by the rules of {@link StructureDrawing} (the
 * same as an observation sent to the API): a Polygon or MultiPolygon for every class; a LineString
 * or MultiLineString only for {@link StructureClass#PERIMETER} (fences, walls); points refused (a
 * structure is drawn as its outline); the vertex limit, validity with the location of the defect,
 * swapped axes, the Korea region and {@link StructureDrawing#MAX_AREA_SQ_KM}.
 *
 * <p>Every problem of every feature is collected, not only the first; two features with the same id
 * are an error (re-running an import recognises features by it). Immutable and thread-safe.
 */
public final class StructureLayerReader {
  private final StructureClass defaultClass;

  /** Missing classes recorded as {@link StructureClass#OTHER}. */
  public StructureLayerReader() {
    this(StructureClass.OTHER);
  }

  /**
   * @param defaultClass what a feature without a class is recorded as (with a warning)
   */
  public StructureLayerReader(StructureClass defaultClass) {
    this.defaultClass = Objects.requireNonNull(defaultClass, "defaultClass");
  }

  /**
   * The layer's drafts and every feature's errors and warnings.
   *
   * @param features as an {@link org.sightline.geodata.io.ImportReader} read them, 1-based index
   * @throws InvalidDataException when there are no features at all
   */
  public StructureLayer read(List<ImportFeature> features) {
    if (features.isEmpty()) {
      throw new InvalidDataException("the layer holds no features");
    }
    List<StructureDraft> structures = new ArrayList<>();
    List<UnassessableDraft> unassessable = new ArrayList<>();
    List<FeatureReport> reports = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    for (ImportFeature feature : features) {
      List<String> errors = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      FeatureAttributes attributes = FeatureAttributes.of(feature, defaultClass, errors, warnings);
      if (attributes.featureId() != null) {
        Integer first = ids.putIfAbsent(attributes.featureId(), feature.index());
        if (first != null) {
          errors.add(
              "id: '"
                  + attributes.featureId()
                  + "' is also the id of feature "
                  + first
                  + "; each feature needs its own id");
        }
      }
      Geometry geometry = geometry(feature.geometry(), attributes, errors);
      if (errors.isEmpty()) {
        if (attributes.unassessable()) {
          unassessable.add(
              new UnassessableDraft(
                  feature.index(),
                  attributes.label(),
                  attributes.reason(),
                  geometry,
                  attributes.notes(),
                  attributes.featureId()));
        } else {
          structures.add(
              new StructureDraft(
                  feature.index(),
                  attributes.label(),
                  attributes.structureClass(),
                  attributes.condition(),
                  geometry,
                  attributes.notes(),
                  attributes.featureId()));
        }
      }
      reports.add(
          new FeatureReport(
              feature.index(),
              reportLabel(feature),
              attributes.unassessable() ? "unassessable" : "structure",
              attributes.featureId(),
              errors,
              warnings));
    }
    return new StructureLayer(structures, unassessable, reports);
  }

  /** The geometry by {@link StructureDrawing}'s rules, or null with its problems in errors. */
  private static Geometry geometry(
      JsonNode node, FeatureAttributes attributes, List<String> errors) {
    try {
      if (attributes.unassessable()) {
        return StructureDrawing.unassessable(node, "geometry");
      }
      // A class that failed to read is checked leniently (lines allowed): its own error says why.
      StructureClass structureClass =
          attributes.structureClass() == null
              ? StructureClass.PERIMETER
              : attributes.structureClass();
      return StructureDrawing.structure(node, "geometry", structureClass);
    } catch (InvalidDataException e) {
      errors.addAll(e.problems());
      return null;
    }
  }

  /** The feature's name, else "feature N"; refused characters shown as U+FFFD. */
  private static String reportLabel(ImportFeature feature) {
    String label = feature.field("name");
    if (label == null) {
      return "feature " + feature.index();
    }
    StringBuilder shown = new StringBuilder(label.length());
    label
        .codePoints()
        .map(c -> Character.isISOControl(c) || DisplayText.isBidiControl(c) ? 0xFFFD : c)
        .forEach(shown::appendCodePoint);
    return shown.toString();
  }
}
