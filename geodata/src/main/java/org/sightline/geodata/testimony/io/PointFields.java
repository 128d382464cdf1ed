package org.sightline.geodata.testimony.io;

import java.util.regex.Pattern;
import org.locationtech.jts.geom.Envelope;
import org.sightline.geodata.geom.GeometryCheck;

/**
 * The two fields a point's longitude and latitude are read from, in decimal degrees written with a
 * point ({@code 126.85}); and the checks of a point that need no database: ranges, swapped axes,
 * the Korean peninsula.
 *
 * @param lonField the longitude's column or key, as messages name it
 * @param latField the latitude's column or key
 */
record PointFields(String lonField, String latField) {
  /**
   * North Korea, lon 124..131, lat 37.5..43.1: a point or area whose latitude lies in the
   * longitudes and longitude in the latitudes has its axes swapped.
   */
  static final Envelope NORTH_KOREA = new Envelope(124, 131, 37.5, 43.1);

  static final String NORTH_KOREA_TEXT = "longitude 124 to 131, latitude 37.5 to 43.1";
  static final String REGION_TEXT = "longitude 123 to 132, latitude 33 to 44";

  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");

  /**
   * The point, or null: without errors when both texts are blank (no point given), else with each
   * problem recorded. A point outside {@link GeometryCheck#KOREA_REGION} is kept with a warning.
   *
   * @param radiusM metres, already checked
   */
  ClaimPlace.AtPoint read(
      String lonText, String latText, double radiusM, String description, Findings findings) {
    boolean hasLon = lonText != null && !lonText.isBlank();
    boolean hasLat = latText != null && !latText.isBlank();
    if (!hasLon && !hasLat) {
      return null;
    }
    if (!hasLat) {
      findings.error(latField, latField + " is required with " + lonField);
      return null;
    }
    if (!hasLon) {
      findings.error(lonField, lonField + " is required with " + latField);
      return null;
    }
    Double lon = degrees(lonField, lonText.strip(), findings);
    Double lat = degrees(latField, latText.strip(), findings);
    if (lon == null || lat == null) {
      return null;
    }
    if (NORTH_KOREA.contains(lat, lon)) {
      findings.error(
          lonField,
          lonField
              + ", "
              + latField
              + ": the point ("
              + lonField
              + " "
              + lonText.strip()
              + ", "
              + latField
              + " "
              + latText.strip()
              + ") looks swapped: North Korea lies at "
              + NORTH_KOREA_TEXT
              + "; put the longitude in "
              + lonField
              + " and the latitude in "
              + latField);
      return null;
    }
    boolean inRange = true;
    if (lon < -180 || lon > 180) {
      findings.error(lonField, lonField + ": " + lonText.strip() + " is out of range -180 to 180");
      inRange = false;
    }
    if (lat < -90 || lat > 90) {
      findings.error(latField, latField + ": " + latText.strip() + " is out of range -90 to 90");
      inRange = false;
    }
    if (!inRange) {
      return null;
    }
    if (!GeometryCheck.KOREA_REGION.contains(lon, lat)) {
      findings.warn(
          lonField
              + ", "
              + latField
              + ": the point ("
              + lonText.strip()
              + ", "
              + latText.strip()
              + ") lies outside the Korean peninsula ("
              + REGION_TEXT
              + "); check the coordinates");
    }
    return new ClaimPlace.AtPoint(lon, lat, radiusM, description);
  }

  /** Decimal degrees written with a point, or null with the problem recorded. */
  private static Double degrees(String field, String text, Findings findings) {
    if (DECIMAL.matcher(text).matches()) {
      return Double.parseDouble(text);
    }
    if (DECIMAL_COMMA.matcher(text).matches()) {
      findings.error(
          field,
          field
              + ": "
              + Findings.quoted(text)
              + " has a decimal comma; write decimal degrees with a point ("
              + text.replace(',', '.')
              + ")");
    } else {
      findings.error(
          field,
          field
              + ": "
              + Findings.quoted(text)
              + " is not a number; give decimal degrees such as 126.85");
    }
    return null;
  }
}
