package org.sightline.geodata.place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.geom.GeodesicCircle;
import org.sightline.geodata.geom.Geometries;

/**
 * The region a claim's places stand for, as one geometry: a point with a radius becomes a geodesic
 * circle polygon ({@link GeodesicCircle}, {@link #CIRCLE_VERTICES} vertices, each exactly the
 * radius from the centre) or the point itself when the radius is 0; an area is itself; a facility
 * or zone is its boundary at the claim's time ({@link PlaceResolver}); several places are their
 * union.
 *
 * @param region EPSG:4326 longitude/latitude, SRID 4326: a Point, Polygon or MultiPolygon (or a
 *     GeometryCollection of a point and polygons when a claim names both)
 * @param precision the least precise of the places ({@link PlacePrecision#of(List)})
 */
public record PlaceRegion(Geometry region, PlacePrecision precision) {
  /**
   * Vertices of a circle: an inscribed 64-gon covers 99.84% of the circle's area, and its edges
   * come within 0.12% of the radius of the true circle (2.4 m at 2 km).
   */
  public static final int CIRCLE_VERTICES = 64;

  /**
   * @throws InvalidDataException when the region is missing or empty
   */
  public PlaceRegion {
    if (region == null || region.isEmpty()) {
      throw new InvalidDataException("place: region is missing or empty");
    }
    if (precision == null) {
      throw new InvalidDataException("place: precision is missing");
    }
  }

  /**
   * The region of one place at the claim's time.
   *
   * @param earliest the claim's earliest date, inclusive, or null when open
   * @param latest the claim's latest date, inclusive, or null when open
   * @throws InvalidDataException when the resolver refuses the facility, or returns no polygon
   */
  public static PlaceRegion of(
      UncertainPlace place, PlaceResolver resolver, LocalDate earliest, LocalDate latest) {
    return of(List.of(place), resolver, earliest, latest);
  }

  /**
   * The union of the regions of a claim's places at the claim's time.
   *
   * @throws InvalidDataException when there is no place, the resolver refuses a facility, or
   *     returns no polygon for it
   */
  public static PlaceRegion of(
      List<? extends UncertainPlace> places,
      PlaceResolver resolver,
      LocalDate earliest,
      LocalDate latest) {
    if (places.isEmpty()) {
      throw new InvalidDataException("place: a claim with no place has no region");
    }
    List<Geometry> parts = new ArrayList<>(places.size());
    for (UncertainPlace place : places) {
      parts.add(regionOf(place, resolver, earliest, latest));
    }
    Geometry region = parts.size() == 1 ? parts.get(0) : UnaryUnionOp.union(parts);
    if (region.getSRID() != Geometries.SRID_WGS84) {
      region = Geometries.FACTORY.createGeometry(region); // a copy with SRID 4326
    }
    return new PlaceRegion(region, PlacePrecision.of(places));
  }

  private static Geometry regionOf(
      UncertainPlace place, PlaceResolver resolver, LocalDate earliest, LocalDate latest) {
    if (place instanceof UncertainPlace.PointRadius p) {
      return p.radiusM() == 0
          ? Geometries.point(p.centre().getX(), p.centre().getY())
          : GeodesicCircle.around(p.centre(), p.radiusM() / 1000, CIRCLE_VERTICES);
    }
    if (place instanceof UncertainPlace.Area a) {
      return a.area();
    }
    UncertainPlace.WithinFacility f = (UncertainPlace.WithinFacility) place;
    Geometry boundary = resolver.region(f.facilityId(), f.zoneKey(), earliest, latest);
    if (!(boundary instanceof Polygonal) || boundary.isEmpty()) {
      throw new InvalidDataException(
          "place: facility '"
              + f.facilityId()
              + (f.zoneKey() == null ? "'" : "' zone '" + f.zoneKey() + "'")
              + " has no boundary polygon for "
              + (earliest == null ? ".." : earliest)
              + "/"
              + (latest == null ? ".." : latest));
    }
    return boundary;
  }
}
