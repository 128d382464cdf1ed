package org.sightline.geodata.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader and writer of {@link UncertainTime} as EDTF, the Extended Date/Time Format of the
 * Library of Congress (ISO 8601-2), Levels 0 and 1 without times of day:
 *
 * <ul>
 *   <li>a day {@code 1997-12-03}, a month {@code 1997-12}, a year {@code 1997};
 *   <li>a season {@code 1997-21} to {@code 1997-24} (spring, summer, autumn, winter; see {@link
 *       Season} for the months, winter {@code 1997-24} being December 1997 to February 1998);
 *   <li>unspecified digits from the right: a decade {@code 199X}, a century {@code 19XX} (1900 to
 *       1999), a month unknown within a year {@code 1997-XX} (the year 1997, precision year), a day
 *       unknown within a month {@code 1997-12-XX} (precision month) or within a year {@code
 *       1997-XX-XX} (precision year);
 *   <li>a qualifier at the end of a date: {@code ?} uncertain, {@code ~} approximate, {@code %}
 *       both ({@code 1997?}, {@code 1997-12~}, {@code 1997-24%});
 *   <li>an interval {@code start/end} of two days, months or years, each qualified or not ({@code
 *       1996/1998}, {@code 1997-12/1998-02}, {@code 1984?/2004-06~}); either end may be open,
 *       written {@code ..} ({@code ../1998}, {@code 1996/..}), or unknown, written as nothing
 *       ({@code /1998}, {@code 1996/}), but not both; a time of which nothing is known is {@code
 *       /}.
 * </ul>
 *
 * <p>Refused, each with a message naming what is wrong: EDTF Level 2 (qualifying part of a date,
 * {@code 2004-?06}; unspecified digits elsewhere, {@code 1XXX}, {@code XXXX}, {@code 156X-12-25};
 * sub-year groupings 25-41; sets {@code [..]} and {@code {..}}; significant digits {@code S};
 * exponential years; seasons or unspecified digits as interval ends), times of day, years outside
 * 0000-9999 (Level 1's negative and {@code Y}-prefixed years, which testimony does not need),
 * impossible dates ({@code 1997-02-29}) and intervals that end before they start.
 *
 * <p>Every accepted text, blanks around it removed, is its own normal form, which the value keeps
 * ({@link UncertainTime#edtf()}): {@code format(parse(s))} is {@code s} and {@code
 * parse(format(t))} equals {@code t}. Stateless and thread-safe.
 */
public final class Edtf {
  /** The field named in refusals when the caller names none. */
  static final String FIELD = "time";

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
  private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");
  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2}|XX)");
  private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})-(\\d{2}|XX)-(\\d{2}|XX)");
  private static final Pattern DATE_SHAPE = Pattern.compile("[0-9X]{4}(-[0-9X]{2}){0,2}");
  private static final String EXPECTED =
      "; expected an EDTF date such as 1997-12-03, 1997-12, 1997, 1997-24 (a season), 199X"
          + " (a decade), optionally ending in ?, ~ or %, or an interval such as 1996/1998,"
          + " ../1998 or /1998";

  private Edtf() {}

  /**
   * The time an EDTF text states; blanks around it are ignored.
   *
   * @throws InvalidTimeException naming the field {@code time} and what is wrong
   */
  public static UncertainTime parse(String text) {
    return parse(FIELD, text);
  }

  /**
   * The time an EDTF text states; blanks around it are ignored.
   *
   * @param field how the caller names the text, for messages, e.g. {@code when_edtf}
   * @throws InvalidTimeException naming {@code field} and what is wrong
   */
  public static UncertainTime parse(String field, String text) {
    Objects.requireNonNull(text, "text");
    return of(read(field, text.strip()));
  }

  /** The EDTF normal form of {@code time}, which {@link #parse} reads back as an equal value. */
  public static String format(UncertainTime time) {
    return time.edtf();
  }

  static UncertainTime of(Reading reading) {
    return new UncertainTime(
        reading.earliest(),
        reading.latest(),
        reading.precision(),
        reading.uncertain(),
        reading.approximate(),
        reading.text());
  }

  /** What a text in normal form (no blanks around it) says. */
  static Reading read(String field, String text) {
    if (text.isEmpty()) {
      throw new InvalidTimeException(field, field + " is empty" + EXPECTED);
    }
    if (!text.equals(text.strip())) {
      throw refuse(field, text, text, "has blanks around it");
    }
    int slash = text.indexOf('/');
    if (slash < 0) {
      return new Reading(date(field, text, text, false), null, null);
    }
    if (text.indexOf('/', slash + 1) >= 0) {
      throw refuse(field, text, text, "has more than one '/'; an interval is start/end");
    }
    End start = end(field, text, text.substring(0, slash));
    End end = end(field, text, text.substring(slash + 1));
    if (start.date() == null && end.date() == null) {
      if (start.open() || end.open()) {
        throw refuse(
            field,
            text,
            text,
            "has no date at either end; an interval needs a date at one end at least, and a time"
                + " of which nothing is known is written '/'");
      }
      return new Reading(null, start, end);
    }
    if (start.date() != null
        && end.date() != null
        && start.date().first().isAfter(end.date().last())) {
      throw refuse(field, text, text, "ends before it starts");
    }
    return new Reading(null, start, end);
  }

  private static End end(String field, String whole, String part) {
    if (part.isEmpty()) {
      return End.UNKNOWN;
    }
    if (part.equals("..")) {
      return End.OPEN;
    }
    return new End(date(field, whole, part, true), false);
  }

  /** One date with its qualifier, alone or as an interval end. */
  static Dated date(String field, String whole, String part, boolean intervalEnd) {
    String text = part;
    boolean uncertain = false;
    boolean approximate = false;
    char last = text.charAt(text.length() - 1);
    if (last == '?' || last == '~' || last == '%') {
      uncertain = last != '~';
      approximate = last != '?';
      text = text.substring(0, text.length() - 1);
    }
    if (text.isEmpty()) {
      throw refuse(field, whole, part, "has a qualifier but no date" + EXPECTED);
    }
    char before = text.charAt(text.length() - 1);
    if (before == '?' || before == '~' || before == '%') {
      throw refuse(
          field,
          whole,
          part,
          "has two qualifiers; one is allowed at the end of a date, and '%' says uncertain and"
              + " approximate together");
    }
    if (text.chars().anyMatch(c -> c == '?' || c == '~' || c == '%')) {
      throw refuse(
          field,
          whole,
          part,
          "qualifies part of a date, which is EDTF Level 2; a qualifier (?, ~ or %) is accepted"
              + " at the end of the date only");
    }
    Dated dated = unqualified(field, whole, part, text);
    if (intervalEnd && (dated.precision() == TimePrecision.SEASON || text.indexOf('X') >= 0)) {
      throw refuse(
          field,
          whole,
          part,
          "is "
              + (dated.precision() == TimePrecision.SEASON
                  ? "a season"
                  : "written with unspecified digits (X)")
              + "; an interval end in EDTF Level 1 is a day, month or year (YYYY-MM-DD, YYYY-MM or"
              + " YYYY), so write the months or years that bound it, e.g. 1997-12/1998-02 or"
              + " 1990/1999");
    }
    return new Dated(text, dated.first(), dated.last(), dated.precision(), uncertain, approximate);
  }

  private static Dated unqualified(String field, String whole, String part, String text) {
    Matcher m = YEAR.matcher(text);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(1));
      return dated(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), TimePrecision.YEAR);
    }
    m = DECADE.matcher(text);
    if (m.matches()) {
      int first = Integer.parseInt(m.group(1)) * 10;
      return dated(
          text, LocalDate.of(first, 1, 1), LocalDate.of(first + 9, 12, 31), TimePrecision.DECADE);
    }
    m = CENTURY.matcher(text);
    if (m.matches()) {
      int first = Integer.parseInt(m.group(1)) * 100;
      return dated(
          text, LocalDate.of(first, 1, 1), LocalDate.of(first + 99, 12, 31), TimePrecision.CENTURY);
    }
    m = YEAR_MONTH.matcher(text);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2).equals("XX")) {
        return dated(
            text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), TimePrecision.YEAR);
      }
      int number = Integer.parseInt(m.group(2));
      if (number >= 1 && number <= 12) {
        YearMonth month = YearMonth.of(year, number);
        return dated(text, month.atDay(1), month.atEndOfMonth(), TimePrecision.MONTH);
      }
      Season season = Season.ofEdtfCode(number);
      if (season != null) {
        if (season == Season.WINTER && year == 9999) {
          throw refuse(field, whole, part, "is the winter of 9999, which ends after 9999-12-31");
        }
        return dated(text, season.firstDay(year), season.lastDay(year), TimePrecision.SEASON);
      }
      if (number >= 25 && number <= 41) {
        throw refuse(
            field,
            whole,
            part,
            "has the sub-year grouping "
                + number
                + ", which is EDTF Level 2; seasons are 21 (spring) to 24 (winter)");
      }
      throw refuse(
          field, whole, part, "has month " + number + "; months are 01-12 (and seasons 21-24)");
    }
    m = YEAR_MONTH_DAY.matcher(text);
    if (m.matches()) {
      return day(field, whole, part, text, m);
    }
    throw refuse(field, whole, part, unreadable(text));
  }

  private static Dated day(String field, String whole, String part, String text, Matcher m) {
    int year = Integer.parseInt(m.group(1));
    String monthDigits = m.group(2);
    String dayDigits = m.group(3);
    if (monthDigits.equals("XX")) {
      if (!dayDigits.equals("XX")) {
        throw refuse(
            field,
            whole,
            part,
            "has an unspecified month but a day, which is EDTF Level 2; Level 1 allows"
                + " 1997-XX-XX");
      }
      return dated(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), TimePrecision.YEAR);
    }
    int monthNumber = Integer.parseInt(monthDigits);
    if (monthNumber < 1 || monthNumber > 12) {
      throw refuse(
          field,
          whole,
          part,
          "has month "
              + monthNumber
              + "; months are 01-12"
              + (Season.ofEdtfCode(monthNumber) != null ? " (a season, 21-24, has no days)" : ""));
    }
    YearMonth month = YearMonth.of(year, monthNumber);
    if (dayDigits.equals("XX")) {
      return dated(text, month.atDay(1), month.atEndOfMonth(), TimePrecision.MONTH);
    }
    int dayNumber = Integer.parseInt(dayDigits);
    if (dayNumber < 1 || dayNumber > month.lengthOfMonth()) {
      String monthName = month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      throw refuse(
          field,
          whole,
          part,
          "has day "
              + dayNumber
              + "; "
              + monthName
              + " "
              + m.group(1)
              + " has days 01-"
              + month.lengthOfMonth()
              + (monthNumber == 2 && dayNumber == 29
                  ? " (" + m.group(1) + " is not a leap year)"
                  : ""));
    }
    LocalDate day = month.atDay(dayNumber);
    return dated(text, day, day, TimePrecision.DAY);
  }

  /** Why a text that matches none of the accepted shapes is refused. */
  private static String unreadable(String text) {
    if (text.indexOf('T') >= 0 || text.indexOf(':') >= 0) {
      return "has a time of day; a time of testimony is a date, a day at the finest (YYYY-MM-DD)";
    }
    if (text.startsWith("-") || text.startsWith("Y") || text.matches("\\d{5,}.*")) {
      return "has a year before 0000 or after 9999; years are four digits";
    }
    if (text.indexOf('x') >= 0) {
      return "has a lower-case x; unspecified digits are written X";
    }
    if (text.startsWith("[") || text.startsWith("{")) {
      return "is a set of dates, which is EDTF Level 2";
    }
    if (text.indexOf('S') >= 0 || text.indexOf('E') >= 0) {
      return "has significant digits (S) or an exponent (E), which are EDTF Level 2";
    }
    if (DATE_SHAPE.matcher(text).matches()) {
      return "has unspecified digits (X) where EDTF Level 1 does not allow them (that is Level"
          + " 2); Level 1 allows 199X, 19XX, 1997-XX, 1997-12-XX and 1997-XX-XX, and a time of"
          + " which nothing is known is written '/'";
    }
    return "is not an EDTF date" + EXPECTED;
  }

  private static Dated dated(
      String text, LocalDate first, LocalDate last, TimePrecision precision) {
    return new Dated(text, first, last, precision, false, false);
  }

  private static InvalidTimeException refuse(
      String field, String whole, String part, String problem) {
    String what = part.equals(whole) ? "'" + whole + "'" : "'" + part + "' in '" + whole + "'";
    return new InvalidTimeException(field, field + ": " + what + " " + problem);
  }

  /**
   * One date of an EDTF text: its text without the qualifier, the first and last day it covers, its
   * precision and its qualifier.
   */
  record Dated(
      String text,
      LocalDate first,
      LocalDate last,
      TimePrecision precision,
      boolean uncertain,
      boolean approximate) {
    /** The date as EDTF writes it, with its qualifier. */
    String qualifiedText() {
      return text + (uncertain ? (approximate ? "%" : "?") : (approximate ? "~" : ""));
    }

    Dated qualified(boolean addUncertain, boolean addApproximate) {
      return new Dated(
          text, first, last, precision, uncertain || addUncertain, approximate || addApproximate);
    }
  }

  /** An interval end: a date, or no date, open ({@code ..}) or unknown (nothing). */
  record End(Dated date, boolean open) {
    static final End OPEN = new End(null, true);
    static final End UNKNOWN = new End(null, false);

    String text() {
      return date != null ? date.qualifiedText() : open ? ".." : "";
    }

    End qualified(boolean addUncertain, boolean addApproximate) {
      return date == null ? this : new End(date.qualified(addUncertain, addApproximate), false);
    }
  }

  /**
   * What an EDTF text says: one date ({@code single}), or an interval of two ends ({@code start},
   * {@code end}; both unknown for {@code /}).
   */
  record Reading(Dated single, End start, End end) {
    LocalDate earliest() {
      return single != null ? single.first() : start.date() == null ? null : start.date().first();
    }

    LocalDate latest() {
      return single != null ? single.last() : end.date() == null ? null : end.date().last();
    }

    TimePrecision precision() {
      if (single != null) {
        return single.precision();
      }
      return start.date() == null && end.date() == null
          ? TimePrecision.UNKNOWN
          : TimePrecision.RANGE;
    }

    boolean uncertain() {
      return single != null
          ? single.uncertain()
          : (start.date() != null && start.date().uncertain())
              || (end.date() != null && end.date().uncertain());
    }

    boolean approximate() {
      return single != null
          ? single.approximate()
          : (start.date() != null && start.date().approximate())
              || (end.date() != null && end.date().approximate());
    }

    String text() {
      return single != null ? single.qualifiedText() : start.text() + "/" + end.text();
    }

    /** The same statement with a qualifier added to its date, or to each date of an interval. */
    Reading qualified(boolean addUncertain, boolean addApproximate) {
      return single != null
          ? new Reading(single.qualified(addUncertain, addApproximate), null, null)
          : new Reading(
              null,
              start.qualified(addUncertain, addApproximate),
              end.qualified(addUncertain, addApproximate));
    }

    /**
     * This statement as the start of an interval: an interval's own start; a day, month or year as
     * it is; a season by its first month; a decade or century, or a year written with X, by its
     * first year; nothing known as an unknown start.
     */
    End asStart(String field) {
      if (single == null) {
        return start;
      }
      return new End(bound(field, single, single.first()), false);
    }

    /** This statement as the end of an interval, as {@link #asStart} with last months and years. */
    End asEnd(String field) {
      if (single == null) {
        return end;
      }
      return new End(bound(field, single, single.last()), false);
    }

    private static Dated bound(String field, Dated date, LocalDate day) {
      String text =
          switch (date.precision()) {
            case DAY -> day.toString();
            case MONTH, SEASON -> YearMonth.from(day).toString();
            default -> String.format(Locale.ROOT, "%04d", day.getYear());
          };
      return Edtf.date(field, text, text, true).qualified(date.uncertain(), date.approximate());
    }
  }
}
