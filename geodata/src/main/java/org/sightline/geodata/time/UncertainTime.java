package org.sightline.geodata.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The time of a witness's statement as stated, vague or not: a day, a month, a season, a year, a
 * decade, an interval, a time before or after another, or nothing known. It is the span of days
 * that the statement allows, {@code [earliest, latest]}, both inclusive, with the precision and the
 * EDTF qualifiers of the statement, and the EDTF text that says it exactly ({@link Edtf}).
 *
 * <p>There is deliberately no midpoint: a vague time is its span, and comparisons ({@link
 * #overlaps}, {@link #overlap}) use the whole span. Exports carry the earliest and latest days, the
 * EDTF and the precision codes of {@link PrecisionCodes}.
 *
 * <p>The qualifiers say how the witness held the time, not a wider span: {@code 1997~} spans
 * 1997-01-01 to 1997-12-31 like {@code 1997}; a caller that wants slack gives {@link #overlaps} a
 * tolerance. For an interval, {@code uncertain} and {@code approximate} say whether either end is
 * so qualified; the EDTF says which.
 *
 * <p>The components are redundant with {@code edtf}, which holds how the time was stated (so that
 * {@code 1996/1998} and {@code 1996-01-01/1998-12-31}, one span, stay two values); the constructor
 * checks that they agree, and the factories and {@link Edtf#parse} make them agree. Immutable and
 * thread-safe.
 *
 * @param earliest the first day the statement allows, inclusive; null when the start is open or
 *     unknown
 * @param latest the last day the statement allows, inclusive; null when the end is open or unknown
 * @param precision how the time is stated; {@link TimePrecision#RANGE} for every interval
 * @param uncertain EDTF {@code ?} (or {@code %}): the witness is not sure of it
 * @param approximate EDTF {@code ~} (or {@code %}): the witness gives it as approximate
 * @param edtf the EDTF normal form, as {@link Edtf#format} writes it
 */
public record UncertainTime(
    LocalDate earliest,
    LocalDate latest,
    TimePrecision precision,
    boolean uncertain,
    boolean approximate,
    String edtf) {
  private static final UncertainTime UNKNOWN =
      new UncertainTime(null, null, TimePrecision.UNKNOWN, false, false, "/");

  /**
   * @throws InvalidTimeException when {@code edtf} is not an EDTF text {@link Edtf} accepts in
   *     normal form, or the other components are not what it says
   */
  public UncertainTime {
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(edtf, "edtf");
    Edtf.Reading reading = Edtf.read("edtf", edtf);
    if (!Objects.equals(earliest, reading.earliest())
        || !Objects.equals(latest, reading.latest())
        || precision != reading.precision()
        || uncertain != reading.uncertain()
        || approximate != reading.approximate()) {
      throw new InvalidTimeException(
          "edtf",
          "edtf '"
              + edtf
              + "' is "
              + describe(
                  reading.earliest(),
                  reading.latest(),
                  reading.precision(),
                  reading.uncertain(),
                  reading.approximate())
              + ", not "
              + describe(earliest, latest, precision, uncertain, approximate));
    }
  }

  /** One day. */
  public static UncertainTime ofDay(LocalDate day) {
    checkYear(day.getYear());
    return parse(day.toString());
  }

  /** One calendar month. */
  public static UncertainTime ofMonth(YearMonth month) {
    checkYear(month.getYear());
    return parse(month.toString());
  }

  /** One season ({@link Season}: the winter of {@code year} ends in February of the next). */
  public static UncertainTime ofSeason(int year, Season season) {
    checkYear(year);
    return parse(String.format(Locale.ROOT, "%04d-%d", year, season.edtfCode()));
  }

  /** One calendar year. */
  public static UncertainTime ofYear(int year) {
    checkYear(year);
    return parse(String.format(Locale.ROOT, "%04d", year));
  }

  /**
   * The ten years from {@code firstYear}, which ends in 0: {@code ofDecade(1990)} is 1990 to 1999,
   * EDTF {@code 199X}.
   */
  public static UncertainTime ofDecade(int firstYear) {
    checkYear(firstYear);
    if (firstYear % 10 != 0) {
      throw new InvalidTimeException(
          Edtf.FIELD, "time: a decade starts in a year ending in 0, not " + firstYear);
    }
    return parse(String.format(Locale.ROOT, "%03dX", firstYear / 10));
  }

  /**
   * The hundred years from {@code firstYear}, which ends in 00: {@code ofCentury(1900)} is 1900 to
   * 1999, EDTF {@code 19XX} (not the 20th century, 1901 to 2000).
   */
  public static UncertainTime ofCentury(int firstYear) {
    checkYear(firstYear);
    if (firstYear % 100 != 0) {
      throw new InvalidTimeException(
          Edtf.FIELD, "time: a century here starts in a year ending in 00, not " + firstYear);
    }
    return parse(String.format(Locale.ROOT, "%02dXX", firstYear / 100));
  }

  /**
   * The interval from the start of {@code start} to the end of {@code end}, each end keeping its
   * qualifiers. EDTF Level 1 interval ends are days, months and years, so a season stands as its
   * first or last month, and a decade or century as its first or last year ({@code between(1990s,
   * 2003)} is {@code 1990/2003}); an interval given as an end gives its own start or end; {@link
   * #unknown()} gives an unknown end ({@code /1998}). When neither end has a date (two unknown
   * times; a time open at its start and one open at its end) nothing is known: {@link #unknown()}.
   *
   * @throws InvalidTimeException when {@code end} ends before {@code start} starts
   */
  public static UncertainTime between(UncertainTime start, UncertainTime end) {
    Edtf.End from = Edtf.read(Edtf.FIELD, start.edtf).asStart(Edtf.FIELD);
    Edtf.End to = Edtf.read(Edtf.FIELD, end.edtf).asEnd(Edtf.FIELD);
    if (from.date() == null && to.date() == null) {
      return UNKNOWN;
    }
    return parse(from.text() + "/" + to.text());
  }

  /**
   * At any time up to the end of {@code end}, inclusive, with no start: EDTF {@code ../1998} for
   * "before 1998" (see {@link TimeStatements} for why the year itself is included).
   *
   * @throws InvalidTimeException when {@code end} is unknown, or its end is open or unknown
   */
  public static UncertainTime before(UncertainTime end) {
    return open(end, "before", Edtf.End.OPEN, Edtf.read(Edtf.FIELD, end.edtf).asEnd(Edtf.FIELD));
  }

  /**
   * At any time from the start of {@code start}, inclusive, with no end: EDTF {@code 1996/..} for
   * "after 1996".
   *
   * @throws InvalidTimeException when {@code start} is unknown, or its start is open or unknown
   */
  public static UncertainTime after(UncertainTime start) {
    return open(
        start, "after", Edtf.read(Edtf.FIELD, start.edtf).asStart(Edtf.FIELD), Edtf.End.OPEN);
  }

  private static UncertainTime open(
      UncertainTime bound, String word, Edtf.End start, Edtf.End end) {
    if ((start.date() == null) == (end.date() == null)) {
      throw new InvalidTimeException(
          Edtf.FIELD, "time: '" + word + "' needs a known time, not '" + bound.edtf + "'");
    }
    return parse(start.text() + "/" + end.text());
  }

  /** A time of which nothing is known: EDTF {@code /}, no earliest or latest day. */
  public static UncertainTime unknown() {
    return UNKNOWN;
  }

  /** This time qualified as uncertain ({@code ?}); for an interval, each end that has a date. */
  public UncertainTime asUncertain() {
    return Edtf.of(Edtf.read(Edtf.FIELD, edtf).qualified(true, false));
  }

  /** This time qualified as approximate ({@code ~}); for an interval, each end that has a date. */
  public UncertainTime asApproximate() {
    return Edtf.of(Edtf.read(Edtf.FIELD, edtf).qualified(false, true));
  }

  /**
   * The span as UTC days ({@link TimeInterval#ofDays}), open where this time is open or unknown;
   * empty for {@link #unknown()}, which a {@code TimeInterval} (one end at least) cannot hold.
   */
  public Optional<TimeInterval> toInterval() {
    return precision == TimePrecision.UNKNOWN
        ? Optional.empty()
        : Optional.of(TimeInterval.ofDays(earliest, latest));
  }

  /**
   * Whether the two times could be the same: whether their spans, each widened by {@code
   * toleranceDays} days at both ends, share a day. Open and unknown ends reach without limit, so an
   * unknown time overlaps every time. {@code 199X} overlaps {@code 1997}; {@code 198X} overlaps
   * {@code 1997} only with a tolerance of 1,279 days or more (half the 2,558 days from 1989-12-31
   * to 1997-01-01). Qualifiers are not read: give approximate times a tolerance.
   *
   * @param toleranceDays 0 or more
   * @throws IllegalArgumentException when {@code toleranceDays} is negative
   */
  public boolean overlaps(UncertainTime other, int toleranceDays) {
    if (toleranceDays < 0) {
      throw new IllegalArgumentException("toleranceDays must be 0 or more, got " + toleranceDays);
    }
    return reaches(latest, other.earliest, toleranceDays)
        && reaches(other.latest, earliest, toleranceDays);
  }

  private static boolean reaches(LocalDate last, LocalDate first, int toleranceDays) {
    return last == null
        || first == null
        || last.toEpochDay() + 2L * toleranceDays >= first.toEpochDay();
  }

  /**
   * The days both times allow, if any: an interval of days ({@code 1997-01-01/1997-12-31} for
   * {@code 199X} and {@code 1997}), open ({@code ..}) on a side where neither time has a bound,
   * {@link #unknown()} when neither has a bound at all; without qualifiers. Symmetric.
   */
  public Optional<UncertainTime> overlap(UncertainTime other) {
    LocalDate first = later(earliest, other.earliest);
    LocalDate last = earlier(latest, other.latest);
    if (first == null && last == null) {
      return Optional.of(UNKNOWN);
    }
    if (first != null && last != null && first.isAfter(last)) {
      return Optional.empty();
    }
    return Optional.of(
        parse((first == null ? ".." : first.toString()) + "/" + (last == null ? ".." : last)));
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  /**
   * The number of days of the span, both ends counted: 1 for a day, 365 or 366 for a year, 3,652 or
   * 3,653 for a decade; empty when an end is open or unknown.
   */
  public OptionalLong widthDays() {
    return earliest == null || latest == null
        ? OptionalLong.empty()
        : OptionalLong.of(ChronoUnit.DAYS.between(earliest, latest) + 1);
  }

  private static UncertainTime parse(String text) {
    return Edtf.parse(Edtf.FIELD, text);
  }

  private static void checkYear(int year) {
    if (year < 0 || year > 9999) {
      throw new InvalidTimeException(
          Edtf.FIELD, "time: year " + year + " is outside 0000-9999, the years EDTF writes here");
    }
  }

  private static String describe(
      LocalDate earliest,
      LocalDate latest,
      TimePrecision precision,
      boolean uncertain,
      boolean approximate) {
    return (earliest == null ? ".." : earliest.toString())
        + " to "
        + (latest == null ? ".." : latest.toString())
        + ", precision "
        + (precision == null ? "null" : precision.code())
        + (uncertain ? ", uncertain" : "")
        + (approximate ? ", approximate" : "");
  }
}
