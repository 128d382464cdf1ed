package org.sightline.imagery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A flattened STAC footprint (a GeoJSON Feature whose properties carry the STAC fields) to the STAC
 * Item it stands for, which {@link StacItemParser} then checks with the usual rules. Two shapes are
 * read:
 *
 * <ul>
 *   <li><b>stac-geoparquet-style exports</b> (a GeoDataFrame of Items written as GeoJSON): the
 *       Item's top-level members sit in properties beside its properties;
 *   <li><b>vendor footprint files</b> such as Maxar Open Data's: STAC property names ({@code
 *       datetime}, {@code platform}, {@code gsd}, {@code view:*}), an acquisition {@code
 *       catalog_id} and a tile {@code quadkey}, asset URLs as plain properties, and no {@code
 *       stac_version}.
 * </ul>
 *
 * The mapping:
 *
 * <ul>
 *   <li>{@code stac_version}, {@code stac_extensions}, {@code collection}, {@code bbox}, {@code
 *       links}, {@code assets} in properties become the Item's own members (given as JSON text, as
 *       some exports write nested values, they are parsed); the Feature's own {@code bbox} is used
 *       when properties have none; {@code stac_version} defaults to {@value #DEFAULT_STAC_VERSION};
 *   <li>the id is properties' {@code id}; else {@code catalog_id}, joined by {@code _} with {@code
 *       quadkey} when there is one (an acquisition is cut into tiles); else the Feature's own id;
 *   <li>{@code tile:clouds_percent} also becomes {@code eo:cloud_cover} when that is not given;
 *   <li>{@code datetime}, {@code start_datetime}, {@code end_datetime}, {@code created} and {@code
 *       updated} given as a whole number are epoch milliseconds (how pandas, and so a
 *       stac-geoparquet GeoDataFrame, writes a timestamp column to JSON): they become RFC 3339 UTC
 *       text; a number below {@value #MIN_EPOCH_MILLIS} (before 1973-03-03, or seconds rather than
 *       milliseconds) or from the year 10000 on is left as it is, and refused by the usual date
 *       check;
 *   <li>{@code visual}, {@code ms_analytic}, {@code pan_analytic}, {@code data-mask} and {@code
 *       thumbnail} given as URL strings become assets of that name ({@code {"href": url}});
 *   <li>every other property stays a property, unchanged ({@code catalog_id} too); {@code
 *       sightline:flattened} is set to {@code true} to say the Item was rebuilt.
 * </ul>
 *
 * Stateless.
 */
public final class FlatFootprints {
  /** The STAC version of footprints that give none. */
  public static final String DEFAULT_STAC_VERSION = "1.0.0";

  private static final List<String> ITEM_MEMBERS =
      List.of("stac_version", "stac_extensions", "collection", "bbox", "links", "assets");
  private static final Set<String> NOT_PROPERTIES =
      Set.of(
          "type",
          "id",
          "geometry",
          "stac_version",
          "stac_extensions",
          "collection",
          "bbox",
          "links",
          "assets");

  /** Timestamps that a flattened export may write as epoch milliseconds. */
  private static final Set<String> TIMESTAMPS =
      Set.of("datetime", "start_datetime", "end_datetime", "created", "updated");

  /**
   * The smallest number read as epoch milliseconds (1973-03-03T09:46:40Z); smaller ones are more
   * likely seconds, and are not guessed at.
   */
  public static final long MIN_EPOCH_MILLIS = 100_000_000_000L;

  /** 10000-01-01T00:00:00Z: RFC 3339 years have four digits. */
  private static final long YEAR_10000_MILLIS = 253_402_300_800_000L;

  private static final List<String> URL_ASSETS =
      List.of("visual", "ms_analytic", "pan_analytic", "data-mask", "thumbnail");

  private FlatFootprints() {}

  /**
   * The STAC Item that {@code feature} stands for.
   *
   * @throws IllegalArgumentException saying what is wrong, when it is not a Feature with properties
   */
  public static ObjectNode toItem(JsonNode feature) {
    if (feature == null || !feature.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    if (!"Feature".equals(feature.path("type").asText())) {
      throw new IllegalArgumentException(
          "type must be \"Feature\" for a flattened footprint, got "
              + (feature.has("type") ? feature.get("type").toString() : "nothing"));
    }
    JsonNode flat = feature.path("properties");
    if (!flat.isObject()) {
      throw new IllegalArgumentException(
          "properties is missing: a flattened footprint keeps its" + " STAC fields there");
    }
    ObjectNode item = StacJson.MAPPER.createObjectNode();
    item.put("type", "Feature");
    item.put("stac_version", DEFAULT_STAC_VERSION);
    String id = id(feature, flat);
    if (id != null) {
      item.put("id", id);
    }
    for (String member : ITEM_MEMBERS) {
      JsonNode value = nested(flat.get(member), member);
      if (value != null && !value.isNull()) {
        item.set(member, value);
      }
    }
    if (!item.has("bbox") && feature.has("bbox")) {
      item.set("bbox", feature.get("bbox"));
    }
    item.set("geometry", feature.get("geometry"));
    ObjectNode properties = item.putObject("properties");
    ObjectNode assets =
        item.get("assets") instanceof ObjectNode given ? given : item.putObject("assets");
    flat.properties()
        .forEach(
            field -> {
              String name = field.getKey();
              JsonNode value = field.getValue();
              if (NOT_PROPERTIES.contains(name)) {
                return;
              }
              if (URL_ASSETS.contains(name) && isUrl(value) && !assets.has(name)) {
                assets.putObject(name).put("href", value.asText());
                return;
              }
              properties.set(name, TIMESTAMPS.contains(name) ? timestamp(value) : value);
            });
    JsonNode tileClouds = flat.get("tile:clouds_percent");
    if (!properties.has("eo:cloud_cover") && tileClouds != null && !tileClouds.isNull()) {
      properties.set("eo:cloud_cover", tileClouds);
    }
    properties.put("sightline:flattened", true);
    if (!item.has("links")) {
      item.putArray("links");
    }
    return item;
  }

  /** An epoch-millisecond whole number as RFC 3339 UTC text; any other value as it is. */
  private static JsonNode timestamp(JsonNode value) {
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      return value;
    }
    long millis = value.longValue();
    if (millis < MIN_EPOCH_MILLIS || millis >= YEAR_10000_MILLIS) {
      return value;
    }
    return TextNode.valueOf(Instant.ofEpochMilli(millis).toString());
  }

  private static String id(JsonNode feature, JsonNode flat) {
    String id = text(flat.get("id"));
    if (id != null) {
      return id;
    }
    String catalogId = text(flat.get("catalog_id"));
    if (catalogId != null) {
      String quadkey = text(flat.get("quadkey"));
      return quadkey == null ? catalogId : catalogId + "_" + quadkey;
    }
    return text(feature.get("id"));
  }

  /** A value given as itself, or as JSON text (an array or object in a string). */
  private static JsonNode nested(JsonNode value, String member) {
    if (value == null
        || !value.isTextual()
        || member.equals("stac_version")
        || member.equals("collection")) {
      return value;
    }
    String text = value.asText().strip();
    if (!text.startsWith("[") && !text.startsWith("{")) {
      return value;
    }
    try {
      return StacJson.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          member + " is a string that is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static boolean isUrl(JsonNode value) {
    return value.isTextual()
        && (value.asText().startsWith("https://") || value.asText().startsWith("http://"));
  }

  private static String text(JsonNode value) {
    return value == null || !value.isValueNode() || value.isNull() || value.asText().isBlank()
        ? null
        : value.asText();
  }
}
