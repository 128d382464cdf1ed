package org.sightline.server.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The parts of {@link SceneDao#search} that depend on the order asked for: the sort key columns,
 * {@code ORDER BY} and the keyset condition. They are built from the constants here and in {@link
 * StacSort.Field} only, never from request text; the keyset values are bound as {@code :after0},
 * {@code :after1}... Stateless.
 */
final class SceneSearchSql {
  private SceneSearchSql() {}

  /** The {@code scene} column of a sortable field. */
  static String column(StacSort.Field field) {
    return switch (field) {
      case DATETIME -> "acquired_at";
      case COLLECTION -> "collection";
      case ID -> "id";
      case CLOUD_COVER -> "cloud_cover_pct";
      case GSD -> "gsd_m";
      case OFF_NADIR -> "off_nadir_deg";
      case SUN_ELEVATION -> "sun_elevation_deg";
    };
  }

  /**
   * The SQL expression sorted and compared on: numeric columns can be null, and a missing value
   * becomes +/-Infinity so that it sorts last whichever the direction, and compares like any other.
   */
  static String expression(StacSort.Key key) {
    String column = column(key.field());
    if (key.field().type != StacSort.ValueType.NUMBER) {
      return column;
    }
    return "coalesce("
        + column
        + ", '"
        + (key.descending() ? "-Infinity" : "Infinity")
        + "'::float8)";
  }

  /**
   * The select-list items {@code , (expr)::text AS k0, ...}: each key's value as text, for the
   * paging token.
   */
  static String keyColumns(StacSort sort) {
    StringBuilder columns = new StringBuilder();
    for (int i = 0; i < sort.keys().size(); i++) {
      columns.append(", (").append(expression(sort.keys().get(i))).append(")::text AS k").append(i);
    }
    return columns.toString();
  }

  /** {@code ORDER BY} items. */
  static String orderBy(StacSort sort) {
    return sort.keys().stream()
        .map(k -> expression(k) + (k.descending() ? " DESC" : " ASC"))
        .collect(Collectors.joining(", "));
  }

  /**
   * The keyset condition "after the row whose key values are bound as {@code :after0}, {@code
   * :after1}...": a row comparison when every key has the same direction, else (k0 beyond v0) or
   * (k0 = v0 and k1 beyond v1) or ..., where beyond is {@code >} ascending and {@code <}
   * descending.
   */
  static String afterCondition(StacSort sort) {
    List<StacSort.Key> keys = sort.keys();
    boolean descending = keys.get(0).descending();
    if (keys.stream().allMatch(k -> k.descending() == descending)) {
      // One direction: a row comparison, which an index on the keys can start from.
      List<String> expressions = new ArrayList<>();
      List<String> parameters = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        expressions.add(expression(keys.get(i)));
        parameters.add(parameter(keys.get(i), i));
      }
      return "("
          + String.join(", ", expressions)
          + ") "
          + (descending ? "<" : ">")
          + " ("
          + String.join(", ", parameters)
          + ")";
    }
    List<String> alternatives = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      StringBuilder alternative = new StringBuilder("(");
      for (int j = 0; j < i; j++) {
        alternative
            .append(expression(keys.get(j)))
            .append(" = ")
            .append(parameter(keys.get(j), j))
            .append(" AND ");
      }
      StacSort.Key key = keys.get(i);
      alternative
          .append(expression(key))
          .append(key.descending() ? " < " : " > ")
          .append(parameter(key, i))
          .append(')');
      alternatives.add(alternative.toString());
    }
    return "(" + String.join(" OR ", alternatives) + ")";
  }

  /** The keyset values by parameter name ({@code after0}, ...), to bind with the condition. */
  static Map<String, Object> afterValues(List<String> keyValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.size(); i++) {
      values.put("after" + i, keyValues.get(i));
    }
    return values;
  }

  private static String parameter(StacSort.Key key, int index) {
    return switch (key.field().type) {
      case TIMESTAMP -> "CAST(:after" + index + " AS timestamptz)";
      case NUMBER -> "CAST(:after" + index + " AS float8)";
      case TEXT -> "CAST(:after" + index + " AS text)";
    };
  }
}
