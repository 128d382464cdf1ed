package org.sightline.server.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVException;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.geom.BoundingBox;
import org.sightline.geodata.geom.GeoJsonGeometryReader;
import org.sightline.geodata.geom.GeometryCheck;
import org.sightline.geodata.geom.InvalidGeometryException;
import org.sightline.geodata.io.CsvImportReader;
import org.sightline.geodata.io.GeoJsonImportReader;
import org.sightline.geodata.io.ImportReader;
import org.sightline.geodata.io.KmlImportReader;
import org.sightline.geodata.json.JsonMapping;
import org.sightline.geodata.testimony.ClaimType;
import org.sightline.geodata.testimony.io.ClaimCsvReader;
import org.sightline.geodata.testimony.io.TimeMapOptions;
import org.sightline.geodata.testimony.io.TimeMapReader;
import org.sightline.geodata.time.Edtf;
import org.sightline.geodata.time.TimeInterval;
import org.sightline.geodata.time.TimeParser;
import org.sightline.geodata.time.TimeStatements;
import org.sightline.geodata.time.UncertainTime;
import org.sightline.imagery.FlatFootprintReader;
import org.sightline.imagery.ParsedItem;
import org.sightline.imagery.SceneCsvReader;
import org.sightline.imagery.StacReader;
import org.sightline.server.catalogue.StacSearch;
import org.sightline.server.catalogue.StacSort;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.resources.features.ItemsQuery;

/**
 * The fuzz targets: one per parser of outside input, each feeding it arbitrary bytes and enforcing
 * its contract. A parser may return a value or throw its clean validation exception (the one the
 * server answers with 400, or the ingest reports as an unreadable input); any other exception
 * escapes and is a finding. Shared by the {@code @FuzzTest} classes and {@link QuickFuzzTest}.
 */
final class ParserTargets {
  private static final ObjectReader JSON = JsonMapping.reader();
  private static final ImportReader GEOJSON = new GeoJsonImportReader();
  private static final ImportReader KML = new KmlImportReader();
  private static final ImportReader CSV = new CsvImportReader();
  private static final TimeMapReader TIMEMAP =
      new TimeMapReader(
          TimeMapOptions.of(
              Map.of("executions", ClaimType.EXECUTION, "Forced labour", ClaimType.FORCED_LABOUR)));
  private static final GeometryCheck FACILITY_CHECK = GeometryCheck.forFacilities();

  private ParserTargets() {}

  /** The readers' sink: their parsing is what is under test. */
  private static void discard(ParsedItem item) {}

  /** A target: the parser under test, fed one input. */
  interface Target {
    void run(byte[] input) throws Exception;
  }

  /** Every target, by name (the names of the @FuzzTest methods and of scripts/fuzz). */
  static final Map<String, Target> ALL =
      Map.ofEntries(
          Map.entry("stacItems", ParserTargets::stacItems),
          Map.entry("flatFootprints", ParserTargets::flatFootprints),
          Map.entry("sceneCsv", ParserTargets::sceneCsv),
          Map.entry("geoJsonImport", ParserTargets::geoJsonImport),
          Map.entry("kmlImport", ParserTargets::kmlImport),
          Map.entry("csvImport", ParserTargets::csvImport),
          Map.entry("geoJsonGeometry", ParserTargets::geoJsonGeometry),
          Map.entry("claimCsv", ParserTargets::claimCsv),
          Map.entry("timeMap", ParserTargets::timeMap),
          Map.entry("bbox", ParserTargets::bbox),
          Map.entry("datetime", ParserTargets::datetime),
          Map.entry("edtf", ParserTargets::edtf),
          Map.entry("timeStatement", ParserTargets::timeStatement),
          Map.entry("stacSearch", ParserTargets::stacSearch),
          Map.entry("stacSortBody", ParserTargets::stacSortBody),
          Map.entry("itemsQuery", ParserTargets::itemsQuery));

  private static String text(byte[] input) {
    return new String(input, StandardCharsets.UTF_8);
  }

  /**
   * What the scene ingest (SceneIngest.readStopping) reports as an unreadable input: JSON (or text
   * taken for UTF-32 JSON) or CSV that stops being valid. Anything else would end the whole ingest
   * with a stack trace.
   */
  private static void requireCleanReadFailure(Exception e) throws Exception {
    Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
    if (!(cause instanceof JsonProcessingException
        || cause instanceof CharConversionException
        || cause instanceof CSVException)) {
      throw e;
    }
  }

  /** STAC Items: an ItemCollection, an Item, a JSON array of Items or NDJSON. */
  static void stacItems(byte[] input) throws Exception {
    try (StacReader reader =
        new StacReader(new ByteArrayInputStream(input), "fuzz-collection", node -> {})) {
      reader.readAll(ParserTargets::discard);
    } catch (IOException | UncheckedIOException e) {
      requireCleanReadFailure(e);
    }
  }

  /** Flattened footprints (GeoJSON Features with their STAC fields in properties). */
  static void flatFootprints(byte[] input) throws Exception {
    try {
      new FlatFootprintReader(new ByteArrayInputStream(input), "fuzz-collection")
          .readAll(ParserTargets::discard);
    } catch (IOException | UncheckedIOException e) {
      requireCleanReadFailure(e);
    }
  }

  /** Vendor order sheets as CSV, one scene per row. */
  static void sceneCsv(byte[] input) throws Exception {
    try {
      SceneCsvReader.read(
          new ByteArrayInputStream(input), "fuzz-collection", ParserTargets::discard);
    } catch (IOException | UncheckedIOException e) {
      requireCleanReadFailure(e);
    }
  }

  private static void importFile(ImportReader reader, byte[] input) {
    try {
      reader.read(input);
    } catch (InvalidDataException e) {
      // the file is not this format: answered 400 naming where
    }
  }

  /** Facility and observation-layer imports: GeoJSON. */
  static void geoJsonImport(byte[] input) {
    importFile(GEOJSON, input);
  }

  /** Facility and observation-layer imports: KML. */
  static void kmlImport(byte[] input) {
    importFile(KML, input);
  }

  /** Facility and observation-layer imports: CSV. */
  static void csvImport(byte[] input) {
    importFile(CSV, input);
  }

  /**
   * A GeoJSON geometry as the API takes one (a facility's location, a search's intersects): JSON
   * that does not parse is a 400 (JsonInputExceptionMapper, JsonEncodingExceptionMapper), then the
   * reader and the facility check.
   */
  static void geoJsonGeometry(byte[] input) {
    JsonNode node;
    try {
      node = JSON.readTree(input);
    } catch (IOException e) {
      if (!(e instanceof JsonProcessingException || e instanceof CharConversionException)) {
        throw new UncheckedIOException(e); // the two the API answers with 400
      }
      return;
    }
    Geometry geometry;
    try {
      geometry = GeoJsonGeometryReader.read(node, "geometry");
    } catch (InvalidGeometryException e) {
      return;
    }
    FACILITY_CHECK.problems(geometry);
  }

  /** Claims CSV import: row problems are returned, a file that cannot be read is refused. */
  static void claimCsv(byte[] input) {
    try {
      new ClaimCsvReader().read(input);
    } catch (InvalidDataException e) {
      // refused as a whole, answered 400
    }
  }

  /** A Forensic Architecture TimeMap export. */
  static void timeMap(byte[] input) {
    try {
      TIMEMAP.read(input);
    } catch (InvalidDataException e) {
      // refused, answered 400
    }
  }

  /** The bbox parameter, as OGC API - Features and STAC search parse it. */
  static void bbox(byte[] input) {
    String text = text(input);
    BoundingBox box;
    try {
      box = BoundingBox.parse(text);
    } catch (IllegalArgumentException e) {
      if (e.getClass() != IllegalArgumentException.class) {
        throw e; // a library's exception (NumberFormatException...), not the parser's own message
      }
      return;
    }
    box.toPolygons();
    box.toParameter();
  }

  /** The datetime parameter (an instant, a date or an interval, either end open). */
  static void datetime(byte[] input) {
    TimeInterval interval;
    try {
      interval = TimeParser.interval("datetime", text(input));
    } catch (InvalidDataException e) {
      return;
    }
    interval.startDay();
    interval.endDay();
  }

  /** EDTF (a claim's time), and its formatting back. */
  static void edtf(byte[] input) {
    UncertainTime time;
    try {
      time = Edtf.parse("time", text(input));
    } catch (InvalidDataException e) {
      return;
    }
    Edtf.format(time);
    time.toInterval();
    time.widthDays();
  }

  /** A witness's time statement in words ("spring 1998", "before 2003"). */
  static void timeStatement(byte[] input) {
    UncertainTime time;
    try {
      time = TimeStatements.parse("timeStated", text(input));
    } catch (InvalidDataException e) {
      return;
    }
    Edtf.format(time);
    time.toInterval();
  }

  /**
   * A STAC API GET search: the lines of the input are bbox, intersects, datetime, ids, collections,
   * limit, token and sortby (an empty line or a missing one: the parameter is absent).
   */
  static void stacSearch(byte[] input) {
    String[] lines = Arrays.copyOf(text(input).split("\n", 8), 8);
    try {
      StacSearch.of(
          absent(lines[0]),
          StacSearch.intersects(absent(lines[1])),
          absent(lines[2]),
          absent(lines[3]) == null ? null : List.of(lines[3]),
          absent(lines[4]) == null ? null : List.of(lines[4]),
          limit(lines[5]),
          absent(lines[6]),
          StacSort.parse(absent(lines[7])));
    } catch (InvalidInputException | InvalidDataException e) {
      // answered 400
    }
  }

  private static String absent(String line) {
    return line == null || line.isEmpty() ? null : line;
  }

  /** Jersey gives an Integer only for a whole number (QueryParameters refuses others first). */
  private static Integer limit(String line) {
    try {
      return line == null ? null : Integer.valueOf(line);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A STAC API POST search's sortby: a JSON list of {"field", "direction"}. */
  static void stacSortBody(byte[] input) {
    JsonNode node;
    try {
      node = JSON.readTree(input);
    } catch (IOException e) {
      return; // not JSON: the body is refused before (400)
    }
    try {
      StacSort.parse(node);
    } catch (InvalidInputException e) {
      // answered 400
    }
  }

  /**
   * An OGC API - Features items query: the lines of the input are limit, bbox, datetime, cursor and
   * two property filters (an empty line or a missing one: the parameter is absent).
   */
  static void itemsQuery(byte[] input) {
    String[] lines = Arrays.copyOf(text(input).split("\n", 6), 6);
    String[] names = {"limit", "bbox", "datetime", "cursor", "status", "type"};
    MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      if (absent(lines[i]) != null) {
        params.add(names[i], lines[i]);
      }
    }
    try {
      ItemsQuery query = ItemsQuery.parse(params, Set.of("status", "type"));
      query.dateSpan();
      query.codes("status", Set.of("active", "closed"));
    } catch (InvalidInputException | InvalidDataException e) {
      // answered 400
    }
  }
}
