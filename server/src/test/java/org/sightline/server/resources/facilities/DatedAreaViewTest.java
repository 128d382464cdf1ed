package org.sightline.server.resources.facilities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.facility.AreaLabel;
import org.sightline.geodata.facility.DatedArea;
import org.sightline.geodata.facility.ZoneLabel;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.json.JsonMapping;

/**
 * The one view of every dated-area kind keeps each kind's JSON shape: a boundary has exactly the
 * common fields, a zone its label's fields after {@code facilityId}, in this order.
 */
class DatedAreaViewTest {
  private static final ObjectMapper MAPPER = JsonMapping.configure(Jackson.newObjectMapper());
  private static final List<String> COMMON_AFTER_LABEL =
      List.of(
          "geometry",
          "validFrom",
          "validTo",
          "basis",
          "confidence",
          "sceneId",
          "sourceIds",
          "note",
          "areaSqKm",
          "perimeterKm",
          "createdAt",
          "createdBy",
          "deletedAt",
          "deletedBy",
          "deletionReason",
          "version");

  private static JsonNode viewOf(AreaLabel label) {
    DatedArea area =
        new DatedArea(
            7,
            "camp-1",
            label,
            Geometries.fromWkt("MULTIPOLYGON (((127 40, 127.1 40, 127.1 40.1, 127 40)))"),
            null,
            LocalDate.of(2010, 1, 1),
            "approximate",
            "low",
            null,
            List.of("hrnk"),
            null,
            12.5,
            14.0,
            Instant.parse("2026-01-01T00:00:00Z"),
            "user:a",
            null,
            null,
            null,
            1);
    return MAPPER.valueToTree(DatedAreaView.of(area));
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void aBoundaryHasTheCommonFieldsOnly() {
    JsonNode boundary = viewOf(null);
    List<String> expected = new ArrayList<>(List.of("id", "facilityId"));
    expected.addAll(COMMON_AFTER_LABEL);
    assertThat(fields(boundary)).containsExactlyElementsOf(expected);
    assertThat(boundary.get("validFrom").isNull()).isTrue();
    assertThat(boundary.get("validTo").asText()).isEqualTo("2010-01-01");
    assertThat(boundary.at("/geometry/type").asText()).isEqualTo("MultiPolygon");
  }

  @Test
  void aZoneHasItsLabelAfterTheFacility() {
    JsonNode zone = viewOf(new ZoneLabel("housing-east", "East housing", "동쪽 주거구역", "housing"));
    List<String> expected =
        new ArrayList<>(List.of("id", "facilityId", "zoneKey", "name", "nameKo", "kind"));
    expected.addAll(COMMON_AFTER_LABEL);
    assertThat(fields(zone)).containsExactlyElementsOf(expected);
    assertThat(zone.get("nameKo").asText()).isEqualTo("동쪽 주거구역");
  }
}
