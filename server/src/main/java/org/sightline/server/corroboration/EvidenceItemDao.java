package org.sightline.server.corroboration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.locationtech.jts.geom.Geometry;
import org.sightline.server.db.geometry.PostgisGeometries;

/**
 * Reads what corroboration weighs: every live claim with its region (the union of its places'), its
 * span of days and the source it comes from (the witness after confirmed merges, the witness it was
 * heard from, the first document of its lineage), and every live structure change event. Read-only;
 * attach to a handle.
 */
public interface EvidenceItemDao {
  /** How far around a line (a fence) a change event reaches, metres. */
  int LINE_BUFFER_M = 5;

  /**
   * A live claim as evidence. {@code witnessRoot} and {@code heardFromRoot} follow confirmed merges
   * to the surviving witness record; {@code documentRoot} follows origins to the first document of
   * the lineage. Recursive CTEs bounded in depth, so that no data could make them loop.
   */
  record ClaimRow(
      long id,
      String type,
      LocalDate earliest,
      LocalDate latest,
      Geometry region,
      Long testimonyId,
      String witnessRoot,
      String heardFromRoot,
      Long documentId,
      Long documentRoot,
      String sharing,
      String description,
      boolean synthetic) {}

  @SqlQuery(
      """
      WITH RECURSIVE witness_root(id, root, depth) AS (
             SELECT id, id, 0 FROM witness WHERE merged_into IS NULL
             UNION ALL
             SELECT w.id, r.root, r.depth + 1 FROM witness w JOIN witness_root r ON w.merged_into = r.id
              WHERE r.depth < 50),
           document_root(id, root, depth) AS (
             SELECT id, id, 0 FROM document_source WHERE origin_id IS NULL
             UNION ALL
             SELECT d.id, r.root, r.depth + 1 FROM document_source d JOIN document_root r ON d.origin_id = r.id
              WHERE r.depth < 50)
      SELECT c.id, c.claim_type, c.time_earliest, c.time_latest,
             (SELECT ST_Union(p.region) FROM claim_place p WHERE p.claim_id = c.id AND p.deleted_at IS NULL) AS region,
             c.testimony_id, rw.code AS witness_root, rh.code AS heard_from_root, c.document_id, dr.root AS document_root,
             c.sharing, c.description, c.synthetic
        FROM claim c
        LEFT JOIN testimony t ON t.id = c.testimony_id
        LEFT JOIN witness_root wr ON wr.id = t.witness_id
        LEFT JOIN witness rw ON rw.id = wr.root
        LEFT JOIN witness_root hr ON hr.id = c.heard_from_witness_id
        LEFT JOIN witness rh ON rh.id = hr.root
        LEFT JOIN document_root dr ON dr.id = c.document_id
       WHERE c.deleted_at IS NULL
       ORDER BY c.id""")
  @RegisterRowMapper(ClaimRowMapper.class)
  List<ClaimRow> claims();

  /**
   * A live structure change event as evidence; a line (a fence) stands for the ground {@value
   * #LINE_BUFFER_M} m around it, since corroboration compares areas.
   */
  record ChangeRow(
      String facilityId,
      String eventKey,
      String kind,
      String condition,
      LocalDate earliest,
      LocalDate latest,
      String earliestSceneId,
      String latestSceneId,
      String sceneCollection,
      Geometry geometry,
      boolean illustrative) {}

  @SqlQuery(
      """
      SELECT e.facility_id, e.event_key, e.kind, e.condition, e.earliest, e.latest, e.earliest_scene_id,
             e.latest_scene_id, o.scene_collection,
             CASE WHEN GeometryType(e.geometry) IN ('LINESTRING', 'MULTILINESTRING')
                  THEN ST_Buffer(e.geometry::geography, 5)::geometry ELSE e.geometry END AS geometry, e.illustrative
        FROM change_event e JOIN observation o ON o.id = e.latest_observation_id
       WHERE e.superseded_at IS NULL ORDER BY e.facility_id, e.event_key""")
  @RegisterConstructorMapper(ChangeRow.class)
  List<ChangeRow> changeEvents();

  /** Confirmed duplicate claims: {@code claimB}'s account is {@code claimA}'s. */
  record ConfirmedDuplicate(long claimA, long claimB) {}

  @SqlQuery(
      "SELECT claim_a, claim_b FROM claim_duplicate WHERE status = 'confirmed' AND superseded_at IS NULL ORDER BY claim_a, claim_b")
  @RegisterConstructorMapper(ConfirmedDuplicate.class)
  List<ConfirmedDuplicate> confirmedDuplicates();

  /** Maps {@link ClaimRow}s. */
  final class ClaimRowMapper implements RowMapper<ClaimRow> {
    @Override
    public ClaimRow map(ResultSet rs, StatementContext ctx) throws SQLException {
      String region = rs.getString("region");
      long testimony = rs.getLong("testimony_id");
      Long testimonyId = rs.wasNull() ? null : testimony;
      long document = rs.getLong("document_id");
      Long documentId = rs.wasNull() ? null : document;
      long root = rs.getLong("document_root");
      Long documentRoot = rs.wasNull() ? null : root;
      return new ClaimRow(
          rs.getLong("id"),
          rs.getString("claim_type"),
          rs.getObject("time_earliest", LocalDate.class),
          rs.getObject("time_latest", LocalDate.class),
          region == null ? null : PostgisGeometries.fromPostgis(region),
          testimonyId,
          rs.getString("witness_root"),
          rs.getString("heard_from_root"),
          documentId,
          documentRoot,
          rs.getString("sharing"),
          rs.getString("description"),
          rs.getBoolean("synthetic"));
    }
  }
}
