package org.sightline.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.geom.Measures;
import org.sightline.imagery.ParsedItem;
import org.sightline.imagery.Scene;
import org.sightline.imagery.StacItemParser;
import org.sightline.imagery.StacJson;
import org.sightline.imagery.coverage.SceneCover;
import org.sightline.server.audit.Actor;
import org.sightline.server.publication.PublicationKind;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.testing.TestPublishing;
import org.sightline.server.visibility.Visibility;

/**
 * Coverage as a service against PostGIS, without HTTP ({@link FacilityCoverage} over {@link
 * SceneDao}): the boundary valid on the scene's date or else a buffer, covered fractions on the
 * ellipsoid, the facility-level cloud figure, the time window and who sees it. {@code
 * StacApiHttpTest} covers the same through the API, end to end.
 */
class FacilityCoverageTest {
  private static FacilityCoverage coverage;

  private static String scene(
      String id,
      String datetime,
      double west,
      double south,
      double east,
      double north,
      String extraProperties) {
    return ("{\"type\":\"Feature\",\"stac_version\":\"1.0.0\",\"id\":\"%s\",\"collection\":\"cover\",\"geometry\":"
            + "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]},"
            + "\"properties\":{\"datetime\":\"%s\",\"eo:cloud_cover\":40%s},\"links\":[],\"assets\":{}}")
        .formatted(
            id,
            west,
            south,
            east,
            south,
            east,
            north,
            west,
            north,
            west,
            south,
            datetime,
            extraProperties);
  }

  @BeforeAll
  static void fixtures() throws Exception {
    TestDatabase database = TestPostgis.freshDatabase();
    Jdbi owner = database.jdbi();
    owner.useHandle(
        h -> {
          h.execute(
              """
          INSERT INTO facility (id, name, facility_type, status, location, published)
          VALUES ('square-camp', 'Square camp', 'kyohwaso', 'operational', ST_SetSRID(ST_MakePoint(126.1, 41.1), 4326), true),
                 ('tall-camp', 'Tall camp', 'kyohwaso', 'operational', ST_SetSRID(ST_MakePoint(125.02, 38.5), 4326), true),
                 ('hidden-camp', 'Hidden camp', 'kyohwaso', 'operational', ST_SetSRID(ST_MakePoint(128.0, 40.0), 4326), false)""");
          // square-camp: a 126.0..126.2 E x 41.0..41.2 N boundary from 2021-01-01 on; before that,
          // only its location.
          // tall-camp: a thin 125.00..125.04 E x 33.5..43.5 N boundary, always.
          h.execute(
              """
          INSERT INTO facility_boundary (facility_id, geometry, valid_from, valid_to, basis, confidence, area_sq_km,
                                         perimeter_km, created_at, created_by)
          VALUES ('square-camp', ST_Multi(ST_MakeEnvelope(126.0, 41.0, 126.2, 41.2, 4326)), '2021-01-01', NULL,
                  'published', 'high', 1, 1, now(), 'test'),
                 ('tall-camp', ST_Multi(ST_MakeEnvelope(125.00, 33.5, 125.04, 43.5, 4326)), NULL, NULL,
                  'published', 'high', 1, 1, now(), 'test')""");
        });
    // What the public sees is what was reviewed and published: the two camps and their boundaries.
    for (String camp : List.of("square-camp", "tall-camp")) {
      TestPublishing.publish(database.appJdbi(), PublicationKind.FACILITY, camp);
      for (Long boundary :
          owner.withHandle(
              h ->
                  h.createQuery("SELECT id FROM facility_boundary WHERE facility_id = :camp")
                      .bind("camp", camp)
                      .mapTo(Long.class)
                      .list())) {
        TestPublishing.publish(
            database.appJdbi(), PublicationKind.BOUNDARY, String.valueOf(boundary));
      }
    }
    List<String> items =
        List.of(
            scene("before-boundary", "2020-06-01T02:00:00Z", 125.9, 40.9, 126.3, 41.3, ""),
            scene(
                "half-west",
                "2021-03-01T02:00:00Z",
                125.9,
                40.9,
                126.1,
                41.3,
                ",\"sightline:site_cloud_pct\":5"),
            scene("whole", "2021-06-01T02:00:00Z", 125.9, 40.9, 126.3, 41.3, ""),
            scene("elsewhere", "2021-07-01T02:00:00Z", 127.5, 40.9, 127.6, 41.3, ""),
            scene("south-half", "2022-05-01T02:00:00Z", 124.9, 33.0, 125.2, 38.5, ""),
            scene("over-hidden", "2022-05-01T02:00:00Z", 127.9, 39.9, 128.1, 40.1, ""));
    List<Scene> scenes = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      ParsedItem parsed =
          StacItemParser.parse(StacJson.MAPPER.readTree(items.get(i)), items.get(i), i + 1, null);
      scenes.add(((ParsedItem.Accepted) parsed).scene());
    }
    new SceneStore(database.appJdbi(), Clock.systemUTC())
        .write(Actor.system("test"), scenes, "test");
    coverage = new FacilityCoverage(database.appJdbi());
  }

  private static List<SceneCover> scenes(
      String facilityId, Visibility visibility, String from, String to) {
    return coverage.scenes(
        facilityId,
        visibility,
        from == null ? null : Instant.parse(from),
        to == null ? null : Instant.parse(to),
        FacilityCoverage.DEFAULT_BUFFER_M);
  }

  @Test
  void theBoundaryValidOnTheScenesDateIsMeasuredElseTheBufferAroundTheLocation() {
    List<SceneCover> covers = scenes("square-camp", Visibility.PUBLIC, null, null);
    assertThat(covers)
        .extracting(SceneCover::id)
        .containsExactly("before-boundary", "half-west", "whole");
    SceneCover before = covers.get(0);
    assertThat(before.areaSource()).as("no boundary valid in 2020").isEqualTo("buffer");
    assertThat(before.coveredFraction())
        .as("the 1 km circle lies inside the scene")
        .isCloseTo(1.0, Offset.offset(1e-9));
    SceneCover half = covers.get(1);
    assertThat(half.areaSource()).isEqualTo("boundary");
    assertThat(half.coveredFraction()).isCloseTo(0.5, Offset.offset(1e-6));
    assertThat(half.cloudPct())
        .as("the facility-level figure wins over the scene's 40")
        .isEqualTo(5.0);
    assertThat(covers.get(2).coveredFraction()).isCloseTo(1.0, Offset.offset(1e-9));
    assertThat(covers.get(2).cloudPct()).isEqualTo(40.0);
  }

  @Test
  void coveredFractionsAreEllipsoidalAreas() {
    // Degree areas would give 0.5; on WGS 84 the southern half of this tall boundary holds more
    // ground.
    double ellipsoidalShare =
        Measures.areaSqKm(Geometries.box(125.00, 33.5, 125.04, 38.5))
            / Measures.areaSqKm(Geometries.box(125.00, 33.5, 125.04, 43.5));
    assertThat(ellipsoidalShare - 0.5).as("the case tells the two apart").isGreaterThan(0.015);
    assertThat(scenes("tall-camp", Visibility.PUBLIC, null, null))
        .singleElement()
        .satisfies(
            c -> assertThat(c.coveredFraction()).isCloseTo(ellipsoidalShare, Offset.offset(1e-4)));
  }

  @Test
  void theTimeWindowIsInclusiveAndOpenEndsAreOpen() {
    assertThat(
            scenes(
                "square-camp", Visibility.PUBLIC, "2021-03-01T02:00:00Z", "2021-06-01T02:00:00Z"))
        .extracting(SceneCover::id)
        .containsExactly("half-west", "whole");
    assertThat(scenes("square-camp", Visibility.PUBLIC, "2021-03-01T02:00:01Z", null))
        .extracting(SceneCover::id)
        .containsExactly("whole");
    assertThat(scenes("square-camp", Visibility.PUBLIC, null, "2021-01-01T00:00:00Z"))
        .extracting(SceneCover::id)
        .containsExactly("before-boundary");
  }

  @Test
  void anUnpublishedFacilitysCoverageIsForStaffOnly() {
    assertThat(scenes("hidden-camp", Visibility.PUBLIC, null, null)).isEmpty();
    assertThat(scenes("hidden-camp", Visibility.STAFF, null, null))
        .extracting(SceneCover::id)
        .containsExactly("over-hidden");
    assertThat(scenes("no-such-camp", Visibility.STAFF, null, null)).isEmpty();
  }
}
