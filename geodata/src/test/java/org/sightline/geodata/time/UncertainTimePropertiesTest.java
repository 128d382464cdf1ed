package org.sightline.geodata.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The EDTF round trips over every shape a time can take, and the comparisons' laws, over random
 * times between the years 0000 and 9999.
 */
class UncertainTimePropertiesTest {
  private static final long FIRST_DAY = LocalDate.of(0, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

  private static Arbitrary<LocalDate> days() {
    return Arbitraries.longs().between(FIRST_DAY, LAST_DAY).map(LocalDate::ofEpochDay);
  }

  private static Arbitrary<Integer> years() {
    return Arbitraries.integers().between(0, 9999);
  }

  /** A day, month, season, year, decade or century, or one written with X, unqualified. */
  private static Arbitrary<UncertainTime> plainSingles() {
    Arbitrary<UncertainTime> day = days().map(UncertainTime::ofDay);
    Arbitrary<UncertainTime> month = days().map(d -> UncertainTime.ofMonth(YearMonth.from(d)));
    Arbitrary<UncertainTime> season =
        Combinators.combine(Arbitraries.integers().between(0, 9998), Arbitraries.of(Season.class))
            .as(UncertainTime::ofSeason);
    Arbitrary<UncertainTime> year = years().map(UncertainTime::ofYear);
    Arbitrary<UncertainTime> decade =
        Arbitraries.integers().between(0, 999).map(n -> UncertainTime.ofDecade(n * 10));
    Arbitrary<UncertainTime> century =
        Arbitraries.integers().between(0, 99).map(n -> UncertainTime.ofCentury(n * 100));
    Arbitrary<UncertainTime> unspecified =
        Combinators.combine(days(), Arbitraries.of("YYYY-XX", "YYYY-MM-XX", "YYYY-XX-XX"))
            .as(
                (d, shape) ->
                    Edtf.parse(
                        shape
                            .replace("YYYY", String.format(Locale.ROOT, "%04d", d.getYear()))
                            .replace("MM", String.format(Locale.ROOT, "%02d", d.getMonthValue()))));
    return Arbitraries.oneOf(day, month, season, year, decade, century, unspecified);
  }

  private static UncertainTime qualify(UncertainTime time, int qualifier) {
    return switch (qualifier) {
      case 1 -> time.asUncertain();
      case 2 -> time.asApproximate();
      case 3 -> time.asUncertain().asApproximate();
      default -> time;
    };
  }

  private static Arbitrary<UncertainTime> singles() {
    return Combinators.combine(plainSingles(), Arbitraries.integers().between(0, 3))
        .as(UncertainTimePropertiesTest::qualify);
  }

  /** Between two singles (either may be unknown), in order. */
  private static UncertainTime ordered(UncertainTime a, UncertainTime b) {
    boolean reversed =
        a.earliest() != null && b.latest() != null && a.earliest().isAfter(b.latest());
    return reversed ? UncertainTime.between(b, a) : UncertainTime.between(a, b);
  }

  /** Every shape: singles, closed intervals, open and unknown ends, unknown, common parts. */
  @Provide
  Arbitrary<UncertainTime> times() {
    Arbitrary<UncertainTime> single = singles();
    Arbitrary<UncertainTime> closed = Combinators.combine(single, single).as(this::orderedPair);
    Arbitrary<UncertainTime> unknownStart =
        single.map(t -> UncertainTime.between(UncertainTime.unknown(), t));
    Arbitrary<UncertainTime> unknownEnd =
        single.map(t -> UncertainTime.between(t, UncertainTime.unknown()));
    Arbitrary<UncertainTime> before = single.map(UncertainTime::before);
    Arbitrary<UncertainTime> after = single.map(UncertainTime::after);
    Arbitrary<UncertainTime> qualifiedRange =
        Combinators.combine(closed, Arbitraries.integers().between(1, 3))
            .as(UncertainTimePropertiesTest::qualify);
    Arbitrary<UncertainTime> unknown = Arbitraries.just(UncertainTime.unknown());
    Arbitrary<UncertainTime> shapes =
        Arbitraries.oneOf(
            single, closed, unknownStart, unknownEnd, before, after, qualifiedRange, unknown);
    Arbitrary<UncertainTime> common =
        Combinators.combine(shapes, shapes).as((a, b) -> a.overlap(b).orElse(a));
    return Arbitraries.frequencyOf(
        jqwikPair(4, single),
        jqwikPair(3, closed),
        jqwikPair(1, unknownStart),
        jqwikPair(1, unknownEnd),
        jqwikPair(1, before),
        jqwikPair(1, after),
        jqwikPair(1, qualifiedRange),
        jqwikPair(1, unknown),
        jqwikPair(1, common));
  }

  private UncertainTime orderedPair(UncertainTime a, UncertainTime b) {
    return ordered(a, b);
  }

  private static Tuple2<Integer, Arbitrary<? extends UncertainTime>> jqwikPair(
      int weight, Arbitrary<UncertainTime> arbitrary) {
    return Tuple.of(weight, arbitrary);
  }

  private static String qualifier(int q) {
    return switch (q) {
      case 1 -> "?";
      case 2 -> "~";
      case 3 -> "%";
      default -> "";
    };
  }

  /** A date written at one unit, holding {@code day}: the day, its month or its year. */
  private static String at(LocalDate day, int unit) {
    return switch (unit) {
      case 0 -> day.toString();
      case 1 -> YearMonth.from(day).toString();
      default -> String.format(Locale.ROOT, "%04d", day.getYear());
    };
  }

  /** Every single date form EDTF Level 1 allows, with or without a qualifier. */
  private static Arbitrary<String> dateTexts() {
    Arbitrary<String> unit =
        Combinators.combine(days(), Arbitraries.integers().between(0, 2))
            .as(UncertainTimePropertiesTest::at);
    Arbitrary<String> season =
        Combinators.combine(
                Arbitraries.integers().between(0, 9998), Arbitraries.integers().between(21, 24))
            .as((y, s) -> String.format(Locale.ROOT, "%04d-%d", y, s));
    Arbitrary<String> unspecified =
        Combinators.combine(
                days(), Arbitraries.of("YYYX", "YYXX", "YYYY-XX", "YYYY-MM-XX", "YYYY-XX-XX"))
            .as(
                (d, shape) -> {
                  String year = String.format(Locale.ROOT, "%04d", d.getYear());
                  return shape
                      .replace("YYYY", year)
                      .replace("YYY", year.substring(0, 3))
                      .replace("YY", year.substring(0, 2))
                      .replace("MM", String.format(Locale.ROOT, "%02d", d.getMonthValue()));
                });
    return Combinators.combine(
            Arbitraries.oneOf(unit, season, unspecified), Arbitraries.integers().between(0, 3))
        .as((text, q) -> text + qualifier(q));
  }

  /** An interval of two days, months or years in order, either end open or unknown, or "/". */
  private static Arbitrary<String> intervalTexts() {
    Arbitrary<String> closed =
        Combinators.combine(
                days(),
                days(),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3))
            .as(
                (a, b, unitA, unitB, qA, qB) -> {
                  LocalDate first = a.isAfter(b) ? b : a;
                  LocalDate last = a.isAfter(b) ? a : b;
                  return at(first, unitA) + qualifier(qA) + "/" + at(last, unitB) + qualifier(qB);
                });
    Arbitrary<String> half =
        Combinators.combine(
                days(),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 3),
                Arbitraries.of("..", ""),
                Arbitraries.of(true, false))
            .as(
                (day, unit, q, none, known) ->
                    known
                        ? at(day, unit) + qualifier(q) + "/" + none
                        : none + "/" + at(day, unit) + qualifier(q));
    return Arbitraries.oneOf(closed, half, Arbitraries.just("/"));
  }

  @Provide
  Arbitrary<String> edtfTexts() {
    return Arbitraries.oneOf(dateTexts(), intervalTexts());
  }

  @Property(tries = 2000)
  void parsingTheFormatGivesTheSameValue(@ForAll("times") UncertainTime time) {
    assertThat(Edtf.parse(Edtf.format(time))).isEqualTo(time);
    String edtf = time.edtf();
    String shape =
        edtf.equals("/")
            ? "unknown"
            : edtf.startsWith("../") || edtf.endsWith("/..")
                ? "open end"
                : edtf.startsWith("/") || edtf.endsWith("/")
                    ? "unknown end"
                    : edtf.contains("/") ? "closed interval" : "single";
    Statistics.label("precision").collect(time.precision());
    Statistics.label("shape").collect(shape);
    Statistics.label("qualified").collect(time.uncertain(), time.approximate());
    Statistics.label("precision")
        .coverage(
            coverage -> {
              for (TimePrecision precision : TimePrecision.values()) {
                coverage.check(precision).count(c -> c > 0);
              }
            });
    Statistics.label("shape")
        .coverage(
            coverage -> {
              for (String each :
                  new String[] {
                    "unknown", "open end", "unknown end", "closed interval", "single"
                  }) {
                coverage.check(each).count(c -> c > 0);
              }
            });
    Statistics.label("qualified")
        .coverage(
            coverage -> {
              coverage.check(true, false).count(c -> c > 0);
              coverage.check(false, true).count(c -> c > 0);
              coverage.check(true, true).count(c -> c > 0);
            });
  }

  @Property(tries = 2000)
  void formattingTheParseGivesTheSameText(@ForAll("edtfTexts") String text) {
    assertThat(Edtf.format(Edtf.parse(text))).isEqualTo(text);
  }

  @Property(tries = 500)
  void theSpanIsOrderedAndTheIntervalIsTheSpan(@ForAll("times") UncertainTime time) {
    if (time.earliest() != null && time.latest() != null) {
      assertThat(time.earliest()).isBeforeOrEqualTo(time.latest());
      assertThat(time.widthDays())
          .hasValue(time.latest().toEpochDay() - time.earliest().toEpochDay() + 1);
    } else {
      assertThat(time.widthDays()).isEmpty();
    }
    if (time.precision() == TimePrecision.UNKNOWN) {
      assertThat(time.toInterval()).isEmpty();
    } else {
      TimeInterval interval = time.toInterval().orElseThrow();
      assertThat(interval.startDay()).isEqualTo(time.earliest());
      assertThat(interval.endDay()).isEqualTo(time.latest());
    }
  }

  @Property(tries = 1000)
  void overlappingIsSymmetricAndAgreesWithTheOverlap(
      @ForAll("times") UncertainTime a, @ForAll("times") UncertainTime b) {
    assertThat(a.overlaps(b, 0)).isEqualTo(b.overlaps(a, 0));
    assertThat(a.overlaps(b, 0)).isEqualTo(a.overlap(b).isPresent());
    assertThat(a.overlap(b)).isEqualTo(b.overlap(a));
    a.overlap(b)
        .ifPresent(
            common -> {
              assertThat(common.overlaps(a, 0)).isTrue();
              assertThat(common.overlaps(b, 0)).isTrue();
              if (common.earliest() != null) {
                assertThat(a.earliest() == null || !common.earliest().isBefore(a.earliest()))
                    .isTrue();
                assertThat(b.earliest() == null || !common.earliest().isBefore(b.earliest()))
                    .isTrue();
              }
              if (common.latest() != null) {
                assertThat(a.latest() == null || !common.latest().isAfter(a.latest())).isTrue();
                assertThat(b.latest() == null || !common.latest().isAfter(b.latest())).isTrue();
              }
            });
  }

  @Property(tries = 1000)
  void aWiderToleranceNeverLosesAnOverlap(
      @ForAll("times") UncertainTime a,
      @ForAll("times") UncertainTime b,
      @ForAll @IntRange(min = 0, max = 4000) int tolerance,
      @ForAll @IntRange(min = 0, max = 4000) int more) {
    if (a.overlaps(b, tolerance)) {
      assertThat(a.overlaps(b, tolerance + more)).isTrue();
    }
    assertThat(a.overlaps(b, tolerance)).isEqualTo(b.overlaps(a, tolerance));
  }

  @Property(tries = 1000)
  void anIntervalRunsFromTheStartOfOneTimeToTheEndOfTheOther(
      @ForAll("times") UncertainTime a, @ForAll("times") UncertainTime b) {
    boolean reversed =
        a.earliest() != null && b.latest() != null && a.earliest().isAfter(b.latest());
    UncertainTime first = reversed ? b : a;
    UncertainTime last = reversed ? a : b;
    UncertainTime range = ordered(a, b);
    assertThat(range.earliest()).isEqualTo(first.earliest());
    assertThat(range.latest()).isEqualTo(last.latest());
    assertThat(range.precision())
        .isEqualTo(
            range.earliest() == null && range.latest() == null
                ? TimePrecision.UNKNOWN
                : TimePrecision.RANGE);
    assertThat(range.uncertain())
        .isEqualTo(range.edtf().contains("?") || range.edtf().contains("%"));
  }

  @Property(tries = 500)
  void koreanEnglishAndEdtfStatementsOfOneDayMonthSeasonYearOrDecadeAgree(
      @ForAll("statementDays") LocalDate day,
      @ForAll Season season,
      @ForAll @IntRange(min = 0, max = 4) int shape) {
    int year = day.getYear();
    String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String[] statements =
        switch (shape) {
          case 0 ->
              new String[] {
                year + "년 " + day.getMonthValue() + "월 " + day.getDayOfMonth() + "일",
                day.getDayOfMonth() + " " + month + " " + year,
                month + " " + day.getDayOfMonth() + ", " + year,
                day.toString()
              };
          case 1 ->
              new String[] {
                year + "년 " + day.getMonthValue() + "월",
                month + " " + year,
                YearMonth.from(day).toString()
              };
          case 2 ->
              new String[] {
                year + "년 " + season.labelKo(),
                season.labelEn() + " " + year,
                UncertainTime.ofSeason(year, season).edtf()
              };
          case 3 -> new String[] {year + "년", Integer.toString(year), year + "년도"};
          default ->
              new String[] {
                (year / 10 * 10) + "년대", "the " + (year / 10 * 10) + "s", (year / 10) + "X"
              };
        };
    UncertainTime expected = TimeStatements.parse(statements[0]);
    for (String statement : statements) {
      assertThat(TimeStatements.parse(statement)).as(statement).isEqualTo(expected);
    }
  }

  @Provide
  Arbitrary<LocalDate> statementDays() {
    return Arbitraries.longs()
        .between(LocalDate.of(1000, 1, 1).toEpochDay(), LocalDate.of(9998, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }
}
