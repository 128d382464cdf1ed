package org.sightline.geodata.geom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Repairs an invalid polygon when a client asks for it, and says what the repair changed, so that
 * nothing is altered silently. Uses JTS's {@link GeometryFixer} (which keeps every part of a
 * self-intersecting ring, e.g. a bowtie becomes two triangles). Stateless and thread-safe.
 */
public final class GeometryRepair {
  private GeometryRepair() {}

  /**
   * The outcome of a repair.
   *
   * @param geometry the repaired geometry (the input itself when it was valid)
   * @param changes what the repair changed, in plain words; empty when nothing was changed
   */
  public record Result(Geometry geometry, List<String> changes) {
    public boolean changed() {
      return !changes.isEmpty();
    }
  }

  public static Result repair(Geometry geometry) {
    TopologyValidationError error = new IsValidOp(geometry).getValidationError();
    if (error == null) {
      return new Result(geometry, List.of());
    }
    Geometry fixed = GeometryFixer.fix(geometry);
    fixed.setSRID(geometry.getSRID());
    List<String> changes = new ArrayList<>();
    changes.add(
        "repaired "
            + new GeometryProblem(
                    error.getMessage().toLowerCase(Locale.ROOT), error.getCoordinate())
                .describe());
    if (!fixed.getGeometryType().equals(geometry.getGeometryType())) {
      changes.add(
          String.format(
              Locale.ROOT,
              "%s became %s with %d part%s",
              geometry.getGeometryType(),
              fixed.getGeometryType(),
              fixed.getNumGeometries(),
              fixed.getNumGeometries() == 1 ? "" : "s"));
    }
    double beforeSqKm = Measures.areaSqKm(geometry);
    double afterSqKm = Measures.areaSqKm(fixed);
    if (Math.abs(afterSqKm - beforeSqKm) > 1e-9) {
      changes.add(
          String.format(
              Locale.ROOT, "area changed from %.6f km² to %.6f km²", beforeSqKm, afterSqKm));
    }
    int removedVertices = geometry.getNumPoints() - fixed.getNumPoints();
    if (removedVertices != 0) {
      changes.add(
          String.format(
              Locale.ROOT,
              "vertex count changed from %d to %d",
              geometry.getNumPoints(),
              fixed.getNumPoints()));
    }
    return new Result(fixed, List.copyOf(changes));
  }
}
