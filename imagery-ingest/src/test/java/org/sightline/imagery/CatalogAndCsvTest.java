package org.sightline.imagery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Static catalogs on disk, and vendor order sheets as CSV. */
class CatalogAndCsvTest {
  private static String item(String id, String collection) {
    return """
        {"type": "Feature", "stac_version": "1.0.0", "id": "%s", %s
         "geometry": {"type": "Polygon", "coordinates": [[[126, 39], [127, 39], [127, 40], [126, 40], [126, 39]]]},
         "bbox": [126, 39, 127, 40], "properties": {"datetime": "2021-05-01T02:00:00Z"}, "links": [], "assets": {}}
        """
        .formatted(id, collection == null ? "" : "\"collection\": \"" + collection + "\",");
  }

  @Test
  void aStaticCatalogIsWalkedThroughRelativeLinksAndCyclesEnd(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("s2/items"));
    Files.writeString(
        dir.resolve("catalog.json"),
        """
        {"type": "Catalog", "stac_version": "1.0.0", "id": "root", "description": "d",
         "links": [{"rel": "self", "href": "./catalog.json"}, {"rel": "child", "href": "./s2/collection.json"},
                   {"rel": "child", "href": "https://example.org/remote/catalog.json"}]}""");
    Files.writeString(
        dir.resolve("s2/collection.json"),
        """
        {"type": "Collection", "stac_version": "1.0.0", "id": "sentinel-2-l2a", "description": "d", "license": "proprietary",
         "extent": {}, "links": [{"rel": "root", "href": "../catalog.json"}, {"rel": "parent", "href": "../catalog.json"},
                   {"rel": "item", "href": "items/a.json"}, {"rel": "item", "href": "./items/b.json"},
                   {"rel": "child", "href": "../catalog.json"}]}""");
    Files.writeString(dir.resolve("s2/items/a.json"), item("a", null));
    Files.writeString(dir.resolve("s2/items/b.json"), item("b", "explicit"));
    List<ParsedItem> items = new ArrayList<>();
    StacCatalogWalker.walk(dir.resolve("catalog.json"), items::add);
    List<String> accepted =
        items.stream()
            .filter(i -> i instanceof ParsedItem.Accepted)
            .map(i -> ((ParsedItem.Accepted) i).scene())
            .map(s -> s.collection() + "/" + s.id())
            .sorted()
            .toList();
    assertThat(accepted).containsExactly("explicit/b", "sentinel-2-l2a/a");
    List<String> rejected =
        items.stream()
            .filter(i -> i instanceof ParsedItem.Rejected)
            .map(i -> ((ParsedItem.Rejected) i).rejection().reason())
            .toList();
    assertThat(rejected)
        .singleElement()
        .asString()
        .contains("is remote; only local static catalogs are walked");
  }

  @Test
  void orderSheetRowsBecomeScenesWithTheSameRules() throws IOException {
    String csv =
        """
                 \ufeffID,Datetime,Footprint_WKT,bbox,platform,gsd,cloud_cover,collection
                 ord-1,2024-03-01T02:10:00Z,"POLYGON ((126 39, 126.1 39, 126.1 39.1, 126 39.1, 126 39))",,WV03,0.31,4.5,maxar-orders
                 ord-2,2024-03-02T02:10:00Z,,"126.8,39.6,126.9,39.7",PNEO4,0.3,,
                 ord-3,2024-03-03,,"126.8,39.6,126.9,39.7",PNEO4,0.3,,
                 ord-4,2024-03-04T02:10:00Z,,"126.8,39.6,126.9",PNEO4,0.3,,
                 ord-5,2024-03-05T02:10:00Z,,"126.8,39.6,126.9,39.7",PNEO4,0.3,101,
                 """;
    List<ParsedItem> items = new ArrayList<>();
    SceneCsvReader.read(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "orders", items::add);
    assertThat(items).hasSize(5);
    Scene first = ((ParsedItem.Accepted) items.get(0)).scene();
    assertThat(first.collection()).isEqualTo("maxar-orders");
    assertThat(first.platform()).isEqualTo("WV03");
    assertThat(first.gsdM()).isEqualTo(0.31);
    assertThat(first.cloudCoverPct()).isEqualTo(4.5);
    assertThat(first.originalJson()).contains("\"sightline:csv_line\":1");
    Scene second = ((ParsedItem.Accepted) items.get(1)).scene();
    assertThat(second.collection()).isEqualTo("orders");
    assertThat(((ParsedItem.Rejected) items.get(2)).rejection().reason())
        .isEqualTo("datetime '2024-03-03' is not an RFC 3339 date-time");
    assertThat(((ParsedItem.Rejected) items.get(3)).rejection().reason())
        .isEqualTo("bbox must be west,south,east,north; got '126.8,39.6,126.9'");
    assertThat(((ParsedItem.Rejected) items.get(4)).rejection())
        .isEqualTo(new Rejection(5, "ord-5", "eo:cloud_cover 101 is outside 0..100"));
  }
}
