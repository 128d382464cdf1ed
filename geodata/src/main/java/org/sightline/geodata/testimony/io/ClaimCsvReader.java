package org.sightline.geodata.testimony.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.geom.GeometryCheck;
import org.sightline.geodata.geom.GeometryProblem;
import org.sightline.geodata.testimony.ClaimType;
import org.sightline.geodata.testimony.InformationGrade;
import org.sightline.geodata.testimony.Sharing;
import org.sightline.geodata.testimony.WitnessRelation;
import org.sightline.geodata.text.FieldText;
import org.sightline.geodata.text.IdSlug;
import org.sightline.geodata.vocabulary.Coded;

/**
 * Reads a claims CSV ({@code docs/IMPORT-CLAIMS.md}): UTF-8 with or without a byte-order mark, a
 * header row naming the columns ({@link #COLUMNS}; case, spaces and '-' for '_' do not matter), one
 * claim per row. Vocabulary columns take a code or its English or Korean label. Every problem of
 * every row is collected; a file that cannot be read as a whole (not UTF-8, no header, an unknown
 * or missing column, more than {@link #MAX_ROWS} rows) is refused with one message. Stateless and
 * thread-safe.
 */
public final class ClaimCsvReader {
  /** The most rows one file may have. */
  public static final int MAX_ROWS = 50_000;

  /** The columns, in the order the documentation lists them. */
  public static final List<String> COLUMNS =
      List.of(
          "ref",
          "testimony_ref",
          "document_ref",
          "type",
          "description",
          "time",
          "place_lon",
          "place_lat",
          "place_radius_m",
          "place_facility",
          "place_zone",
          "place_wkt",
          "information_grade",
          "witness_relation",
          "heard_from",
          "perpetrator_unit",
          "victims_min",
          "victims_max",
          "sharing");

  private static final List<String> REQUIRED =
      List.of("ref", "type", "description", "time", "information_grade");
  private static final List<String> POINT_COLUMNS =
      List.of("place_lon", "place_lat", "place_radius_m");
  private static final String PLACE_FORMS =
      "give place_lon, place_lat and place_radius_m, or place_facility (and place_zone), or"
          + " place_wkt";

  /** A witness's pseudonymous code: {@code W-} and 4 to 16 capital letters or digits. */
  private static final Pattern WITNESS_CODE = Pattern.compile("W-[0-9A-Z]{4,16}");

  private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s_-]");
  private static final Pattern ZONE_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private static final Pattern COUNT = Pattern.compile("\\d{1,9}");
  private static final Pattern METRES = Pattern.compile("\\d{1,9}(\\.\\d+)?");
  private static final PointFields POINT = new PointFields("place_lon", "place_lat");

  /** Validity, ranges and vertex count of an area; where it lies is checked here. */
  private static final GeometryCheck AREA_CHECK =
      new GeometryCheck(
          new Envelope(-180, 180, -90, 90), Set.of("Polygon", "MultiPolygon"), Double.MAX_VALUE);

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();

  /**
   * The claims of the file and every row's errors.
   *
   * @throws InvalidDataException when the file cannot be read as a whole, saying why in one message
   */
  public ClaimCsv read(byte[] bytes) {
    String text = decode(bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        throw new InvalidDataException(
            "the CSV is empty; its first row must name the columns: " + String.join(", ", COLUMNS));
      }
      Map<String, Integer> columns = header(records.next());
      List<ClaimRow> claims = new ArrayList<>();
      List<RowProblem> problems = new ArrayList<>();
      Map<String, Integer> refs = new HashMap<>();
      int row = 0;
      while (records.hasNext()) {
        CSVRecord record = records.next();
        if (record.stream().allMatch(String::isBlank)) {
          continue;
        }
        row++;
        if (row > MAX_ROWS) {
          throw new InvalidDataException(
              String.format(
                  Locale.ROOT,
                  "the CSV has more than %,d rows; split it into files of at most %,d rows",
                  MAX_ROWS,
                  MAX_ROWS));
        }
        Findings findings = new Findings();
        Cells cells = new Cells(record, columns);
        ClaimRow claim = readRow(row, cells, refs, findings);
        String ref = cells.refForReport();
        for (Findings.Finding error : findings.errors()) {
          problems.add(new RowProblem(row, ref, error.field(), error.message()));
        }
        if (claim != null) {
          claims.add(claim);
        }
      }
      if (row == 0) {
        throw new InvalidDataException("the CSV has a header but no rows");
      }
      return new ClaimCsv(row, claims, problems);
    } catch (UncheckedIOException e) {
      throw new InvalidDataException("the CSV cannot be read: " + e.getCause().getMessage(), e);
    } catch (IOException | IllegalStateException e) {
      throw new InvalidDataException("the CSV cannot be read: " + e.getMessage(), e);
    }
  }

  /** The text of UTF-8 bytes, refusing the first byte that is not UTF-8. */
  private static String decode(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new InvalidDataException(
          String.format(
              Locale.ROOT,
              "the CSV is not UTF-8: byte 0x%02X at offset %,d (line %d) is not valid UTF-8;"
                  + " save the file as CSV UTF-8",
              bytes[offset] & 0xFF,
              offset,
              line));
    }
    return out.flip().toString();
  }

  /** The columns the header names, each to its position; any problem refuses the file. */
  private static Map<String, Integer> header(CSVRecord header) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    int unnamed = 0;
    for (int i = 0; i < header.size(); i++) {
      String given = header.get(i);
      String name = columnName(given);
      if (name.isEmpty()) {
        unnamed = unnamed == 0 ? i + 1 : unnamed;
      } else if (!COLUMNS.contains(name)) {
        unknown.add(Findings.quoted(given));
      } else if (columns.putIfAbsent(name, i) != null) {
        throw new InvalidDataException("the header names the column " + name + " twice");
      }
    }
    String allowed = "; the columns are: " + String.join(", ", COLUMNS);
    if (columns.isEmpty()) {
      throw new InvalidDataException(
          "the first row is not a header: none of its cells is a column name" + allowed);
    }
    if (unnamed > 0) {
      throw new InvalidDataException(
          "the header's column " + unnamed + " has no name; name it or remove the empty column");
    }
    if (!unknown.isEmpty()) {
      throw new InvalidDataException(
          (unknown.size() == 1 ? "unknown column " : "unknown columns ")
              + String.join(", ", unknown)
              + allowed);
    }
    List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new InvalidDataException(
          "the header lacks the required column"
              + (missing.size() == 1 ? " " : "s ")
              + String.join(", ", missing));
    }
    if (!columns.containsKey("testimony_ref") && !columns.containsKey("document_ref")) {
      throw new InvalidDataException(
          "the header needs a testimony_ref or a document_ref column: where each claim comes from");
    }
    if (columns.containsKey("testimony_ref") && !columns.containsKey("witness_relation")) {
      throw new InvalidDataException(
          "the header has testimony_ref but no witness_relation column: a claim from a testimony"
              + " says how the witness knows of the event");
    }
    List<String> pointColumns = POINT_COLUMNS.stream().filter(columns::containsKey).toList();
    if (!pointColumns.isEmpty() && pointColumns.size() < POINT_COLUMNS.size()) {
      throw new InvalidDataException(
          "the header has "
              + String.join(", ", pointColumns)
              + " but not "
              + POINT_COLUMNS.stream()
                  .filter(c -> !columns.containsKey(c))
                  .collect(Collectors.joining(", "))
              + "; a point needs place_lon, place_lat and place_radius_m");
    }
    if (pointColumns.isEmpty()
        && !columns.containsKey("place_facility")
        && !columns.containsKey("place_wkt")) {
      throw new InvalidDataException("the header has no place column; " + PLACE_FORMS);
    }
    if (columns.containsKey("place_zone") && !columns.containsKey("place_facility")) {
      throw new InvalidDataException(
          "the header has place_zone but no place_facility column: a zone is inside a facility");
    }
    return columns;
  }

  /** A header cell as a column name: trimmed, lower case, ' ' and '-' as '_'. */
  private static String columnName(String cell) {
    return cell.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
  }

  /** One row's cells by column name: null when the column is absent or the cell blank. */
  private static final class Cells {
    private final CSVRecord record;
    private final Map<String, Integer> columns;

    Cells(CSVRecord record, Map<String, Integer> columns) {
      this.record = record;
      this.columns = columns;
    }

    String get(String column) {
      Integer index = columns.get(column);
      if (index == null || index >= record.size()) {
        return null;
      }
      String value = record.get(index);
      return value.isBlank() ? null : value;
    }

    boolean complete() {
      return record.size() == columns.size();
    }

    int size() {
      return record.size();
    }

    /**
     * The ref as problems name the row: the cell stripped, control and bidirectional characters
     * shown as U+FFFD; or null when blank.
     */
    String refForReport() {
      String ref = get("ref");
      return ref == null ? null : Findings.shown(ref.strip());
    }
  }

  private static ClaimRow readRow(
      int row, Cells cells, Map<String, Integer> refs, Findings findings) {
    if (!cells.complete()) {
      findings.error(
          "row",
          "the row has "
              + cells.size()
              + (cells.size() == 1 ? " cell" : " cells")
              + " but the header has "
              + cells.columns.size()
              + " columns; a text with a comma must be in double quotes");
      return null;
    }
    String ref = required(cells, "ref", findings);
    if (ref != null) {
      Integer first = refs.putIfAbsent(ref, row);
      if (first != null) {
        findings.error(
            "ref",
            "ref: "
                + Findings.quoted(ref)
                + " is also the ref of row "
                + first
                + "; each claim needs its own ref");
      }
    }
    String testimonyRef = name(cells, "testimony_ref", findings);
    String documentRef = name(cells, "document_ref", findings);
    boolean fromTestimony = cells.get("testimony_ref") != null;
    boolean fromDocument = cells.get("document_ref") != null;
    if (fromTestimony && fromDocument) {
      findings.error(
          "document_ref",
          "testimony_ref and document_ref: give one, not both (a claim comes from one testimony or"
              + " one document)");
    } else if (!fromTestimony && !fromDocument) {
      findings.error(
          "testimony_ref",
          "testimony_ref or document_ref is required: the testimony or document the claim comes"
              + " from");
    }
    ClaimType type = word(ClaimType.class, "type", cells.get("type"), true, findings);
    String description =
        cells.get("description") == null
            ? missing("description", findings)
            : findings.attempt(
                "description",
                () -> FieldText.description("description", cells.get("description")));
    String time = required(cells, "time", findings);
    List<ClaimPlace> places = places(cells, findings);
    InformationGrade grade =
        word(
            InformationGrade.class,
            "information_grade",
            cells.get("information_grade"),
            true,
            findings);
    WitnessRelation relation = relation(cells, fromTestimony, fromDocument, findings);
    String heardFrom = heardFrom(cells, relation, findings);
    String perpetratorUnit = name(cells, "perpetrator_unit", findings);
    Integer victimsMin = count(cells, "victims_min", findings);
    Integer victimsMax = count(cells, "victims_max", findings);
    if (victimsMin != null && victimsMax != null && victimsMin > victimsMax) {
      findings.error(
          "victims_min", "victims_min " + victimsMin + " is more than victims_max " + victimsMax);
    }
    Sharing sharing = word(Sharing.class, "sharing", cells.get("sharing"), false, findings);
    if (findings.failed()) {
      return null;
    }
    return new ClaimRow(
        row,
        ref,
        fromTestimony ? testimonyRef : null,
        fromDocument ? documentRef : null,
        type,
        description,
        time,
        places,
        grade,
        fromTestimony ? relation : null,
        heardFrom,
        perpetratorUnit,
        victimsMin,
        victimsMax,
        sharing == null ? Sharing.STAFF_ONLY : sharing,
        findings.warnings());
  }

  private static String missing(String column, Findings findings) {
    findings.error(column, column + " is required");
    return null;
  }

  /** A one-line text that must be given ({@link FieldText#MAX_NAME} characters). */
  private static String required(Cells cells, String column, Findings findings) {
    String value = cells.get(column);
    if (value == null) {
      return missing(column, findings);
    }
    return findings.attempt(column, () -> FieldText.required(column, value, FieldText.MAX_NAME));
  }

  /** An optional one-line text ({@link FieldText#MAX_NAME} characters), or null. */
  private static String name(Cells cells, String column, Findings findings) {
    String value = cells.get(column);
    return value == null
        ? null
        : findings.attempt(column, () -> FieldText.optional(column, value, FieldText.MAX_NAME));
  }

  /**
   * The value of a vocabulary whose code, English label or Korean label is {@code value} (case,
   * spaces, '-' and '_' aside); null when blank (an error if {@code required}) or unknown (an error
   * listing the codes).
   */
  private static <E extends Enum<E> & Coded> E word(
      Class<E> type, String column, String value, boolean required, Findings findings) {
    if (value == null) {
      if (required) {
        missing(column, findings);
      }
      return null;
    }
    String key = wordKey(value);
    for (E candidate : type.getEnumConstants()) {
      if (wordKey(candidate.code()).equals(key)
          || wordKey(candidate.labelEn()).equals(key)
          || wordKey(candidate.labelKo()).equals(key)) {
        return candidate;
      }
    }
    findings.error(
        column,
        column
            + ": unknown value "
            + Findings.quoted(value.strip())
            + "; expected one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Coded::code)
                .collect(Collectors.joining(", "))
            + " (or its English or Korean label)");
    return null;
  }

  private static String wordKey(String word) {
    return WORD_SEPARATORS
        .matcher(Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT))
        .replaceAll("");
  }

  private static WitnessRelation relation(
      Cells cells, boolean fromTestimony, boolean fromDocument, Findings findings) {
    String value = cells.get("witness_relation");
    if (fromDocument && !fromTestimony && value != null) {
      findings.error(
          "witness_relation",
          "witness_relation: a claim from a document has none; leave it empty (it says how a"
              + " witness knows of the event)");
      return null;
    }
    if (fromTestimony && value == null) {
      findings.error(
          "witness_relation",
          "witness_relation is required for a claim from a testimony: one of "
              + Arrays.stream(WitnessRelation.values())
                  .map(Coded::code)
                  .collect(Collectors.joining(", ")));
      return null;
    }
    return word(WitnessRelation.class, "witness_relation", value, false, findings);
  }

  private static String heardFrom(Cells cells, WitnessRelation relation, Findings findings) {
    String value = cells.get("heard_from");
    if (value == null) {
      return null;
    }
    String code = value.strip();
    if (!WITNESS_CODE.matcher(code).matches()) {
      findings.error(
          "heard_from",
          "heard_from: "
              + Findings.quoted(code)
              + " is not a witness code (W- and 4 to 16 capital letters or digits, such as"
              + " W-7K3Q9A)");
      return null;
    }
    if (relation != null
        && relation != WitnessRelation.HEARD_FROM_VICTIM
        && relation != WitnessRelation.HEARSAY) {
      findings.error(
          "heard_from",
          "heard_from is only for witness_relation heard-from-victim or hearsay, not "
              + relation.code());
      return null;
    }
    if (relation == null && !findings.failed("witness_relation")) {
      findings.error(
          "heard_from",
          "heard_from is only for a claim from a testimony, with witness_relation"
              + " heard-from-victim or hearsay");
      return null;
    }
    return code;
  }

  private static Integer count(Cells cells, String column, Findings findings) {
    String value = cells.get(column);
    if (value == null) {
      return null;
    }
    String text = value.strip();
    if (!COUNT.matcher(text).matches()) {
      findings.error(
          column, column + ": " + Findings.quoted(text) + " is not a whole number of 0 or more");
      return null;
    }
    return Integer.parseInt(text);
  }

  /** Every place form the row gives, in the order point, facility, area. */
  private static List<ClaimPlace> places(Cells cells, Findings findings) {
    List<ClaimPlace> places = new ArrayList<>();
    String lon = cells.get("place_lon");
    String lat = cells.get("place_lat");
    String radiusText = cells.get("place_radius_m");
    String facility = cells.get("place_facility");
    String zone = cells.get("place_zone");
    String wkt = cells.get("place_wkt");
    if (lon == null
        && lat == null
        && radiusText == null
        && facility == null
        && zone == null
        && wkt == null) {
      findings.error("place", "place: none given; " + PLACE_FORMS);
      return places;
    }
    if (lon != null || lat != null || radiusText != null) {
      Double radius = radius(radiusText, lon != null || lat != null, findings);
      ClaimPlace.AtPoint point = POINT.read(lon, lat, radius == null ? 0 : radius, null, findings);
      if (point != null && radius != null) {
        places.add(point);
      }
    }
    if (facility != null || zone != null) {
      ClaimPlace.InFacility inFacility = facility(facility, zone, findings);
      if (inFacility != null) {
        places.add(inFacility);
      }
    }
    if (wkt != null) {
      Geometry area = area(wkt.strip(), findings);
      if (area != null) {
        places.add(new ClaimPlace.InArea(area, null));
      }
    }
    return places;
  }

  private static Double radius(String text, boolean pointGiven, Findings findings) {
    if (text == null) {
      findings.error(
          "place_radius_m",
          "place_radius_m is required with place_lon and place_lat: how far from the point the"
              + " event may have been, 0 to 100,000 metres");
      return null;
    }
    String value = text.strip();
    if (!pointGiven) {
      findings.error("place_radius_m", "place_radius_m is given without place_lon and place_lat");
      return null;
    }
    if (!METRES.matcher(value).matches()) {
      findings.error(
          "place_radius_m",
          "place_radius_m: " + Findings.quoted(value) + " is not a number of metres");
      return null;
    }
    double radius = Double.parseDouble(value);
    if (radius > ClaimPlace.MAX_RADIUS_M) {
      findings.error(
          "place_radius_m", "place_radius_m: " + value + " is out of range 0 to 100,000 metres");
      return null;
    }
    return radius;
  }

  private static ClaimPlace.InFacility facility(String facility, String zone, Findings findings) {
    if (facility == null) {
      findings.error(
          "place_zone", "place_zone is given without place_facility: a zone is inside a facility");
      return null;
    }
    String id = facility.strip();
    boolean ok = true;
    if (!IdSlug.ID.matcher(id).matches()) {
      findings.error(
          "place_facility",
          "place_facility: "
              + Findings.quoted(id)
              + " is not a facility id: 2 to 64 characters of a-z, 0-9 and '-', such as"
              + " kwanliso-15-yodok");
      ok = false;
    }
    String zoneKey = zone == null ? null : zone.strip();
    if (zoneKey != null && !ZONE_KEY.matcher(zoneKey).matches()) {
      findings.error(
          "place_zone",
          "place_zone: "
              + Findings.quoted(zoneKey)
              + " is not a zone key: 1 to 64 characters of a-z, 0-9 and '-', such as"
              + " housing-east");
      ok = false;
    }
    return ok ? new ClaimPlace.InFacility(id, zoneKey, null) : null;
  }

  /**
   * A valid Polygon or MultiPolygon in longitude, latitude order, or null with its problems (the
   * location of a self-intersection, swapped axes) recorded.
   */
  private static Geometry area(String wkt, Findings findings) {
    Geometry area;
    try {
      area = Geometries.fromWkt(wkt);
    } catch (IllegalArgumentException e) {
      findings.error("place_wkt", "place_wkt: " + e.getMessage());
      return null;
    }
    String type = area.getGeometryType();
    if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
      findings.error(
          "place_wkt",
          "place_wkt: a "
              + type.toUpperCase(Locale.ROOT)
              + " is not an area; give a POLYGON in longitude latitude order (a point goes in"
              + " place_lon, place_lat and place_radius_m)");
      return null;
    }
    Envelope envelope = area.getEnvelopeInternal();
    if (!area.isEmpty()
        && PointFields.NORTH_KOREA.contains(
            new Envelope(
                envelope.getMinY(), envelope.getMaxY(), envelope.getMinX(), envelope.getMaxX()))) {
      findings.error(
          "place_wkt",
          "place_wkt: the polygon looks swapped (latitude first): North Korea lies at "
              + PointFields.NORTH_KOREA_TEXT
              + ", and WKT gives the longitude first");
      return null;
    }
    List<GeometryProblem> problems = AREA_CHECK.problems(area);
    if (!problems.isEmpty()) {
      problems.forEach(p -> findings.error("place_wkt", "place_wkt: " + p.describe()));
      return null;
    }
    if (!GeometryCheck.KOREA_REGION.contains(envelope)) {
      findings.warn(
          "place_wkt: the area lies outside the Korean peninsula ("
              + PointFields.REGION_TEXT
              + "); check the coordinates");
    }
    return area;
  }
}
