package org.sightline.imagery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.geom.Measures;

/** MGRS squares and the Sentinel-2 tiles named after them, over the three camps of the sample. */
class MgrsTileTest {
  @Test
  void theSouthWestCornerFollowsTheMgrsLetterScheme() {
    // 52SCJ: zone 52 is in column set 1 (A..H), C is the 3rd column; even zone rows start at F, J
    // is 3 rows on;
    // band S (32..40 N) puts it in the third 2,000 km cycle.
    assertThat(MgrsTile.parse("52SCJ").southWestUtm()).containsExactly(300_000.0, 4_300_000.0);
    assertThat(MgrsTile.parse("MGRS-52SBJ").southWestUtm()).containsExactly(200_000.0, 4_300_000.0);
    assertThat(MgrsTile.parse("52TEL").southWestUtm()).containsExactly(500_000.0, 4_500_000.0);
  }

  @Test
  void eachCampLiesInsideTheTileItsScenesAreNamedAfter() {
    Polygon tile15 = MgrsTile.parse("52SCJ").sentinel2Footprint();
    assertThat(tile15.contains(Geometries.point(126.8510413, 39.6742705)))
        .as("Camp 15 in 52SCJ")
        .isTrue();
    assertThat(
            MgrsTile.parse("52SBJ")
                .sentinel2Footprint()
                .contains(Geometries.point(126.0621556, 39.5717058)))
        .as("Camp 14 in 52SBJ")
        .isTrue();
    assertThat(
            MgrsTile.parse("52TEL")
                .sentinel2Footprint()
                .contains(Geometries.point(129.2683983, 41.2869653)))
        .as("Camp 16 in 52TEL")
        .isTrue();
    // 109.8 km squared, within the few per mille that UTM scale distortion and the densified edges
    // allow.
    assertThat(Measures.areaSqKm(tile15)).isBetween(109.8 * 109.8 * 0.995, 109.8 * 109.8 * 1.005);
    assertThat(tile15.isValid()).isTrue();
  }

  @Test
  void malformedTilesAreRefused() {
    assertThatThrownBy(() -> MgrsTile.parse("52SIJ"))
        .hasMessageContaining("is not an MGRS 100 km square");
    assertThatThrownBy(() -> MgrsTile.parse("52CCJ")).hasMessageContaining("southern hemisphere");
    assertThatThrownBy(() -> MgrsTile.parse("52SJJ").southWestUtm())
        .hasMessageContaining("does not exist in UTM zone 52");
  }
}
