package org.sightline.geodata.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each Korean and English statement the reader accepts, as EDTF, and the refusals. */
class TimeStatementsTest {
  private static final String EXAMPLES =
      "; write e.g. 1997년 12월 3일, 1997년 12월, 1997년, 1990년대, 1997년 겨울, 1997년 초/중반/말,"
          + " 1997년경, 1996~1998년, 1998년 이전, 1998년 이후, 모름; 3 December 1997, December 1997,"
          + " 1997, the 1990s, winter 1997, early January 1997, early 1997, around 1997,"
          + " 1996-1998, before 1998, after 1996, unknown; or EDTF such as 1997-12-03 or 1996/1998";

  private static String edtf(String statement) {
    return TimeStatements.parse(statement).edtf();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1997년 12월 3일 | 1997-12-03",
        "1997년12월3일 | 1997-12-03",
        "1997년 12월 | 1997-12",
        "1997년 | 1997",
        "1997년도 | 1997",
        "1990년대 | 199X",
        "1997년 봄 | 1997-21",
        "1997년 여름 | 1997-22",
        "1997년 가을 | 1997-23",
        "1997년 겨울 | 1997-24",
        "1997년 초 | 1997-01/1997-04",
        "1997년 초반 | 1997-01/1997-04",
        "1997년 중반 | 1997-05/1997-08",
        "1997년 말 | 1997-09/1997-12",
        "1997년 후반 | 1997-09/1997-12",
        "1997년 1월 초순 | 1997-01-01/1997-01-10",
        "1997년 1월 초 | 1997-01-01/1997-01-10",
        "1997년 1월 중순 | 1997-01-11/1997-01-20",
        "1997년 1월 하순 | 1997-01-21/1997-01-31",
        "1997년 2월 말 | 1997-02-21/1997-02-28",
        "1990년대 초 | 1990/1993",
        "1990년대 중반 | 1994/1996",
        "1990년대 말 | 1997/1999",
        "1990년대 후반 | 1997/1999",
        "1997년경 | 1997~",
        "1997년 무렵 | 1997~",
        "1997년쯤 | 1997~",
        "약 1997년 | 1997~",
        "1997년 12월경 | 1997-12~",
        "1997년 말경 | 1997-09~/1997-12~",
        "1990년대 말경 | 1997~/1999~",
        "아마 1997년 | 1997?",
        "아마도 1997년 겨울 | 1997-24?",
        "아마 1997년경 | 1997%",
        "1997년? | 1997?",
        "1996~1998년 | 1996/1998",
        "1996년~1998년 | 1996/1998",
        "1996 ~ 1998년 | 1996/1998",
        "1996～1998년 | 1996/1998",
        "1996-1998년 | 1996/1998",
        "1997년 12월~1998년 2월 | 1997-12/1998-02",
        "1996년부터 1998년까지 | 1996/1998",
        "1996년에서 1998년 사이 | 1996/1998",
        "1996년과 1998년 사이 | 1996/1998",
        "1997년 겨울~1999년 | 1997-12/1999",
        "1998년 이전 | ../1998",
        "1998년까지 | ../1998",
        "1996년 이후 | 1996/..",
        "1996년부터 | 1996/..",
        "1998년경 이전 | ../1998~",
        "1997년 겨울에 | 1997-24",
        "모름 | /",
        "미상 | /",
        "불명 | /",
        "알 수 없음 | /"
      })
  void readsKoreanStatements(String statement, String expected) {
    assertThat(edtf(statement)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "3 December 1997 | 1997-12-03",
        "3rd December 1997 | 1997-12-03",
        "3 Dec. 1997 | 1997-12-03",
        "December 3, 1997 | 1997-12-03",
        "december 3 1997 | 1997-12-03",
        "December 1997 | 1997-12",
        "Sept 1997 | 1997-09",
        "May 1997 | 1997-05",
        "1997 | 1997",
        "the 1990s | 199X",
        "1990s | 199X",
        "the 1990's | 199X",
        "winter 1997 | 1997-24",
        "Winter of 1997 | 1997-24",
        "spring 1997 | 1997-21",
        "summer 1997 | 1997-22",
        "autumn 1997 | 1997-23",
        "fall 1997 | 1997-23",
        "early January 1997 | 1997-01-01/1997-01-10",
        "mid January 1997 | 1997-01-11/1997-01-20",
        "mid-January 1997 | 1997-01-11/1997-01-20",
        "late January 1997 | 1997-01-21/1997-01-31",
        "late February 1996 | 1996-02-21/1996-02-29",
        "early 1997 | 1997-01/1997-04",
        "mid 1997 | 1997-05/1997-08",
        "mid-1997 | 1997-05/1997-08",
        "late 1997 | 1997-09/1997-12",
        "the early 1990s | 1990/1993",
        "mid-1990s | 1994/1996",
        "late 1990s | 1997/1999",
        "around 1997 | 1997~",
        "circa 1997 | 1997~",
        "c. 1997 | 1997~",
        "c.1997 | 1997~",
        "ca. 1997 | 1997~",
        "about December 1997 | 1997-12~",
        "approximately 1997 | 1997~",
        "probably 1997 | 1997?",
        "possibly around 1997 | 1997%",
        "1996-1998 | 1996/1998",
        "1996 – 1998 | 1996/1998",
        "1996 to 1998 | 1996/1998",
        "from 1996 to 1998 | 1996/1998",
        "between 1996 and 1998 | 1996/1998",
        "December 1997 to February 1998 | 1997-12/1998-02",
        "around 1996 to 1998 | 1996~/1998",
        "early 1996 - late 1998 | 1996-01/1998-12",
        "before 1998 | ../1998",
        "until 1998 | ../1998",
        "after 1996 | 1996/..",
        "since 1996 | 1996/..",
        "from 1996 | 1996/..",
        "after winter 1997 | 1997-12/..",
        "unknown | /",
        "Unknown | /",
        "  December   1997.  | 1997-12"
      })
  void readsEnglishStatements(String statement, String expected) {
    assertThat(edtf(statement)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1997-12-03", "1997-12", "199X", "1997-24", "1984?/2004-06~", "/1998"})
  void readsEdtfAsItIs(String text) {
    assertThat(edtf(text)).isEqualTo(text);
  }

  @Test
  void winterCrossesIntoTheNextYear() {
    UncertainTime winter = TimeStatements.parse("1997년 겨울");
    assertThat(winter.earliest()).isEqualTo(LocalDate.parse("1997-12-01"));
    assertThat(winter.latest()).isEqualTo(LocalDate.parse("1998-02-28"));
    assertThat(winter).isEqualTo(TimeStatements.parse("winter 1997"));
    assertThat(TimeStatements.parse("1999년 겨울").latest()).isEqualTo(LocalDate.parse("2000-02-29"));
  }

  @Test
  void decomposedHangulIsReadAsComposed() {
    String decomposed = Normalizer.normalize("1997년 겨울", Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo("1997년 겨울");
    assertThat(edtf(decomposed)).isEqualTo("1997-24");
  }

  @Test
  void koreanAndEnglishOfOneTimeAreOneValue() {
    assertThat(TimeStatements.parse("1997년 12월 3일"))
        .isEqualTo(TimeStatements.parse("3 December 1997"));
    assertThat(TimeStatements.parse("1990년대")).isEqualTo(TimeStatements.parse("the 1990s"));
    assertThat(TimeStatements.parse("1997년경")).isEqualTo(TimeStatements.parse("circa 1997"));
    assertThat(TimeStatements.parse("1998년 이전")).isEqualTo(TimeStatements.parse("before 1998"));
    assertThat(TimeStatements.parse("모름")).isEqualTo(UncertainTime.unknown());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"sometime", "1997년 언젠가", "last winter", "90s", "around", "before unknown"})
  void refusesWhatItCannotReadListingTheAcceptedForms(String statement) {
    assertThatThrownBy(() -> TimeStatements.parse(statement))
        .isInstanceOf(InvalidTimeException.class)
        .hasMessage("time: cannot read '" + statement + "' as a time" + EXAMPLES);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void aLongStatementOfSeparatorsOrQualifiersIsReadQuickly(int shape) {
    String statement =
        switch (shape) {
          case 0 -> "1-".repeat(99) + "x";
          case 1 -> "약".repeat(99) + "경";
          case 2 -> "around ".repeat(27) + "~" + "1997년경".repeat(3);
          default -> "1997~".repeat(39) + "x";
        };
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () ->
            assertThatThrownBy(() -> TimeStatements.parse(statement))
                .isInstanceOf(InvalidTimeException.class));
  }

  @Test
  void refusalsNameTheFieldAndWhatIsWrong() {
    assertThatThrownBy(() -> TimeStatements.parse("when", "1997년 13월"))
        .isInstanceOf(InvalidTimeException.class)
        .hasMessage("when: '1997년 13월' has month 13; months are 1-12")
        .satisfies(e -> assertThat(((InvalidTimeException) e).field()).isEqualTo("when"));
    assertThatThrownBy(() -> TimeStatements.parse("1997년 2월 29일"))
        .hasMessage("time: '1997년 2월 29일' has day 29; February 1997 has days 1-28");
    assertThat(edtf("1996년 2월 29일")).isEqualTo("1996-02-29");
    assertThatThrownBy(() -> TimeStatements.parse("31 April 1997"))
        .hasMessage("time: '31 April 1997' has day 31; April 1997 has days 1-30");
    assertThatThrownBy(() -> TimeStatements.parse("1998~1996년"))
        .hasMessage("time: '1998~1996년' ends (1996) before it starts (1998)");
    assertThatThrownBy(() -> TimeStatements.parse("90년대"))
        .hasMessage(
            "time: '90년대' has a two-digit year; write all four digits, e.g. 1990년대 or 1997년");
    assertThatThrownBy(() -> TimeStatements.parse("1997-02-29"))
        .hasMessage(
            "time: '1997-02-29' has day 29; February 1997 has days 01-28 (1997 is not a leap"
                + " year)");
    assertThatThrownBy(() -> TimeStatements.parse("1997-"))
        .hasMessageStartingWith("time: '1997-' is not an EDTF date; expected an EDTF date such as");
    assertThatThrownBy(() -> TimeStatements.parse(" "))
        .hasMessage("time is empty; write 모름 or unknown when the time is not known");
    assertThatThrownBy(() -> TimeStatements.parse("1997".repeat(51)))
        .hasMessageStartingWith("time is longer than 200 characters; a time is stated briefly;");
  }
}
