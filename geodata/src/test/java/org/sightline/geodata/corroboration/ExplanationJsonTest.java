package org.sightline.geodata.corroboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.geodata.corroboration.Fixtures.circle;
import static org.sightline.geodata.corroboration.Fixtures.claim;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.geom.GeoJsonGeometryWriter;
import org.sightline.geodata.json.JsonMapping;

/**
 * Events and explanations as JSON, with Sightline's configuration and a GeoJSON geometry serializer
 * as the server registers one: codes for vocabulary values, ISO dates, English text.
 */
class ExplanationJsonTest {
  /** Writes JTS geometries as GeoJSON, as the server's serializer does. */
  private static final class GeometrySerializer extends StdSerializer<Geometry> {
    private static final long serialVersionUID = 1L;

    GeometrySerializer() {
      super(Geometry.class);
    }

    @Override
    public void serialize(Geometry value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      GeoJsonGeometryWriter.write(value, gen);
    }
  }

  @Test
  void anExplanationIsPlainJson() throws Exception {
    ObjectMapper mapper =
        JsonMapping.newMapper()
            .registerModule(new SimpleModule().addSerializer(new GeometrySerializer()));
    Corroboration result =
        Corroborator.withDefaults()
            .corroborate(
                List.of(
                    claim("claim:1", "witness:W-1", "execution", "1997-03", circle(0, 0, 500)),
                    claim(
                        "claim:2",
                        "witness:W-2",
                        "public-execution",
                        "1997",
                        circle(200, 0, 300))));
    CorroboratedEvent event = result.events().get(0);
    JsonNode eventJson = mapper.valueToTree(event);
    assertThat(eventJson.get("level").asText()).isEqualTo("corroborated");
    assertThat(eventJson.get("kinds").get(0).asText()).isEqualTo("testimony");

    JsonNode json = mapper.valueToTree(result.explain(event));
    assertThat(json.get("eventKey").asText()).isEqualTo("event:claim:1");
    assertThat(json.get("links").get(0).get("rule").get("typeA").asText()).isEqualTo("execution");
    assertThat(json.get("links").get(0).get("commonEarliest").asText()).isEqualTo("1997-03-01");
    assertThat(json.get("sources").get(1).get("reason").asText()).isEqualTo("independent");
    assertThat(json.get("sources").get(1).get("counted").asBoolean()).isTrue();
    assertThat(json.get("place").get("intersection").asBoolean()).isTrue();
    assertThat(json.get("place").get("region").get("type").asText()).isEqualTo("Polygon");
    assertThat(json.get("time").get("latest").asText()).isEqualTo("1997-03-31");
    assertThat(json.get("tolerances").get("placeM").asDouble()).isEqualTo(500);
    assertThat(json.get("sensitivity").get("holds").asBoolean()).isTrue();
    assertThat(json.get("summary").asText()).startsWith("event:claim:1 is corroborated");
  }
}
