package org.sightline.geodata.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A closed interval of time on the UTC time line, {@code [start, end]}: both ends inclusive, either
 * one open (null) but not both. A single instant is the interval {@code [t, t]}.
 *
 * <p>A whole day ends at its last microsecond, PostgreSQL's {@code timestamptz} resolution, so the
 * interval binds to SQL without rounding into the next day: a day is {@code [00:00:00,
 * 23:59:59.999999]} ({@link #ofDays}). Instants given by a client are kept as given. The days an
 * interval touches are its ends' UTC dates ({@link #startDay}, {@link #endDay}).
 *
 * <p>The uncertain time of testimony ("in the spring of 2015", "before 1998") is {@link
 * UncertainTime}, whose span of days gives such an interval ({@link UncertainTime#toInterval}),
 * open where nothing bounds it.
 *
 * @param start the first instant, inclusive; null when open (since before anything known)
 * @param end the last instant, inclusive; null when open (still holds)
 */
public record TimeInterval(Instant start, Instant end) {
  /** The last microsecond of a UTC day is this long after its start. */
  private static final long DAY_MINUS_ONE_MICROSECOND =
      ChronoUnit.DAYS.getDuration().toNanos() / 1000 - 1;

  /**
   * @throws IllegalArgumentException when both ends are open or the end is before the start
   */
  public TimeInterval {
    if (start == null && end == null) {
      throw new IllegalArgumentException("an interval needs at least one end");
    }
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException(
          "interval ends (" + end + ") before it starts (" + start + ")");
    }
  }

  /** The single instant {@code [at, at]}. */
  public static TimeInterval at(Instant at) {
    return new TimeInterval(at, at);
  }

  /** The UTC days from {@code first} to {@code last}, both inclusive; either may be null (open). */
  public static TimeInterval ofDays(LocalDate first, LocalDate last) {
    return new TimeInterval(startOf(first), endOf(last));
  }

  /** The first instant of a UTC day, or null. */
  static Instant startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /** The last microsecond of a UTC day, or null. */
  static Instant endOf(LocalDate day) {
    return day == null ? null : startOf(day).plus(DAY_MINUS_ONE_MICROSECOND, ChronoUnit.MICROS);
  }

  /** The UTC date of the start, or null when open. */
  public LocalDate startDay() {
    return start == null ? null : LocalDate.ofInstant(start, ZoneOffset.UTC);
  }

  /** The UTC date of the end, or null when open. */
  public LocalDate endDay() {
    return end == null ? null : LocalDate.ofInstant(end, ZoneOffset.UTC);
  }

  /** Whether {@code instant} lies in the interval, ends included. */
  public boolean contains(Instant instant) {
    return (start == null || !instant.isBefore(start)) && (end == null || !instant.isAfter(end));
  }
}
