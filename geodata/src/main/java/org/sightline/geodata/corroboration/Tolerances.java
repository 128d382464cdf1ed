package org.sightline.geodata.corroboration;

import java.util.Locale;
import org.sightline.geodata.InvalidDataException;

/**
 * How far apart two items may be and still describe one event.
 *
 * <p>Time: each item's interval is widened by {@code timeDays} at both ends (an open end stays
 * open), and the widened intervals must overlap; so two intervals up to {@code 2 x timeDays} days
 * apart match. Place: the two regions must lie within {@code placeM} metres of each other (they
 * must intersect, touching included, when it is 0), measured in a metric projection centred on the
 * pair.
 *
 * @param timeDays days added at both ends of every interval, 0 to 36,500
 * @param placeM metres, 0 to 200,000
 */
public record Tolerances(int timeDays, double placeM) {
  /**
   * 30 days, because witnesses misplace the month of a remembered event more often than the season;
   * 500 m, because a witness's "by the mine entrance" and an analyst's digitized change at the same
   * entrance are often a few hundred metres apart, while distinct sections of a camp lie kilometres
   * apart.
   */
  public static final Tolerances DEFAULTS = new Tolerances(30, 500);

  /**
   * @throws InvalidDataException when a tolerance is negative, not finite or too large
   */
  public Tolerances {
    if (timeDays < 0 || timeDays > 36_500) {
      throw new InvalidDataException("tolerances: timeDays must be 0 to 36,500: " + timeDays);
    }
    if (!(placeM >= 0 && placeM <= 200_000)) {
      throw new InvalidDataException("tolerances: placeM must be 0 to 200,000: " + placeM);
    }
  }

  /**
   * These tolerances times {@code factor}: days rounded to the nearest whole day (half up).
   *
   * @throws InvalidDataException when the factor is not positive and finite, or the result is too
   *     large
   */
  public Tolerances scaled(double factor) {
    if (!(factor > 0) || !Double.isFinite(factor)) {
      throw new InvalidDataException("tolerances: scale factor must be positive: " + factor);
    }
    return new Tolerances((int) Math.round(timeDays * factor), placeM * factor);
  }

  /** For explanations: {@code 30 days, 500 m}. */
  public String describe() {
    return String.format(Locale.ROOT, "%d days, %,.0f m", timeDays, placeM);
  }
}
