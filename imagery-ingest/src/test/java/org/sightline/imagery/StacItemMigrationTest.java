package org.sightline.imagery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Items of other STAC versions as 1.0.0 Items, as pystac's migration makes them. */
class StacItemMigrationTest {
  private static final String EO = "https://stac-extensions.github.io/eo/v1.0.0/schema.json";
  private static final String PROJECTION =
      "https://stac-extensions.github.io/projection/v1.0.0/schema.json";
  private static final String VIEW = "https://stac-extensions.github.io/view/v1.0.0/schema.json";
  private static final String FILE = "https://stac-extensions.github.io/file/v1.0.0/schema.json";

  private static ObjectNode item(String json) throws IOException {
    return (ObjectNode) StacJson.MAPPER.readTree(json.replace('\'', '"'));
  }

  @Test
  void aVersion100ItemIsServedAsItIs() throws IOException {
    ObjectNode item =
        item("{'type':'Feature','stac_version':'1.0.0','stac_extensions':['eo'],'properties':{}}");
    assertThat(StacItemMigration.migrated(item)).isSameAs(item);
  }

  @Test
  void shortExtensionNamesBecomeSchemaUrlsAndTheVersionReceivedIsKept() throws IOException {
    // As the pgstac NAIP Items are published (1.0.0-beta.2).
    String published =
        "{'id':'naip','type':'Feature','links':[],'assets':{},"
            + "'properties':{'gsd':1,'datetime':'2011-08-25T00:00:00Z','proj:epsg':26916,"
            + "'eo:cloud_cover':28.0},"
            + "'stac_version':'1.0.0-beta.2','stac_extensions':['eo','projection']}";
    ObjectNode received = item(published);
    ObjectNode served = StacItemMigration.migrated(received);

    assertThat(served.get("stac_version").asText()).isEqualTo("1.0.0");
    assertThat(served.get("stac_extensions").toString())
        .isEqualTo("[\"" + EO + "\",\"" + PROJECTION + "\"]");
    assertThat(served.at("/properties/sightline:stac_version_received").asText())
        .isEqualTo("1.0.0-beta.2");
    // Members in their order, numbers as written; the Item received is unchanged.
    assertThat(served.toString())
        .startsWith(
            "{\"id\":\"naip\",\"type\":\"Feature\",\"links\":[],\"assets\":{},\"properties\":"
                + "{\"gsd\":1,\"datetime\":\"2011-08-25T00:00:00Z\",\"proj:epsg\":26916,"
                + "\"eo:cloud_cover\":28.0,");
    assertThat(received).isEqualTo(item(published));
  }

  @Test
  void before100Beta1GsdIsCommonMetadataAndAssetBandsAreInlined() throws IOException {
    // As pystac's landsat8-sample.json (0.9.0).
    ObjectNode served =
        StacItemMigration.migrated(
            item(
                "{'stac_version':'0.9.0','stac_extensions':['eo','view',"
                    + "'https://example.com/stac/landsat-extension/1.0/schema.json'],"
                    + "'id':'LC8','type':'Feature','properties':{'datetime':'2014-06-02T09:22:02Z',"
                    + "'eo:gsd':30.0,'eo:bands':[{'name':'B1','common_name':'coastal'},"
                    + "{'name':'B2','common_name':'blue'}],'view:off_nadir':0.0},"
                    + "'assets':{'B2':{'href':'https://x/B2.TIF','eo:bands':[1]},"
                    + "'thumbnail':{'href':'https://x/t.jpg'}}}"));
    assertThat(served.get("stac_extensions").toString())
        .isEqualTo(
            "[\""
                + EO
                + "\",\""
                + VIEW
                + "\",\"https://example.com/stac/landsat-extension/1.0/schema.json\"]");
    JsonNode properties = served.get("properties");
    assertThat(properties.has("eo:gsd")).isFalse();
    assertThat(properties.get("gsd").toString()).isEqualTo("30.0");
    assertThat(served.at("/assets/B2/eo:bands").toString())
        .isEqualTo("[{\"name\":\"B2\",\"common_name\":\"blue\"}]");
    assertThat(properties.get("sightline:stac_version_received").asText()).isEqualTo("0.9.0");
  }

  @Test
  void aRenameNeverOverwritesAFieldAlreadyThere() throws IOException {
    ObjectNode served =
        StacItemMigration.migrated(
            item(
                "{'stac_version':'0.9.0','type':'Feature','properties':{'eo:gsd':30,'gsd':15},"
                    + "'assets':{}}"));
    assertThat(served.at("/properties/gsd").asInt()).isEqualTo(15);
    assertThat(served.at("/properties/eo:gsd").asInt()).isEqualTo(30);
  }

  @Test
  void theChecksumExtensionBecomesTheFileExtension() throws IOException {
    ObjectNode served =
        StacItemMigration.migrated(
            item(
                "{'stac_version':'1.0.0-rc.1','stac_extensions':['checksum'],'type':'Feature',"
                    + "'properties':{},'assets':{'a':{'href':'https://x/a','checksum:multihash':'1220ab'}}}"));
    assertThat(served.get("stac_extensions").toString()).isEqualTo("[\"" + FILE + "\"]");
    assertThat(served.at("/assets/a/file:checksum").asText()).isEqualTo("1220ab");
    assertThat(served.at("/assets/a").has("checksum:multihash")).isFalse();
  }

  @Test
  void removedAndUnknownShortNamesAreDroppedAndRepeatsMerged() throws IOException {
    ObjectNode served =
        StacItemMigration.migrated(
            item(
                "{'stac_version':'1.0.0-beta.1','stac_extensions':['commons','eo','dtr',"
                    + "'no-such-extension','"
                    + EO
                    + "','tiled-assets'],'type':'Feature','properties':{},'assets':{}}"));
    assertThat(served.get("stac_extensions").toString()).isEqualTo("[\"" + EO + "\"]");
  }

  @Test
  void aVersion110ItemIsRelabelledOnly() throws IOException {
    String eo2 = "https://stac-extensions.github.io/eo/v2.0.0/schema.json";
    ObjectNode received =
        item(
            "{'stac_version':'1.1.0','stac_extensions':['"
                + eo2
                + "'],'type':'Feature','properties':{'bands':[{'name':'b1'}],'eo:gsd':3},'assets':{}}");
    ObjectNode served = StacItemMigration.migrated(received);
    ObjectNode expected = received.deepCopy();
    expected.put("stac_version", "1.0.0");
    ((ObjectNode) expected.get("properties")).put("sightline:stac_version_received", "1.1.0");
    assertThat(served).isEqualTo(expected);
  }

  @Test
  void anUnreadableVersionIsLeftAsItIs() throws IOException {
    ObjectNode item = item("{'stac_version':'one','type':'Feature','properties':{}}");
    assertThat(StacItemMigration.migrated(item)).isSameAs(item);
    ObjectNode huge = item("{'stac_version':'1.0.99999999999','type':'Feature'}");
    assertThat(StacItemMigration.migrated(huge)).isSameAs(huge);
  }
}
