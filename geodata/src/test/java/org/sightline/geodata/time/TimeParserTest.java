package org.sightline.geodata.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeParserTest {
  private static final String EXPECTED =
      " is not an RFC 3339 date-time such as 2019-06-01T00:00:00Z or a date such as"
          + " 2019-06-01 (intervals: start/end, open ends as ..)";

  private static String messageOf(String field, String text) {
    try {
      TimeParser.interval(field, text);
    } catch (InvalidTimeException e) {
      assertThat(e.field()).isEqualTo(field);
      return e.getMessage();
    }
    throw new AssertionError("expected " + text + " to be refused");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2019-06-01T00:00:00Z",
        "2019-06-01T00:00:00+09:00",
        "2019-01-01T00:00:00Z/2020-01-01T00:00:00Z",
        "../2020-01-01T00:00:00Z",
        "2019-01-01T00:00:00Z/..",
        "/2020-01-01T00:00:00Z",
        "2019-06-01t00:00:00z",
        "2019-06-01",
        "2019-06-01/2019-06-01",
        "../2000-01-01",
        " 2019-06-01T00:00:00Z / .. "
      })
  void acceptsInstantsDatesAndOpenIntervals(String text) {
    assertThat(TimeParser.interval("datetime", text)).isNotNull();
  }

  @Test
  void anInstantIsTheIntervalOfThatInstantInUtc() {
    TimeInterval interval = TimeParser.interval("datetime", "2019-06-01T09:00:00+09:00");
    assertThat(interval.start()).isEqualTo(Instant.parse("2019-06-01T00:00:00Z"));
    assertThat(interval.end()).isEqualTo(interval.start());
  }

  @Test
  void aDateIsItsWholeUtcDayToTheLastMicrosecond() {
    TimeInterval day = TimeParser.interval("datetime", "2020-01-05");
    assertThat(day.start()).isEqualTo(Instant.parse("2020-01-05T00:00:00Z"));
    assertThat(day.end()).isEqualTo(Instant.parse("2020-01-05T23:59:59.999999Z"));
    assertThat(day.startDay()).isEqualTo(LocalDate.of(2020, 1, 5));
    assertThat(day.endDay()).isEqualTo(LocalDate.of(2020, 1, 5));
  }

  @Test
  void intervalEndsAreInclusiveAndOpenEndsAreNull() {
    TimeInterval interval = TimeParser.interval("datetime", "2004-12-31/2005-01-01");
    assertThat(interval.start()).isEqualTo(Instant.parse("2004-12-31T00:00:00Z"));
    assertThat(interval.end()).isEqualTo(Instant.parse("2005-01-01T23:59:59.999999Z"));
    assertThat(interval.contains(Instant.parse("2005-01-01T23:59:59Z"))).isTrue();
    assertThat(interval.contains(Instant.parse("2005-01-02T00:00:00Z"))).isFalse();
    assertThat(TimeParser.interval("datetime", "../2020-01-10T23:59:59Z").start()).isNull();
    assertThat(TimeParser.interval("datetime", "2020-09-01T00:00:00Z/").end()).isNull();
  }

  @Test
  void anInstantCoversItsUtcDay() {
    TimeInterval interval = TimeParser.interval("datetime", "2019-06-01T00:00:00+09:00");
    assertThat(interval.startDay()).isEqualTo(LocalDate.of(2019, 5, 31));
    assertThat(interval.endDay()).isEqualTo(LocalDate.of(2019, 5, 31));
  }

  @Test
  void reversedIntervalIsRefusedNamingTheField() {
    assertThat(messageOf("datetime", "2020-01-01T00:00:00Z/2019-01-01T00:00:00Z"))
        .isEqualTo(
            "datetime interval '2020-01-01T00:00:00Z/2019-01-01T00:00:00Z' ends before it starts");
    assertThat(messageOf("when", "2020-01-02/2020-01-01"))
        .isEqualTo("when interval '2020-01-02/2020-01-01' ends before it starts");
  }

  @Test
  void intervalOpenAtBothEndsIsRefused() {
    assertThat(messageOf("datetime", "../.."))
        .isEqualTo("datetime interval '../..' is open at both ends");
    assertThat(messageOf("datetime", "/")).isEqualTo("datetime interval '/' is open at both ends");
  }

  @Test
  void malformedPartsAreNamed() {
    assertThat(messageOf("datetime", "yesterday")).isEqualTo("datetime 'yesterday'" + EXPECTED);
    assertThat(messageOf("datetime", "2019-13-01")).isEqualTo("datetime '2019-13-01'" + EXPECTED);
    assertThat(messageOf("datetime", "2019-01-01/soon")).isEqualTo("datetime 'soon'" + EXPECTED);
    assertThat(messageOf("datetime", "..")).isEqualTo("datetime '..'" + EXPECTED);
    assertThat(messageOf("datetime", "")).isEqualTo("datetime ''" + EXPECTED);
    assertThat(messageOf("datetime", "2019-01-01/2019-02-01/2019-03-01"))
        .isEqualTo(
            "datetime '2019-01-01/2019-02-01/2019-03-01' has more than one '/'; expected an instant or start/end");
  }

  @Test
  void dateIsNullWhenBlankAndRefusedNamingTheFieldWhenMalformed() {
    assertThat(TimeParser.date("asOf", null)).isNull();
    assertThat(TimeParser.date("asOf", "  ")).isNull();
    assertThat(TimeParser.date("asOf", " 2015-03-01 ")).isEqualTo(LocalDate.of(2015, 3, 1));
    assertThatThrownBy(() -> TimeParser.date("validFrom", "2015-3-1"))
        .isInstanceOf(InvalidTimeException.class)
        .hasMessage("validFrom must be a date YYYY-MM-DD, got '2015-3-1'")
        .extracting(e -> ((InvalidTimeException) e).field())
        .isEqualTo("validFrom");
  }

  @Test
  void intervalNeedsAnEndAndAnOrder() {
    assertThatThrownBy(() -> new TimeInterval(null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TimeInterval(Instant.EPOCH, Instant.EPOCH.minusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Property: any two instants, written in any offset, parse to the interval between them or are
   * refused as reversed.
   */
  @Test
  void randomIntervalsRoundTripOrAreRefusedAsReversed() {
    Random random = new Random(20240601);
    for (int i = 0; i < 2000; i++) {
      Instant a = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 4_000_000_000L));
      Instant b = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 4_000_000_000L));
      String text = written(a, random) + "/" + written(b, random);
      if (b.isBefore(a)) {
        assertThat(messageOf("datetime", text)).endsWith("ends before it starts");
      } else {
        TimeInterval interval = TimeParser.interval("datetime", text);
        assertThat(interval.start()).isEqualTo(a);
        assertThat(interval.end()).isEqualTo(b);
        assertThat(interval.contains(a)).isTrue();
        assertThat(interval.contains(b)).isTrue();
        assertThat(interval.contains(b.plusSeconds(1))).isFalse();
      }
      LocalDate day = LocalDate.ofInstant(a, ZoneOffset.UTC);
      TimeInterval whole = TimeParser.interval("datetime", day.toString());
      assertThat(whole.contains(a)).isTrue();
      assertThat(whole.startDay()).isEqualTo(day);
      assertThat(whole.endDay()).isEqualTo(day);
    }
  }

  private static String written(Instant instant, Random random) {
    ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-12, 15) * 3600);
    return OffsetDateTime.ofInstant(instant, offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
