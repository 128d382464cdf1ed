package org.sightline.geodata.time;

import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

/**
 * How precisely a time of testimony is stated, from the finest to the coarsest: the kind of {@link
 * UncertainTime} and the unit of its EDTF form. A stated interval ({@code 1996/1998}, "early 1997")
 * is a {@link #RANGE} whatever the precision of its ends; its EDTF keeps how each end was stated.
 */
public enum TimePrecision implements Coded {
  /** One day: {@code 1997-12-03}. */
  DAY("day", "day", "일"),
  /** One calendar month: {@code 1997-12}, or a day unknown within it, {@code 1997-12-XX}. */
  MONTH("month", "month", "월"),
  /**
   * Three months of one season ({@link Season}): {@code 1997-24} is December 1997 to February 1998.
   */
  SEASON("season", "season", "계절"),
  /** One calendar year: {@code 1997}, or a month or day unknown within it, {@code 1997-XX}. */
  YEAR("year", "year", "연도"),
  /** Ten years whose numbers share their first three digits: {@code 199X} is 1990 to 1999. */
  DECADE("decade", "decade", "연대"),
  /** A hundred years whose numbers share their first two digits: {@code 19XX} is 1900 to 1999. */
  CENTURY("century", "century", "세기"),
  /**
   * An interval between two stated ends, either of which may be open or unknown: {@code 1996/1998}.
   */
  RANGE("range", "range of dates", "기간"),
  /** Nothing is known of the time: EDTF {@code /}. */
  UNKNOWN("unknown", "unknown", "미상");

  private final CodeLabels labels;

  TimePrecision(String code, String labelEn, String labelKo) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
  }

  @Override
  public CodeLabels labels() {
    return labels;
  }

  public static TimePrecision fromCode(String code) {
    return Coded.fromCode(TimePrecision.class, "precision", code);
  }
}
