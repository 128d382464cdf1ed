package org.sightline.imagery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A STAC Item of another version as a STAC {@value #VERSION} Item, as pystac's migration ({@code
 * pystac/serialization/migrate.py} and the extension hooks) and stac-migrate 1.0 make it, for the
 * versions Sightline reads (0.9, the 1.0.0 betas and release candidates, 1.1):
 *
 * <ul>
 *   <li>{@code stac_extensions}: a short name ({@code "eo"}, {@code "projection"}, {@code "view"},
 *       ...) becomes its extension's schema URL at v1.0.0 (the version the 1.0.0 tooling uses, and
 *       the one whose schemas the project ships for eo and projection); {@code "checksum"} becomes
 *       the file extension, {@code "asset"} item-assets; short names of extensions removed before
 *       1.0.0 ({@code commons}, {@code datetime-range}/{@code dtr}, {@code collection-assets},
 *       {@code single-file-stac}, {@code tiled-assets}) and unknown short names (not URLs, so not
 *       valid in 1.0.0) are dropped; schema URLs are kept as given;
 *   <li>before 1.0.0-beta.1: {@code eo:gsd} becomes {@code gsd}, and an asset's {@code eo:bands}
 *       given as indices into the Item's {@code eo:bands} become those band objects;
 *   <li>before 1.0.0-rc.2, with the checksum extension: {@code checksum:multihash} becomes {@code
 *       file:checksum} (in properties and assets);
 *   <li>{@code stac_version} becomes {@value #VERSION}, and the version received is kept as the
 *       property {@value #RECEIVED_VERSION}. A 1.1 Item is only relabelled: what 1.1 added ({@code
 *       bands}, extension schemas of later versions) are members that 1.0.0 allows as they are.
 * </ul>
 *
 * A renamed field never overwrites one already there. Members keep their order. The given node is
 * never changed. Stateless and thread-safe.
 */
public final class StacItemMigration {
  /** The STAC version Items are served in. */
  public static final String VERSION = "1.0.0";

  /** The property that keeps the {@code stac_version} an Item was received with, when migrated. */
  public static final String RECEIVED_VERSION = "sightline:stac_version_received";

  private static final String EXTENSIONS = "https://stac-extensions.github.io/";

  /** Short extension names (STAC before 1.0.0-rc.1) to the name of their 1.0.0 schema. */
  private static final Map<String, String> SHORT_NAMES =
      Map.ofEntries(
          Map.entry("asset", "item-assets"),
          Map.entry("checksum", "file"),
          Map.entry("datacube", "datacube"),
          Map.entry("eo", "eo"),
          Map.entry("file", "file"),
          Map.entry("item-assets", "item-assets"),
          Map.entry("label", "label"),
          Map.entry("pointcloud", "pointcloud"),
          Map.entry("processing", "processing"),
          Map.entry("projection", "projection"),
          Map.entry("raster", "raster"),
          Map.entry("sar", "sar"),
          Map.entry("sat", "sat"),
          Map.entry("scientific", "scientific"),
          Map.entry("timestamps", "timestamps"),
          Map.entry("version", "version"),
          Map.entry("view", "view"));

  private static final Pattern VERSION_PATTERN =
      Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)(?:-(beta|rc)\\.(\\d+))?");

  private StacItemMigration() {}

  /**
   * An extension's 1.0.0 schema URL, e.g. {@code
   * https://stac-extensions.github.io/eo/v1.0.0/schema.json}.
   */
  public static String schemaUrl(String extension) {
    return EXTENSIONS + extension + "/v1.0.0/schema.json";
  }

  /**
   * @param item a STAC Item as received
   * @return {@code item} itself when it declares {@value #VERSION} (or a version that cannot be
   *     read), else a copy in STAC {@value #VERSION}
   */
  public static ObjectNode migrated(ObjectNode item) {
    String received = item.path("stac_version").asText(null);
    Version version = Version.parse(received);
    if (version == null || received.equals(VERSION)) {
      return item;
    }
    ObjectNode copy = item.deepCopy();
    if (version.compareTo(Version.V1_0_0) < 0) {
      Set<String> shortNames = shortNames(copy);
      migrateExtensions(copy);
      JsonNode properties = copy.path("properties");
      if (properties instanceof ObjectNode props) {
        if (version.compareTo(Version.V1_0_0_BETA_1) < 0) {
          rename(props, "eo:gsd", "gsd");
          inlineAssetBands(copy, props);
        }
        if (version.compareTo(Version.V1_0_0_RC_2) < 0 && shortNames.contains("checksum")) {
          rename(props, "checksum:multihash", "file:checksum");
          for (JsonNode asset : copy.path("assets")) {
            if (asset instanceof ObjectNode a) {
              rename(a, "checksum:multihash", "file:checksum");
            }
          }
        }
      }
    }
    copy.put("stac_version", VERSION);
    if (copy.path("properties") instanceof ObjectNode props) {
      props.put(RECEIVED_VERSION, received);
    }
    return copy;
  }

  private static Set<String> shortNames(ObjectNode item) {
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode extension : item.path("stac_extensions")) {
      if (extension.isTextual() && !isUrl(extension.asText())) {
        names.add(extension.asText());
      }
    }
    return names;
  }

  /**
   * Short names to schema URLs, in place and without repeats; removed and unknown names dropped.
   */
  private static void migrateExtensions(ObjectNode item) {
    if (!(item.get("stac_extensions") instanceof ArrayNode given)) {
      return;
    }
    Set<String> migrated = new LinkedHashSet<>();
    List<JsonNode> others = new ArrayList<>();
    for (JsonNode extension : given) {
      if (!extension.isTextual()) {
        others.add(extension);
        continue;
      }
      String id = extension.asText();
      if (isUrl(id)) {
        migrated.add(id);
      } else if (SHORT_NAMES.containsKey(id)) {
        migrated.add(schemaUrl(SHORT_NAMES.get(id)));
      }
    }
    ArrayNode extensions = given.removeAll();
    migrated.forEach(extensions::add);
    others.forEach(extensions::add);
  }

  /** Before 1.0.0-beta.1 an asset's {@code eo:bands} were indices into the Item's. */
  private static void inlineAssetBands(ObjectNode item, ObjectNode properties) {
    JsonNode bands = properties.path("eo:bands");
    if (!bands.isArray()) {
      return;
    }
    for (JsonNode asset : item.path("assets")) {
      if (!(asset.get("eo:bands") instanceof ArrayNode assetBands)) {
        continue;
      }
      for (int i = 0; i < assetBands.size(); i++) {
        JsonNode index = assetBands.get(i);
        if (index.canConvertToInt() && index.isIntegralNumber()) {
          JsonNode band = bands.path(index.asInt());
          if (band.isObject()) {
            assetBands.set(i, band.deepCopy());
          }
        }
      }
    }
  }

  private static void rename(ObjectNode node, String from, String to) {
    if (node.has(from) && !node.has(to)) {
      node.set(to, node.remove(from));
    }
  }

  private static boolean isUrl(String id) {
    return id.contains("/") || id.endsWith(".json");
  }

  /** A STAC version; a release sorts after its betas and release candidates. */
  private record Version(int major, int minor, int patch, int stage, int number)
      implements Comparable<Version> {
    private static final int BETA = 0;
    private static final int RC = 1;
    private static final int RELEASE = 2;
    static final Version V1_0_0_BETA_1 = new Version(1, 0, 0, BETA, 1);
    static final Version V1_0_0_RC_2 = new Version(1, 0, 0, RC, 2);
    static final Version V1_0_0 = new Version(1, 0, 0, RELEASE, 0);

    static Version parse(String text) {
      if (text == null) {
        return null;
      }
      Matcher m = VERSION_PATTERN.matcher(text);
      if (!m.matches()) {
        return null;
      }
      int stage = m.group(4) == null ? RELEASE : m.group(4).equals("beta") ? BETA : RC;
      try {
        return new Version(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)),
            stage,
            m.group(5) == null ? 0 : Integer.parseInt(m.group(5)));
      } catch (NumberFormatException e) {
        return null; // a part beyond int: not a version any STAC release has
      }
    }

    @Override
    public int compareTo(Version other) {
      int c = Integer.compare(major, other.major);
      c = c != 0 ? c : Integer.compare(minor, other.minor);
      c = c != 0 ? c : Integer.compare(patch, other.patch);
      c = c != 0 ? c : Integer.compare(stage, other.stage);
      return c != 0 ? c : Integer.compare(number, other.number);
    }
  }
}
