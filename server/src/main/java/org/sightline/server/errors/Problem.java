package org.sightline.server.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One problem of a refused input, as a client shows it: at the field it names and, for geometry, at
 * the coordinate it names. Read from the problem's message, which names both in one of a few fixed
 * forms ({@code "geometry: self-intersection at 126.5 39.5"}, {@code "name is required"}, {@code
 * "invalid JSON: ... (at $.names[0])"}), so every check that already says where keeps saying it in
 * one place.
 *
 * @param field the field's path in the body ({@code geometry}, {@code names[0].text}), or null when
 *     the message names none
 * @param message the whole message, as the error's {@code message} holds it
 * @param at the coordinate the message points to, {@code [x, y]} in the order the input gave it
 *     (longitude, latitude for GeoJSON; the other way round when the input swapped them), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String field, String message, List<Double> at) {
  private static final String FIELD_PATH =
      "[A-Za-z_][\\w]*(?:\\[\\d+\\])*(?:\\.[A-Za-z_][\\w]*(?:\\[\\d+\\])*)*";
  private static final Pattern LEADING_FIELD =
      Pattern.compile(
          "^("
              + FIELD_PATH
              + ")(?: '[^']*'| -?\\d+(?:\\.\\d+)?| \\([^)]*\\)| \\[[^\\]]*\\])?(?::\\s| must | is | are | has | needs | cannot | may not | should | exceeds )");
  private static final Pattern NEEDED_FIELD =
      Pattern.compile("\\b(?:needs|requires) (" + FIELD_PATH + "):\\s");
  private static final Pattern JSON_PATH = Pattern.compile("\\(at \\$\\.(" + FIELD_PATH + ")\\)");
  private static final Pattern POINT =
      Pattern.compile("\\bat (-?\\d{1,3}(?:\\.\\d+)?),? (-?\\d{1,3}(?:\\.\\d+)?)\\b");

  public Problem {
    at = at == null ? null : List.copyOf(at);
  }

  /** The field and the coordinate a problem's message names; neither when it names none. */
  public static Problem of(String message) {
    String field = null;
    Matcher jsonPath = JSON_PATH.matcher(message);
    Matcher leading = LEADING_FIELD.matcher(message);
    if (jsonPath.find()) {
      field = jsonPath.group(1);
    } else if (leading.find()) {
      field = leading.group(1);
    } else {
      Matcher needed = NEEDED_FIELD.matcher(message);
      if (needed.find()) {
        field = needed.group(1);
      }
    }
    List<Double> at = null;
    Matcher point = POINT.matcher(message);
    if (point.find()) {
      at = List.of(Double.parseDouble(point.group(1)), Double.parseDouble(point.group(2)));
    }
    return new Problem(field, message, at);
  }
}
