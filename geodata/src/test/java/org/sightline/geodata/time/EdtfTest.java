package org.sightline.geodata.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each EDTF form the reader accepts, what it means, and each refusal with its message. */
class EdtfTest {
  private static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  private static String refusal(String text) {
    try {
      Edtf.parse(text);
    } catch (InvalidTimeException e) {
      assertThat(e.field()).isEqualTo("time");
      return e.getMessage();
    }
    throw new AssertionError("expected '" + text + "' to be refused");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "1997-12-03 | 1997-12-03 | 1997-12-03 | day",
        "1997-12 | 1997-12-01 | 1997-12-31 | month",
        "1997 | 1997-01-01 | 1997-12-31 | year",
        "1997-21 | 1997-03-01 | 1997-05-31 | season",
        "1997-22 | 1997-06-01 | 1997-08-31 | season",
        "1997-23 | 1997-09-01 | 1997-11-30 | season",
        "1997-24 | 1997-12-01 | 1998-02-28 | season",
        "1999-24 | 1999-12-01 | 2000-02-29 | season",
        "199X | 1990-01-01 | 1999-12-31 | decade",
        "19XX | 1900-01-01 | 1999-12-31 | century",
        "1997-XX | 1997-01-01 | 1997-12-31 | year",
        "1997-12-XX | 1997-12-01 | 1997-12-31 | month",
        "1997-XX-XX | 1997-01-01 | 1997-12-31 | year",
        "1996/1998 | 1996-01-01 | 1998-12-31 | range",
        "1997-12/1998-02 | 1997-12-01 | 1998-02-28 | range",
        "1996-01-01/1998-12-31 | 1996-01-01 | 1998-12-31 | range",
        "2005/2006-02 | 2005-01-01 | 2006-02-28 | range",
        "1997/1997 | 1997-01-01 | 1997-12-31 | range",
        "../1998 | null | 1998-12-31 | range",
        "1996/.. | 1996-01-01 | null | range",
        "/1998 | null | 1998-12-31 | range",
        "1996/ | 1996-01-01 | null | range",
        "1985-04-12/.. | 1985-04-12 | null | range",
        "/ | null | null | unknown",
        "0000 | 0000-01-01 | 0000-12-31 | year",
        "9999-12-31 | 9999-12-31 | 9999-12-31 | day"
      })
  void readsEachFormAsItsSpanAndPrecision(
      String text, String earliest, String latest, String precision) {
    UncertainTime time = Edtf.parse(text);
    assertThat(time.earliest()).isEqualTo(earliest == null ? null : d(earliest));
    assertThat(time.latest()).isEqualTo(latest == null ? null : d(latest));
    assertThat(time.precision().code()).isEqualTo(precision);
    assertThat(time.uncertain()).isFalse();
    assertThat(time.approximate()).isFalse();
    assertThat(Edtf.format(time)).isEqualTo(text);
  }

  @Test
  void theQualifiersSayUncertainApproximateOrBothAndLeaveTheSpan() {
    UncertainTime uncertain = Edtf.parse("1997?");
    UncertainTime approximate = Edtf.parse("1997~");
    UncertainTime both = Edtf.parse("1997%");
    assertThat(uncertain.uncertain()).isTrue();
    assertThat(uncertain.approximate()).isFalse();
    assertThat(approximate.uncertain()).isFalse();
    assertThat(approximate.approximate()).isTrue();
    assertThat(both.uncertain()).isTrue();
    assertThat(both.approximate()).isTrue();
    for (UncertainTime time : new UncertainTime[] {uncertain, approximate, both}) {
      assertThat(time.earliest()).isEqualTo(d("1997-01-01"));
      assertThat(time.latest()).isEqualTo(d("1997-12-31"));
      assertThat(time.precision()).isEqualTo(TimePrecision.YEAR);
    }
    assertThat(Edtf.format(both)).isEqualTo("1997%");
    assertThat(Edtf.parse("1997-24?").precision()).isEqualTo(TimePrecision.SEASON);
    assertThat(Edtf.parse("199X~").approximate()).isTrue();
    assertThat(Edtf.parse("1997-12-03%").uncertain()).isTrue();
  }

  @Test
  void anIntervalIsQualifiedWhenEitherEndIsAndKeepsWhichInItsEdtf() {
    UncertainTime time = Edtf.parse("1984?/2004-06~");
    assertThat(time.uncertain()).isTrue();
    assertThat(time.approximate()).isTrue();
    assertThat(time.earliest()).isEqualTo(d("1984-01-01"));
    assertThat(time.latest()).isEqualTo(d("2004-06-30"));
    assertThat(time).isNotEqualTo(Edtf.parse("1984%/2004-06"));
    assertThat(Edtf.parse("1984/2004%").uncertain()).isTrue();
    assertThat(Edtf.parse("../1998~").approximate()).isTrue();
  }

  @Test
  void theWinterOfAYearEndsInFebruaryOfTheNextLeapYearOrNot() {
    assertThat(Edtf.parse("1997-24").latest()).isEqualTo(d("1998-02-28"));
    assertThat(Edtf.parse("1995-24").latest()).isEqualTo(d("1996-02-29"));
    assertThat(Edtf.parse("1997-24").widthDays()).hasValue(90);
    assertThat(Edtf.parse("1995-24").widthDays()).hasValue(91);
  }

  @Test
  void aLeapDayIsADayInALeapYearOnly() {
    assertThat(Edtf.parse("1996-02-29").earliest()).isEqualTo(d("1996-02-29"));
    assertThat(Edtf.parse("2000-02-29").earliest()).isEqualTo(d("2000-02-29"));
    assertThat(refusal("1997-02-29"))
        .isEqualTo(
            "time: '1997-02-29' has day 29; February 1997 has days 01-28 (1997 is not a leap"
                + " year)");
    assertThat(refusal("1900-02-29"))
        .isEqualTo(
            "time: '1900-02-29' has day 29; February 1900 has days 01-28 (1900 is not a leap"
                + " year)");
  }

  @Test
  void sameSpanStatedDifferentlyIsADifferentValue() {
    assertThat(Edtf.parse("1996/1998")).isNotEqualTo(Edtf.parse("1996-01-01/1998-12-31"));
    assertThat(Edtf.parse("1997")).isNotEqualTo(Edtf.parse("1997-XX"));
    assertThat(Edtf.parse("1997").toInterval()).isEqualTo(Edtf.parse("1997-XX").toInterval());
    assertThat(Edtf.parse("1996/..")).isNotEqualTo(Edtf.parse("1996/"));
  }

  @Test
  void blanksAroundTheTextAreIgnoredAndTheNormalFormHasNone() {
    assertThat(Edtf.format(Edtf.parse("  1997-12 \n"))).isEqualTo("1997-12");
  }

  @Test
  void aFieldNamedByTheCallerIsNamedInTheRefusal() {
    assertThatThrownBy(() -> Edtf.parse("when_edtf", "1997-13"))
        .isInstanceOf(InvalidTimeException.class)
        .hasMessage("when_edtf: '1997-13' has month 13; months are 01-12 (and seasons 21-24)")
        .satisfies(e -> assertThat(((InvalidTimeException) e).field()).isEqualTo("when_edtf"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1997-13 | time: '1997-13' has month 13; months are 01-12 (and seasons 21-24)",
        "1997-00 | time: '1997-00' has month 0; months are 01-12 (and seasons 21-24)",
        "1997-04-31 | time: '1997-04-31' has day 31; April 1997 has days 01-30",
        "1997-12-00 | time: '1997-12-00' has day 0; December 1997 has days 01-31",
        "1997-21-03 | time: '1997-21-03' has month 21; months are 01-12 (a season, 21-24, has no"
            + " days)",
        "1997-25 | time: '1997-25' has the sub-year grouping 25, which is EDTF Level 2; seasons are"
            + " 21 (spring) to 24 (winter)",
        "1998/1996 | time: '1998/1996' ends before it starts",
        "1998-03/1998-02-28 | time: '1998-03/1998-02-28' ends before it starts",
        "1996/1997/1998 | time: '1996/1997/1998' has more than one '/'; an interval is start/end",
        "../.. | time: '../..' has no date at either end; an interval needs a date at one end at"
            + " least, and a time of which nothing is known is written '/'",
        "/.. | time: '/..' has no date at either end; an interval needs a date at one end at"
            + " least, and a time of which nothing is known is written '/'",
        "1997?~ | time: '1997?~' has two qualifiers; one is allowed at the end of a date, and '%'"
            + " says uncertain and approximate together",
        "? | time: '?' has a qualifier but no date; expected an EDTF date such as 1997-12-03,"
            + " 1997-12, 1997, 1997-24 (a season), 199X (a decade), optionally ending in ?, ~ or %,"
            + " or an interval such as 1996/1998, ../1998 or /1998",
        "2004-?06 | time: '2004-?06' qualifies part of a date, which is EDTF Level 2; a qualifier"
            + " (?, ~ or %) is accepted at the end of the date only",
        "2004-06~-11 | time: '2004-06~-11' qualifies part of a date, which is EDTF Level 2; a"
            + " qualifier (?, ~ or %) is accepted at the end of the date only",
        "1XXX | time: '1XXX' has unspecified digits (X) where EDTF Level 1 does not allow them (that"
            + " is Level 2); Level 1 allows 199X, 19XX, 1997-XX, 1997-12-XX and 1997-XX-XX, and a"
            + " time of which nothing is known is written '/'",
        "XXXX | time: 'XXXX' has unspecified digits (X) where EDTF Level 1 does not allow them (that"
            + " is Level 2); Level 1 allows 199X, 19XX, 1997-XX, 1997-12-XX and 1997-XX-XX, and a"
            + " time of which nothing is known is written '/'",
        "156X-12-25 | time: '156X-12-25' has unspecified digits (X) where EDTF Level 1 does not"
            + " allow them (that is Level 2); Level 1 allows 199X, 19XX, 1997-XX, 1997-12-XX and"
            + " 1997-XX-XX, and a time of which nothing is known is written '/'",
        "1984-1X | time: '1984-1X' has unspecified digits (X) where EDTF Level 1 does not allow"
            + " them (that is Level 2); Level 1 allows 199X, 19XX, 1997-XX, 1997-12-XX and"
            + " 1997-XX-XX, and a time of which nothing is known is written '/'",
        "1997-XX-03 | time: '1997-XX-03' has an unspecified month but a day, which is EDTF Level 2;"
            + " Level 1 allows 1997-XX-XX",
        "199x | time: '199x' has a lower-case x; unspecified digits are written X",
        "[1667,1668] | time: '[1667,1668]' is a set of dates, which is EDTF Level 2",
        "{1960,1961-12} | time: '{1960,1961-12}' is a set of dates, which is EDTF Level 2",
        "1950S2 | time: '1950S2' has significant digits (S) or an exponent (E), which are EDTF"
            + " Level 2",
        "Y170000002 | time: 'Y170000002' has a year before 0000 or after 9999; years are four"
            + " digits",
        "-1985 | time: '-1985' has a year before 0000 or after 9999; years are four digits",
        "1985-04-12T23:20:30 | time: '1985-04-12T23:20:30' has a time of day; a time of testimony"
            + " is a date, a day at the finest (YYYY-MM-DD)",
        "1997-24/1998 | time: '1997-24' in '1997-24/1998' is a season; an interval end in EDTF"
            + " Level 1 is a day, month or year (YYYY-MM-DD, YYYY-MM or YYYY), so write the months"
            + " or years that bound it, e.g. 1997-12/1998-02 or 1990/1999",
        "199X/2003 | time: '199X' in '199X/2003' is written with unspecified digits (X); an interval"
            + " end in EDTF Level 1 is a day, month or year (YYYY-MM-DD, YYYY-MM or YYYY), so write"
            + " the months or years that bound it, e.g. 1997-12/1998-02 or 1990/1999",
        "1996/1997-13 | time: '1997-13' in '1996/1997-13' has month 13; months are 01-12 (and"
            + " seasons 21-24)",
        "9999-24 | time: '9999-24' is the winter of 9999, which ends after 9999-12-31",
        "97 | time: '97' is not an EDTF date; expected an EDTF date such as 1997-12-03, 1997-12,"
            + " 1997, 1997-24 (a season), 199X (a decade), optionally ending in ?, ~ or %, or an"
            + " interval such as 1996/1998, ../1998 or /1998",
        "1997-1-3 | time: '1997-1-3' is not an EDTF date; expected an EDTF date such as 1997-12-03,"
            + " 1997-12, 1997, 1997-24 (a season), 199X (a decade), optionally ending in ?, ~ or %,"
            + " or an interval such as 1996/1998, ../1998 or /1998",
      })
  void refusesWithAMessageNamingWhatIsWrong(String text, String message) {
    assertThat(refusal(text)).isEqualTo(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void refusesBlankText(String text) {
    assertThat(refusal(text))
        .isEqualTo(
            "time is empty; expected an EDTF date such as 1997-12-03, 1997-12, 1997, 1997-24 (a"
                + " season), 199X (a decade), optionally ending in ?, ~ or %, or an interval such as"
                + " 1996/1998, ../1998 or /1998");
  }
}
