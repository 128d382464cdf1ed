package org.sightline.geodata.testimony.io;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sightline.geodata.testimony.ClaimType;
import org.sightline.geodata.testimony.InformationGrade;
import org.sightline.geodata.testimony.Sharing;

/**
 * What a TimeMap does not say and the caller decides.
 *
 * @param claimTypes the claim type of each association (by id or title), category or event type;
 *     keys compared without case or surrounding spaces
 * @param defaultType the claim type of an event that nothing maps (with a warning), or null: then
 *     such an event is an error
 * @param radiusM the radius of every event's point, metres, 0..{@link ClaimPlace#MAX_RADIUS_M}
 *     (timemap places an event at a point without saying how precise it is)
 * @param sharing the restriction of sources that are not hidden, and of their claims; hidden
 *     sources and their claims are {@link Sharing#CORROBORATION_ONLY}
 * @param informationGrade the grade of every claim (a TimeMap grades nothing)
 */
public record TimeMapOptions(
    Map<String, ClaimType> claimTypes,
    ClaimType defaultType,
    double radiusM,
    Sharing sharing,
    InformationGrade informationGrade) {

  /** The radius of an event's point unless the caller gives one: 1,000 m. */
  public static final double DEFAULT_RADIUS_M = 1_000;

  public TimeMapOptions {
    Map<String, ClaimType> keyed = new HashMap<>();
    claimTypes.forEach(
        (key, type) -> {
          Objects.requireNonNull(type, "claim type of " + key);
          if (keyed.put(key(key), type) != null) {
            throw new IllegalArgumentException("claimTypes has the key '" + key + "' twice");
          }
        });
    claimTypes = Map.copyOf(keyed);
    if (!(radiusM >= 0 && radiusM <= ClaimPlace.MAX_RADIUS_M)) {
      throw new IllegalArgumentException("radiusM must be 0 to 100,000, got " + radiusM);
    }
    Objects.requireNonNull(sharing, "sharing");
    Objects.requireNonNull(informationGrade, "informationGrade");
  }

  /**
   * The mapping with the defaults: no default type, {@link #DEFAULT_RADIUS_M}, {@link
   * Sharing#STAFF_ONLY}, {@link InformationGrade#CANNOT_BE_JUDGED}.
   */
  public static TimeMapOptions of(Map<String, ClaimType> claimTypes) {
    return new TimeMapOptions(
        claimTypes, null, DEFAULT_RADIUS_M, Sharing.STAFF_ONLY, InformationGrade.CANNOT_BE_JUDGED);
  }

  public TimeMapOptions withDefaultType(ClaimType type) {
    return new TimeMapOptions(claimTypes, type, radiusM, sharing, informationGrade);
  }

  public TimeMapOptions withRadiusM(double radius) {
    return new TimeMapOptions(claimTypes, defaultType, radius, sharing, informationGrade);
  }

  public TimeMapOptions withSharing(Sharing restriction) {
    return new TimeMapOptions(claimTypes, defaultType, radiusM, restriction, informationGrade);
  }

  public TimeMapOptions withInformationGrade(InformationGrade grade) {
    return new TimeMapOptions(claimTypes, defaultType, radiusM, sharing, grade);
  }

  /** The claim type {@code word} maps to, or null. */
  ClaimType claimType(String word) {
    return word == null ? null : claimTypes.get(key(word));
  }

  /** The mapping's keys, sorted, for messages. */
  String keys() {
    return String.join(", ", new TreeMap<>(claimTypes).keySet());
  }

  private static String key(String word) {
    return word.strip().toLowerCase(Locale.ROOT);
  }
}
