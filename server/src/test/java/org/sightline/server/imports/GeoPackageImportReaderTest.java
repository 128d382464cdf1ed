package org.sightline.server.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import mil.nga.sf.wkb.GeometryReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKBWriter;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.io.ImportFeature;
import org.sightline.geodata.structure.StructureClass;
import org.sightline.geodata.structure.StructureCondition;
import org.sightline.geodata.structure.io.StructureDraft;
import org.sightline.geodata.structure.io.StructureLayer;
import org.sightline.geodata.structure.io.StructureLayerReader;

/** GeoPackages as QGIS saves a layer, built here with NGA's library, read into import features. */
class GeoPackageImportReaderTest {
  @TempDir Path dir;

  /** One row: its attributes (null values left NULL) and its geometry as WKT (or null). */
  private record Row(Map<String, Object> values, String wkt) {}

  private static Row row(String wkt, Object... keysAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return new Row(values, wkt);
  }

  /** A feature table with QGIS's layout: primary key fid, geometry geom, text columns. */
  private static void addTable(GeoPackage gpkg, String table, long srsId, List<Row> rows)
      throws SQLException, IOException {
    GeometryColumns geometryColumns = new GeometryColumns();
    geometryColumns.setId(new TableColumnKey(table, "geom"));
    geometryColumns.setGeometryType(GeometryType.GEOMETRY);
    geometryColumns.setZ((byte) 0);
    geometryColumns.setM((byte) 0);
    geometryColumns.setSrsId(srsId);
    List<FeatureColumn> columns = new ArrayList<>();
    columns.add(FeatureColumn.createColumn("name", GeoPackageDataType.TEXT));
    columns.add(FeatureColumn.createColumn("class", GeoPackageDataType.TEXT));
    columns.add(FeatureColumn.createColumn("condition", GeoPackageDataType.TEXT));
    columns.add(FeatureColumn.createColumn("height_m", GeoPackageDataType.DOUBLE));
    gpkg.createFeatureTable(
        FeatureTableMetadata.create(
            geometryColumns, "fid", columns, new BoundingBox(-180, -90, 180, 90)));
    FeatureDao dao = gpkg.getFeatureDao(table);
    WKBWriter wkb = new WKBWriter(2, false);
    for (Row row : rows) {
      FeatureRow feature = dao.newRow();
      if (row.wkt() != null) {
        feature.setGeometry(
            GeoPackageGeometryData.createAndBuildEnvelope(
                srsId, GeometryReader.readGeometry(wkb.write(Geometries.fromWkt(row.wkt())))));
      }
      row.values().forEach(feature::setValue);
      dao.insert(feature);
    }
  }

  private byte[] geoPackage(String name, GeoPackageBuilder builder) throws Exception {
    Path file = dir.resolve(name + ".gpkg");
    GeoPackageManager.create(file.toFile());
    try (GeoPackage gpkg = GeoPackageManager.open(file.toFile())) {
      builder.build(gpkg);
    }
    return Files.readAllBytes(file);
  }

  @FunctionalInterface
  private interface GeoPackageBuilder {
    void build(GeoPackage gpkg) throws Exception;
  }

  private byte[] qgisLayer() throws Exception {
    return geoPackage(
        "camp15",
        gpkg -> {
          addTable(
              gpkg,
              "structures",
              4326,
              List.of(
                  row(
                      "POLYGON ((126.8512 39.6701, 126.8516 39.6701, 126.8516 39.6703, 126.8512 39.6703, 126.8512 39.6701))",
                      "name",
                      "Block 1",
                      "class",
                      "barracks",
                      "condition",
                      "intact",
                      "height_m",
                      6.5),
                  row(
                      "MULTILINESTRING ((126.85 39.672, 126.854 39.672), (126.854 39.672, 126.8545 39.671))",
                      "name",
                      "North fence",
                      "class",
                      "울타리"),
                  row(null, "name", "Undrawn", "class", "gate")));
          addTable(
              gpkg,
              "clouds",
              4326,
              List.of(
                  row(
                      "POLYGON ((126.862 39.67, 126.868 39.67, 126.868 39.676, 126.862 39.67))",
                      "class",
                      "cloud")));
        });
  }

  private static Set<Path> importTemporaries() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("sightline-import-"))
          .collect(Collectors.toSet());
    }
  }

  @Test
  void theFirstFeatureTableWithItsColumnsAsFieldsAndGeometryAsGeoJson() throws Exception {
    byte[] bytes = qgisLayer();
    Set<Path> before = importTemporaries();
    List<ImportFeature> features = new GeoPackageImportReader().read(bytes);
    assertThat(importTemporaries()).as("the temporary copy is removed").isEqualTo(before);

    assertThat(features)
        .extracting(ImportFeature::index, ImportFeature::label)
        .containsExactly(tuple(1, "Block 1"), tuple(2, "North fence"), tuple(3, "Undrawn"));
    ImportFeature block = features.get(0);
    assertThat(block.field("fid")).isEqualTo("1");
    assertThat(block.field("class")).isEqualTo("barracks");
    assertThat(block.field("heightM")).isEqualTo("6.5");
    assertThat(block.field("geom")).isNull();
    assertThat(block.geometry().toString())
        .isEqualTo(
            "{\"type\":\"Polygon\",\"coordinates\":[[[126.8512,39.6701],[126.8516,39.6701],"
                + "[126.8516,39.6703],[126.8512,39.6703],[126.8512,39.6701]]]}");
    assertThat(features.get(1).field("condition")).as("NULL is no field").isNull();
    assertThat(features.get(1).geometry().path("type").asText()).isEqualTo("MultiLineString");
    assertThat(features.get(2).geometry()).isNull();

    // Through the structure reader: the fence is a perimeter line, the undrawn gate an error.
    StructureLayer layer = new StructureLayerReader().read(features);
    assertThat(layer.structures())
        .extracting(
            StructureDraft::label,
            StructureDraft::structureClass,
            StructureDraft::condition,
            StructureDraft::featureId)
        .containsExactly(
            tuple("Block 1", StructureClass.PRISONER_HOUSING, StructureCondition.INTACT, "1"),
            tuple("North fence", StructureClass.PERIMETER, StructureCondition.INTACT, "2"));
    assertThat(layer.errors())
        .containsExactly(
            "feature 3 'Undrawn': geometry is required: a GeoJSON Polygon or MultiPolygon");
  }

  @Test
  void aNamedLayerOrAClearRefusalListingTheTables() throws Exception {
    byte[] bytes = qgisLayer();
    List<ImportFeature> clouds = new GeoPackageImportReader("clouds").read(bytes);
    assertThat(clouds).extracting(ImportFeature::label).containsExactly("feature 1");
    assertThat(clouds.get(0).field("class")).isEqualTo("cloud");
    assertThat(new GeoPackageImportReader().mediaTypes())
        .containsExactly("application/geopackage+sqlite3");

    assertThatThrownBy(() -> new GeoPackageImportReader("buildings").read(bytes))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "the GeoPackage has no feature table 'buildings'; its feature tables: structures,"
                + " clouds");
  }

  @Test
  void aLayerInAnotherSrsIsRefusedNamingIt() throws Exception {
    byte[] bytes =
        geoPackage(
            "utm",
            gpkg -> {
              // QGIS writes the SRS row with the layer; NGA has no metadata of its own for 32652.
              SpatialReferenceSystem utm = new SpatialReferenceSystem();
              utm.setSrsId(32652);
              utm.setSrsName("WGS 84 / UTM zone 52N");
              utm.setOrganization("EPSG");
              utm.setOrganizationCoordsysId(32652);
              utm.setDefinition(
                  "PROJCS[\"WGS 84 / UTM zone 52N\",GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],"
                      + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",129],PARAMETER[\"scale_factor\",0.9996],PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1],AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"32652\"]]");
              gpkg.getSpatialReferenceSystemDao().create(utm);
              long utm52n = utm.getSrsId();
              addTable(
                  gpkg,
                  "structures_utm",
                  utm52n,
                  List.of(
                      row(
                          "POLYGON ((330000 4390000, 330040 4390000, 330040 4390020, 330000 4390000))",
                          "class",
                          "housing")));
            });
    assertThatThrownBy(() -> new GeoPackageImportReader().read(bytes))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("the GeoPackage table 'structures_utm' is in EPSG:32652 (")
        .hasMessageContaining(
            "only EPSG:4326 (WGS 84, longitude and latitude) is accepted: reproject the layer"
                + " first");
  }

  @Test
  void aMalformedFileIsOneClearInvalidDataException() throws Exception {
    assertThatThrownBy(
            () ->
                new GeoPackageImportReader()
                    .read("{\"type\": \"FeatureCollection\"}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "the file is not a GeoPackage: it is not an SQLite 3 database (it does not start with"
                + " 'SQLite format 3')");

    byte[] whole = qgisLayer();
    byte[] truncated = Arrays.copyOf(whole, 1024);
    Set<Path> before = importTemporaries();
    assertThatThrownBy(() -> new GeoPackageImportReader().read(truncated))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("the GeoPackage cannot be read: ");
    assertThat(importTemporaries()).isEqualTo(before);

    byte[] garbage = Arrays.copyOf(whole, whole.length);
    Arrays.fill(garbage, 100, garbage.length, (byte) 0x5A);
    assertThatThrownBy(() -> new GeoPackageImportReader().read(garbage))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("the GeoPackage cannot be read: ");
  }

  @Test
  void anSqliteDatabaseWithoutFeatureTablesIsRefused() throws Exception {
    byte[] empty = geoPackage("empty", gpkg -> {});
    assertThatThrownBy(() -> new GeoPackageImportReader().read(empty))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("the GeoPackage holds no feature table");
  }
}
