package org.sightline.imagery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.geom.Geometries;

/** The bundled Sentinel-2 sample over Camps 14, 15 and 16 becomes valid scenes around each camp. */
class KoreaSentinel2SampleTest {
  private static final Map<String, double[]> CAMPS =
      Map.of(
          "kwanliso-14", new double[] {126.0621556, 39.5717058},
          "kwanliso-15", new double[] {126.8510413, 39.6742705},
          "kwanliso-16", new double[] {129.2683983, 41.2869653});

  @Test
  void all46ScenesAreValidItemsWhoseDerivedFootprintCoversTheirCamp() throws IOException {
    List<ObjectNode> items = KoreaSentinel2Sample.items();
    assertThat(items).hasSize(46);
    Map<String, Integer> perCamp = new TreeMap<>();
    List<Scene> scenes = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      ParsedItem parsed = StacItemParser.parse(items.get(i), i + 1, null);
      assertThat(parsed)
          .as(items.get(i).get("id").asText())
          .isInstanceOf(ParsedItem.Accepted.class);
      Scene scene = ((ParsedItem.Accepted) parsed).scene();
      scenes.add(scene);
      String site = items.get(i).at("/properties/sightline:site").asText();
      double[] camp = CAMPS.get(site);
      assertThat(scene.footprint().contains(Geometries.point(camp[0], camp[1])))
          .as(scene.id() + " covers " + site)
          .isTrue();
      perCamp.merge(site, 1, Integer::sum);
      assertThat(scene.cloudCoverPct())
          .as("camp-chip cloud is not scene-wide eo:cloud_cover")
          .isNull();
      assertThat(scene.originalJson()).contains("derived from MGRS tile");
    }
    assertThat(perCamp).containsOnlyKeys(CAMPS.keySet());
    assertThat(scenes)
        .extracting(Scene::platform)
        .containsOnly("sentinel-2a", "sentinel-2b", "sentinel-2c");
    assertThat(scenes)
        .allSatisfy(
            s ->
                assertThat(s.acquiredAt())
                    .isBetween(
                        Instant.parse("2024-11-01T00:00:00Z"),
                        Instant.parse("2026-11-01T00:00:00Z")));
  }
}
