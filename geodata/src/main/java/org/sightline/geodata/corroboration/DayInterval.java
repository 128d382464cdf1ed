package org.sightline.geodata.corroboration;

import java.time.LocalDate;

/**
 * An item's time as whole days for matching: {@code [startDay, endDay]}, both inclusive, in epoch
 * days; an open end is {@link #OPEN_START} or {@link #OPEN_END}, far beyond any date, so that
 * widening never overflows.
 */
record DayInterval(long startDay, long endDay) {
  static final long OPEN_START = -(1L << 40);
  static final long OPEN_END = 1L << 40;

  static DayInterval of(LocalDate earliest, LocalDate latest) {
    return new DayInterval(
        earliest == null ? OPEN_START : earliest.toEpochDay(),
        latest == null ? OPEN_END : latest.toEpochDay());
  }

  /** Whether the two intervals, each widened by {@code toleranceDays} at both ends, overlap. */
  static boolean overlap(long startA, long endA, long startB, long endB, long toleranceDays) {
    return startB <= endA + 2 * toleranceDays && startA <= endB + 2 * toleranceDays;
  }

  /** Days from the end of the earlier to the start of the later; 0 when they overlap. */
  static long gapDays(DayInterval a, DayInterval b) {
    if (b.startDay > a.endDay) {
      return b.startDay - a.endDay;
    }
    if (a.startDay > b.endDay) {
      return a.startDay - b.endDay;
    }
    return 0;
  }

  static LocalDate date(long day) {
    return day <= OPEN_START || day >= OPEN_END ? null : LocalDate.ofEpochDay(day);
  }

  /** {@code 1997-01-01..1997-12-31}, with {@code ..} for an open end. */
  static String describe(LocalDate earliest, LocalDate latest) {
    return (earliest == null ? "" : earliest.toString())
        + ".."
        + (latest == null ? "" : latest.toString());
  }
}
