package org.sightline.geodata.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.json.JsonMapping;

/** The factories, the span's measures and comparisons, and the constructor's check. */
class UncertainTimeTest {
  private static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  private static UncertainTime t(String edtf) {
    return Edtf.parse(edtf);
  }

  @Test
  void theFactoriesGiveTheEdtfOfWhatTheyName() {
    assertThat(UncertainTime.ofDay(d("1997-12-03")).edtf()).isEqualTo("1997-12-03");
    assertThat(UncertainTime.ofMonth(YearMonth.of(1997, 12)).edtf()).isEqualTo("1997-12");
    assertThat(UncertainTime.ofSeason(1997, Season.WINTER).edtf()).isEqualTo("1997-24");
    assertThat(UncertainTime.ofSeason(1997, Season.SPRING).edtf()).isEqualTo("1997-21");
    assertThat(UncertainTime.ofYear(1997).edtf()).isEqualTo("1997");
    assertThat(UncertainTime.ofYear(997).edtf()).isEqualTo("0997");
    assertThat(UncertainTime.ofDecade(1990).edtf()).isEqualTo("199X");
    assertThat(UncertainTime.ofCentury(1900).edtf()).isEqualTo("19XX");
    assertThat(UncertainTime.unknown().edtf()).isEqualTo("/");
    assertThat(UncertainTime.unknown().precision()).isEqualTo(TimePrecision.UNKNOWN);
    assertThat(UncertainTime.ofDay(d("1997-12-03")))
        .isEqualTo(
            new UncertainTime(
                d("1997-12-03"), d("1997-12-03"), TimePrecision.DAY, false, false, "1997-12-03"));
  }

  @Test
  void betweenWritesEachEndAsTheDayMonthOrYearThatBoundsIt() {
    UncertainTime y1996 = UncertainTime.ofYear(1996);
    UncertainTime y1998 = UncertainTime.ofYear(1998);
    assertThat(UncertainTime.between(y1996, y1998).edtf()).isEqualTo("1996/1998");
    assertThat(UncertainTime.between(y1996, y1998).precision()).isEqualTo(TimePrecision.RANGE);
    assertThat(
            UncertainTime.between(
                    UncertainTime.ofSeason(1997, Season.WINTER),
                    UncertainTime.ofSeason(1998, Season.WINTER))
                .edtf())
        .isEqualTo("1997-12/1999-02");
    assertThat(
            UncertainTime.between(UncertainTime.ofDecade(1990), UncertainTime.ofYear(2003)).edtf())
        .isEqualTo("1990/2003");
    assertThat(
            UncertainTime.between(UncertainTime.ofYear(1985), UncertainTime.ofDecade(1990)).edtf())
        .isEqualTo("1985/1999");
    assertThat(UncertainTime.between(t("1997-XX"), t("1998-12-XX")).edtf())
        .isEqualTo("1997/1998-12");
    assertThat(UncertainTime.between(t("1990/1993"), t("1997/1999")).edtf()).isEqualTo("1990/1999");
    assertThat(UncertainTime.between(UncertainTime.unknown(), y1998).edtf()).isEqualTo("/1998");
    assertThat(UncertainTime.between(y1996, UncertainTime.unknown()).edtf()).isEqualTo("1996/");
    assertThat(UncertainTime.between(y1996.asApproximate(), y1998.asUncertain()).edtf())
        .isEqualTo("1996~/1998?");
  }

  @Test
  void betweenRefusesAnEndBeforeTheStartAndTwoUnknownEndsAreUnknown() {
    assertThatThrownBy(
            () -> UncertainTime.between(UncertainTime.ofYear(1998), UncertainTime.ofYear(1996)))
        .isInstanceOf(InvalidTimeException.class)
        .hasMessage("time: '1998/1996' ends before it starts");
    assertThat(UncertainTime.between(UncertainTime.unknown(), UncertainTime.unknown()))
        .isEqualTo(UncertainTime.unknown());
  }

  @Test
  void beforeAndAfterIncludeTheTimeNamedAndAreOpenOnTheOtherSide() {
    UncertainTime before = UncertainTime.before(UncertainTime.ofYear(1998));
    assertThat(before.edtf()).isEqualTo("../1998");
    assertThat(before.earliest()).isNull();
    assertThat(before.latest()).isEqualTo(d("1998-12-31"));
    UncertainTime after = UncertainTime.after(UncertainTime.ofYear(1996));
    assertThat(after.edtf()).isEqualTo("1996/..");
    assertThat(after.earliest()).isEqualTo(d("1996-01-01"));
    assertThat(after.latest()).isNull();
    assertThat(UncertainTime.before(UncertainTime.ofSeason(1997, Season.WINTER)).edtf())
        .isEqualTo("../1998-02");
    assertThat(UncertainTime.after(UncertainTime.ofDecade(1990)).edtf()).isEqualTo("1990/..");
    assertThatThrownBy(() -> UncertainTime.before(UncertainTime.unknown()))
        .isInstanceOf(InvalidTimeException.class)
        .hasMessage("time: 'before' needs a known time, not '/'");
    assertThatThrownBy(() -> UncertainTime.after(before))
        .isInstanceOf(InvalidTimeException.class)
        .hasMessage("time: 'after' needs a known time, not '../1998'");
  }

  @Test
  void theFactoriesRefuseYearsOutsideEdtfAndMisplacedDecadesAndCenturies() {
    assertThatThrownBy(() -> UncertainTime.ofYear(10000))
        .isInstanceOf(InvalidTimeException.class)
        .hasMessage("time: year 10000 is outside 0000-9999, the years EDTF writes here");
    assertThatThrownBy(() -> UncertainTime.ofDay(d("-0001-01-01")))
        .isInstanceOf(InvalidTimeException.class);
    assertThatThrownBy(() -> UncertainTime.ofDecade(1997))
        .isInstanceOf(InvalidTimeException.class)
        .hasMessage("time: a decade starts in a year ending in 0, not 1997");
    assertThatThrownBy(() -> UncertainTime.ofCentury(1950))
        .isInstanceOf(InvalidTimeException.class)
        .hasMessage("time: a century here starts in a year ending in 00, not 1950");
  }

  @Test
  void qualifyingAnIntervalQualifiesEachEndThatHasADate() {
    assertThat(t("1997-09/1997-12").asApproximate().edtf()).isEqualTo("1997-09~/1997-12~");
    assertThat(t("../1998").asUncertain().edtf()).isEqualTo("../1998?");
    assertThat(t("1997~").asUncertain().edtf()).isEqualTo("1997%");
    assertThat(t("1997~").asApproximate()).isEqualTo(t("1997~"));
    assertThat(UncertainTime.unknown().asApproximate()).isEqualTo(UncertainTime.unknown());
  }

  @Test
  void theConstructorRefusesComponentsThatDisagreeWithTheEdtf() {
    assertThatThrownBy(
            () ->
                new UncertainTime(
                    d("1997-01-01"), d("1997-12-30"), TimePrecision.YEAR, false, false, "1997"))
        .isInstanceOf(InvalidTimeException.class)
        .hasMessage(
            "edtf '1997' is 1997-01-01 to 1997-12-31, precision year, not 1997-01-01 to"
                + " 1997-12-30, precision year");
    assertThatThrownBy(
            () ->
                new UncertainTime(
                    d("1997-01-01"), d("1997-12-31"), TimePrecision.YEAR, true, false, "1997"))
        .isInstanceOf(InvalidTimeException.class);
    assertThatThrownBy(
            () ->
                new UncertainTime(
                    d("1997-01-01"), d("1997-12-31"), TimePrecision.YEAR, false, false, " 1997"))
        .isInstanceOf(InvalidTimeException.class)
        .hasMessage("edtf: ' 1997' has blanks around it");
    assertThatThrownBy(
            () ->
                new UncertainTime(
                    d("1997-01-01"), d("1997-12-31"), TimePrecision.YEAR, false, false, "1997-13"))
        .isInstanceOf(InvalidTimeException.class)
        .hasMessage("edtf: '1997-13' has month 13; months are 01-12 (and seasons 21-24)");
  }

  @Test
  void theIntervalIsTheSpanOfUtcDaysOpenWhereTheTimeIsAndNoneWhenUnknown() {
    TimeInterval year = t("1997").toInterval().orElseThrow();
    assertThat(year.start()).isEqualTo(Instant.parse("1997-01-01T00:00:00Z"));
    assertThat(year.end()).isEqualTo(Instant.parse("1997-12-31T23:59:59.999999Z"));
    assertThat(t("../1998").toInterval().orElseThrow().start()).isNull();
    assertThat(t("/1998").toInterval()).isEqualTo(t("../1998").toInterval());
    assertThat(t("1996/").toInterval().orElseThrow().end()).isNull();
    assertThat(UncertainTime.unknown().toInterval()).isEmpty();
  }

  @Test
  void theWidthCountsBothEndsAndIsEmptyWhenOpen() {
    assertThat(t("1997-12-03").widthDays()).hasValue(1);
    assertThat(t("1997-02").widthDays()).hasValue(28);
    assertThat(t("1996").widthDays()).hasValue(366);
    assertThat(t("1997").widthDays()).hasValue(365);
    assertThat(t("199X").widthDays()).hasValue(3652);
    assertThat(t("1996/1998").widthDays()).hasValue(1096);
    assertThat(t("../1998").widthDays()).isEmpty();
    assertThat(t("1996/").widthDays()).isEmpty();
    assertThat(UncertainTime.unknown().widthDays()).isEmpty();
  }

  @Test
  void aDecadeOverlapsAYearWithinItAndNotOneOutsideItUnlessTheToleranceBridgesTheGap() {
    assertThat(t("199X").overlaps(t("1997"), 0)).isTrue();
    assertThat(t("1997").overlaps(t("199X"), 0)).isTrue();
    assertThat(t("198X").overlaps(t("1997"), 0)).isFalse();
    assertThat(t("198X").overlaps(t("1997"), 1278)).isFalse();
    assertThat(t("198X").overlaps(t("1997"), 1279)).isTrue();
    assertThat(t("1997").overlaps(t("198X"), 1279)).isTrue();
  }

  @Test
  void theToleranceWidensEachTimeAtBothEnds() {
    // 1997-01-10 and 1997-01-12: one day between; each widened by 1 day, they share 1997-01-11.
    assertThat(t("1997-01-10").overlaps(t("1997-01-12"), 0)).isFalse();
    assertThat(t("1997-01-10").overlaps(t("1997-01-12"), 1)).isTrue();
    assertThat(t("1997-01-10").overlaps(t("1997-01-13"), 1)).isFalse();
    assertThat(t("1997-01-10").overlaps(t("1997-01-10"), 0)).isTrue();
    assertThat(t("1997-12").overlaps(t("1998-01"), 0)).isFalse();
    assertThat(t("1997-12").overlaps(t("1998-01"), 1)).isTrue();
  }

  @Test
  void openAndUnknownEndsReachWithoutLimit() {
    assertThat(t("../1998").overlaps(t("1900"), 0)).isTrue();
    assertThat(t("../1998").overlaps(t("1999"), 0)).isFalse();
    assertThat(t("1996/").overlaps(t("9999"), 0)).isTrue();
    assertThat(t("1996/").overlaps(t("1995"), 0)).isFalse();
    assertThat(t("../1998").overlaps(t("1996/.."), 0)).isTrue();
    assertThat(UncertainTime.unknown().overlaps(t("1997-12-03"), 0)).isTrue();
    assertThat(t("0000").overlaps(UncertainTime.unknown(), 0)).isTrue();
  }

  @Test
  void theToleranceIsNotNegative() {
    assertThatThrownBy(() -> t("1997").overlaps(t("1997"), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("toleranceDays must be 0 or more, got -1");
  }

  @Test
  void theOverlapIsTheCommonDaysOpenWhereNeitherHasABound() {
    assertThat(t("199X").overlap(t("1997"))).contains(t("1997-01-01/1997-12-31"));
    assertThat(t("1997-24").overlap(t("1998"))).contains(t("1998-01-01/1998-02-28"));
    assertThat(t("1997~").overlap(t("1997-12-03?"))).contains(t("1997-12-03/1997-12-03"));
    assertThat(t("../1998").overlap(t("1996/.."))).contains(t("1996-01-01/1998-12-31"));
    assertThat(t("../1998").overlap(t("/1997"))).contains(t("../1997-12-31"));
    assertThat(t("1996/").overlap(UncertainTime.unknown())).contains(t("1996-01-01/.."));
    assertThat(UncertainTime.unknown().overlap(UncertainTime.unknown()))
        .contains(UncertainTime.unknown());
    assertThat(t("198X").overlap(t("1997"))).isEmpty();
    assertThat(t("1997-12").overlap(t("1998-01"))).isEmpty();
  }

  @Test
  void jsonWritesTheComponentsAndReadsThemBackThroughTheCheck() throws Exception {
    UncertainTime winter = t("1997-24~");
    String json = JsonMapping.writer().writeValueAsString(winter);
    assertThat(json)
        .isEqualTo(
            "{\"earliest\":\"1997-12-01\",\"latest\":\"1998-02-28\",\"precision\":\"season\","
                + "\"uncertain\":false,\"approximate\":true,\"edtf\":\"1997-24~\"}");
    assertThat(JsonMapping.reader().forType(UncertainTime.class).<UncertainTime>readValue(json))
        .isEqualTo(winter);
    assertThatThrownBy(
            () ->
                JsonMapping.reader()
                    .forType(UncertainTime.class)
                    .readValue(json.replace("1998-02-28", "1998-03-31")))
        .hasRootCauseInstanceOf(InvalidTimeException.class);
  }

  @Test
  void thereIsNoMidpoint() {
    assertThat(
            Arrays.stream(UncertainTime.class.getMethods())
                .map(Method::getName)
                .map(name -> name.toLowerCase(Locale.ROOT)))
        .noneMatch(
            name -> name.contains("mid") || name.contains("centre") || name.contains("center"));
  }
}
