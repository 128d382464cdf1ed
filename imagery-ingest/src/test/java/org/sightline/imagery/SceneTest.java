package org.sightline.imagery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.geom.Geometries;

class SceneTest {
  private static final Instant WHEN = Instant.parse("2025-03-01T02:14:00Z");

  @Test
  void cloudCoverOutsidePercentRangeIsRejectedWithTheSceneNamed() {
    assertThatThrownBy(
            () ->
                Scene.of(
                    "sentinel-2-l2a", "S2A_52SCJ", WHEN, Geometries.box(126, 39, 127, 40), 140.0))
        .hasMessage("scene sentinel-2-l2a/S2A_52SCJ: cloud cover 140.0% is outside 0..100");
  }

  @Test
  void unknownCloudCoverIsAllowed() {
    Scene scene =
        Scene.of("sentinel-2-l2a", "S2A_52SCJ", WHEN, Geometries.box(126, 39, 127, 40), null);
    assertThat(scene.cloudCoverPct()).isNull();
    assertThat(scene.footprint().getSRID()).isEqualTo(4326);
  }
}
