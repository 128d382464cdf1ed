package org.sightline.imagery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.sightline.geodata.geom.GeoJsonGeometryWriter;

/**
 * The bundled Korea sample ({@code sample-data/imagery/earthsearch_s2_scenes_over_camps.csv}): real
 * Sentinel-2 scene ids over Camps 14, 15 and 16, turned into STAC Items whose footprints are
 * derived from the MGRS tile in each id (see that folder's SOURCES.md). Stateless.
 */
public final class KoreaSentinel2Sample {
  public static final String RESOURCE = "/sample-data/imagery/earthsearch_s2_scenes_over_camps.csv";
  public static final String COLLECTION = "sentinel-2-l2a";
  private static final Pattern SCENE_ID =
      Pattern.compile("(S2[A-D])_(\\d{2}[C-X][A-Z]{2})_(\\d{8})_\\d+_L2A");

  private KoreaSentinel2Sample() {}

  /** The bundled sample as STAC Items, in file order. */
  public static List<ObjectNode> items() throws IOException {
    try (InputStream in = KoreaSentinel2Sample.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException(RESOURCE + " is missing from the classpath");
      }
      return items(in);
    }
  }

  public static List<ObjectNode> items(InputStream csv) throws IOException {
    List<ObjectNode> items = new ArrayList<>();
    for (CSVRecord row :
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
      items.add(item(row));
    }
    return items;
  }

  private static ObjectNode item(CSVRecord row) {
    String sceneId = row.get("scene_id");
    Matcher m = SCENE_ID.matcher(sceneId);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "line "
              + row.getRecordNumber()
              + ": '"
              + sceneId
              + "' is not a Sentinel-2 L2A scene id such as S2B_52SBJ_20241210_0_L2A");
    }
    MgrsTile tile = MgrsTile.parse(m.group(2));
    if (!row.get("mgrs_tile").equalsIgnoreCase("MGRS-" + tile)) {
      throw new IllegalArgumentException(
          "line "
              + row.getRecordNumber()
              + ": scene "
              + sceneId
              + " is in tile "
              + tile
              + " but the row says "
              + row.get("mgrs_tile"));
    }
    Polygon footprint = tile.sentinel2Footprint();
    ObjectNode item = StacJson.MAPPER.createObjectNode();
    item.put("type", "Feature")
        .put("stac_version", "1.0.0")
        .put("id", sceneId)
        .put("collection", COLLECTION);
    item.set("geometry", GeoJsonGeometryWriter.toNode(footprint));
    Envelope e = footprint.getEnvelopeInternal();
    item.putArray("bbox").add(e.getMinX()).add(e.getMinY()).add(e.getMaxX()).add(e.getMaxY());
    ObjectNode p = item.putObject("properties");
    p.put("datetime", row.get("datetime"));
    p.put("platform", "sentinel-2" + m.group(1).substring(2).toLowerCase(Locale.ROOT));
    p.put("constellation", "sentinel-2");
    p.putArray("instruments").add("msi");
    p.put("gsd", 10);
    p.put("mgrs:utm_zone", tile.zone());
    p.put("mgrs:latitude_band", String.valueOf(tile.band()));
    p.put("mgrs:grid_square", "" + tile.column() + tile.row());
    p.put(
        "sightline:footprint",
        "derived from MGRS tile "
            + tile
            + " named in the scene id (Sentinel-2 tile extent);"
            + " not the scene's data footprint");
    p.put("sightline:site", row.get("site_id"));
    p.put("sightline:site_cloud_pct", new BigDecimal(row.get("chip_cloud_pct")));
    p.put("sightline:site_snow_pct", new BigDecimal(row.get("chip_snow_pct")));
    ArrayNode providers = p.putArray("providers");
    providers
        .addObject()
        .put("name", "European Space Agency (Copernicus)")
        .putArray("roles")
        .add("producer")
        .add("licensor");
    providers.addObject().put("name", "Element 84 (Earth Search)").putArray("roles").add("host");
    p.put("license", "proprietary");
    ArrayNode links = item.putArray("links");
    String itemUrl = row.get("stac_item_url");
    links
        .addObject()
        .put("rel", "via")
        .put("href", itemUrl)
        .put("type", "application/geo+json")
        .put("title", "The Item in Earth Search");
    // An Item that names its collection links to it (STAC 1.0.0 Item schema): Earth Search's
    // collection.
    int items = itemUrl.lastIndexOf("/items/");
    if (items < 0) {
      throw new IllegalArgumentException(
          "line "
              + row.getRecordNumber()
              + ": stac_item_url '"
              + itemUrl
              + "' is not .../collections/<id>/items/<id>");
    }
    links
        .addObject()
        .put("rel", "collection")
        .put("href", itemUrl.substring(0, items))
        .put("type", "application/json");
    item.putObject("assets");
    return item;
  }
}
