package org.sightline.imagery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.junit.jupiter.api.Test;

/**
 * Inputs that the fuzz tests (server: org.sightline.server.fuzz, docs/FUZZING.md) found crashing
 * the scene readers, each now a clean rejection. The fuzzer's own inputs are in
 * src/test/resources/fuzz/ as found.
 */
class FuzzFindingsTest {
  private static List<ParsedItem> csv(byte[] bytes) throws IOException {
    List<ParsedItem> items = new ArrayList<>();
    SceneCsvReader.read(new ByteArrayInputStream(bytes), "orders", items::add);
    return items;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = FuzzFindingsTest.class.getResourceAsStream("/fuzz/" + name)) {
      return in.readAllBytes();
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void numbersBeyondADoubleAreRejectedNotACrash() throws IOException {
    // 1e400 reads as infinity; formatting it for the rejection threw NumberFormatException out of
    // the parser (found by the quick fuzz run in the suite). Java also reads NaN and Infinity as
    // doubles in a bbox cell.
    List<ParsedItem> items =
        csv(
            utf8(
                """
                id,datetime,bbox,gsd,cloud_cover
                a,2024-03-01T02:10:00Z,"126.8,39.6,126.9,39.7",0.3,1e400
                b,2024-03-01T02:10:00Z,"126.8,39.6,126.9,39.7",-1e999,
                c,2024-03-01T02:10:00Z,"126.8,NaN,Infinity,39.7",0.3,
                """));
    assertThat(items)
        .extracting(item -> ((ParsedItem.Rejected) item).rejection().reason())
        .containsExactly(
            "eo:cloud_cover 1E+400 is out of range",
            "gsd -1E+999 is out of range",
            "bbox value 'NaN' is not a finite number");
  }

  @Test
  void aHeaderRowWithABlankNameIsUnreadableCsvNotACrash() throws IOException {
    // commons-csv threw IllegalArgumentException, which ended the whole ingest.
    assertThatThrownBy(() -> csv(utf8("id,,datetime\nx,y,z\n")))
        .isInstanceOf(CSVException.class)
        .hasMessageStartingWith("the header row cannot be read: ")
        .hasMessageContaining("header name is missing");
    assertThatThrownBy(() -> csv(resource("scene-csv-header-name-missing.csv")))
        .isInstanceOf(CSVException.class);
  }

  @Test
  void aSelfIntersectingFootprintAcrossTheAntimeridianIsRejected() throws IOException {
    // Cutting it at the antimeridian threw JTS's TopologyException out of the parser.
    String row =
        """
        id,datetime,footprint_wkt
        ord-1,2024-03-01T02:10:00Z,"POLYGON ((126 39, -126.1 39, 1 39.1, 126 39.1, 126 39))"
        """;
    List<ParsedItem> items = csv(utf8(row));
    assertThat(items).hasSize(1);
    assertThat(items.get(0)).isInstanceOf(ParsedItem.Rejected.class);
    assertThat(((ParsedItem.Rejected) items.get(0)).rejection().reason())
        .startsWith("geometry is invalid");
    assertThat(csv(resource("scene-csv-antimeridian-topology.csv")))
        .first()
        .isInstanceOf(ParsedItem.Rejected.class);
  }

  @Test
  void aZeroHeightBoxAcrossTheAntimeridianIsRejected() throws IOException {
    // Nothing was left of it once cut at the antimeridian, and its empty envelope made
    // BoundingBox throw IllegalArgumentException out of the parser.
    List<ParsedItem> items =
        csv(
            utf8(
                """
                id,datetime,bbox
                ord-2,2024-03-02T02:10:00Z,"252.8,39.6,126.9,39.6"
                """));
    assertThat(items).hasSize(1);
    assertThat(items.get(0)).isInstanceOf(ParsedItem.Rejected.class);
    assertThat(((ParsedItem.Rejected) items.get(0)).rejection().reason())
        .isEqualTo("geometry has no area once cut at the antimeridian");
  }

  @Test
  void aNumberWhoseExponentCannotBeReadIsInvalidJson() {
    // Jackson's exact (BigDecimal) reading threw NumberFormatException out of the reader.
    byte[] json = utf8("[{\"type\": \"Feature\", \"properties\": {\"gsd\": 14.3E8863303708582}}]");
    assertThatThrownBy(
            () ->
                new FlatFootprintReader(new ByteArrayInputStream(json), "orders")
                    .readAll(item -> {}))
        .isInstanceOf(JsonParseException.class)
        .hasMessageStartingWith("a number cannot be read: ");
  }
}
