package org.sightline.geodata.geom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BoundingBoxTest {

  @Test
  void parsesFourNumbersInLonLatOrder() {
    BoundingBox box = BoundingBox.parse("126.5, 39.5,127,40.25");
    assertThat(box).isEqualTo(new BoundingBox(126.5, 39.5, 127, 40.25));
    assertThat(box.toParameter()).isEqualTo("126.5,39.5,127,40.25");
  }

  @Test
  void sixNumberFormIgnoresHeights() {
    assertThat(BoundingBox.parse("126,39,0,127,40,100"))
        .isEqualTo(new BoundingBox(126, 39, 127, 40));
  }

  @Test
  void wrongCountSaysHowManyValuesCame() {
    assertThatThrownBy(() -> BoundingBox.parse("1,2,3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "bbox must have 4 numbers (minLon,minLat,maxLon,maxLat) or 6 with heights; got 3 values in '1,2,3'");
  }

  @Test
  void nonNumberNamesTheBadValue() {
    assertThatThrownBy(() -> BoundingBox.parse("a,b,c,d"))
        .hasMessage("bbox value 1 of 4 ('a') is not a number");
    assertThatThrownBy(() -> BoundingBox.parse("126,39,,40"))
        .hasMessage("bbox value 3 of 4 ('') is not a number");
    assertThatThrownBy(() -> BoundingBox.parse("126,39,NaN,40"))
        .hasMessage("bbox value 3 of 4 ('NaN') is not a number");
  }

  @Test
  void swappedAxesAreReportedWithAHint() {
    assertThatThrownBy(() -> BoundingBox.parse("39,126,40,127"))
        .hasMessageContaining("minimum latitude 126 is outside -90..90")
        .hasMessageContaining("lat,lon order");
  }

  @Test
  void invertedLatitudesAreRejected() {
    assertThatThrownBy(() -> BoundingBox.parse("126,40,127,39"))
        .hasMessageStartingWith("minimum latitude 40 is greater than maximum latitude 39");
  }

  @Test
  void antimeridianBoxSplitsInTwo() {
    BoundingBox box = BoundingBox.parse("170,-10,-170,10");
    assertThat(box.crossesAntimeridian()).isTrue();
    assertThat(box.toPolygons()).hasSize(2);
    assertThat(box.toPolygons().get(0).getEnvelopeInternal().getMinX()).isEqualTo(170);
    assertThat(box.toPolygons().get(1).getEnvelopeInternal().getMaxX()).isEqualTo(-170);
  }

  @Test
  void emptyTextIsRejected() {
    assertThatThrownBy(() -> BoundingBox.parse(" ")).hasMessageStartingWith("bbox is empty");
  }
}
