package org.sightline.server.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.geom.GeoJsonGeometryWriter;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.io.ImportFeature;
import org.sightline.geodata.io.ImportReader;

/**
 * An OGC GeoPackage (as QGIS saves a layer) to {@link ImportFeature}s, with NGA's library: the
 * first feature table, or the one named; every column but the geometry is a field (the primary key,
 * QGIS's {@code fid}, too), as text; the geometry becomes a GeoJSON node. The table's SRS must be
 * EPSG:4326 (or OGC CRS84, the same axes: longitude, latitude); any other is refused naming it, so
 * that nothing is read in the wrong coordinates. A geometry that cannot be read becomes a text node
 * saying so, which the geometry check reports for its feature.
 *
 * <p>The library needs a file: the bytes are written to a temporary directory, read, and removed.
 * Stateless and thread-safe.
 */
public final class GeoPackageImportReader implements ImportReader {
  public static final String MEDIA_TYPE = "application/geopackage+sqlite3";

  /** What every SQLite 3 database file starts with. */
  private static final byte[] SQLITE_HEADER =
      "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String layer;

  /** Reads the first feature table. */
  public GeoPackageImportReader() {
    this(null);
  }

  /**
   * @param layer the feature table to read, or null for the first one
   */
  public GeoPackageImportReader(String layer) {
    this.layer = layer == null || layer.isBlank() ? null : layer.strip();
  }

  @Override
  public List<String> mediaTypes() {
    return List.of(MEDIA_TYPE);
  }

  /**
   * @throws InvalidDataException when the bytes are not a GeoPackage, the table is missing, or its
   *     SRS is not EPSG:4326
   */
  @Override
  public List<ImportFeature> read(byte[] bytes) {
    if (bytes.length < SQLITE_HEADER.length
        || !Arrays.equals(bytes, 0, SQLITE_HEADER.length, SQLITE_HEADER, 0, SQLITE_HEADER.length)) {
      throw new InvalidDataException(
          "the file is not a GeoPackage: it is not an SQLite 3 database (it does not start with"
              + " 'SQLite format 3')");
    }
    Path directory;
    try {
      directory = Files.createTempDirectory("sightline-import-");
    } catch (IOException e) {
      throw new UncheckedIOException("could not make a temporary directory for a GeoPackage", e);
    }
    try {
      Path file = directory.resolve("import.gpkg");
      Files.write(file, bytes);
      try (GeoPackage gpkg = open(file)) {
        return features(gpkg);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the GeoPackage to a temporary file", e);
    } finally {
      delete(directory);
    }
  }

  private static GeoPackage open(Path file) {
    try {
      return GeoPackageManager.open(file.toFile(), true);
    } catch (RuntimeException e) {
      throw new InvalidDataException("the GeoPackage cannot be read: " + rootMessage(e), e);
    }
  }

  private List<ImportFeature> features(GeoPackage gpkg) {
    List<String> tables;
    FeatureDao dao;
    try {
      tables = gpkg.getFeatureTables();
      if (tables.isEmpty()) {
        throw new InvalidDataException("the GeoPackage holds no feature table");
      }
      String table = layer == null ? tables.get(0) : layer;
      if (!tables.contains(table)) {
        throw new InvalidDataException(
            "the GeoPackage has no feature table '"
                + table
                + "'; its feature tables: "
                + String.join(", ", tables));
      }
      dao = gpkg.getFeatureDao(table);
      requireLonLat(table, dao.getSrs());
    } catch (InvalidDataException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new InvalidDataException("the GeoPackage cannot be read: " + rootMessage(e), e);
    }
    String geometryColumn = dao.getGeometryColumnName();
    List<ImportFeature> features = new ArrayList<>();
    FeatureResultSet rows = null;
    try {
      rows = dao.queryForAll();
      while (rows.moveToNext()) {
        FeatureRow row = rows.getRow();
        int index = features.size() + 1;
        Map<String, String> fields = new HashMap<>();
        for (String column : row.getColumnNames()) {
          if (column.equals(geometryColumn)) {
            continue;
          }
          Object value = row.getValue(column);
          if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            fields.put(column, value.toString());
          }
        }
        ImportFeature feature =
            new ImportFeature(index, "feature " + index, fields, Map.of(), geometry(row, index));
        String name = feature.field("name");
        features.add(
            name == null
                ? feature
                : new ImportFeature(index, name, fields, Map.of(), feature.geometry()));
      }
    } catch (RuntimeException e) {
      throw new InvalidDataException("the GeoPackage cannot be read: " + rootMessage(e), e);
    } finally {
      if (rows != null) {
        rows.close();
      }
    }
    return features;
  }

  /**
   * EPSG:4326 or OGC CRS84: WGS 84 in degrees, stored longitude first (GeoPackage geometry is
   * always x, y).
   */
  private static void requireLonLat(String table, SpatialReferenceSystem srs) {
    String organization = srs.getOrganization() == null ? "" : srs.getOrganization();
    long code = srs.getOrganizationCoordsysId();
    boolean wgs84 =
        (organization.equalsIgnoreCase("EPSG") && code == 4326)
            || (organization.equalsIgnoreCase("OGC")
                && srs.getSrsName() != null
                && srs.getSrsName().toUpperCase(Locale.ROOT).contains("CRS84"));
    if (!wgs84) {
      throw new InvalidDataException(
          "the GeoPackage table '"
              + table
              + "' is in "
              + organization
              + ":"
              + code
              + (srs.getSrsName() == null ? "" : " (" + srs.getSrsName() + ")")
              + "; only EPSG:4326 (WGS 84, longitude and latitude) is accepted: reproject the"
              + " layer first (QGIS: Export, Save Features As, CRS EPSG:4326)");
    }
  }

  private static JsonNode geometry(FeatureRow row, int index) {
    GeoPackageGeometryData data;
    try {
      data = row.getGeometry();
    } catch (RuntimeException e) {
      return NODES.textNode(
          "feature " + index + ": the geometry cannot be read: " + rootMessage(e));
    }
    if (data == null || data.isEmpty()) {
      return null;
    }
    try {
      Geometry geometry = new WKBReader(Geometries.FACTORY).read(data.getWkb());
      geometry.setSRID(Geometries.SRID_WGS84);
      return GeoJsonGeometryWriter.toNode(geometry);
    } catch (IOException | ParseException | RuntimeException e) {
      return NODES.textNode(
          "feature " + index + ": the geometry cannot be read: " + rootMessage(e));
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    String message =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  private static void delete(Path directory) {
    try (var files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("could not remove the temporary GeoPackage", e);
    }
  }
}
