package org.sightline.geodata.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One feature read from an import file, before any check: its position and label for the report,
 * its fields as text (keys compared without case, '_', '-' or spaces: {@code facility_id} = {@code
 * facilityId}), list fields, and its geometry as a GeoJSON node.
 *
 * @param index 1-based position in the file, for the report
 * @param label how the report names it: the placemark name, the id, or "feature N"
 */
public record ImportFeature(
    int index,
    String label,
    Map<String, String> fields,
    Map<String, List<String>> lists,
    JsonNode geometry) {

  public ImportFeature {
    Map<String, String> normalised = new LinkedHashMap<>();
    fields.forEach(
        (key, value) -> {
          if (value != null && !value.isBlank()) {
            normalised.put(key(key), value.strip());
          }
        });
    fields = Map.copyOf(normalised);
    Map<String, List<String>> normalisedLists = new LinkedHashMap<>();
    lists.forEach((key, value) -> normalisedLists.put(key(key), List.copyOf(value)));
    lists = Map.copyOf(normalisedLists);
  }

  public String field(String name) {
    return fields.get(key(name));
  }

  /** A list field, or the text field split on ';' (CSV and KML carry lists as text). */
  public List<String> list(String name) {
    List<String> values = lists.get(key(name));
    if (values != null) {
      return values;
    }
    String text = field(name);
    return text == null
        ? List.of()
        : Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  static String key(String name) {
    return name.replaceAll("[_\\-\\s]", "").toLowerCase(Locale.ROOT);
  }
}
