package org.sightline.geodata.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

/**
 * A season of a year as EDTF Level 1 writes it ({@code 1997-21} to {@code 1997-24}), read as the
 * meteorological seasons of the northern hemisphere, where Korea lies: spring March to May, summer
 * June to August, autumn September to November, winter December to February. The winter of a year
 * begins in its December and ends in February of the next year: {@code 1997-24} is 1997-12-01 to
 * 1998-02-28.
 */
public enum Season implements Coded {
  SPRING("spring", "spring", "봄", 21, Month.MARCH),
  SUMMER("summer", "summer", "여름", 22, Month.JUNE),
  AUTUMN("autumn", "autumn", "가을", 23, Month.SEPTEMBER),
  WINTER("winter", "winter", "겨울", 24, Month.DECEMBER);

  private final CodeLabels labels;
  private final int edtfCode;
  private final Month firstMonth;

  Season(String code, String labelEn, String labelKo, int edtfCode, Month firstMonth) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
    this.edtfCode = edtfCode;
    this.firstMonth = firstMonth;
  }

  @Override
  public CodeLabels labels() {
    return labels;
  }

  /** The number EDTF writes in place of the month: 21 spring, 22 summer, 23 autumn, 24 winter. */
  public int edtfCode() {
    return edtfCode;
  }

  /** The first month of this season of {@code year}; winter's is December of {@code year}. */
  public YearMonth firstMonth(int year) {
    return YearMonth.of(year, firstMonth);
  }

  /** The last month of this season of {@code year}; winter's is February of the next year. */
  public YearMonth lastMonth(int year) {
    return firstMonth(year).plusMonths(2);
  }

  /** The first day of this season of {@code year}. */
  public LocalDate firstDay(int year) {
    return firstMonth(year).atDay(1);
  }

  /** The last day of this season of {@code year} (28 or 29 February for winter). */
  public LocalDate lastDay(int year) {
    return lastMonth(year).atEndOfMonth();
  }

  /** The season EDTF writes as {@code code} (21-24), or null for any other number. */
  static Season ofEdtfCode(int code) {
    for (Season season : values()) {
      if (season.edtfCode == code) {
        return season;
      }
    }
    return null;
  }

  public static Season fromCode(String code) {
    return Coded.fromCode(Season.class, "season", code);
  }
}
