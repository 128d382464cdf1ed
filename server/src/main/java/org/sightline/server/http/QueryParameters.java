package org.sightline.server.http;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sightline.server.errors.InvalidInputException;

/**
 * The query parameters one resource method accepts, each with the shape of its value, and the one
 * check of a request's query against them (the rule of every endpoint, see the README's "Query
 * parameters"):
 *
 * <ul>
 *   <li>a parameter the method does not accept is refused, naming it and the accepted ones (OGC API
 *       - Features /req/core/query-param-unknown);
 *   <li>a parameter given more than once is refused unless the method takes a list;
 *   <li>whole numbers, numbers and booleans are checked before Jersey converts them (whose failure
 *       would answer 404), naming the parameter;
 *   <li>no name or value may hold a NUL character (PostgreSQL refuses it in text);
 *   <li>{@code f} is accepted everywhere, and must name a representation the method produces:
 *       {@code json}, {@code geojson} or {@code csv}. It does not change the representation served
 *       (each endpoint's is fixed by its path and {@code Accept}); it only refuses a format the
 *       endpoint cannot serve, such as {@code f=html}.
 * </ul>
 *
 * @param accepted each accepted parameter (besides {@code f}) and its value's shape
 * @param formats the {@code f} values the method can serve
 */
public record QueryParameters(SortedMap<String, Shape> accepted, Set<String> formats) {
  /** The name of the format parameter. */
  public static final String FORMAT = "f";

  /** The {@code f} values and the media type each names. */
  static final Map<String, MediaType> FORMAT_TYPES =
      Collections.unmodifiableMap(
          new LinkedHashMap<>(
              Map.of(
                  "json", MediaType.APPLICATION_JSON_TYPE,
                  "geojson", new MediaType("application", "geo+json"),
                  "csv", new MediaType("text", "csv"))));

  /** The shape of a parameter's value. */
  public enum Kind {
    TEXT,
    WHOLE_NUMBER,
    NUMBER,
    BOOLEAN
  }

  /**
   * @param kind what the value must be
   * @param repeatable whether the parameter may be given more than once (a list)
   * @param min the smallest whole number (for {@link Kind#WHOLE_NUMBER})
   * @param max the largest whole number (for {@link Kind#WHOLE_NUMBER})
   */
  public record Shape(Kind kind, boolean repeatable, long min, long max) {
    static final Shape TEXT = new Shape(Kind.TEXT, false, 0, 0);
  }

  public QueryParameters {
    accepted = Collections.unmodifiableSortedMap(new TreeMap<>(accepted));
    formats = Collections.unmodifiableSet(new TreeSet<>(formats));
  }

  /**
   * The parameters of {@code method} as served by {@code resourceClass}: its {@code @QueryParam}s
   * (shaped by their Java types) and the names of {@link AcceptsQueryParameters} on the method or
   * the class; the formats from {@code @Produces} on the method, else the class.
   */
  public static QueryParameters of(Method method, Class<?> resourceClass) {
    SortedMap<String, Shape> accepted = new TreeMap<>();
    for (Parameter parameter : method.getParameters()) {
      QueryParam query = parameter.getAnnotation(QueryParam.class);
      if (query != null) {
        accepted.put(query.value(), shapeOf(parameter.getType()));
      }
    }
    for (AcceptsQueryParameters extra :
        List.of(
                method.getAnnotationsByType(AcceptsQueryParameters.class),
                resourceClass.getAnnotationsByType(AcceptsQueryParameters.class))
            .stream()
            .flatMap(Arrays::stream)
            .toList()) {
      for (String name : extra.value()) {
        accepted.putIfAbsent(name, Shape.TEXT);
      }
    }
    accepted.remove(FORMAT);
    Produces produces = method.getAnnotation(Produces.class);
    if (produces == null) {
      produces = resourceClass.getAnnotation(Produces.class);
    }
    Set<String> formats = new TreeSet<>();
    if (produces != null) {
      for (String declared : produces.value()) {
        for (String one : declared.split(",")) {
          MediaType type = MediaType.valueOf(one.strip());
          if (type.isWildcardType() || type.isWildcardSubtype()) {
            continue;
          }
          FORMAT_TYPES.forEach(
              (format, formatType) -> {
                if (formatType.isCompatible(type)) {
                  formats.add(format);
                }
              });
        }
      }
    }
    return new QueryParameters(accepted, formats);
  }

  private static Shape shapeOf(Class<?> type) {
    if (type == int.class || type == Integer.class) {
      return new Shape(Kind.WHOLE_NUMBER, false, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
    if (type == long.class || type == Long.class) {
      return new Shape(Kind.WHOLE_NUMBER, false, Long.MIN_VALUE, Long.MAX_VALUE);
    }
    if (type == double.class || type == Double.class) {
      return new Shape(Kind.NUMBER, false, 0, 0);
    }
    if (type == boolean.class || type == Boolean.class) {
      return new Shape(Kind.BOOLEAN, false, 0, 0);
    }
    if (Collection.class.isAssignableFrom(type)) {
      return new Shape(Kind.TEXT, true, 0, 0);
    }
    return Shape.TEXT;
  }

  /** The names accepted, {@code f} included, in order. */
  public Set<String> names() {
    Set<String> names = new TreeSet<>(accepted.keySet());
    names.add(FORMAT);
    return names;
  }

  /**
   * Checks a request's query.
   *
   * @param query the decoded query parameters, name to values
   * @throws InvalidInputException naming the first parameter that breaks the rule
   */
  public void check(Map<String, List<String>> query) {
    for (Map.Entry<String, List<String>> entry : query.entrySet()) {
      if (hasNul(entry.getKey()) || entry.getValue().stream().anyMatch(QueryParameters::hasNul)) {
        throw new InvalidInputException(
            "query parameter '"
                + printable(entry.getKey())
                + "' holds a NUL character (%00); no text may contain one");
      }
    }
    Set<String> unknown = new TreeSet<>(query.keySet());
    unknown.removeAll(names());
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(
          "unknown query parameter"
              + (unknown.size() > 1 ? "s " : " ")
              + unknown
              + "; this endpoint accepts "
              + names());
    }
    for (Map.Entry<String, List<String>> entry : query.entrySet()) {
      String name = entry.getKey();
      Shape shape = FORMAT.equals(name) ? Shape.TEXT : accepted.get(name);
      List<String> values = entry.getValue();
      if (values.size() > 1 && !shape.repeatable()) {
        throw new InvalidInputException(
            "query parameter '" + name + "' is given " + values.size() + " times; give it once");
      }
      for (String value : values) {
        checkValue(name, shape, value);
      }
    }
    List<String> format = query.get(FORMAT);
    if (format != null && !formats.contains(format.get(0))) {
      throw new InvalidInputException(
          "f="
              + format.get(0)
              + " is not supported here; "
              + (formats.isEmpty()
                  ? "this endpoint has no format to choose, leave f out"
                  : "this endpoint serves "
                      + String.join(", ", formats.stream().map(f -> "f=" + f).toList())));
    }
  }

  private static void checkValue(String name, Shape shape, String value) {
    switch (shape.kind()) {
      case WHOLE_NUMBER -> {
        long number;
        try {
          number = Long.parseLong(value);
        } catch (NumberFormatException e) {
          throw new InvalidInputException(
              name
                  + " '"
                  + value
                  + "' is not a whole number; give digits only, such as "
                  + name
                  + "=10");
        }
        if (number < shape.min() || number > shape.max()) {
          throw new InvalidInputException(
              name + " " + value + " is outside " + shape.min() + ".." + shape.max());
        }
      }
      case NUMBER -> {
        double number;
        try {
          number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
          throw new InvalidInputException(
              name + " '" + value + "' is not a number; give a decimal such as " + name + "=0.5");
        }
        if (!Double.isFinite(number) || !value.matches("[-+]?[0-9.eE+-]+")) {
          throw new InvalidInputException(name + " '" + value + "' is not a finite decimal number");
        }
      }
      case BOOLEAN -> {
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
          throw new InvalidInputException(
              name
                  + " '"
                  + value
                  + "' is not true or false; give "
                  + name
                  + "=true or "
                  + name
                  + "=false");
        }
      }
      case TEXT -> {
        // any text without NUL (checked above)
      }
    }
  }

  private static boolean hasNul(String text) {
    return text.indexOf('\0') >= 0;
  }

  private static String printable(String text) {
    return text.replace("\0", "%00");
  }
}
