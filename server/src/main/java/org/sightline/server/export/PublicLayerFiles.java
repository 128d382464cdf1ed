package org.sightline.server.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.GeometryType;
import mil.nga.sf.wkb.GeometryReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTWriter;
import org.sightline.geodata.geom.GeoJsonGeometryWriter;
import org.sightline.geodata.io.KmlGeometry;
import org.sightline.geodata.json.JsonMapping;

/**
 * The files of a public export, written from {@link PublicTable}s with nothing taken from the
 * clock, the machine or the request, so that the same tables give the same bytes: GeoJSON (RFC
 * 7946, one FeatureCollection per layer), CSV (RFC 4180, UTF-8 with a byte-order mark, one file per
 * layer, {@code lon}, {@code lat} and {@code wkt} after the columns), KML 2.2 (one folder and one
 * typed schema per layer), GeoPackage (NGA's library, one feature table per layer, every timestamp
 * set to the data's time) and a ZIP bundle (fixed entry times). Stateless and thread-safe.
 */
public final class PublicLayerFiles {
  private static final String KML = "http://www.opengis.net/kml/2.2";
  private static final DateTimeFormatter GPKG_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private PublicLayerFiles() {}

  /** One layer as a GeoJSON FeatureCollection, with its title and attribution as members. */
  public static byte[] geoJson(PublicTable table, String title, String attribution) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = JsonMapping.writer().createGenerator(out, JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeStringField("type", "FeatureCollection");
      json.writeStringField("name", table.layer());
      json.writeStringField("title", title);
      json.writeStringField("attribution", attribution);
      json.writeArrayFieldStart("features");
      for (PublicTable.Row row : table.rows()) {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", row.id());
        json.writeFieldName("geometry");
        GeoJsonGeometryWriter.write(row.geometry(), json);
        json.writeObjectFieldStart("properties");
        for (int i = 0; i < table.columns().size(); i++) {
          json.writeFieldName(table.columns().get(i).name());
          Object value = row.values().get(i);
          if (value == null) {
            json.writeNull();
          } else if (value instanceof Long number) {
            json.writeNumber(number);
          } else if (value instanceof Double number) {
            json.writeNumber(number);
          } else {
            json.writeString(value.toString());
          }
        }
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  /**
   * One layer as CSV: the columns, then the point's (or a shape's interior point's) {@code lon} and
   * {@code lat} and the whole geometry as {@code wkt}. A cell a spreadsheet would run as a formula
   * is prefixed with an apostrophe.
   */
  public static byte[] csv(PublicTable table) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write('\uFEFF');
      List<String> header = new ArrayList<>();
      table.columns().forEach(c -> header.add(c.name()));
      header.addAll(List.of("lon", "lat", "wkt"));
      CSVPrinter csv =
          new CSVPrinter(
              writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
      WKTWriter wkt = new WKTWriter();
      for (PublicTable.Row row : table.rows()) {
        List<String> cells = new ArrayList<>();
        for (Object value : row.values()) {
          cells.add(value == null ? null : defuse(value.toString()));
        }
        Point point = row.geometry() instanceof Point p ? p : row.geometry().getInteriorPoint();
        cells.add(Double.toString(point.getX()));
        cells.add(Double.toString(point.getY()));
        cells.add(wkt.write(row.geometry()));
        csv.printRecord(cells);
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String defuse(String value) {
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }

  /** Every layer in one KML document: a typed schema and a folder per layer. */
  public static byte[] kml(List<PublicTable> tables, String title, String description) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("kml");
      xml.writeDefaultNamespace(KML);
      xml.writeStartElement("Document");
      KmlGeometry.text(xml, "name", title);
      KmlGeometry.text(xml, "description", description);
      for (PublicTable table : tables) {
        xml.writeStartElement("Schema");
        xml.writeAttribute("name", table.layer());
        xml.writeAttribute("id", table.layer());
        for (PublicTable.Column column : table.columns()) {
          xml.writeEmptyElement("SimpleField");
          xml.writeAttribute("name", column.name());
          xml.writeAttribute(
              "type",
              switch (column.type()) {
                case TEXT -> "string";
                case INTEGER -> "int";
                case REAL -> "double";
              });
        }
        xml.writeEndElement();
      }
      for (PublicTable table : tables) {
        xml.writeStartElement("Folder");
        KmlGeometry.text(xml, "name", table.layer());
        for (PublicTable.Row row : table.rows()) {
          xml.writeStartElement("Placemark");
          xml.writeAttribute("id", row.id());
          KmlGeometry.text(xml, "name", row.id());
          xml.writeStartElement("ExtendedData");
          xml.writeStartElement("SchemaData");
          xml.writeAttribute("schemaUrl", "#" + table.layer());
          for (int i = 0; i < table.columns().size(); i++) {
            Object value = row.values().get(i);
            if (value != null) {
              xml.writeStartElement("SimpleData");
              xml.writeAttribute("name", table.columns().get(i).name());
              xml.writeCharacters(value.toString());
              xml.writeEndElement();
            }
          }
          xml.writeEndElement();
          xml.writeEndElement();
          KmlGeometry.write(xml, row.geometry());
          xml.writeEndElement();
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write KML", e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  /**
   * Every layer in one GeoPackage 1.3 (NGA's library): a feature table per layer in EPSG:4326 with
   * integer key {@code fid} and geometry column {@code geom}. {@code gpkg_contents.last_change} is
   * {@code dataAsOf}, not the time of writing, and the file is vacuumed, so that it is the same
   * bytes every time.
   */
  public static byte[] geoPackage(List<PublicTable> tables, String title, Instant dataAsOf) {
    try {
      Path directory = Files.createTempDirectory("sightline-public-export-");
      File file = directory.resolve("export.gpkg").toFile();
      try {
        GeoPackageManager.create(file);
        try (GeoPackage gpkg = GeoPackageManager.open(file)) {
          gpkg.execSQL("PRAGMA user_version = 10300");
          for (PublicTable table : tables) {
            writeTable(gpkg, table);
          }
          gpkg.execSQL(
              "UPDATE gpkg_contents SET last_change = '"
                  + GPKG_TIME.format(dataAsOf)
                  + "', description = "
                  + sqlText(title));
        }
        try (GeoPackage gpkg = GeoPackageManager.open(file)) {
          gpkg.execSQL("VACUUM");
        }
        return Files.readAllBytes(file.toPath());
      } finally {
        try (var files = Files.walk(directory)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sqlText(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  private static void writeTable(GeoPackage gpkg, PublicTable table) throws IOException {
    GeometryColumns geometryColumns = new GeometryColumns();
    geometryColumns.setId(new TableColumnKey(table.layer(), "geom"));
    geometryColumns.setGeometryType(GeometryType.GEOMETRY);
    geometryColumns.setZ((byte) 0);
    geometryColumns.setM((byte) 0);
    geometryColumns.setSrsId(4326);
    List<FeatureColumn> columns = new ArrayList<>();
    for (PublicTable.Column column : table.columns()) {
      columns.add(
          FeatureColumn.createColumn(
              column.name(),
              switch (column.type()) {
                case TEXT -> GeoPackageDataType.TEXT;
                case INTEGER -> GeoPackageDataType.INTEGER;
                case REAL -> GeoPackageDataType.DOUBLE;
              }));
    }
    Envelope extent = new Envelope();
    table.rows().forEach(row -> extent.expandToInclude(row.geometry().getEnvelopeInternal()));
    BoundingBox box =
        extent.isNull()
            ? new BoundingBox(-180, -90, 180, 90)
            : new BoundingBox(
                extent.getMinX(), extent.getMinY(), extent.getMaxX(), extent.getMaxY());
    gpkg.createFeatureTable(FeatureTableMetadata.create(geometryColumns, "fid", columns, box));
    FeatureDao dao = gpkg.getFeatureDao(table.layer());
    WKBWriter wkb = new WKBWriter(2, false);
    for (PublicTable.Row row : table.rows()) {
      FeatureRow feature = dao.newRow();
      feature.setGeometry(
          GeoPackageGeometryData.createAndBuildEnvelope(
              4326, GeometryReader.readGeometry(wkb.write(row.geometry()))));
      for (int i = 0; i < table.columns().size(); i++) {
        feature.setValue(table.columns().get(i).name(), row.values().get(i));
      }
      dao.insert(feature);
    }
  }

  /**
   * A ZIP of the named files in the given order, every entry dated {@code time} (UTC wall time, no
   * extra timestamp fields), deflated: the same files give the same bytes.
   */
  public static byte[] zip(Map<String, byte[]> files, Instant time) {
    LocalDateTime entryTime = LocalDateTime.ofInstant(time, ZoneOffset.UTC).withNano(0);
    if (entryTime.getYear() < 1980) {
      entryTime = LocalDateTime.of(1980, 1, 1, 0, 0);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        ZipEntry entry = new ZipEntry(file.getKey());
        entry.setTimeLocal(entryTime);
        zip.putNextEntry(entry);
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
