package org.sightline.server.export;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKBWriter;
import org.sightline.geodata.io.ExportFormat;
import org.sightline.geodata.io.ExportRow;

/**
 * OGC GeoPackage (SQLite) with one feature table {@code facilities} in EPSG:4326, written with
 * NGA's library: columns {@link ExportRow#COLUMNS}, geometry column {@code geom} (points and
 * multipolygons together: type GEOMETRY). Built in a temporary file, then copied out and removed.
 */
public final class GeoPackageExport implements ExportFormat {
  public static final String TABLE = "facilities";

  @Override
  public String extension() {
    return "gpkg";
  }

  @Override
  public String mediaType() {
    return "application/geopackage+sqlite3";
  }

  @Override
  public void write(List<ExportRow> rows, ExportContext context, OutputStream out)
      throws IOException {
    Path directory = Files.createTempDirectory("sightline-export-");
    File file = directory.resolve("facilities.gpkg").toFile();
    try {
      GeoPackageManager.create(file);
      try (GeoPackage gpkg = GeoPackageManager.open(file)) {
        // Declare GeoPackage 1.3: the file uses nothing newer, and GDAL 3.6 (Debian 12) and the
        // QGIS
        // releases built on it warn that 1.4 "may only be partially supported".
        gpkg.execSQL("PRAGMA user_version = 10300");
        GeometryColumns geometryColumns = new GeometryColumns();
        geometryColumns.setId(new TableColumnKey(TABLE, "geom"));
        geometryColumns.setGeometryType(GeometryType.GEOMETRY);
        geometryColumns.setZ((byte) 0);
        geometryColumns.setM((byte) 0);
        geometryColumns.setSrsId(4326);
        List<FeatureColumn> columns = new ArrayList<>();
        for (String column : ExportRow.COLUMNS) {
          columns.add(
              FeatureColumn.createColumn(
                  column,
                  column.equals("area_sq_km")
                      ? GeoPackageDataType.DOUBLE
                      : GeoPackageDataType.TEXT));
        }
        Envelope extent = new Envelope();
        rows.forEach(row -> extent.expandToInclude(row.geometry().getEnvelopeInternal()));
        BoundingBox box =
            extent.isNull()
                ? new BoundingBox(-180, -90, 180, 90)
                : new BoundingBox(
                    extent.getMinX(), extent.getMinY(), extent.getMaxX(), extent.getMaxY());
        // The integer primary key is "fid" (GDAL's convention), so that our text "id" column keeps
        // its name.
        gpkg.createFeatureTable(FeatureTableMetadata.create(geometryColumns, "fid", columns, box));
        FeatureDao dao = gpkg.getFeatureDao(TABLE);
        WKBWriter wkb = new WKBWriter(2, false);
        for (ExportRow row : rows) {
          FeatureRow feature = dao.newRow();
          GeoPackageGeometryData geometry =
              GeoPackageGeometryData.createAndBuildEnvelope(
                  4326, GeometryReader.readGeometry(wkb.write(row.geometry())));
          feature.setGeometry(geometry);
          List<String> values = row.values();
          for (int i = 0; i < ExportRow.COLUMNS.size(); i++) {
            String column = ExportRow.COLUMNS.get(i);
            feature.setValue(column, column.equals("area_sq_km") ? row.areaSqKm() : values.get(i));
          }
          dao.insert(feature);
        }
      }
      Files.copy(file.toPath(), out);
    } finally {
      try (var files = Files.walk(directory)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
