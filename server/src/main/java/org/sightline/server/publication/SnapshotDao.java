package org.sightline.server.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Reads a live record as a {@link Snapshot}: its version, its authors and the content a review
 * freezes. Soft-deleted records (and superseded events) have none. Content geometries are GeoJSON
 * in EPSG:4326 (longitude, latitude). Attach to a handle; as thread-safe as it.
 */
@RegisterRowMapper(SnapshotDao.SnapshotMapper.class)
public interface SnapshotDao {
  /**
   * Every actor who wrote a version of a row, from its history: the rows that inserted it or moved
   * its version on (not, say, a change of its publication flag). A history row without a version
   * (boundaries and zones written before V013) counts as a version of its own, as in V020's {@code
   * sightline_record_authors}. Completed by the table name, then {@link #AUTHORS_ID}, then the
   * row's id as text, then {@link #AUTHORS_END}.
   */
  String AUTHORS =
      "SELECT ARRAY(SELECT DISTINCT h.actor FROM (SELECT v.actor,"
          + " coalesce(v.state ->> 'version', 'unversioned:' || v.id) AS ver,"
          + " lag(coalesce(v.state ->> 'version', 'unversioned:' || v.id)) OVER (ORDER BY v.id)"
          + " AS prev FROM record_version v WHERE v.table_name = ";

  String AUTHORS_ID = " AND v.record_id = ";

  String AUTHORS_END = ") h WHERE h.ver IS DISTINCT FROM h.prev ORDER BY 1) AS authors, ";

  /** A claim place's true point: the point, an area's centroid, else a point of its region. */
  String PLACE_POINT =
      "CASE p.kind WHEN 'point' THEN p.geometry WHEN 'area' THEN ST_Centroid(p.geometry)"
          + " ELSE ST_PointOnSurface(p.region) END";

  @SqlQuery(
      AUTHORS
          + "'facility'"
          + AUTHORS_ID
          + "f.id"
          + AUTHORS_END
          + """
          f.version::text AS version,
          sightline_facility_content(f)::text AS content
          FROM facility f WHERE f.id = :id AND f.deleted_at IS NULL""")
  Optional<Snapshot> facility(@Bind("id") String id);

  @SqlQuery(
      AUTHORS
          + "'facility_boundary'"
          + AUTHORS_ID
          + "b.id::text"
          + AUTHORS_END
          + """
          b.version::text AS version,
          sightline_boundary_content(b)::text AS content
          FROM facility_boundary b WHERE b.id = :id AND b.deleted_at IS NULL""")
  Optional<Snapshot> boundary(@Bind("id") long id);

  @SqlQuery(
      AUTHORS
          + "'zone'"
          + AUTHORS_ID
          + "z.id::text"
          + AUTHORS_END
          + """
          z.version::text AS version,
          sightline_zone_content(z)::text AS content
          FROM zone z WHERE z.id = :id AND z.deleted_at IS NULL""")
  Optional<Snapshot> zone(@Bind("id") long id);

  @SqlQuery(
      AUTHORS
          + "'observation'"
          + AUTHORS_ID
          + "o.id::text"
          + AUTHORS_END
          + """
          o.version::text AS version,
          jsonb_build_object(
            'id', o.id, 'facilityId', o.facility_id, 'sceneCollection', o.scene_collection, 'sceneId', o.scene_id,
            'acquiredAt', o.scene_acquired_at, 'confidence', o.confidence, 'notes', o.notes,
            'illustrative', o.illustrative,
            'structures', coalesce((
              SELECT jsonb_agg(jsonb_build_object('id', s.id, 'class', s.structure_class, 'condition', s.condition,
                                                  'areaSqm', s.area_sqm, 'lengthM', s.length_m, 'notes', s.notes,
                                                  'geometry', ST_AsGeoJSON(s.geometry)::jsonb) ORDER BY s.id)
                FROM observed_structure s WHERE s.observation_id = o.id AND s.deleted_at IS NULL), '[]'::jsonb)
          )::text AS content
          FROM observation o WHERE o.id = :id AND o.deleted_at IS NULL""")
  Optional<Snapshot> observation(@Bind("id") long id);

  @SqlQuery(
      AUTHORS
          + "'claim'"
          + AUTHORS_ID
          + "c.id::text"
          + AUTHORS_END
          + "c.version::text AS version,"
          + """
          jsonb_build_object(
            'id', c.id, 'type', c.claim_type, 'description', c.description,
            'victimsMin', c.victims_min, 'victimsMax', c.victims_max, 'informationGrade', c.information_grade,
            'sharing', c.sharing, 'organisation', c.organisation_id, 'synthetic', c.synthetic,
            'source', CASE WHEN c.testimony_id IS NULL THEN 'document' ELSE 'testimony' END,
            'consent', t.consent,
            'time', jsonb_build_object('edtf', c.time_edtf, 'earliest', c.time_earliest, 'latest', c.time_latest,
                                       'precision', c.time_precision),
            'places', coalesce((
              SELECT jsonb_agg(jsonb_build_object('kind', p.kind, 'facilityId', p.facility_id, 'zoneKey', p.zone_key,
                                                  'point', ST_AsGeoJSON("""
          + PLACE_POINT
          + """
          )::jsonb) ORDER BY p.ordinal)
                FROM claim_place p WHERE p.claim_id = c.id AND p.deleted_at IS NULL), '[]'::jsonb),
            'facilities', coalesce((
              SELECT jsonb_agg(DISTINCT l.facility_id) FROM claim_link l
               WHERE l.claim_id = c.id AND l.superseded_at IS NULL), '[]'::jsonb)
          )::text AS content
          FROM claim c LEFT JOIN testimony t ON t.id = c.testimony_id
          WHERE c.id = :id AND c.deleted_at IS NULL""")
  Optional<Snapshot> claim(@Bind("id") long id);

  /**
   * A live corroborated event by its key. {@code restricted}: the true points of its members' point
   * and area places, which no public position may come near.
   */
  @SqlQuery(
      """
      SELECT ARRAY[]::text[] AS authors, e.id::text AS version,
             jsonb_build_object(
               'eventKey', e.event_key, 'level', e.level, 'independentSources', e.independent_sources,
               'sourceKinds', to_jsonb(e.source_kinds), 'types', to_jsonb(e.claim_types),
               'time', jsonb_build_object('earliest', e.time_earliest, 'latest', e.time_latest),
               'centre', ST_AsGeoJSON(ST_PointOnSurface(e.place))::jsonb,
               'facilities', to_jsonb(e.facility_ids), 'synthetic', e.synthetic,
               'restricted', coalesce((
                 SELECT jsonb_agg(ST_AsGeoJSON("""
          + PLACE_POINT
          + """
          )::jsonb ORDER BY p.id)
                   FROM event_member m JOIN claim_place p ON p.claim_id = m.claim_id AND p.deleted_at IS NULL
                  WHERE m.event_id = e.id AND p.kind IN ('point', 'area')), '[]'::jsonb)
             )::text AS content
        FROM corroborated_event e WHERE e.event_key = :key AND e.superseded_at IS NULL""")
  Optional<Snapshot> event(@Bind("key") String eventKey);

  /** The keys of every live corroborated event, in order. */
  @SqlQuery(
      "SELECT event_key FROM corroborated_event WHERE superseded_at IS NULL ORDER BY event_key")
  List<String> liveEventKeys();

  /** Maps {@code version}, {@code authors}, {@code content}. */
  final class SnapshotMapper implements RowMapper<Snapshot> {
    @Override
    public Snapshot map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new Snapshot(
          rs.getString("version"),
          List.of((String[]) rs.getArray("authors").getArray()),
          rs.getString("content"));
    }
  }
}
