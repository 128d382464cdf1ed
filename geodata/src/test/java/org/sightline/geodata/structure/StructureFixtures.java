package org.sightline.geodata.structure;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.geom.Geometries;

/**
 * Fixtures written as WKT in metres east and north of a point near Camp 16 (129.30 E, 41.00 N),
 * placed on the ellipsoid: y along the meridian (meridional radius of curvature at the origin), x
 * along each point's parallel (prime-vertical radius times the cosine of its latitude), so that
 * lengths and areas written in metres are what {@code Measures} measures, to well under 0.1% over a
 * few kilometres. Independent of {@link MetricProjection}.
 */
final class StructureFixtures {
  static final double LON0 = 129.30;
  static final double LAT0 = 41.00;
  private static final double A = 6_378_137.0;
  private static final double E2 = 6.694_379_990_14e-3;

  /** A footprint much wider than every fixture: everything is inside the scene. */
  static final String WHOLE_SCENE =
      "POLYGON ((-5000 -5000, 5000 -5000, 5000 5000, -5000 5000, -5000 -5000))";

  private StructureFixtures() {}

  /** WKT in metres from the origin to a geometry in EPSG:4326, longitude/latitude. */
  static Geometry at(String wktMetres) {
    return at(Geometries.fromWkt(wktMetres));
  }

  /** A geometry in metres from the origin to EPSG:4326, longitude/latitude; a copy. */
  static Geometry at(Geometry metres) {
    Geometry geometry = metres.copy();
    geometry.setSRID(Geometries.SRID_WGS84);
    double sin0 = Math.sin(Math.toRadians(LAT0));
    double w0 = Math.sqrt(1 - E2 * sin0 * sin0);
    double meridionalM = A * (1 - E2) / (w0 * w0 * w0);
    geometry.apply(
        (Coordinate c) -> {
          double lat = LAT0 + Math.toDegrees(c.y / meridionalM);
          double sin = Math.sin(Math.toRadians(lat));
          double primeVerticalM = A / Math.sqrt(1 - E2 * sin * sin);
          c.x = LON0 + Math.toDegrees(c.x / (primeVerticalM * Math.cos(Math.toRadians(lat))));
          c.y = lat;
        });
    geometry.geometryChanged();
    return geometry;
  }

  /** An axis-parallel rectangle in metres, as WKT: corner (x, y), width w, height h. */
  static String rect(double x, double y, double w, double h) {
    return String.format(
        Locale.ROOT,
        "POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))",
        x,
        y,
        x + w,
        y,
        x + w,
        y + h,
        x,
        y + h,
        x,
        y);
  }

  static ObservedStructure drawn(long id, StructureClass structureClass, String wktMetres) {
    return drawn(id, structureClass, StructureCondition.INTACT, wktMetres);
  }

  static ObservedStructure drawn(
      long id, StructureClass structureClass, StructureCondition condition, String wktMetres) {
    return new ObservedStructure(id, structureClass, condition, at(wktMetres), null);
  }

  static UnassessableArea cloud(String wktMetres) {
    return new UnassessableArea(UnassessableReason.CLOUD, at(wktMetres));
  }

  /** An observation in scene {@code "S<id>"}, the whole area in the footprint, likely. */
  static Observation observation(
      long id, String date, List<ObservedStructure> structures, UnassessableArea... hidden) {
    return observation(id, date, WHOLE_SCENE, structures, hidden);
  }

  static Observation observation(
      long id,
      String date,
      String footprintMetres,
      List<ObservedStructure> structures,
      UnassessableArea... hidden) {
    return new Observation(
        id,
        "S" + id,
        LocalDate.parse(date),
        at(footprintMetres),
        EstimativeConfidence.LIKELY,
        structures,
        List.of(hidden));
  }

  static Observation withConfidence(Observation o, EstimativeConfidence confidence) {
    return new Observation(
        o.id(),
        o.sceneId(),
        o.sceneDate(),
        o.sceneFootprint(),
        confidence,
        o.structures(),
        o.unassessable());
  }
}
