package org.sightline.geodata.place;

import java.util.List;
import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

/**
 * How precisely a claim's place is known, from an exact point to unknown, in the order of
 * decreasing precision, with the export codes of the two conflict-event datasets that users compare
 * Sightline with:
 *
 * <ul>
 *   <li>ACLED {@code geo_precision} (ACLED Codebook): 1 = the source names a particular town with
 *       known coordinates; 2 = the source places the event in a small part of a region or near a
 *       town, coded to a town that represents that area; 3 = only a larger region is named, coded
 *       to the nearest natural location or, failing all else, the provincial capital.
 *   <li>UCDP GED {@code where_prec} (UCDP GED Codebook; Sundberg and Melander 2013): 1 = the exact
 *       location; 2 = a limited area around a specified location; 3 = a second-order administrative
 *       division (ADM2, district or municipality), coded to its centroid; 4 = a first-order
 *       division (ADM1, province), coded to its centroid; 5 = parts of a country larger than ADM1,
 *       or a location given only in relation to another; 6 = the entire country; 7 = over water or
 *       in international airspace.
 * </ul>
 *
 * <p>The definitions as restated by the mapme.biodiversity documentation of both datasets
 * (calc_fatalities_acled, calc_fatalities_ucdp), which quotes the codebooks.
 */
public enum PlacePrecision implements Coded {
  /** A point known to within about 50 m (a point with a radius of at most {@link #EXACT_M}). */
  EXACT("exact", "exact point (within about 50 m)", "정확한 지점 (약 50m 이내)", 1, 1),
  /** Within a few kilometres: a radius (or the radius of a circle of equal area) up to 5 km. */
  APPROXIMATE("approximate", "within a few kilometres", "수 킬로미터 이내", 2, 2),
  /**
   * Somewhere inside a named facility or zone. ACLED 2, not 1: the place is named, but a kwanliso
   * covers tens to hundreds of km² and several villages, a general area near a known place rather
   * than a town; UCDP 2, a limited area around a specified location.
   */
  FACILITY("facility", "within a facility or zone", "시설 또는 구역 안", 2, 2),
  /**
   * Within a larger area, up to a province: ACLED 3 (a larger region); UCDP 4 (ADM1), since the
   * area may be as large as a province.
   */
  AREA("area", "within an area or province", "지역 또는 도 안", 3, 4),
  /**
   * No place given. ACLED has no code for it and 3 is its loosest; UCDP 6 (the country), since all
   * of Sightline's facilities are in the DPRK.
   */
  UNKNOWN("unknown", "unknown", "알 수 없음", 3, 6);

  /** The largest radius, metres, of an {@link #EXACT} place. */
  public static final double EXACT_M = 50;

  /** The largest radius, metres, of an {@link #APPROXIMATE} place. */
  public static final double APPROXIMATE_M = 5_000;

  private final CodeLabels labels;
  private final int acledGeoPrecision;
  private final int ucdpWherePrec;

  PlacePrecision(
      String code, String labelEn, String labelKo, int acledGeoPrecision, int ucdpWherePrec) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
    this.acledGeoPrecision = acledGeoPrecision;
    this.ucdpWherePrec = ucdpWherePrec;
  }

  @Override
  public CodeLabels labels() {
    return labels;
  }

  /** ACLED's {@code geo_precision}, 1 (most precise) to 3. */
  public int acledGeoPrecision() {
    return acledGeoPrecision;
  }

  /** UCDP GED's {@code where_prec}, 1 (most precise) to 7; never 7 here. */
  public int ucdpWherePrec() {
    return ucdpWherePrec;
  }

  /** The precision of a place whose uncertainty is a circle of {@code radiusM} metres. */
  public static PlacePrecision ofRadius(double radiusM) {
    if (radiusM <= EXACT_M) {
      return EXACT;
    }
    return radiusM <= APPROXIMATE_M ? APPROXIMATE : AREA;
  }

  /**
   * The precision of a claim with these places: {@link #UNKNOWN} when it has none, otherwise the
   * least precise of them (a claim "at the mine or somewhere in the camp" is known to the camp).
   */
  public static PlacePrecision of(List<? extends UncertainPlace> places) {
    PlacePrecision least = null;
    for (UncertainPlace place : places) {
      PlacePrecision p = place.precision();
      if (least == null || p.compareTo(least) > 0) {
        least = p;
      }
    }
    return least == null ? UNKNOWN : least;
  }

  public static PlacePrecision fromCode(String code) {
    return Coded.fromCode(PlacePrecision.class, "placePrecision", code);
  }
}
