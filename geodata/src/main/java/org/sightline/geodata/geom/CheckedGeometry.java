package org.sightline.geodata.geom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.InvalidDataException;

/**
 * A geometry from a request, read from GeoJSON and checked before it is stored. Invalid input is a
 * 400 saying what is wrong and where, unless the client asked to repair it: then the repaired
 * geometry is checked again and {@link #repairs()} says what the repair changed.
 *
 * @param repairs what the repair changed; empty when nothing was repaired
 */
public record CheckedGeometry(Geometry geometry, List<String> repairs) {

  /**
   * @param path how the request names the field, e.g. {@code location}
   * @param repair whether the client asked ({@code ?repair=true}) to repair invalid geometry
   */
  public static CheckedGeometry from(
      JsonNode node, String path, GeometryCheck check, boolean repair) {
    return from(node, path, check, repair, true);
  }

  /**
   * As {@link #from(JsonNode, String, GeometryCheck, boolean)} without repair, for inputs that
   * offer none: a refusal does not suggest {@code ?repair=true}.
   */
  public static CheckedGeometry unrepaired(JsonNode node, String path, GeometryCheck check) {
    return from(node, path, check, false, false);
  }

  private static CheckedGeometry from(
      JsonNode node, String path, GeometryCheck check, boolean repair, boolean repairOffered) {
    Geometry geometry;
    try {
      geometry = GeoJsonGeometryReader.read(node, path);
    } catch (InvalidGeometryException e) {
      throw new InvalidDataException(e.getMessage());
    }
    List<String> repairs = List.of();
    if (repair && !geometry.isValid()) {
      GeometryRepair.Result result = GeometryRepair.repair(geometry);
      geometry = result.geometry();
      repairs = result.changes();
    }
    List<GeometryProblem> problems = check.problems(geometry);
    if (!problems.isEmpty()) {
      String hint =
          repair || !repairOffered || geometry.isValid()
              ? ""
              : " (add ?repair=true to have it repaired, with a report of what changed)";
      List<String> described = new ArrayList<>();
      for (int i = 0; i < problems.size(); i++) {
        described.add(
            path + ": " + problems.get(i).describe() + (i == problems.size() - 1 ? hint : ""));
      }
      throw new InvalidDataException(described);
    }
    return new CheckedGeometry(geometry, List.copyOf(repairs));
  }
}
