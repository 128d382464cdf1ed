package org.sightline.server.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sightline.server.errors.InvalidInputException;

/**
 * The order of an item search (STAC API Sort extension): the requested keys, then collection and id
 * as tie-breakers so that the order is total and keyset paging never skips or repeats an Item.
 * Missing values (an Item without cloud cover, say) sort last in either direction. Immutable.
 *
 * @param keys the requested keys followed by the tie-breakers, never empty
 */
public record StacSort(List<Key> keys) {
  /**
   * A sortable field: its STAC name and the type of its values ({@link SceneSearchSql} gives its
   * column).
   */
  public enum Field {
    DATETIME("datetime", ValueType.TIMESTAMP),
    COLLECTION("collection", ValueType.TEXT),
    ID("id", ValueType.TEXT),
    CLOUD_COVER("eo:cloud_cover", ValueType.NUMBER),
    GSD("gsd", ValueType.NUMBER),
    OFF_NADIR("view:off_nadir", ValueType.NUMBER),
    SUN_ELEVATION("view:sun_elevation", ValueType.NUMBER);

    final String stacName;
    final ValueType type;

    Field(String stacName, ValueType type) {
      this.stacName = stacName;
      this.type = type;
    }

    /** The field for a STAC name, with or without {@code properties.}. */
    static Field named(String name) {
      String bare = name.startsWith("properties.") ? name.substring("properties.".length()) : name;
      for (Field field : values()) {
        if (field.stacName.equals(bare)) {
          return field;
        }
      }
      throw new InvalidInputException(
          "sortby field '"
              + name
              + "' is not sortable; sortable fields: "
              + Arrays.stream(values()).map(f -> f.stacName).collect(Collectors.joining(", ")));
    }
  }

  /** How a field's value travels in a paging token (as text) and is compared again. */
  enum ValueType {
    TIMESTAMP,
    TEXT,
    NUMBER
  }

  /** One key of the order. */
  public record Key(Field field, boolean descending) {
    String stac() {
      return (descending ? "-" : "+") + field.stacName;
    }
  }

  /** By datetime, oldest first: the order when none is asked for. */
  public static final StacSort DEFAULT = of(List.of(new Key(Field.DATETIME, false)));

  /**
   * The requested keys completed with collection and id (in the first key's direction) if absent.
   */
  static StacSort of(List<Key> requested) {
    Map<Field, Key> keys = new LinkedHashMap<>();
    for (Key key : requested) {
      if (keys.putIfAbsent(key.field(), key) != null) {
        throw new InvalidInputException(
            "sortby names '" + key.field().stacName + "' more than once");
      }
    }
    boolean descending = !requested.isEmpty() && requested.get(0).descending();
    if (requested.isEmpty()) {
      keys.put(Field.DATETIME, new Key(Field.DATETIME, false));
    }
    keys.putIfAbsent(Field.COLLECTION, new Key(Field.COLLECTION, descending));
    keys.putIfAbsent(Field.ID, new Key(Field.ID, descending));
    return new StacSort(List.copyOf(keys.values()));
  }

  /**
   * Parses {@code sortby} as GET gives it: comma-separated fields, each optionally prefixed with
   * {@code +} (ascending, the default) or {@code -} (descending), e.g. {@code
   * -properties.datetime,+properties.eo:cloud_cover}. A {@code +} that arrives decoded as a space
   * is read as {@code +}.
   */
  public static StacSort parse(String sortby) {
    if (sortby == null || sortby.isBlank()) {
      return DEFAULT;
    }
    List<Key> keys = new ArrayList<>();
    for (String part : sortby.split(",", -1)) {
      String field = part.startsWith(" ") ? "+" + part.substring(1) : part.strip();
      if (field.isEmpty()) {
        throw new InvalidInputException("sortby '" + sortby + "' has an empty field");
      }
      boolean descending = field.startsWith("-");
      keys.add(new Key(Field.named(field.replaceFirst("^[+-]", "")), descending));
    }
    return of(keys);
  }

  /**
   * Parses {@code sortby} as POST gives it: a list of {@code {"field": ..., "direction":
   * "asc"|"desc"}}.
   */
  public static StacSort parse(JsonNode sortby) {
    if (sortby == null || sortby.isNull() || (sortby.isArray() && sortby.isEmpty())) {
      return DEFAULT;
    }
    if (!sortby.isArray()) {
      throw new InvalidInputException(
          "sortby must be a list of {\"field\": ..., \"direction\": \"asc\" or \"desc\"}");
    }
    List<Key> keys = new ArrayList<>();
    for (int i = 0; i < sortby.size(); i++) {
      JsonNode entry = sortby.get(i);
      if (!entry.path("field").isTextual()) {
        throw new InvalidInputException("sortby[" + i + "].field is missing");
      }
      String direction = entry.path("direction").asText("asc").toLowerCase(Locale.ROOT);
      if (!direction.equals("asc") && !direction.equals("desc")) {
        throw new InvalidInputException(
            "sortby[" + i + "].direction must be asc or desc, got '" + direction + "'");
      }
      keys.add(new Key(Field.named(entry.get("field").asText()), direction.equals("desc")));
    }
    return of(keys);
  }

  /**
   * The order as STAC writes it in GET form, e.g. {@code -datetime,+collection,+id}; names a
   * token's order.
   */
  String describe() {
    return keys.stream().map(Key::stac).collect(Collectors.joining(","));
  }
}
