package org.sightline.geodata.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sightline.geodata.publication.DateGeneraliser.PublicTime;
import org.sightline.geodata.time.Edtf;
import org.sightline.geodata.time.UncertainTime;

/**
 * Public dates are widened to whole months or years, never narrowed: the public span holds the
 * stated one, and neither end is finer than the policy or than the statement.
 */
class DateGeneraliserTest {
  private static LocalDate day(String iso) {
    return iso == null || iso.isEmpty() ? null : LocalDate.parse(iso);
  }

  @ParameterizedTest(name = "{0}..{1} by {2} -> {5}")
  @CsvSource({
    // earliest, latest, precision, public earliest, public latest, EDTF
    "1997-03-05, 1997-03-20, MONTH, 1997-03-01, 1997-03-31, 1997-03",
    "1997-03-05, 1997-03-20, YEAR, 1997-01-01, 1997-12-31, 1997",
    "1997-03-01, 1997-03-31, MONTH, 1997-03-01, 1997-03-31, 1997-03",
    "1997-12-24, 1998-02-02, MONTH, 1997-12-01, 1998-02-28, 1997-12/1998-02",
    "1997-12-24, 1998-02-02, YEAR, 1997-01-01, 1998-12-31, 1997/1998",
    "1996-06-01, 1998-06-30, YEAR, 1996-01-01, 1998-12-31, 1996/1998",
    "1996-02-10, 1996-02-29, MONTH, 1996-02-01, 1996-02-29, 1996-02",
    "1997-01-01, 1997-12-31, MONTH, 1997-01-01, 1997-12-31, 1997",
    "1996-01-01, 1998-12-31, MONTH, 1996-01-01, 1998-12-31, 1996/1998",
    "1997-01-15, 1998-12-31, MONTH, 1997-01-01, 1998-12-31, 1997/1998",
    "1997-02-15, 1998-12-31, MONTH, 1997-02-01, 1998-12-31, 1997-02/1998-12",
    ", 1997-05-03, YEAR, , 1997-12-31, ../1997",
    ", 1997-05-03, MONTH, , 1997-05-31, ../1997-05",
    "1997-05-03, , MONTH, 1997-05-01, , 1997-05/..",
    "1997-05-03, , YEAR, 1997-01-01, , 1997/..",
    "0987-05-03, 0987-05-03, YEAR, 0987-01-01, 0987-12-31, 0987",
  })
  void widensToWholeMonthsOrYears(
      String earliest,
      String latest,
      DatePrecision precision,
      String publicEarliest,
      String publicLatest,
      String edtf) {
    assertThat(DateGeneraliser.generalise(day(earliest), day(latest), precision))
        .isEqualTo(new PublicTime(day(publicEarliest), day(publicLatest), edtf));
  }

  @Test
  void aTimeOfWhichNothingIsKnownStaysUnknownInEdtfTheParserReads() {
    for (DatePrecision precision : DatePrecision.values()) {
      PublicTime time = DateGeneraliser.generalise(null, null, precision);
      assertThat(time.earliest()).isNull();
      assertThat(time.latest()).isNull();
      UncertainTime read = Edtf.parse(time.edtf());
      assertThat(read.earliest()).isNull();
      assertThat(read.latest()).isNull();
    }
  }

  @Test
  void everyExampleEdtfReadsBackAsThePublicSpan() {
    for (String edtf :
        new String[] {"1997-03", "1997", "1997-12/1998-02", "1996/1998", "../1997"}) {
      UncertainTime read = Edtf.parse(edtf);
      PublicTime time =
          DateGeneraliser.generalise(read.earliest(), read.latest(), precisionOf(edtf));
      assertThat(time.edtf()).isEqualTo(edtf);
      assertThat(time.earliest()).isEqualTo(read.earliest());
      assertThat(time.latest()).isEqualTo(read.latest());
    }
  }

  private static DatePrecision precisionOf(String edtf) {
    return edtf.matches(".*\\d{4}-\\d{2}.*") ? DatePrecision.MONTH : DatePrecision.YEAR;
  }

  // Properties over random spans between the years 0000 and 9999, either end open.

  private static final long FIRST_DAY = LocalDate.of(0, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

  /** A stated span: earliest and latest in order, either may be null (open). */
  record Span(LocalDate earliest, LocalDate latest) {}

  @Provide
  Arbitrary<Span> spans() {
    Arbitrary<LocalDate> days =
        Arbitraries.longs().between(FIRST_DAY, LAST_DAY).map(LocalDate::ofEpochDay);
    // Short spans (a day to a few months) as often as long ones, and spans of whole years.
    Arbitrary<Span> near =
        Combinators.combine(days, Arbitraries.integers().between(0, 120))
            .as(
                (d, n) ->
                    new Span(
                        d,
                        d.plusDays(n).isAfter(LocalDate.ofEpochDay(LAST_DAY)) ? d : d.plusDays(n)));
    Arbitrary<Span> far =
        Combinators.combine(days, days)
            .as((a, b) -> a.isAfter(b) ? new Span(b, a) : new Span(a, b));
    Arbitrary<Span> wholeMonths =
        far.map(
            s ->
                new Span(
                    s.earliest().with(TemporalAdjusters.firstDayOfMonth()),
                    s.latest().with(TemporalAdjusters.lastDayOfMonth())));
    Arbitrary<Span> wholeYears =
        far.map(
            s ->
                new Span(
                    s.earliest().with(TemporalAdjusters.firstDayOfYear()),
                    s.latest().with(TemporalAdjusters.lastDayOfYear())));
    Arbitrary<Span> closed = Arbitraries.oneOf(near, far, wholeMonths, wholeYears);
    Arbitrary<Span> openStart = closed.map(s -> new Span(null, s.latest()));
    Arbitrary<Span> openEnd = closed.map(s -> new Span(s.earliest(), null));
    return Arbitraries.frequencyOf(
        Tuple.of(6, closed),
        Tuple.of(1, openStart),
        Tuple.of(1, openEnd),
        Tuple.of(1, Arbitraries.just(new Span(null, null))));
  }

  @Property(tries = 1000)
  void thePublicSpanHoldsTheStatedOneAndEachEndIsOnABoundary(
      @ForAll("spans") Span span, @ForAll DatePrecision precision) {
    PublicTime time = DateGeneraliser.generalise(span.earliest(), span.latest(), precision);
    if (span.earliest() == null) {
      assertThat(time.earliest()).isNull();
    } else {
      assertThat(time.earliest()).isBeforeOrEqualTo(span.earliest());
      // Widened to the start of the month or year, and no further.
      LocalDate start =
          precision == DatePrecision.YEAR
              ? LocalDate.of(span.earliest().getYear(), 1, 1)
              : YearMonth.from(span.earliest()).atDay(1);
      assertThat(time.earliest()).isEqualTo(start);
    }
    if (span.latest() == null) {
      assertThat(time.latest()).isNull();
    } else {
      assertThat(time.latest()).isAfterOrEqualTo(span.latest());
      LocalDate end =
          precision == DatePrecision.YEAR
              ? LocalDate.of(span.latest().getYear(), 12, 31)
              : YearMonth.from(span.latest()).atEndOfMonth();
      assertThat(time.latest()).isEqualTo(end);
    }
  }

  @Property(tries = 1000)
  void theEdtfIsInWholeMonthsOrYearsAndReadsBackAsThePublicSpan(
      @ForAll("spans") Span span, @ForAll DatePrecision precision) {
    PublicTime time = DateGeneraliser.generalise(span.earliest(), span.latest(), precision);
    String edtf = time.edtf();
    String end = precision == DatePrecision.YEAR ? "(\\d{4}|\\.\\.)" : "(\\d{4}(-\\d{2})?|\\.\\.)";
    assertThat(edtf).matches("/|" + end + "(/" + end + ")?");
    UncertainTime read = Edtf.parse(edtf);
    assertThat(read.earliest()).isEqualTo(time.earliest());
    assertThat(read.latest()).isEqualTo(time.latest());
  }

  @Property(tries = 500)
  void aStatementInWholeYearsIsNeverGivenInMonths(
      @ForAll("spans") Span span, @ForAll DatePrecision precision) {
    boolean wholeYears =
        (span.earliest() == null || span.earliest().getDayOfYear() == 1)
            && (span.latest() == null
                || span.latest().equals(span.latest().with(TemporalAdjusters.lastDayOfYear())));
    String edtf = DateGeneraliser.generalise(span.earliest(), span.latest(), precision).edtf();
    if (wholeYears) {
      assertThat(edtf).doesNotMatch(".*\\d{4}-\\d{2}.*");
    }
  }

  @Property(tries = 500)
  void generalisingIsIdempotentAndYearsWidenMonths(
      @ForAll("spans") Span span, @ForAll DatePrecision precision) {
    PublicTime once = DateGeneraliser.generalise(span.earliest(), span.latest(), precision);
    assertThat(DateGeneraliser.generalise(once.earliest(), once.latest(), precision))
        .isEqualTo(once);
    PublicTime months =
        DateGeneraliser.generalise(span.earliest(), span.latest(), DatePrecision.MONTH);
    assertThat(DateGeneraliser.generalise(months.earliest(), months.latest(), DatePrecision.YEAR))
        .isEqualTo(DateGeneraliser.generalise(span.earliest(), span.latest(), DatePrecision.YEAR));
  }

  /** Regression: both ends open gave "../..", which EDTF (and {@link Edtf#parse}) refuses. */
  @Example
  void bothEndsOpenIsWrittenAsUnknown() {
    PublicTime time = DateGeneraliser.generalise(null, null, DatePrecision.MONTH);
    assertThat(time).isEqualTo(new PublicTime(null, null, "/"));
  }
}
