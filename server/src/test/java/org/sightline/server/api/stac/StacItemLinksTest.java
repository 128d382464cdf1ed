package org.sightline.server.api.stac;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.sightline.imagery.StacJson;

/** Served Items' links and this server's STAC URLs, without HTTP. */
class StacItemLinksTest {
  private static final StacUrls URLS = new StacUrls("https://sightline.example.org/api/stac");

  @Test
  void idsArePercentEncodedAsOneSegment() {
    assertThat(URLS.item("s2", "a/b c%2F"))
        .isEqualTo(URLS.root() + "/collections/s2/items/a%2Fb%20c%252F");
    assertThat(URLS.item("s2", "..")).endsWith("/items/%2E%2E");
    assertThat(URLS.item("s2", "S2B_52SBJ_20241210_0_L2A"))
        .isEqualTo(URLS.root() + "/collections/s2/items/S2B_52SBJ_20241210_0_L2A");
    assertThat(URLS.collection("한국")).endsWith("/collections/%ED%95%9C%EA%B5%AD");
  }

  @Test
  void membersKeepTheirOrderAndNumbersTheirDigits() throws Exception {
    String stored =
        "{\"type\":\"Feature\",\"stac_version\":\"1.0.0\",\"id\":\"x\",\"geometry\":null,"
            + "\"properties\":{\"datetime\":\"2020-01-01T00:00:00Z\",\"v\":0.12345678901234567890,"
            + "\"n\":123456789012345678901234567890},\"assets\":{}}";
    String served = StacItemLinks.served(stored, "c", "x", URLS);
    assertThat(served)
        .startsWith(
            "{\"type\":\"Feature\",\"stac_version\":\"1.0.0\",\"id\":\"x\",\"collection\":\"c\",")
        .contains("\"v\":0.12345678901234567890")
        .contains("\"n\":123456789012345678901234567890")
        .endsWith(
            "\"assets\":{},\"links\":[{\"rel\":\"self\",\"href\":\"https://sightline.example.org/api/stac/collections/c/items/x\","
                + "\"type\":\"application/geo+json\"},{\"rel\":\"parent\",\"href\":\"https://sightline.example.org/api/stac/collections/c\","
                + "\"type\":\"application/json\"},{\"rel\":\"collection\",\"href\":\"https://sightline.example.org/api/stac/collections/c\","
                + "\"type\":\"application/json\"},{\"rel\":\"root\",\"href\":\"https://sightline.example.org/api/stac\","
                + "\"type\":\"application/json\"}]}");
  }

  @Test
  void providerLinksWithoutAnAbsoluteSelfAreKeptOnlyWhenAbsolute() throws Exception {
    String stored =
        "{\"type\":\"Feature\",\"id\":\"x\",\"links\":["
            + "{\"rel\":\"self\",\"href\":\"/var/folders/tmp/x.json\"},"
            + "{\"rel\":\"collection\",\"href\":\"../collection.json\"},"
            + "{\"rel\":\"derived_from\",\"href\":\"s3://bucket/x.json\"},"
            + "{\"rel\":\"license\"},"
            + "\"not a link\","
            + "{\"rel\":\"alternate\",\"href\":\"https://provider.example/x.html\",\"type\":\"text/html\"}]}";
    JsonNode links =
        StacJson.MAPPER.readTree(StacItemLinks.served(stored, "c", "x", URLS)).get("links");
    assertThat(links).hasSize(6);
    assertThat(links.get(4).toString())
        .isEqualTo("{\"rel\":\"derived_from\",\"href\":\"s3://bucket/x.json\"}");
    assertThat(links.get(5).toString())
        .isEqualTo(
            "{\"rel\":\"alternate\",\"href\":\"https://provider.example/x.html\",\"type\":\"text/html\"}");
  }
}
