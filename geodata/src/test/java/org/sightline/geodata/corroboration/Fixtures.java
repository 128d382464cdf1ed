package org.sightline.geodata.corroboration;

import java.time.LocalDate;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.place.PlaceRegion;
import org.sightline.geodata.place.PlaceResolver;
import org.sightline.geodata.place.UncertainPlace;

/**
 * Items placed by metres east and north of a point at Camp 15 (Yodok, 126.851 E, 39.674 N), along
 * geodesics (GeographicLib), so that the distances written are the distances on the ellipsoid.
 */
final class Fixtures {
  static final double LON0 = 126.8510413;
  static final double LAT0 = 39.6742705;

  private Fixtures() {}

  /** Longitude, latitude of the point {@code eastM, northM} from the origin. */
  static double[] lonLat(double eastM, double northM) {
    double distance = Math.hypot(eastM, northM);
    if (distance == 0) {
      return new double[] {LON0, LAT0};
    }
    double azimuth = Math.toDegrees(Math.atan2(eastM, northM));
    GeodesicData d = Geodesic.WGS84.Direct(LAT0, LON0, azimuth, distance);
    return new double[] {d.lon2, d.lat2};
  }

  /**
   * The region of a point with a radius (metres), centred {@code eastM, northM} from the origin.
   */
  static Geometry circle(double eastM, double northM, double radiusM) {
    double[] ll = lonLat(eastM, northM);
    return PlaceRegion.of(
            UncertainPlace.PointRadius.of(ll[0], ll[1], radiusM), PlaceResolver.none(), null, null)
        .region();
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  /** A claim of {@code witness} at a circle, over {@code from..to} (ISO dates, null = open). */
  static EvidenceItem claim(
      String key, String witness, String type, String from, String to, Geometry region) {
    return EvidenceItem.of(key, type, date(from), date(to), region, SourceRef.witness(witness));
  }

  static EvidenceItem item(
      String key, SourceRef source, String type, String from, String to, Geometry region) {
    return EvidenceItem.of(key, type, date(from), date(to), region, source);
  }

  /** A claim of {@code witness} over a whole year ({@code 1997}), month or day. */
  static EvidenceItem claim(
      String key, String witness, String type, String period, Geometry region) {
    return item(key, SourceRef.witness(witness), type, period, region);
  }

  /** An item over a whole year ({@code 1997}), month ({@code 1997-03}) or day. */
  static EvidenceItem item(
      String key, SourceRef source, String type, String period, Geometry region) {
    LocalDate[] p = period(period);
    return EvidenceItem.of(key, type, p[0], p[1], region, source);
  }

  static LocalDate[] period(String period) {
    return switch (period.length()) {
      case 4 -> {
        LocalDate first = LocalDate.of(Integer.parseInt(period), 1, 1);
        yield new LocalDate[] {first, first.plusYears(1).minusDays(1)};
      }
      case 7 -> {
        LocalDate first = LocalDate.parse(period + "-01");
        yield new LocalDate[] {first, first.plusMonths(1).minusDays(1)};
      }
      default -> new LocalDate[] {LocalDate.parse(period), LocalDate.parse(period)};
    };
  }

  private static LocalDate date(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }
}
