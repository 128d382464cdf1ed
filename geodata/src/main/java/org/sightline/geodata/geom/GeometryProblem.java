package org.sightline.geodata.geom;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;

/**
 * One thing wrong with a geometry, with where it is when that is known.
 *
 * @param message what is wrong, in plain words
 * @param location the offending coordinate (longitude, latitude), or null when the problem has no
 *     single place
 */
public record GeometryProblem(String message, Coordinate location) {
  public GeometryProblem {
    Objects.requireNonNull(message, "message");
  }

  public static GeometryProblem at(String message, Coordinate location) {
    return new GeometryProblem(message, location);
  }

  public static GeometryProblem of(String message) {
    return new GeometryProblem(message, null);
  }

  /** The message with its location appended, e.g. {@code "self-intersection at 126.85 39.67"}. */
  public String describe() {
    if (location == null) {
      return message;
    }
    return String.format(Locale.ROOT, "%s at %s %s", message, num(location.x), num(location.y));
  }

  /** Rounded to 7 decimals (about 1 cm), which hides floating-point noise in computed points. */
  private static String num(double value) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    return new BigDecimal(value)
        .setScale(7, RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }
}
