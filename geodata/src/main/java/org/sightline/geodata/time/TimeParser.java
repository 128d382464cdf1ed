package org.sightline.geodata.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one reader of dates, instants and intervals in requests and files (OGC API - Features and
 * STAC {@code datetime}, validity dates). All times are on the UTC time line.
 *
 * <ul>
 *   <li>An instant is RFC 3339 with an offset, {@code 2019-06-01T00:00:00Z} or {@code
 *       2019-06-01T09:00:00+09:00} ({@code t} and {@code z} in either case).
 *   <li>A date {@code 2019-06-01} stands for its whole UTC day.
 *   <li>An interval is {@code start/end}, ends inclusive; either end may be open, written {@code
 *       ..} or left empty ({@code ../2020-01-01}, {@code 2019-01-01T00:00:00Z/..}), not both.
 * </ul>
 *
 * <p>Every refusal is an {@link InvalidTimeException} whose message names the field and says what
 * was expected. Stateless and thread-safe.
 */
public final class TimeParser {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final String EXPECTED =
      " is not an RFC 3339 date-time such as 2019-06-01T00:00:00Z or a date such as"
          + " 2019-06-01 (intervals: start/end, open ends as ..)";

  private TimeParser() {}

  /**
   * An instant, a date (its whole UTC day) or an interval.
   *
   * @param field how the request names the text, for messages, e.g. {@code datetime}
   * @param text not null; blank is refused
   * @throws InvalidTimeException when the text is none of these, has more than one {@code /}, is
   *     open at both ends, or ends before it starts
   */
  public static TimeInterval interval(String field, String text) {
    String[] parts = text.split("/", -1);
    if (parts.length > 2) {
      throw new InvalidTimeException(
          field,
          field + " '" + text + "' has more than one '/'; expected an instant or" + " start/end");
    }
    if (parts.length == 1) {
      String part = parts[0].strip();
      if (DATE.matcher(part).matches()) {
        LocalDate day = day(field, part);
        return TimeInterval.ofDays(day, day);
      }
      return TimeInterval.at(instant(field, part));
    }
    String first = parts[0].strip();
    String last = parts[1].strip();
    Instant start =
        isOpen(first)
            ? null
            : DATE.matcher(first).matches()
                ? TimeInterval.startOf(day(field, first))
                : instant(field, first);
    Instant end =
        isOpen(last)
            ? null
            : DATE.matcher(last).matches()
                ? TimeInterval.endOf(day(field, last))
                : instant(field, last);
    if (start == null && end == null) {
      throw new InvalidTimeException(
          field, field + " interval '" + text + "' is open at both ends");
    }
    if (start != null && end != null && end.isBefore(start)) {
      throw new InvalidTimeException(
          field, field + " interval '" + text + "' ends before it starts");
    }
    return new TimeInterval(start, end);
  }

  /**
   * An ISO date {@code YYYY-MM-DD}, surrounding blanks ignored.
   *
   * @return null when {@code text} is null or blank
   * @throws InvalidTimeException naming the field when the text is not such a date
   */
  public static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidTimeException(
          field, field + " must be a date YYYY-MM-DD, got '" + text + "'");
    }
  }

  private static boolean isOpen(String part) {
    return part.isEmpty() || part.equals("..");
  }

  private static LocalDate day(String field, String part) {
    try {
      return LocalDate.parse(part);
    } catch (DateTimeParseException e) {
      throw new InvalidTimeException(field, field + " '" + part + "'" + EXPECTED);
    }
  }

  private static Instant instant(String field, String part) {
    try {
      return OffsetDateTime.parse(part.toUpperCase(Locale.ROOT)).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidTimeException(field, field + " '" + part + "'" + EXPECTED);
    }
  }
}
