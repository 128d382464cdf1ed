package org.sightline.geodata.corroboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sightline.geodata.corroboration.Fixtures.circle;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.geom.Geometries;

/** What corroboration refuses, each with one message naming what and where. */
class EvidenceInputTest {
  private static final Geometry CAMP = circle(0, 0, 1000);
  private static final LocalDate D1997 = LocalDate.of(1997, 1, 1);
  private static final LocalDate D1998 = LocalDate.of(1998, 1, 1);

  @Test
  void anItemNamesItselfAndTheFieldWhenRefused() {
    SourceRef w = SourceRef.witness("witness:W-1");
    assertThatThrownBy(() -> EvidenceItem.of("claim:1", "beheading", D1997, D1998, CAMP, w))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith(
            "item claim:1: eventType: unknown value 'beheading'; expected one of");
    assertThatThrownBy(() -> EvidenceItem.of("claim:1", "torture", D1998, D1997, CAMP, w))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("item claim:1: latest 1997-01-01 is before earliest 1998-01-01");
    assertThatThrownBy(
            () -> EvidenceItem.of("claim:1", "torture", LocalDate.of(-5, 1, 1), D1998, CAMP, w))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("item claim:1: earliest -0005-01-01 is outside the years 1 to 9999");
    assertThatThrownBy(() -> EvidenceItem.of(" ", "torture", D1997, D1998, CAMP, w))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("item: key is missing");
    assertThatThrownBy(() -> EvidenceItem.of("claim:1", "torture", D1997, D1998, null, w))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("item claim:1: region is missing or empty");
    Geometry line = Geometries.fromWkt("LINESTRING (126 39, 127 40)");
    assertThatThrownBy(() -> EvidenceItem.of("claim:1", "torture", D1997, D1998, line, w))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "item claim:1: region is a LineString; expected a Point, Polygon or MultiPolygon");
    Geometry swapped = Geometries.point(126.85, 39.67);
    swapped.setSRID(3857);
    assertThatThrownBy(() -> EvidenceItem.of("claim:1", "torture", D1997, D1998, swapped, w))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "item claim:1: region has SRID 3857; only EPSG:4326 (longitude, latitude) is accepted");
    Geometry outOfRange = Geometries.point(39.67, 126.85);
    assertThatThrownBy(() -> EvidenceItem.of("claim:1", "torture", D1997, D1998, outOfRange, w))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("item claim:1: region is out of range");
    SourceRef scenes = SourceRef.scenePair("s1", "s2");
    assertThatThrownBy(() -> EvidenceItem.of("change:1", "execution", D1997, D1998, CAMP, scenes))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "item change:1: imagery cannot show 'execution'; expected one of construction,"
                + " demolition, expansion, reduction, ground-disturbance");
    assertThatThrownBy(
            () ->
                EvidenceItem.of("change:1", "construction", D1997, D1998, CAMP, scenes)
                    .withTestimony("t:1", "text"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("item change:1: testimonyKey is for testimony only and must not be blank");
    // Open at both ends is allowed: "some time".
    assertThat(EvidenceItem.of("claim:1", "torture", null, null, CAMP, w).kind())
        .isEqualTo(EvidenceKind.TESTIMONY);
  }

  @Test
  void sourcesRefuseLinksOfTheWrongKind() {
    assertThatThrownBy(
            () -> new SourceRef("document:1", EvidenceKind.DOCUMENT, "witness:W-1", null))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("source document:1: heardFrom is for testimony only, not document");
    assertThatThrownBy(() -> new SourceRef("witness:W-1", EvidenceKind.TESTIMONY, null, "r:1"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("source witness:W-1: originKey is for documents only, not testimony");
    assertThatThrownBy(() -> SourceRef.hearsay("witness:W-1", "witness:W-1"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("source witness:W-1: heardFrom must name another source, not 'witness:W-1'");
    assertThatThrownBy(() -> SourceRef.scenePair("s1", " "))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("source: a scene pair needs both scene ids");
    assertThat(SourceRef.scenePair("20190412-a", "20200101-b").key())
        .isEqualTo("scene-pair:20190412-a/20200101-b");
    assertThat(SourceRef.document("document:2", "report:1").upstream()).isEqualTo("report:1");
    assertThat(SourceRef.hearsay("witness:W-2", "witness:W-1").upstream()).isEqualTo("witness:W-1");
    assertThat(SourceRef.witness("witness:W-2").upstream()).isNull();
  }

  @Test
  void tolerancesAreBoundedAndScale() {
    assertThat(Tolerances.DEFAULTS.scaled(0.5)).isEqualTo(new Tolerances(15, 250));
    assertThat(Tolerances.DEFAULTS.scaled(2)).isEqualTo(new Tolerances(60, 1000));
    assertThat(new Tolerances(15, 250).scaled(0.5)).isEqualTo(new Tolerances(8, 125));
    assertThat(Tolerances.DEFAULTS.describe()).isEqualTo("30 days, 500 m");
    assertThatThrownBy(() -> new Tolerances(-1, 500))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("tolerances: timeDays must be 0 to 36,500: -1");
    assertThatThrownBy(() -> new Tolerances(30, Double.NaN))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("tolerances: placeM must be 0 to 200,000: NaN");
    assertThatThrownBy(() -> Tolerances.DEFAULTS.scaled(0))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("tolerances: scale factor must be positive: 0.0");
  }
}
