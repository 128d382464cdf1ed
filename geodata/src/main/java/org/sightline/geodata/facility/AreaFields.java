package org.sightline.geodata.facility;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.geom.CheckedGeometry;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.geom.GeometryCheck;
import org.sightline.geodata.geom.Measures;
import org.sightline.geodata.text.FieldText;
import org.sightline.geodata.time.TimeParser;

/**
 * The checked fields every dated area version has (facility boundaries and zones): a (multi)polygon
 * checked and measured on the WGS 84 ellipsoid, a validity [validFrom, validTo), how it was drawn
 * and how sure we are, and its sources.
 *
 * @param geometry EPSG:4326, longitude/latitude, always a MultiPolygon
 * @param repairs what a requested repair changed; empty otherwise
 * @param areaSqKm ellipsoidal area, km²
 * @param perimeterKm ellipsoidal perimeter, km
 */
public record AreaFields(
    MultiPolygon geometry,
    List<String> repairs,
    LocalDate validFrom,
    LocalDate validTo,
    String basis,
    String confidence,
    String sceneId,
    List<String> sourceIds,
    String note,
    double areaSqKm,
    double perimeterKm) {

  public static final Set<String> BASES = Set.of("digitized", "published", "approximate");
  public static final Set<String> CONFIDENCES = Set.of("high", "medium", "low");

  /**
   * Polygons and multipolygons in the Korea region, at most a facility's size: the default check.
   */
  public static final GeometryCheck POLYGONS =
      new GeometryCheck(
          GeometryCheck.KOREA_REGION,
          Set.of("Polygon", "MultiPolygon"),
          GeometryCheck.MAX_FACILITY_AREA_SQ_KM);

  public AreaFields {
    repairs = List.copyOf(repairs);
    sourceIds = List.copyOf(sourceIds);
  }

  /**
   * Checks everything.
   *
   * @throws InvalidDataException naming the field of each problem, every one of them
   */
  public static AreaFields check(
      JsonNode geometry,
      String validFrom,
      String validTo,
      String basis,
      String confidence,
      String sceneId,
      List<String> sourceIds,
      String note,
      boolean repair) {
    return check(
        POLYGONS,
        geometry,
        validFrom,
        validTo,
        basis,
        confidence,
        sceneId,
        sourceIds,
        note,
        repair);
  }

  /**
   * As {@link #check(JsonNode, String, String, String, String, String, List, String, boolean)},
   * with the geometry checked by {@code geometryCheck} (which must allow only polygons and
   * multipolygons: a dated area is stored as a MultiPolygon).
   */
  public static AreaFields check(
      GeometryCheck geometryCheck,
      JsonNode geometry,
      String validFrom,
      String validTo,
      String basis,
      String confidence,
      String sceneId,
      List<String> sourceIds,
      String note,
      boolean repair) {
    List<String> problems = new ArrayList<>();
    CheckedGeometry checked =
        collect(problems, () -> CheckedGeometry.from(geometry, "geometry", geometryCheck, repair));
    MultiPolygon multi = checked == null ? null : collect(problems, () -> asMultiPolygon(checked));
    LocalDate from = collect(problems, () -> TimeParser.date("validFrom", validFrom));
    LocalDate to = collect(problems, () -> TimeParser.date("validTo", validTo));
    if (from != null && to != null && !to.isAfter(from)) {
      problems.add(
          "validTo (" + to + ") must be after validFrom (" + from + "); validTo is exclusive");
    }
    String checkedBasis = collect(problems, () -> oneOf("basis", basis, BASES));
    String checkedConfidence =
        collect(problems, () -> oneOf("confidence", confidence, CONFIDENCES));
    String scene = collect(problems, () -> FieldText.optional("sceneId", sceneId, 200));
    if ("digitized".equals(checkedBasis) && scene == null) {
      problems.add("an area digitized from imagery needs sceneId: the dated scene it was drawn on");
    }
    List<String> sources = collect(problems, () -> FieldText.list("sourceIds", sourceIds));
    String checkedNote = collect(problems, () -> FieldText.description(note));
    if (!problems.isEmpty()) {
      throw new InvalidDataException(problems);
    }
    return new AreaFields(
        multi,
        checked.repairs(),
        from,
        to,
        checkedBasis,
        checkedConfidence,
        scene,
        sources,
        checkedNote,
        Measures.areaSqKm(multi),
        Measures.lengthKm(multi));
  }

  /** {@code [from, to)} with open ends written as "open". */
  public static String interval(LocalDate from, LocalDate to) {
    return "[" + (from == null ? "open" : from) + ", " + (to == null ? "open" : to) + ")";
  }

  /**
   * {@code value} when it is one of {@code allowed}; otherwise refused, naming the field and the
   * choices.
   */
  public static String oneOf(String field, String value, Set<String> allowed) {
    if (value == null || !allowed.contains(value)) {
      throw new InvalidDataException(
          field
              + " must be one of "
              + allowed.stream().sorted().collect(Collectors.joining(", "))
              + "; got "
              + (value == null ? "nothing" : "'" + value + "'"));
    }
    return value;
  }

  /** The checked value, or null with its problems kept when the check fails. */
  private static <T> T collect(List<String> problems, Supplier<T> check) {
    try {
      return check.get();
    } catch (InvalidDataException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  private static MultiPolygon asMultiPolygon(CheckedGeometry checked) {
    Geometry geometry = checked.geometry();
    if (geometry instanceof MultiPolygon multi) {
      return multi;
    }
    if (geometry instanceof Polygon polygon) {
      return Geometries.FACTORY.createMultiPolygon(new Polygon[] {polygon});
    }
    throw new InvalidDataException(
        "geometry must be a Polygon or MultiPolygon, got " + geometry.getGeometryType());
  }
}
