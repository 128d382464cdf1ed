package org.sightline.geodata.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.json.JsonMapping;

/** Place precision: Sightline's codes and their ACLED and UCDP GED export codes. */
class PlacePrecisionTest {
  @Test
  void codesLabelsAndExportCodes() throws Exception {
    assertThat(PlacePrecision.values())
        .extracting(
            PlacePrecision::code, PlacePrecision::acledGeoPrecision, PlacePrecision::ucdpWherePrec)
        .containsExactly(
            tuple("exact", 1, 1),
            tuple("approximate", 2, 2),
            tuple("facility", 2, 2),
            tuple("area", 3, 4),
            tuple("unknown", 3, 6));
    assertThat(PlacePrecision.FACILITY.labelKo()).isEqualTo("시설 또는 구역 안");
    assertThat(JsonMapping.writer().writeValueAsString(PlacePrecision.APPROXIMATE))
        .isEqualTo("\"approximate\"");
    assertThat(PlacePrecision.fromCode("area")).isEqualTo(PlacePrecision.AREA);
    assertThatThrownBy(() -> PlacePrecision.fromCode("village"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "placePrecision: unknown value 'village'; expected one of exact, approximate, facility,"
                + " area, unknown");
  }

  @Test
  void eachPlaceHasItsPrecisionAndAClaimTheLeastPreciseOfItsPlaces() {
    assertThat(UncertainPlace.PointRadius.of(126.85, 39.67, 50).precision())
        .isEqualTo(PlacePrecision.EXACT);
    assertThat(UncertainPlace.PointRadius.of(126.85, 39.67, 51).precision())
        .isEqualTo(PlacePrecision.APPROXIMATE);
    assertThat(UncertainPlace.PointRadius.of(126.85, 39.67, 5_000).precision())
        .isEqualTo(PlacePrecision.APPROXIMATE);
    assertThat(UncertainPlace.PointRadius.of(126.85, 39.67, 20_000).precision())
        .isEqualTo(PlacePrecision.AREA);
    // About 1.1 x 0.85 km: a circle of the same area has a radius of about 550 m.
    assertThat(new UncertainPlace.Area(Geometries.box(126.85, 39.67, 126.86, 39.68)).precision())
        .isEqualTo(PlacePrecision.APPROXIMATE);
    // About 85 x 111 km: a province.
    assertThat(new UncertainPlace.Area(Geometries.box(126.5, 39.5, 127.5, 40.5)).precision())
        .isEqualTo(PlacePrecision.AREA);
    assertThat(UncertainPlace.WithinFacility.facility("kwanliso-15-yodok").precision())
        .isEqualTo(PlacePrecision.FACILITY);
    assertThat(PlacePrecision.of(List.of())).isEqualTo(PlacePrecision.UNKNOWN);
    assertThat(
            PlacePrecision.of(
                List.of(
                    UncertainPlace.PointRadius.of(126.85, 39.67, 10),
                    UncertainPlace.WithinFacility.zone("kwanliso-15-yodok", "mine"))))
        .isEqualTo(PlacePrecision.FACILITY);
  }
}
