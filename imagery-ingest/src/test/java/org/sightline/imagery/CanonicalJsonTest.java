package org.sightline.imagery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** RFC 8785 canonical forms: what counts as the same JSON, and what does not. */
class CanonicalJsonTest {
  @Test
  void theRfcsOwnExampleCanonicalisesAsTheRfcSays() {
    // RFC 8785, section 3.2.2 (input) and 3.2.3 (expected output).
    String input =
        """
        {
          "numbers": [333333333.33333329, 1E30, 4.50,
                      2e-3, 0.000000000000000000000000001],
          "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
          "literals": [null, true, false]
        }""";
    assertThat(CanonicalJson.of(input))
        .contains(
            "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
  }

  @Test
  void whitespaceMemberOrderAndNumberNotationDoNotCount() {
    assertThat(
            CanonicalJson.sameMeaning(
                "{\"a\":1,\"b\":[1,2]}", "{ \"b\" : [ 1 , 2 ],\n \"a\" : 1 }"))
        .isTrue();
    // Numbers are IEEE 754 doubles (RFC 8785 3.2.2.3): 1, 1.0, 1e0 and 10e-1 are one number.
    assertThat(CanonicalJson.sameMeaning("{\"gsd\":1}", "{\"gsd\":1.0}")).isTrue();
    assertThat(CanonicalJson.sameMeaning("{\"gsd\":1.0}", "{\"gsd\":10e-1}")).isTrue();
    assertThat(CanonicalJson.of("{\"gsd\":1.50}")).contains("{\"gsd\":1.5}");
    // An escaped character and the character itself are the same string.
    assertThat(CanonicalJson.sameMeaning("[\"\\u00e9\"]", "[\"é\"]")).isTrue();
  }

  @Test
  void aDifferentValueOrStructureCounts() {
    assertThat(CanonicalJson.sameMeaning("{\"gsd\":1}", "{\"gsd\":1.000001}")).isFalse();
    assertThat(CanonicalJson.sameMeaning("{\"gsd\":1}", "{\"gsd\":\"1\"}")).isFalse();
    assertThat(CanonicalJson.sameMeaning("[1,2]", "[2,1]")).isFalse(); // arrays keep their order
    assertThat(CanonicalJson.sameMeaning("{\"a\":null}", "{}")).isFalse();
    assertThat(CanonicalJson.sameMeaning("{\"a\":\"x \"}", "{\"a\":\"x\"}")).isFalse();
  }

  @Test
  void textWithoutACanonicalFormEqualsOnlyItself() {
    assertThat(CanonicalJson.of("{\"a\":")).isEmpty();
    assertThat(CanonicalJson.sameMeaning("{\"a\":", "{\"a\":")).isTrue();
    assertThat(CanonicalJson.sameMeaning("{\"a\":", " {\"a\":")).isFalse();
  }

  @Test
  void realItemsShuffledAndReindentedKeepTheirCanonicalForm() throws IOException {
    Random random = new Random(8785);
    int compared = 0;
    for (String file :
        List.of("stac-geoparquet/naip-pc.json", "stac-geoparquet/sentinel-2-l2a-pc.json")) {
      JsonNode items;
      try (InputStream in = getClass().getResourceAsStream("/stac/" + file)) {
        items = StacJson.MAPPER.readTree(in);
      }
      for (JsonNode item : items) {
        String compact = StacJson.MAPPER.writeValueAsString(item);
        String pretty = StacJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(item);
        String shuffled = StacJson.MAPPER.writeValueAsString(shuffle(item, random));
        assertThat(shuffled).isNotEqualTo(compact);
        assertThat(CanonicalJson.of(compact)).isPresent();
        assertThat(CanonicalJson.of(pretty)).isEqualTo(CanonicalJson.of(compact));
        assertThat(CanonicalJson.of(shuffled)).isEqualTo(CanonicalJson.of(compact));
        ObjectNode changed = item.deepCopy();
        ((ObjectNode) changed.get("properties")).put("datetime", "1999-01-01T00:00:00Z");
        assertThat(CanonicalJson.sameMeaning(StacJson.MAPPER.writeValueAsString(changed), compact))
            .isFalse();
        compared++;
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(5);
  }

  /** The same JSON with every object's members in a random order (arrays keep theirs). */
  private static JsonNode shuffle(JsonNode node, Random random) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
      Collections.shuffle(members, random);
      ObjectNode copy = StacJson.MAPPER.createObjectNode();
      members.forEach(m -> copy.set(m.getKey(), shuffle(m.getValue(), random)));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = StacJson.MAPPER.createArrayNode();
      node.forEach(element -> copy.add(shuffle(element, random)));
      return copy;
    }
    return node;
  }
}
