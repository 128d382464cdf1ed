package org.sightline.geodata.time;

/**
 * The date precision codes of two conflict event datasets, for exports read alongside them. Both
 * datasets give an event one date and a code saying how precise it is; an export of Sightline gives
 * the earliest and latest days, the EDTF and these codes, never a single date inside the span.
 *
 * <p>Each code is read from the span's width in days, both ends counted ({@link
 * UncertainTime#widthDays}); qualifiers are not read (the EDTF carries them). A span wider than the
 * coarsest code describes, or open or unknown, gets the coarsest code: the earliest and latest days
 * show how much wider it is. Stateless and thread-safe.
 */
public final class PrecisionCodes {
  private PrecisionCodes() {}

  /**
   * ACLED's {@code time_precision} (ACLED Codebook, "time precision"; acleddata.com): 1 when the
   * source gives the actual date of the event; 2 when it says the event happened during a
   * particular week or a similar period of a few days; 3 when it gives only the month (ACLED then
   * codes the middle of the month, which Sightline does not). Here: 1 for a span of one day, 2 for
   * two to seven days, 3 for anything wider, open or unknown (ACLED has no coarser code).
   */
  public static int acledTimePrecision(UncertainTime time) {
    long width = time.widthDays().orElse(Long.MAX_VALUE);
    if (width == 1) {
      return 1;
    }
    return width <= 7 ? 2 : 3;
  }

  /**
   * UCDP GED's {@code date_prec} (UCDP Georeferenced Event Dataset Codebook, Högbladh, version 19.1
   * and later; ucdp.uu.se): 1 when the exact date is known; 2 when the event spans more than one
   * day but no more than six; 3 when it is known to a week; 4 when it is known to a month; 5 when
   * it is known to a year only. Here: 1 for a span of one day, 2 for two to six days, 3 for seven,
   * 4 for eight to 31, 5 for anything wider, open or unknown (UCDP has no coarser code).
   */
  public static int ucdpDatePrec(UncertainTime time) {
    long width = time.widthDays().orElse(Long.MAX_VALUE);
    if (width == 1) {
      return 1;
    }
    if (width <= 6) {
      return 2;
    }
    if (width == 7) {
      return 3;
    }
    return width <= 31 ? 4 : 5;
  }
}
