package org.sightline.geodata.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.json.JsonMapping;

/** A GeoJSON FeatureCollection (or a single Feature) to {@link ImportFeature}s. */
public final class GeoJsonImportReader implements ImportReader {
  @Override
  public List<String> mediaTypes() {
    return List.of("application/geo+json", "application/json");
  }

  @Override
  public List<ImportFeature> read(byte[] bytes) {
    JsonNode root;
    try {
      root = JsonMapping.reader().readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new InvalidDataException(
          "the GeoJSON is not valid JSON: "
              + e.getOriginalMessage()
              + (e.getLocation() == null
                  ? ""
                  : " [line "
                      + e.getLocation().getLineNr()
                      + ", column "
                      + e.getLocation().getColumnNr()
                      + "]"));
    } catch (IOException e) {
      throw new InvalidDataException("the GeoJSON cannot be read: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new InvalidDataException("the GeoJSON must be a FeatureCollection or a Feature object");
    }
    String type = root.path("type").asText();
    List<JsonNode> features = new ArrayList<>();
    if (type.equals("FeatureCollection") && root.path("features").isArray()) {
      root.get("features").forEach(features::add);
    } else if (type.equals("Feature")) {
      features.add(root);
    } else {
      throw new InvalidDataException(
          "the GeoJSON must be a FeatureCollection with a 'features' array or a Feature;"
              + " got type '"
              + type
              + "'");
    }
    List<ImportFeature> read = new ArrayList<>();
    for (int i = 0; i < features.size(); i++) {
      JsonNode feature = features.get(i);
      Map<String, String> fields = new HashMap<>();
      Map<String, List<String>> lists = new HashMap<>();
      JsonNode properties = feature.path("properties");
      properties
          .properties()
          .forEach(
              entry -> {
                JsonNode value = entry.getValue();
                if (value.isArray()) {
                  List<String> items = new ArrayList<>();
                  value.forEach(item -> items.add(item.asText()));
                  lists.put(entry.getKey(), items);
                } else if (!value.isNull() && !value.isContainerNode()) {
                  fields.put(entry.getKey(), value.asText());
                }
              });
      if (feature.hasNonNull("id") && !fields.containsKey("id")) {
        fields.put("id", feature.get("id").asText());
      }
      String label = fields.getOrDefault("id", fields.getOrDefault("name", "feature " + (i + 1)));
      read.add(new ImportFeature(i + 1, label, fields, lists, feature.get("geometry")));
    }
    return read;
  }
}
