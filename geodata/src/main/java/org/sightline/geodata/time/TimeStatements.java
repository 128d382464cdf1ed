package org.sightline.geodata.time;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader of times as witnesses' records state them, in Korean and English, into {@link
 * UncertainTime}. The caller keeps the statement's own text; this gives only its time.
 *
 * <table>
 *   <caption>Accepted statements (Korean and English alike; letters in any case)</caption>
 *   <tr><th>Korean</th><th>English</th><th>EDTF</th></tr>
 *   <tr><td>1997년 12월 3일</td><td>3 December 1997, December 3, 1997</td><td>1997-12-03</td></tr>
 *   <tr><td>1997년 12월</td><td>December 1997, Dec 1997</td><td>1997-12</td></tr>
 *   <tr><td>1997년, 1997년도</td><td>1997</td><td>1997</td></tr>
 *   <tr><td>1990년대</td><td>the 1990s, 1990s</td><td>199X</td></tr>
 *   <tr><td>1997년 봄/여름/가을/겨울</td><td>spring/summer/autumn (fall)/winter 1997</td>
 *       <td>1997-21 ... 1997-24</td></tr>
 *   <tr><td>1997년 초/중반/말</td><td>early/mid/late 1997</td>
 *       <td>1997-01/1997-04, 1997-05/1997-08, 1997-09/1997-12</td></tr>
 *   <tr><td>1997년 1월 초순/중순/하순 (초, 말)</td><td>early/mid/late January 1997</td>
 *       <td>1997-01-01/1997-01-10, 1997-01-11/1997-01-20, 1997-01-21/1997-01-31</td></tr>
 *   <tr><td>1990년대 초/중반/말</td><td>the early/mid/late 1990s</td>
 *       <td>1990/1993, 1994/1996, 1997/1999</td></tr>
 *   <tr><td>1997년경, 1997년 무렵 (쯤, 께, 즈음; 약 1997년)</td>
 *       <td>around, about, circa, c., ca., approximately 1997</td><td>1997~</td></tr>
 *   <tr><td>아마 1997년, 1997년?</td><td>probably, possibly, perhaps, maybe 1997</td>
 *       <td>1997?</td></tr>
 *   <tr><td>1996~1998년, 1996년부터 1998년까지, 1996년에서 1998년 사이</td>
 *       <td>1996-1998, 1996 to 1998, from 1996 to 1998, between 1996 and 1998</td>
 *       <td>1996/1998</td></tr>
 *   <tr><td>1998년 이전, 1998년까지</td><td>before, until, by 1998</td><td>../1998</td></tr>
 *   <tr><td>1996년 이후, 1996년부터</td><td>after, since, from 1996</td><td>1996/..</td></tr>
 *   <tr><td>모름, 미상, 불명, 알 수 없음</td><td>unknown, not known</td><td>/</td></tr>
 * </table>
 *
 * <p>Conventions: the early, middle and late part of a year are its thirds (January-April,
 * May-August, September-December); of a month, days 1-10, 11-20 and 21 to its end (the Korean 초순,
 * 중순, 하순); of a decade, its years 0-3, 4-6 and 7-9. Seasons are those of {@link Season} (winter
 * 1997 is December 1997 to February 1998). "Before" and "after" include the time named, as Korean
 * 이전 and 이후 do in their dictionary sense, and as a vague "before 1998" cannot exclude early 1998
 * either: "1998년 이전" is {@code ../1998}, not {@code ../1997}. A four-digit decade is read as a
 * decade: "1900년대" and "the 1900s" are 1900-1909, not the century. Each end of a range is any
 * statement above but a range, and a range's ends keep their own qualifiers ("around 1996 to 1998"
 * is {@code 1996~/1998}); a qualifier on a range qualifies both its ends ("1997년 말경" is {@code
 * 1997-09~/1997-12~}). Two-digit years ("90년대") are refused, not guessed. A text in EDTF ({@link
 * Edtf}) is also accepted as it is.
 *
 * <p>Stateless and thread-safe.
 */
public final class TimeStatements {
  /** Longer statements are refused without being read. */
  static final int MAX_LENGTH = 200;

  private static final String MONTHS =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
  private static final String PART = "(early|mid|middle|late)";

  private static final Pattern KO_DAY =
      Pattern.compile("(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일");
  private static final Pattern KO_MONTH_PART =
      Pattern.compile("(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월\\s*(초순|상순|초|중순|하순|말)");
  private static final Pattern KO_MONTH = Pattern.compile("(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월");
  private static final Pattern KO_SEASON = Pattern.compile("(\\d{4})\\s*년\\s*(봄|여름|가을|겨울)");
  private static final Pattern KO_YEAR_PART =
      Pattern.compile("(\\d{4})\\s*년\\s*(초반|초|중반|중엽|말엽|말|후반)");
  private static final Pattern KO_YEAR = Pattern.compile("(\\d{4})\\s*년\\s*도?");
  private static final Pattern KO_DECADE_PART =
      Pattern.compile("(\\d{3}0)\\s*년대\\s*(초반|초|중반|말|후반)");
  private static final Pattern KO_DECADE = Pattern.compile("(\\d{3}0)\\s*년대");
  private static final Pattern KO_SHORT_YEAR = Pattern.compile("\\d{2}\\s*(년|년대).*");

  private static final Pattern EN_DAY =
      Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS + ",?\\s+(\\d{4})");
  private static final Pattern EN_MONTH_DAY =
      Pattern.compile(MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
  private static final Pattern EN_MONTH_PART =
      Pattern.compile(PART + "[\\s-]*(?:of\\s+)?" + MONTHS + ",?\\s+(\\d{4})");
  private static final Pattern EN_MONTH = Pattern.compile(MONTHS + ",?\\s+(?:of\\s+)?(\\d{4})");
  private static final Pattern EN_SEASON =
      Pattern.compile("(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?(\\d{4})");
  private static final Pattern EN_YEAR_PART = Pattern.compile(PART + "[\\s-]*(?:of\\s+)?(\\d{4})");
  private static final Pattern EN_DECADE_PART =
      Pattern.compile("(?:the\\s+)?" + PART + "[\\s-]*(?:the\\s+)?(\\d{3}0)'?s");
  private static final Pattern EN_DECADE = Pattern.compile("(?:the\\s+)?(\\d{3}0)'?s");
  private static final Pattern EN_YEAR = Pattern.compile("(\\d{4})");

  private static final Set<String> UNKNOWN =
      Set.of("모름", "미상", "불명", "알 수 없음", "알수없음", "unknown", "not known");
  private static final Pattern KO_RANGE_UNTIL = Pattern.compile("(.+?)\\s*부터\\s*(.+?)\\s*까지");
  private static final Pattern KO_RANGE_BETWEEN =
      Pattern.compile("(.+?)\\s*(?:에서|와|과)\\s+(.+?)\\s*사이");
  private static final Pattern EN_RANGE_BETWEEN = Pattern.compile("between\\s+(.+)\\s+and\\s+(.+)");
  private static final Pattern EN_RANGE_FROM =
      Pattern.compile("from\\s+(.+?)\\s+(?:to|until|till|through)\\s+(.+)");
  private static final Pattern EN_RANGE_TO =
      Pattern.compile("(.+?)\\s+(?:to|until|till|through)\\s+(.+)");
  private static final Pattern EN_BEFORE = Pattern.compile("(?:before|until|till|by)\\s+(.+)");
  private static final Pattern EN_AFTER = Pattern.compile("(?:after|since|from)\\s+(.+)");
  private static final Pattern KO_BEFORE = Pattern.compile("(.+?)\\s*(?:이전|까지)");
  private static final Pattern KO_AFTER = Pattern.compile("(.+?)\\s*(?:이후|부터)");
  private static final Pattern UNCERTAIN_PREFIX =
      Pattern.compile("(?:아마도|아마)\\s*(.+)|(?:probably|possibly|perhaps|maybe)\\s+(.+)");
  private static final Pattern UNCERTAIN_SUFFIX = Pattern.compile("(.+?)\\s*(?:\\?|\\(\\?\\))");
  private static final Pattern APPROXIMATE_PREFIX =
      Pattern.compile("(?:약|around|about|circa|approximately|approx\\.?|ca\\.|c\\.)\\s*(.+)");
  private static final Pattern APPROXIMATE_SUFFIX = Pattern.compile("(.+?)\\s*(?:경|무렵|쯤|께|즈음)");
  private static final Pattern KO_PARTICLE = Pattern.compile("(.+?)\\s*에");
  private static final Pattern EDTF_CHARACTERS = Pattern.compile("[0-9X?~%./-]+");

  private static final String EXAMPLES =
      "; write e.g. 1997년 12월 3일, 1997년 12월, 1997년, 1990년대, 1997년 겨울, 1997년 초/중반/말,"
          + " 1997년경, 1996~1998년, 1998년 이전, 1998년 이후, 모름; 3 December 1997, December 1997,"
          + " 1997, the 1990s, winter 1997, early January 1997, early 1997, around 1997,"
          + " 1996-1998, before 1998, after 1996, unknown; or EDTF such as 1997-12-03 or 1996/1998";

  private TimeStatements() {}

  /**
   * The time a statement gives, refusals naming the field {@code time}.
   *
   * @throws InvalidTimeException when the statement is blank, too long, not one of the accepted
   *     forms (the message lists examples) or names an impossible date
   */
  public static UncertainTime parse(String statement) {
    return parse(Edtf.FIELD, statement);
  }

  /**
   * The time a statement gives.
   *
   * @param field how the caller names the statement, for messages, e.g. {@code when}
   * @throws InvalidTimeException naming {@code field} when the statement is blank, too long, not
   *     one of the accepted forms (the message lists examples) or names an impossible date
   */
  public static UncertainTime parse(String field, String statement) {
    Objects.requireNonNull(statement, "statement");
    if (statement.isBlank()) {
      throw new InvalidTimeException(
          field, field + " is empty; write 모름 or unknown when the time is not known");
    }
    if (statement.length() > MAX_LENGTH) {
      throw new InvalidTimeException(
          field,
          field
              + " is longer than "
              + MAX_LENGTH
              + " characters; a time is stated briefly"
              + EXAMPLES);
    }
    String normalized = normalize(statement);
    UncertainTime time =
        new Reader(field, statement).read(normalized.toLowerCase(Locale.ROOT), true);
    if (time != null) {
      return time;
    }
    if (EDTF_CHARACTERS.matcher(normalized).matches()) {
      return Edtf.parse(field, normalized);
    }
    if (KO_SHORT_YEAR.matcher(normalized).matches()) {
      throw new InvalidTimeException(
          field,
          field
              + ": '"
              + statement
              + "' has a two-digit year; write all four digits, e.g. 1990년대 or 1997년");
    }
    throw new InvalidTimeException(
        field, field + ": cannot read '" + statement + "' as a time" + EXAMPLES);
  }

  /** Composed Hangul, one kind of tilde and dash, single spaces, no trailing full stop. */
  private static String normalize(String statement) {
    String text =
        Normalizer.normalize(statement, Normalizer.Form.NFC)
            .replaceAll("[～〜∼]", "~")
            .replaceAll("[‐‑‒–—−]", "-")
            .replaceAll("\\s+", " ")
            .strip();
    if (text.length() > 1
        && text.endsWith(".")
        && !text.endsWith("c.")
        && !text.endsWith("ca.")
        && !text.endsWith("..")) {
      text = text.substring(0, text.length() - 1).strip();
    }
    return text;
  }

  /** How early or late within a month, year or decade. */
  private enum Part {
    EARLY,
    MIDDLE,
    LATE;

    static Part of(String word) {
      return switch (word) {
        case "early", "초", "초반", "초순", "상순" -> EARLY;
        case "mid", "middle", "중반", "중엽", "중순" -> MIDDLE;
        default -> LATE;
      };
    }
  }

  /**
   * One reading of one statement: names it in refusals, and remembers what each part read as, so
   * that a statement of many separators or qualifiers is read in polynomial time.
   */
  private static final class Reader {
    private final String field;
    private final String statement;
    private final Map<String, Optional<UncertainTime>> read = new HashMap<>();

    Reader(String field, String statement) {
      this.field = field;
      this.statement = statement;
    }

    /**
     * The time of {@code s} (normalized, lower case), or null when no form matches it.
     *
     * @param range whether {@code s} may be a range; the ends of a range may not
     */
    UncertainTime read(String s, boolean range) {
      String key = (range ? "R" : "E") + s;
      Optional<UncertainTime> known = read.get(key);
      if (known == null) {
        known = Optional.ofNullable(readOnce(s, range));
        read.put(key, known);
      }
      return known.orElse(null);
    }

    private UncertainTime readOnce(String s, boolean range) {
      if (s.isEmpty()) {
        return null;
      }
      if (UNKNOWN.contains(s)) {
        return UncertainTime.unknown();
      }
      Matcher m = KO_PARTICLE.matcher(s);
      if (m.matches()) {
        UncertainTime time = read(m.group(1), range);
        if (time != null) {
          return time;
        }
      }
      if (range) {
        UncertainTime time = range(s);
        if (time != null) {
          return time;
        }
      }
      UncertainTime wrapped = wrapped(s, range);
      return wrapped != null ? wrapped : single(s);
    }

    private UncertainTime range(String s) {
      for (Pattern pattern :
          new Pattern[] {KO_RANGE_UNTIL, KO_RANGE_BETWEEN, EN_RANGE_BETWEEN, EN_RANGE_FROM}) {
        Matcher m = pattern.matcher(s);
        if (m.matches()) {
          UncertainTime range = between(m.group(1), m.group(2));
          if (range != null) {
            return range;
          }
        }
      }
      Matcher m = EN_RANGE_TO.matcher(s);
      if (m.matches()) {
        UncertainTime range = between(m.group(1), m.group(2));
        if (range != null) {
          return range;
        }
      }
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '~' || c == '-') {
          UncertainTime range = between(s.substring(0, i).strip(), s.substring(i + 1).strip());
          if (range != null) {
            return range;
          }
        }
      }
      return null;
    }

    private UncertainTime between(String first, String last) {
      if (first.isEmpty() || last.isEmpty()) {
        return null;
      }
      UncertainTime start = read(first, false);
      if (start == null || start.precision() == TimePrecision.UNKNOWN) {
        return null;
      }
      UncertainTime end = read(last, false);
      if (end == null || end.precision() == TimePrecision.UNKNOWN) {
        return null;
      }
      try {
        return UncertainTime.between(start, end);
      } catch (InvalidTimeException e) {
        throw new InvalidTimeException(
            field,
            field
                + ": '"
                + statement
                + "' ends ("
                + end.edtf()
                + ") before it starts ("
                + start.edtf()
                + ")");
      }
    }

    /** Before, after, uncertain, approximate: a statement around another. */
    private UncertainTime wrapped(String s, boolean range) {
      UncertainTime inner = inner(s, EN_BEFORE, KO_BEFORE, range);
      if (inner != null) {
        return open(inner, true);
      }
      inner = inner(s, EN_AFTER, KO_AFTER, range);
      if (inner != null) {
        return open(inner, false);
      }
      inner = inner(s, UNCERTAIN_PREFIX, UNCERTAIN_SUFFIX, range);
      if (inner != null) {
        return inner.asUncertain();
      }
      inner = inner(s, APPROXIMATE_PREFIX, APPROXIMATE_SUFFIX, range);
      if (inner != null) {
        return inner.asApproximate();
      }
      return null;
    }

    /** The known time inside {@code s} as either pattern frames it, or null. */
    private UncertainTime inner(String s, Pattern prefix, Pattern suffix, boolean range) {
      for (Pattern pattern : new Pattern[] {prefix, suffix}) {
        Matcher m = pattern.matcher(s);
        if (m.matches()) {
          String rest = m.group(1) != null ? m.group(1) : m.group(m.groupCount());
          UncertainTime time = read(rest.strip(), range);
          if (time != null && time.precision() != TimePrecision.UNKNOWN) {
            return time;
          }
        }
      }
      return null;
    }

    private UncertainTime open(UncertainTime bound, boolean before) {
      Edtf.Reading reading = Edtf.read(field, bound.edtf());
      Edtf.End end = before ? reading.asEnd(field) : reading.asStart(field);
      if (end.date() == null) {
        throw new InvalidTimeException(
            field,
            field
                + ": '"
                + statement
                + "' is "
                + (before ? "before" : "after")
                + " a time with no "
                + (before ? "end" : "start"));
      }
      return before ? UncertainTime.before(bound) : UncertainTime.after(bound);
    }

    private UncertainTime single(String s) {
      Matcher m = KO_DAY.matcher(s);
      if (m.matches()) {
        return day(m.group(1), m.group(2), m.group(3));
      }
      m = EN_DAY.matcher(s);
      if (m.matches()) {
        return day(m.group(3), monthNumber(m.group(2)), m.group(1));
      }
      m = EN_MONTH_DAY.matcher(s);
      if (m.matches()) {
        return day(m.group(3), monthNumber(m.group(1)), m.group(2));
      }
      m = KO_MONTH_PART.matcher(s);
      if (m.matches()) {
        return partOfMonth(month(m.group(1), m.group(2)), Part.of(m.group(3)));
      }
      m = EN_MONTH_PART.matcher(s);
      if (m.matches()) {
        return partOfMonth(month(m.group(3), monthNumber(m.group(2))), Part.of(m.group(1)));
      }
      m = KO_MONTH.matcher(s);
      if (m.matches()) {
        return UncertainTime.ofMonth(month(m.group(1), m.group(2)));
      }
      m = EN_MONTH.matcher(s);
      if (m.matches()) {
        return UncertainTime.ofMonth(month(m.group(2), monthNumber(m.group(1))));
      }
      m = KO_SEASON.matcher(s);
      if (m.matches()) {
        return UncertainTime.ofSeason(Integer.parseInt(m.group(1)), season(m.group(2)));
      }
      m = EN_SEASON.matcher(s);
      if (m.matches()) {
        return UncertainTime.ofSeason(Integer.parseInt(m.group(2)), season(m.group(1)));
      }
      m = KO_YEAR_PART.matcher(s);
      if (m.matches()) {
        return partOfYear(Integer.parseInt(m.group(1)), Part.of(m.group(2)));
      }
      m = EN_YEAR_PART.matcher(s);
      if (m.matches()) {
        return partOfYear(Integer.parseInt(m.group(2)), Part.of(m.group(1)));
      }
      m = KO_DECADE_PART.matcher(s);
      if (m.matches()) {
        return partOfDecade(Integer.parseInt(m.group(1)), Part.of(m.group(2)));
      }
      m = EN_DECADE_PART.matcher(s);
      if (m.matches()) {
        return partOfDecade(Integer.parseInt(m.group(2)), Part.of(m.group(1)));
      }
      m = KO_DECADE.matcher(s);
      if (!m.matches()) {
        m = EN_DECADE.matcher(s);
      }
      if (m.matches()) {
        return UncertainTime.ofDecade(Integer.parseInt(m.group(1)));
      }
      m = KO_YEAR.matcher(s);
      if (!m.matches()) {
        m = EN_YEAR.matcher(s);
      }
      if (m.matches()) {
        return UncertainTime.ofYear(Integer.parseInt(m.group(1)));
      }
      return null;
    }

    private YearMonth month(String year, String month) {
      int number = Integer.parseInt(month);
      if (number < 1 || number > 12) {
        throw new InvalidTimeException(
            field, field + ": '" + statement + "' has month " + number + "; months are 1-12");
      }
      return YearMonth.of(Integer.parseInt(year), number);
    }

    private UncertainTime day(String year, String month, String day) {
      YearMonth yearMonth = month(year, month);
      int number = Integer.parseInt(day);
      if (number < 1 || number > yearMonth.lengthOfMonth()) {
        throw new InvalidTimeException(
            field,
            field
                + ": '"
                + statement
                + "' has day "
                + number
                + "; "
                + yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + " "
                + year
                + " has days 1-"
                + yearMonth.lengthOfMonth());
      }
      return UncertainTime.ofDay(yearMonth.atDay(number));
    }

    private static String monthNumber(String name) {
      String prefix = name.substring(0, 3);
      String months = "janfebmaraprmayjunjulaugsepoctnovdec";
      return Integer.toString(months.indexOf(prefix) / 3 + 1);
    }

    private static Season season(String word) {
      return switch (word) {
        case "spring", "봄" -> Season.SPRING;
        case "summer", "여름" -> Season.SUMMER;
        case "autumn", "fall", "가을" -> Season.AUTUMN;
        default -> Season.WINTER;
      };
    }

    /** Days 1-10, 11-20 or 21 to the end of the month. */
    private static UncertainTime partOfMonth(YearMonth month, Part part) {
      LocalDate first =
          month.atDay(
              switch (part) {
                case EARLY -> 1;
                case MIDDLE -> 11;
                case LATE -> 21;
              });
      LocalDate last = part == Part.LATE ? month.atEndOfMonth() : first.plusDays(9);
      return UncertainTime.between(UncertainTime.ofDay(first), UncertainTime.ofDay(last));
    }

    /** January-April, May-August or September-December. */
    private static UncertainTime partOfYear(int year, Part part) {
      int first =
          switch (part) {
            case EARLY -> 1;
            case MIDDLE -> 5;
            case LATE -> 9;
          };
      return UncertainTime.between(
          UncertainTime.ofMonth(YearMonth.of(year, first)),
          UncertainTime.ofMonth(YearMonth.of(year, first + 3)));
    }

    /** Years 0-3, 4-6 or 7-9 of the decade. */
    private static UncertainTime partOfDecade(int firstYear, Part part) {
      int[] years =
          switch (part) {
            case EARLY -> new int[] {0, 3};
            case MIDDLE -> new int[] {4, 6};
            case LATE -> new int[] {7, 9};
          };
      return UncertainTime.between(
          UncertainTime.ofYear(firstYear + years[0]), UncertainTime.ofYear(firstYear + years[1]));
    }
  }
}
