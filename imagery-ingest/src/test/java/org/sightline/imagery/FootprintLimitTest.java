package org.sightline.imagery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.geom.GeometryCheck;

/** A STAC footprint over the vertex limit is rejected at ingest, with its count and the limit. */
class FootprintLimitTest {
  private static String item(String id, int vertices) {
    StringBuilder ring = new StringBuilder();
    for (int i = 0; i < vertices - 1; i++) {
      double angle = 2 * Math.PI * i / (vertices - 1);
      ring.append(
          String.format(
              Locale.ROOT,
              "[%.7f, %.7f], ",
              126.5 + 0.4 * Math.cos(angle),
              39.5 + 0.4 * Math.sin(angle)));
    }
    return """
        {"type": "Feature", "stac_version": "1.0.0", "id": "%s", "collection": "c",
         "geometry": {"type": "Polygon", "coordinates": [[%s[126.9000000, 39.5000000]]]},
         "properties": {"datetime": "2020-01-01T00:00:00Z"}, "links": [], "assets": {}}"""
        .formatted(id, ring)
        .replace("\n", " ");
  }

  @Test
  void aFootprintOverTheVertexLimitIsRejectedNamingItsCount() throws IOException {
    String ndjson =
        item("detailed", 2_000) + "\n" + item("huge", GeometryCheck.MAX_VERTICES + 5_000);
    StacReaderTest.Outcome outcome =
        StacReaderTest.read(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)));
    assertThat(outcome.scenes()).extracting(Scene::id).containsExactly("detailed");
    assertThat(outcome.rejections())
        .singleElement()
        .satisfies(
            rejection -> {
              assertThat(rejection.id()).isEqualTo("huge");
              assertThat(rejection.reason())
                  .startsWith(
                      "geometry has 105,000 vertices; at most 100,000 are accepted per geometry");
            });
  }
}
