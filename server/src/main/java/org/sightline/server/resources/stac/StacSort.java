package org.sightline.server.resources.stac;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sightline.server.errors.InvalidInputException;

/**
 * The order of an item search (STAC API Sort extension): the requested keys, then collection and
 * id as tie-breakers so that the order is total and keyset paging never skips or repeats an Item.
 * Missing values (an Item without cloud cover, say) sort last in either direction. Immutable.
 *
 * @param keys the requested keys followed by the tie-breakers, never empty
 */
public record StacSort(List<Key> keys) {
  /** A sortable field: its STAC names and its SQL expression (ordering and comparison). */
  public enum Field {
    DATETIME("datetime", "acquired_at", ValueType.TIMESTAMP),
    COLLECTION("collection", "collection", ValueType.TEXT),
    ID("id", "id", ValueType.TEXT),
    CLOUD_COVER("eo:cloud_cover", "cloud_cover_pct", ValueType.NUMBER),
    GSD("gsd", "gsd_m", ValueType.NUMBER),
    OFF_NADIR("view:off_nadir", "off_nadir_deg", ValueType.NUMBER),
    SUN_ELEVATION("view:sun_elevation", "sun_elevation_deg", ValueType.NUMBER);

    final String stacName;
    final String column;
    final ValueType type;

    Field(String stacName, String column, ValueType type) {
      this.stacName = stacName;
      this.column = column;
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
      throw new InvalidInputException("sortby field '" + name + "' is not sortable; sortable fields: "
          + java.util.Arrays.stream(values()).map(f -> f.stacName).collect(Collectors.joining(", ")));
    }
  }

  /** How a field's value travels in a paging token and is bound back into SQL. */
  enum ValueType { TIMESTAMP, TEXT, NUMBER }

  /** One key of the order. */
  public record Key(Field field, boolean descending) {
    /**
     * The SQL expression sorted and compared on: numeric columns can be null, and a missing value
     * becomes +/-Infinity so that it sorts last whichever the direction, and compares like any other.
     */
    String expression() {
      if (field.type != ValueType.NUMBER) {
        return field.column;
      }
      return "coalesce(" + field.column + ", '" + (descending ? "-Infinity" : "Infinity") + "'::float8)";
    }

    String stac() {
      return (descending ? "-" : "+") + field.stacName;
    }
  }

  /** By datetime, oldest first: the order when none is asked for. */
  public static final StacSort DEFAULT = of(List.of(new Key(Field.DATETIME, false)));

  /** The requested keys completed with collection and id (in the first key's direction) if absent. */
  static StacSort of(List<Key> requested) {
    Map<Field, Key> keys = new LinkedHashMap<>();
    for (Key key : requested) {
      if (keys.putIfAbsent(key.field(), key) != null) {
        throw new InvalidInputException("sortby names '" + key.field().stacName + "' more than once");
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
   * {@code +} (ascending, the default) or {@code -} (descending), e.g.
   * {@code -properties.datetime,+properties.eo:cloud_cover}. A {@code +} that arrives decoded as
   * a space is read as {@code +}.
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

  /** Parses {@code sortby} as POST gives it: a list of {@code {"field": ..., "direction": "asc"|"desc"}}. */
  public static StacSort parse(JsonNode sortby) {
    if (sortby == null || sortby.isNull() || (sortby.isArray() && sortby.isEmpty())) {
      return DEFAULT;
    }
    if (!sortby.isArray()) {
      throw new InvalidInputException("sortby must be a list of {\"field\": ..., \"direction\": \"asc\" or \"desc\"}");
    }
    List<Key> keys = new ArrayList<>();
    for (int i = 0; i < sortby.size(); i++) {
      JsonNode entry = sortby.get(i);
      if (!entry.path("field").isTextual()) {
        throw new InvalidInputException("sortby[" + i + "].field is missing");
      }
      String direction = entry.path("direction").asText("asc").toLowerCase(Locale.ROOT);
      if (!direction.equals("asc") && !direction.equals("desc")) {
        throw new InvalidInputException("sortby[" + i + "].direction must be asc or desc, got '" + direction + "'");
      }
      keys.add(new Key(Field.named(entry.get("field").asText()), direction.equals("desc")));
    }
    return of(keys);
  }

  /** The order as STAC writes it in GET form, e.g. {@code -datetime,+collection,+id}; names a token's order. */
  String describe() {
    return keys.stream().map(Key::stac).collect(Collectors.joining(","));
  }

  /** {@code ORDER BY} items; only constant expressions from {@link Field}, nothing from the request. */
  String orderBy() {
    return keys.stream().map(k -> k.expression() + (k.descending() ? " DESC" : " ASC")).collect(Collectors.joining(", "));
  }

  /**
   * The keyset condition "after the row whose key values are bound as {@code :after0}, {@code :after1}...":
   * a row comparison when every key has the same direction, else (k0 beyond v0) or (k0 = v0 and
   * k1 beyond v1) or ..., where beyond is {@code >} ascending and {@code <} descending.
   */
  String afterCondition() {
    boolean descending = keys.get(0).descending();
    if (keys.stream().allMatch(k -> k.descending() == descending)) {
      // One direction: a row comparison, which an index on the keys can start from.
      List<String> expressions = new ArrayList<>();
      List<String> parameters = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        expressions.add(keys.get(i).expression());
        parameters.add(parameter(i));
      }
      return "(" + String.join(", ", expressions) + ") " + (descending ? "<" : ">") + " (" + String.join(", ", parameters)
          + ")";
    }
    List<String> alternatives = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      StringBuilder alternative = new StringBuilder("(");
      for (int j = 0; j < i; j++) {
        alternative.append(keys.get(j).expression()).append(" = ").append(parameter(j)).append(" AND ");
      }
      Key key = keys.get(i);
      alternative.append(key.expression()).append(key.descending() ? " < " : " > ").append(parameter(i)).append(')');
      alternatives.add(alternative.toString());
    }
    return "(" + String.join(" OR ", alternatives) + ")";
  }

  private String parameter(int index) {
    return switch (keys.get(index).field().type) {
      case TIMESTAMP -> "CAST(:after" + index + " AS timestamptz)";
      case NUMBER -> "CAST(:after" + index + " AS float8)";
      case TEXT -> "CAST(:after" + index + " AS text)";
    };
  }
}
