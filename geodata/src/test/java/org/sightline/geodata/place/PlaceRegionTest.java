package org.sightline.geodata.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.geom.Measures;

/** The regions places stand for, and what is refused. */
class PlaceRegionTest {
  private static final double LON = 126.8510413;
  private static final double LAT = 39.6742705;

  @Test
  void aPointWithARadiusIsAGeodesicCircleOfAreaPiRSquared() {
    for (double radiusM : new double[] {50, 200, 2_000, 50_000}) {
      PlaceRegion region =
          PlaceRegion.of(
              UncertainPlace.PointRadius.of(LON, LAT, radiusM), PlaceResolver.none(), null, null);
      double areaSqm = Measures.areaSqKm(region.region()) * 1e6;
      // The inscribed 64-gon covers (64 / 2 pi) sin(2 pi / 64) = 99.839% of the circle.
      assertThat(areaSqm / (Math.PI * radiusM * radiusM)).isCloseTo(0.99839, within(0.0005));
      assertThat(region.region().getSRID()).isEqualTo(Geometries.SRID_WGS84);
      assertThat(region.region().isValid()).isTrue();
    }
    PlaceRegion point =
        PlaceRegion.of(
            UncertainPlace.PointRadius.of(LON, LAT, 0), PlaceResolver.none(), null, null);
    assertThat(point.region().getGeometryType()).isEqualTo("Point");
    assertThat(point.precision()).isEqualTo(PlacePrecision.EXACT);
  }

  @Test
  void aFacilityIsResolvedAtTheClaimsTimeAndSeveralPlacesAreTheirUnion() {
    List<Object[]> asked = new ArrayList<>();
    PlaceResolver resolver =
        (facilityId, zoneId, earliest, latest) -> {
          asked.add(new Object[] {facilityId, zoneId, earliest, latest});
          return Geometries.box(LON, LAT, LON + 0.1, LAT + 0.1);
        };
    LocalDate from = LocalDate.of(1997, 1, 1);
    LocalDate to = LocalDate.of(1997, 12, 31);
    PlaceRegion region =
        PlaceRegion.of(
            List.of(
                UncertainPlace.WithinFacility.zone("kwanliso-15-yodok", "housing-east"),
                UncertainPlace.PointRadius.of(LON + 0.2, LAT, 1000)),
            resolver,
            from,
            to);
    assertThat(asked).hasSize(1);
    assertThat(asked.get(0)).containsExactly("kwanliso-15-yodok", "housing-east", from, to);
    Geometry union = region.region();
    assertThat(union.getNumGeometries()).isEqualTo(2);
    assertThat(union.getSRID()).isEqualTo(Geometries.SRID_WGS84);
    assertThat(region.precision()).isEqualTo(PlacePrecision.FACILITY);

    assertThatThrownBy(
            () ->
                PlaceRegion.of(
                    UncertainPlace.WithinFacility.facility("camp-9"),
                    PlaceResolver.none(),
                    from,
                    to))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("place: facility 'camp-9' cannot be resolved here (no boundaries given)");
    assertThatThrownBy(
            () ->
                PlaceRegion.of(
                    UncertainPlace.WithinFacility.facility("camp-9"),
                    (f, z, e, l) -> Geometries.point(LON, LAT),
                    from,
                    null))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("place: facility 'camp-9' has no boundary polygon for 1997-01-01/..");
    assertThatThrownBy(() -> PlaceRegion.of(List.of(), PlaceResolver.none(), null, null))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("place: a claim with no place has no region");
  }

  @Test
  void badPlacesAreRefusedWithOneClearMessage() {
    assertThatThrownBy(() -> UncertainPlace.PointRadius.of(39.67, 126.85, 100))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "place: point 39.67 126.85 is out of range (longitude -180..180, latitude -90..90);"
                + " latitude and longitude look swapped, expected longitude first");
    assertThatThrownBy(() -> UncertainPlace.PointRadius.of(LON, LAT, -1))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("place: radius -1.0 m is out of range; expected 0 to 100,000 m");
    assertThatThrownBy(() -> UncertainPlace.PointRadius.of(LON, LAT, Double.NaN))
        .isInstanceOf(InvalidDataException.class);
    assertThatThrownBy(() -> UncertainPlace.PointRadius.of(LON, LAT, 150_000))
        .isInstanceOf(InvalidDataException.class);
    assertThatThrownBy(
            () ->
                new UncertainPlace.Area(
                    Geometries.fromWkt("POLYGON ((126 39, 127 40, 127 39, 126 40, 126 39))")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("place: area: self-intersection at 126.5 39.5");
    assertThatThrownBy(() -> new UncertainPlace.Area(Geometries.point(LON, LAT)))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("place: area: geometry type Point is not allowed here");
    assertThatThrownBy(
            () -> UncertainPlace.WithinFacility.zone("kwanliso-15-yodok", "Housing East"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("place: zone 'Housing East' is not a zone key, e.g. housing-east");
    assertThatThrownBy(() -> UncertainPlace.WithinFacility.facility("Camp 15"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("place: facility 'Camp 15' is not a facility id, e.g. kwanliso-15-yodok");
  }
}
