package org.sightline.geodata.publication;

import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

/** The finest date a public output may give: a calendar month or a year. */
public enum DatePrecision implements Coded {
  MONTH("month", "month", "월"),
  YEAR("year", "year", "연도");

  private final CodeLabels labels;

  DatePrecision(String code, String labelEn, String labelKo) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
  }

  @Override
  public CodeLabels labels() {
    return labels;
  }

  public static DatePrecision fromCode(String code) {
    return Coded.fromCode(DatePrecision.class, "datePrecision", code);
  }
}
