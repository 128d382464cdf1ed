package org.sightline.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.sightline.geodata.facility.Facility;
import org.sightline.geodata.facility.FacilityStatus;
import org.sightline.geodata.facility.FacilityType;
import org.sightline.geodata.facility.SourcedLocation;
import org.sightline.geodata.geom.BoundingBox;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.source.Source;
import org.sightline.server.db.LonLatExtent;
import org.sightline.server.db.SourceDao;
import org.sightline.server.testing.PostgisTest;
import org.sightline.server.visibility.Visibility;

@PostgisTest
class FacilityDaoTest {

  /** A 7 x 7 grid of points, 0.1 degrees apart, from (126.0, 39.0); ids g-RR-CC. */
  @BeforeAll
  static void insertGrid(Jdbi jdbi) {
    jdbi.useTransaction(
        h -> {
          FacilityDao dao = h.attach(FacilityDao.class);
          for (int row = 0; row < 7; row++) {
            for (int col = 0; col < 7; col++) {
              insertIfAbsent(
                  dao,
                  gridId(row, col),
                  "Grid " + row + "," + col,
                  null,
                  new String[0],
                  "other",
                  "unconfirmed",
                  null,
                  null,
                  Geometries.point(126.0 + col * 0.1, 39.0 + row * 0.1),
                  true);
            }
          }
          // Published as records from public sources are: a review each (V019).
          h.createQuery("SELECT sightline_publish_public_sources()").mapTo(Integer.class).one();
        });
  }

  private static String gridId(int row, int col) {
    return String.format("g-%02d-%02d", row, col);
  }

  /**
   * A facility with the fields the sample data has (no romanizations, status date or description).
   */
  private static int insertIfAbsent(
      FacilityDao dao,
      String id,
      String name,
      String nameKo,
      String[] aliases,
      String type,
      String status,
      String province,
      String agency,
      Geometry location,
      boolean published) {
    return dao.insertIfAbsent(
        new FacilityFields(
            id,
            name,
            nameKo,
            null,
            null,
            List.of(aliases),
            type,
            status,
            null,
            agency,
            province,
            null,
            location,
            published));
  }

  private static int insertSourcedLocationIfAbsent(
      FacilityDao dao,
      String facilityId,
      String sourceId,
      String recordId,
      String nameAsPublished,
      Point location,
      String url,
      boolean primary,
      String note) {
    return dao.insertSourcedLocationIfAbsent(
        facilityId,
        new SourcedLocation(sourceId, recordId, nameAsPublished, location, url, primary, note));
  }

  private static FacilityDao dao(Jdbi jdbi) {
    return jdbi.onDemand(FacilityDao.class);
  }

  @Test
  void pointRoundTripsWithExactCoordinates(Jdbi jdbi) {
    Geometry point = Geometries.point(126.0621556, 39.5717058);
    insertIfAbsent(
        dao(jdbi),
        "rt-point",
        "Camp 14",
        "개천",
        new String[] {"Camp 14, Kaechon", "Kaechon internment camp"},
        "kwanliso",
        "operational",
        "South Pyongan Province",
        "Ministry of State Security",
        point,
        true);
    Facility read = dao(jdbi).findFeature("rt-point", Visibility.STAFF).orElseThrow();
    assertThat(read.controllingAgency()).isEqualTo("Ministry of State Security");
    assertThat(read.province()).isEqualTo("South Pyongan Province");
    assertThat(read.location().equalsExact(point, 0.0)).isTrue();
    assertThat(read.location().getSRID()).isEqualTo(4326);
    assertThat(read.nameKo()).isEqualTo("개천");
    assertThat(read.aliases()).containsExactly("Camp 14, Kaechon", "Kaechon internment camp");
    assertThat(read.type()).isEqualTo(FacilityType.KWANLISO);
    assertThat(read.status()).isEqualTo(FacilityStatus.OPERATIONAL);
  }

  @Test
  void polygonRoundTripsWithExactCoordinates(Jdbi jdbi) {
    Geometry polygon =
        Geometries.fromWkt(
            "POLYGON ((126.80123456789012 39.6, 126.9 39.60000000000001,"
                + " 126.9 39.7, 126.8 39.7, 126.80123456789012 39.6))");
    insertIfAbsent(
        dao(jdbi),
        "rt-polygon",
        "Camp 15",
        null,
        new String[0],
        "kwanliso",
        "operational",
        null,
        null,
        polygon,
        true);
    Geometry read = dao(jdbi).findFeature("rt-polygon", Visibility.STAFF).orElseThrow().location();
    assertThat(read.equalsExact(polygon, 0.0)).as("read back %s", read).isTrue();
  }

  @Test
  void insertIfAbsentNeverOverwrites(Jdbi jdbi) {
    assertThat(
            insertIfAbsent(
                dao(jdbi),
                "keep-me",
                "Original",
                null,
                new String[0],
                "other",
                "closed",
                null,
                null,
                Geometries.point(127, 40),
                true))
        .isEqualTo(1);
    assertThat(
            insertIfAbsent(
                dao(jdbi),
                "keep-me",
                "Replacement",
                null,
                new String[0],
                "other",
                "closed",
                null,
                null,
                Geometries.point(127.5, 40),
                true))
        .isZero();
    assertThat(dao(jdbi).findFeature("keep-me", Visibility.STAFF).orElseThrow().name())
        .isEqualTo("Original");
  }

  @Test
  void bboxReturnsExactlyTheFacilitiesInside(Jdbi jdbi) {
    // Rows 2..3 and columns 1..2 of the grid: lon 126.1..126.2, lat 39.2..39.3 (edges included).
    List<Facility> hits =
        dao(jdbi).page(box(126.05, 39.15, 126.2, 39.3), null, 100, Visibility.STAFF);
    assertThat(hits)
        .extracting(Facility::id)
        .containsExactly("g-02-01", "g-02-02", "g-03-01", "g-03-02");
    assertThat(dao(jdbi).count(box(126.05, 39.15, 126.2, 39.3), Visibility.STAFF)).isEqualTo(4);
  }

  @Test
  void bboxAwayFromEverythingReturnsNothing(Jdbi jdbi) {
    assertThat(dao(jdbi).page(box(129, 42, 130, 43), null, 100, Visibility.STAFF)).isEmpty();
  }

  @Test
  void pagingVisitsEveryFacilityExactlyOnceEvenWhenRowsAreAddedMeanwhile(Jdbi jdbi) {
    Geometry grid = box(125.95, 38.95, 126.65, 39.65);
    List<String> seen = new ArrayList<>();
    String after = null;
    int pages = 0;
    while (true) {
      List<Facility> page = dao(jdbi).page(grid, after, 10, Visibility.STAFF);
      if (page.isEmpty()) {
        break;
      }
      page.forEach(f -> seen.add(f.id()));
      after = page.get(page.size() - 1).id();
      if (pages++ == 1) {
        // A facility sorting before the cursor appears mid-way: it must not shift later pages.
        insertIfAbsent(
            dao(jdbi),
            "a-late",
            "Late",
            null,
            new String[0],
            "other",
            "unconfirmed",
            null,
            null,
            Geometries.point(126.3, 39.3),
            true);
      }
    }
    assertThat(seen).hasSize(49).doesNotHaveDuplicates();
    assertThat(new HashSet<>(seen)).isEqualTo(allGridIds());
  }

  @Test
  void everyTypeAndStatusCodeIsAcceptedByTheSchema(Jdbi jdbi) {
    int i = 0;
    for (FacilityType type : FacilityType.values()) {
      for (FacilityStatus status : FacilityStatus.values()) {
        String id = "codes-" + i++;
        insertIfAbsent(
            dao(jdbi),
            id,
            "Codes",
            null,
            new String[0],
            type.code(),
            status.code(),
            null,
            null,
            Geometries.point(128, 40),
            true);
        Facility read = dao(jdbi).findFeature(id, Visibility.STAFF).orElseThrow();
        assertThat(read.type()).isEqualTo(type);
        assertThat(read.status()).isEqualTo(status);
      }
    }
  }

  @Test
  void schemaRejectsUnknownTypeInvalidGeometryAndNonNfcKorean(Jdbi jdbi) {
    assertThatThrownBy(
            () ->
                insertIfAbsent(
                    dao(jdbi),
                    "bad-type",
                    "X",
                    null,
                    new String[0],
                    "gulag",
                    "closed",
                    null,
                    null,
                    Geometries.point(127, 40),
                    true))
        .isInstanceOf(UnableToExecuteStatementException.class)
        .hasMessageContaining("facility_facility_type_check");
    Geometry bowtie =
        Geometries.fromWkt(
            "POLYGON ((126.8 39.6, 126.9 39.7, 126.9 39.6, 126.8 39.7, 126.8 39.6))");
    assertThatThrownBy(
            () ->
                insertIfAbsent(
                    dao(jdbi),
                    "bad-geom",
                    "X",
                    null,
                    new String[0],
                    "other",
                    "closed",
                    null,
                    null,
                    bowtie,
                    true))
        .hasMessageContaining("facility_location_check");
    String decomposedYodok = Normalizer.normalize("요덕", Form.NFD);
    assertThatThrownBy(
            () ->
                insertIfAbsent(
                    dao(jdbi),
                    "bad-ko",
                    "X",
                    decomposedYodok,
                    new String[0],
                    "other",
                    "closed",
                    null,
                    null,
                    Geometries.point(127, 40),
                    true))
        .hasMessageContaining("facility_name_ko_check");
    assertThat(dao(jdbi).findFeature("bad-type", Visibility.STAFF)).isEmpty();
  }

  @Test
  void sourcedLocationsComeWithSpheroidDistanceAndOnlyOnePrimary(Jdbi jdbi) {
    jdbi.useExtension(
        SourceDao.class, s -> s.upsert(new Source("hrnk", "HRNK", "Map", null, "unstated", null)));
    jdbi.useExtension(
        SourceDao.class,
        s ->
            s.upsert(new Source("wikipedia", "Wikipedia", "Articles", null, "CC BY-SA 4.0", null)));
    insertIfAbsent(
        dao(jdbi),
        "camp-16",
        "Camp 16",
        null,
        new String[0],
        "kwanliso",
        "operational",
        null,
        null,
        Geometries.point(129.2683983, 41.2869653),
        true);
    insertSourcedLocationIfAbsent(
        dao(jdbi),
        "camp-16",
        "hrnk",
        "hrnk-02",
        "Camp 16, Hwasong",
        Geometries.point(129.2683983, 41.2869653),
        null,
        true,
        null);
    insertSourcedLocationIfAbsent(
        dao(jdbi),
        "camp-16",
        "wikipedia",
        "Q710433",
        "Hwasong concentration camp",
        Geometries.point(129.391211, 41.268505),
        "https://en.wikipedia.org/wiki/Hwasong_concentration_camp",
        false,
        null);

    List<SourcedLocationRow> rows = dao(jdbi).sourcedLocations(new String[] {"camp-16"});
    assertThat(rows).extracting(r -> r.location().recordId()).containsExactly("hrnk-02", "Q710433");
    assertThat(rows.get(0).distanceFromFacilityM()).isZero();
    // Independent check: Vincenty's inverse formula on the WGS 84 ellipsoid, computed separately,
    // gives 10,491.637 m; a sphere (haversine, R = 6371.0088 km) would give 10,466 m.
    assertThat(rows.get(1).distanceFromFacilityM()).isCloseTo(10_491.637, Offset.offset(0.01));

    assertThatThrownBy(
            () ->
                insertSourcedLocationIfAbsent(
                    dao(jdbi),
                    "camp-16",
                    "wikipedia",
                    "Q-other",
                    "Another",
                    Geometries.point(129.3, 41.27),
                    null,
                    true,
                    null))
        .hasMessageContaining("facility_sourced_location_one_primary");
  }

  @Test
  void extentCoversEveryFacility(Jdbi jdbi) {
    LonLatExtent extent = dao(jdbi).extent(Visibility.PUBLIC).orElseThrow();
    assertThat(extent.minLonDeg()).isLessThanOrEqualTo(126.0);
    assertThat(extent.maxLatDeg()).isGreaterThanOrEqualTo(39.6);
  }

  private static Geometry box(double minLon, double minLat, double maxLon, double maxLat) {
    return BoundingBox.of(minLon, minLat, maxLon, maxLat).toPolygons().get(0);
  }

  private static Set<String> allGridIds() {
    Set<String> ids = new HashSet<>();
    for (int row = 0; row < 7; row++) {
      for (int col = 0; col < 7; col++) {
        ids.add(gridId(row, col));
      }
    }
    return ids;
  }
}
