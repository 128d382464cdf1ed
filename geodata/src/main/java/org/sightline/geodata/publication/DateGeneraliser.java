package org.sightline.geodata.publication;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Public dates: a span of days widened to whole calendar months or years, never narrowed, so a
 * public date is never more precise than the policy allows or than the source stated.
 *
 * <p>Pure and thread-safe.
 */
public final class DateGeneraliser {
  private DateGeneraliser() {}

  /**
   * A public time: its first and last days (null when open) and its EDTF in whole months or years:
   * {@code 1997-03}, {@code 1997}, {@code 1997-12/1998-02}, {@code 1996/1998}, {@code ../1997};
   * {@code /} when neither end is known.
   */
  public record PublicTime(LocalDate earliest, LocalDate latest, String edtf) {}

  /**
   * Widens [{@code earliest}, {@code latest}] (either may be null: open) to whole units of {@code
   * precision}.
   */
  public static PublicTime generalise(
      LocalDate earliest, LocalDate latest, DatePrecision precision) {
    LocalDate from = earliest == null ? null : startOf(earliest, precision);
    LocalDate to = latest == null ? null : endOf(latest, precision);
    return new PublicTime(from, to, edtf(from, to));
  }

  private static LocalDate startOf(LocalDate day, DatePrecision precision) {
    return precision == DatePrecision.YEAR
        ? day.with(TemporalAdjusters.firstDayOfYear())
        : day.with(TemporalAdjusters.firstDayOfMonth());
  }

  private static LocalDate endOf(LocalDate day, DatePrecision precision) {
    return precision == DatePrecision.YEAR
        ? day.with(TemporalAdjusters.lastDayOfYear())
        : day.with(TemporalAdjusters.lastDayOfMonth());
  }

  /** The EDTF of a span of whole months: in years when it is whole years. */
  static String edtf(LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      return "/"; // EDTF has no "../..": a time of which nothing is known is "/"
    }
    boolean years =
        (from == null || from.getDayOfYear() == 1)
            && (to == null || (to.getMonthValue() == 12 && to.getDayOfMonth() == 31));
    String start = from == null ? ".." : years ? year(from) : month(from);
    String end = to == null ? ".." : years ? year(to) : month(to);
    return start.equals(end) ? start : start + "/" + end;
  }

  private static String year(LocalDate day) {
    return String.format("%04d", day.getYear());
  }

  private static String month(LocalDate day) {
    return String.format("%04d-%02d", day.getYear(), day.getMonthValue());
  }
}
