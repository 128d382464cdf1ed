package org.sightline.geodata.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.geom.Geometries;

class FacilityTest {

  private static SourcedLocation location(String source, boolean primary) {
    return new SourcedLocation(
        source, source + "-1", "Camp 15", Geometries.point(126.85, 39.67), null, primary, null);
  }

  @Test
  void typeCodesRoundTrip() {
    for (FacilityType type : FacilityType.values()) {
      assertThat(FacilityType.fromCode(type.code())).isEqualTo(type);
    }
  }

  @Test
  void unknownTypeNamesTheAllowedCodes() {
    assertThatThrownBy(() -> FacilityType.fromCode("gulag"))
        .hasMessage(
            "unknown facility type 'gulag'; expected one of kwanliso, kyohwaso, jipkyulso,"
                + " rodong-danryondae, kuryujang, other");
  }

  @Test
  void unknownStatusIsRejected() {
    assertThatThrownBy(() -> FacilityStatus.fromCode("Operational"))
        .hasMessageStartingWith("unknown facility status 'Operational'");
  }

  @Test
  void idMustBeASlug() {
    assertThatThrownBy(
            () ->
                new Facility(
                    "Camp 15",
                    "Camp 15",
                    null,
                    List.of(),
                    FacilityType.KWANLISO,
                    FacilityStatus.OPERATIONAL,
                    null,
                    null,
                    Geometries.point(126.85, 39.67),
                    List.of()))
        .hasMessageContaining("must be 2-64 characters");
  }

  @Test
  void atMostOnePrimaryLocation() {
    assertThatThrownBy(
            () ->
                new Facility(
                    "kwanliso-15",
                    "Camp 15",
                    null,
                    List.of(),
                    FacilityType.KWANLISO,
                    FacilityStatus.OPERATIONAL,
                    null,
                    null,
                    Geometries.point(126.85, 39.67),
                    List.of(location("hrnk", true), location("nkpd", true))))
        .hasMessageContaining("more than one primary");
  }

  @Test
  void pointFacilityIsPointOnly() {
    Facility facility =
        new Facility(
            "kwanliso-15",
            "Camp 15",
            "요덕",
            null,
            FacilityType.KWANLISO,
            FacilityStatus.OPERATIONAL,
            null,
            null,
            Geometries.point(126.85, 39.67),
            List.of(location("hrnk", true)));
    assertThat(facility.isPointOnly()).isTrue();
    assertThat(facility.aliases()).isEmpty();
  }
}
