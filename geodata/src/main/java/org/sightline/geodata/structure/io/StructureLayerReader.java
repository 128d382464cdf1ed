package org.sightline.geodata.structure.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.geom.CheckedGeometry;
import org.sightline.geodata.geom.GeometryCheck;
import org.sightline.geodata.io.ImportFeature;
import org.sightline.geodata.structure.StructureClass;
import org.sightline.geodata.text.DisplayText;

/**
 * Reads the features of an analyst's layer ({@link org.sightline.geodata.io.ImportReader}: GeoJSON
 * from QGIS, KML from Google Earth Pro; a GeoPackage through the server's reader) into the drafts
 * of one observation: one structure, or one area that could not be assessed, per feature. Class,
 * condition and reason come from the feature's attributes in English or Korean words ({@code
 * docs/IMPORT-STRUCTURES.md}); a missing class is recorded as the default class and a missing
 * condition as intact, each with a warning.
 *
 * <p>Geometry, EPSG:4326 in longitude/latitude order: a Polygon or MultiPolygon for every class; a
 * LineString or MultiLineString only for {@link StructureClass#PERIMETER} (fences, walls); points
 * are refused (a structure is drawn as its outline). Each geometry passes {@link GeometryCheck}:
 * the vertex limit, validity with the location of the defect, swapped axes, the region and a
 * plausible size.
 *
 * <p>Every problem of every feature is collected, not only the first; two features with the same id
 * are an error (re-running an import recognises features by it). Immutable and thread-safe.
 */
public final class StructureLayerReader {
  /**
   * The check of every structure and area: lines and polygons in {@link
   * GeometryCheck#KOREA_REGION}, no larger than the largest plausible facility.
   */
  private static final GeometryCheck CHECK =
      new GeometryCheck(
          GeometryCheck.KOREA_REGION,
          Set.of("Polygon", "MultiPolygon", "LineString", "MultiLineString"),
          GeometryCheck.MAX_FACILITY_AREA_SQ_KM);

  private static final Set<String> POINTS = Set.of("Point", "MultiPoint");
  private static final Set<String> LINES = Set.of("LineString", "MultiLineString");

  private final StructureClass defaultClass;
  private final boolean repair;

  /** Missing classes recorded as {@link StructureClass#OTHER}; invalid geometry refused. */
  public StructureLayerReader() {
    this(StructureClass.OTHER, false);
  }

  /**
   * @param defaultClass what a feature without a class is recorded as (with a warning)
   * @param repair whether invalid geometry is repaired (JTS {@code GeometryFixer}, each change a
   *     warning) instead of refused
   */
  public StructureLayerReader(StructureClass defaultClass, boolean repair) {
    this.defaultClass = Objects.requireNonNull(defaultClass, "defaultClass");
    this.repair = repair;
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
      Geometry geometry = geometry(feature.geometry(), attributes, errors, warnings);
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

  private Geometry geometry(
      JsonNode node, FeatureAttributes attributes, List<String> errors, List<String> warnings) {
    String type = node != null && node.isObject() ? node.path("type").asText() : "";
    if (POINTS.contains(type)) {
      errors.add(
          "geometry: a "
              + type
              + " is not accepted: "
              + (attributes.unassessable()
                  ? "draw the area that could not be assessed as a polygon"
                  : "a structure is drawn as its outline, a polygon (a fence or wall may be a"
                      + " line)"));
      return null;
    }
    if (LINES.contains(type)) {
      if (attributes.unassessable()) {
        errors.add(
            "geometry: a "
                + type
                + " is not accepted for an area that could not be assessed; draw it as a polygon");
        return null;
      }
      StructureClass structureClass = attributes.structureClass();
      if (structureClass != null && !structureClass.mayBeLine()) {
        errors.add(
            "geometry: a "
                + type
                + " is accepted only for class perimeter (fences and walls); draw the "
                + structureClass.nounEn(1)
                + " as a polygon of its outline, or give class perimeter");
        return null;
      }
    }
    try {
      CheckedGeometry checked = CheckedGeometry.from(node, "geometry", CHECK, repair);
      checked.repairs().forEach(change -> warnings.add("geometry: " + change));
      return checked.geometry();
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
