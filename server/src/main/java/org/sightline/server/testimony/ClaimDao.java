package org.sightline.server.testimony;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.locationtech.jts.geom.Geometry;

/**
 * The DAO of the claim aggregate ({@code claim}, {@code claim_place}, and the derived {@code
 * claim_link}). Claims and places are soft-deleted with a reason, links superseded; nothing is
 * deleted. Evidence writes are audited by the tables' triggers. Geometries EPSG:4326. Attach to a
 * handle; as thread-safe as the handle.
 */
@RegisterRowMapper(ClaimRowMapper.class)
public interface ClaimDao {
  String VIEW =
      """
      SELECT c.id, c.testimony_id, c.document_id, w.code AS witness_code, c.organisation_id, c.sharing, c.claim_type,
             c.description, c.perpetrator_unit, c.victims_min, c.victims_max, c.information_grade,
             c.witness_relation, hw.code AS heard_from_code, c.heard_from_note, c.time_edtf, c.time_stated,
             c.external_ref, c.synthetic, c.version, c.created_at, c.created_by, c.updated_at, c.updated_by,
             (SELECT ST_Union(p.region) FROM claim_place p WHERE p.claim_id = c.id AND p.deleted_at IS NULL) AS region,
             (SELECT coalesce(jsonb_agg(jsonb_build_object(
                        'kind', p.kind, 'lon', CASE WHEN p.kind = 'point' THEN ST_X(p.geometry) END,
                        'lat', CASE WHEN p.kind = 'point' THEN ST_Y(p.geometry) END, 'radiusM', p.radius_m,
                        'area', CASE WHEN p.kind = 'area' THEN ST_AsGeoJSON(p.geometry)::jsonb END,
                        'facility', p.facility_id, 'zone', p.zone_key, 'precision', p.precision,
                        'description', p.description) ORDER BY p.ordinal), '[]'::jsonb)::text
                FROM claim_place p WHERE p.claim_id = c.id AND p.deleted_at IS NULL) AS places,
             (SELECT coalesce(jsonb_agg(jsonb_build_object(
                        'facility', l.facility_id, 'boundaryId', l.boundary_id, 'zone', z.zone_key,
                        'overlapFraction', round(l.overlap_fraction::numeric, 4))
                        ORDER BY l.facility_id, z.zone_key NULLS FIRST, l.boundary_id), '[]'::jsonb)::text
                FROM claim_link l LEFT JOIN zone z ON z.id = l.zone_id
               WHERE l.claim_id = c.id AND l.superseded_at IS NULL) AS links
        FROM claim c
        LEFT JOIN testimony t ON t.id = c.testimony_id
        LEFT JOIN witness w ON w.id = t.witness_id
        LEFT JOIN witness hw ON hw.id = c.heard_from_witness_id
      """;

  /** The claim's fields as stored. */
  record Fields(
      Long testimonyId,
      Long documentId,
      String organisation,
      String sharing,
      String type,
      String description,
      String perpetratorUnit,
      Integer victimsMin,
      Integer victimsMax,
      String informationGrade,
      String witnessRelation,
      Long heardFromWitnessId,
      String heardFromNote,
      String timeEdtf,
      LocalDate timeEarliest,
      LocalDate timeLatest,
      String timePrecision,
      String timeStated,
      String externalRef) {}

  @SqlUpdate(
      """
      INSERT INTO claim (testimony_id, document_id, organisation_id, sharing, claim_type, description,
                         perpetrator_unit, victims_min, victims_max, information_grade, witness_relation,
                         heard_from_witness_id, heard_from_note, time_edtf, time_earliest, time_latest,
                         time_precision, time_stated, external_ref, synthetic, created_at, created_by)
      VALUES (:f.testimonyId, :f.documentId, :f.organisation, :f.sharing, :f.type, :f.description,
              :f.perpetratorUnit, :f.victimsMin, :f.victimsMax, :f.informationGrade, :f.witnessRelation,
              :f.heardFromWitnessId, :f.heardFromNote, :f.timeEdtf, :f.timeEarliest, :f.timeLatest,
              :f.timePrecision, :f.timeStated, :f.externalRef, :synthetic, now(), :by)""")
  @GetGeneratedKeys("id")
  long insert(
      @BindMethods("f") Fields fields, @Bind("synthetic") boolean synthetic, @Bind("by") String by);

  @SqlUpdate(
      """
      UPDATE claim SET testimony_id = :f.testimonyId, document_id = :f.documentId,
             organisation_id = :f.organisation, sharing = :f.sharing, claim_type = :f.type,
             description = :f.description, perpetrator_unit = :f.perpetratorUnit, victims_min = :f.victimsMin,
             victims_max = :f.victimsMax, information_grade = :f.informationGrade,
             witness_relation = :f.witnessRelation, heard_from_witness_id = :f.heardFromWitnessId,
             heard_from_note = :f.heardFromNote, time_edtf = :f.timeEdtf, time_earliest = :f.timeEarliest,
             time_latest = :f.timeLatest, time_precision = :f.timePrecision, time_stated = :f.timeStated,
             external_ref = :f.externalRef, version = version + 1, updated_at = now(), updated_by = :by
       WHERE id = :id AND deleted_at IS NULL""")
  int update(@Bind("id") long id, @BindMethods("f") Fields fields, @Bind("by") String by);

  @SqlUpdate(
      """
      UPDATE claim SET deleted_at = now(), deleted_by = :by, deletion_reason = :reason, version = version + 1
       WHERE id = :id AND deleted_at IS NULL""")
  int softDelete(@Bind("id") long id, @Bind("by") String by, @Bind("reason") String reason);

  @SqlQuery("SELECT version FROM claim WHERE id = :id AND deleted_at IS NULL FOR UPDATE")
  Optional<Integer> lock(@Bind("id") long id);

  @SqlQuery(VIEW + " WHERE c.id = :id AND c.deleted_at IS NULL")
  Optional<ClaimView> claim(@Bind("id") long id);

  @SqlQuery(
      VIEW
          + " WHERE c.organisation_id = :organisation AND c.external_ref = :ref AND c.deleted_at IS NULL")
  Optional<ClaimView> byExternalRef(
      @Bind("organisation") String organisation, @Bind("ref") String externalRef);

  /** What a list may be narrowed to; null fields match anything. */
  record Filter(
      String type,
      Long testimonyId,
      String witnessCode,
      String facilityId,
      boolean syntheticOnly) {}

  @SqlQuery(
      VIEW
          + """
       WHERE c.deleted_at IS NULL AND c.id > :afterId
         AND (CAST(:q.type AS text) IS NULL OR c.claim_type = :q.type)
         AND (CAST(:q.testimonyId AS bigint) IS NULL OR c.testimony_id = :q.testimonyId)
         AND (CAST(:q.witnessCode AS text) IS NULL OR w.code = :q.witnessCode)
         AND (CAST(:q.facilityId AS text) IS NULL
              OR EXISTS (SELECT 1 FROM claim_link l WHERE l.claim_id = c.id AND l.facility_id = :q.facilityId
                           AND l.superseded_at IS NULL))
         AND (NOT :q.syntheticOnly OR c.synthetic)
       ORDER BY c.id LIMIT :limit""")
  List<ClaimView> list(
      @BindMethods("q") Filter filter, @Bind("afterId") long afterId, @Bind("limit") int limit);

  /** A place as stored, before its region is resolved. */
  record PlaceFields(
      long claimId,
      int ordinal,
      String kind,
      Geometry geometry,
      Double radiusM,
      String facilityId,
      String zoneKey,
      String description,
      String precision,
      Geometry region) {}

  @SqlUpdate(
      """
      INSERT INTO claim_place (claim_id, ordinal, kind, geometry, radius_m, facility_id, zone_key, description,
                               precision, region)
      VALUES (:p.claimId, :p.ordinal, :p.kind, :p.geometry, :p.radiusM, :p.facilityId, :p.zoneKey, :p.description,
              :p.precision, :p.region)""")
  int insertPlace(@BindMethods("p") PlaceFields place);

  @SqlUpdate(
      """
      UPDATE claim_place SET deleted_at = now(), deleted_by = :by, deletion_reason = :reason
       WHERE claim_id = :claimId AND deleted_at IS NULL""")
  int softDeletePlaces(
      @Bind("claimId") long claimId, @Bind("by") String by, @Bind("reason") String reason);

  /**
   * Recomputes the claim's links: the live facility boundary and zone versions whose validity
   * overlaps the claim's span of days and whose geometry intersects the union of its place regions,
   * with the share of the region's area inside each (1 for a region without area, a point). Links
   * no longer derived are superseded, new ones inserted, unchanged ones kept: one statement, so a
   * link that someone cites stays put while it holds.
   */
  @SqlUpdate(
      """
      WITH claim_region AS (
             SELECT c.id, ST_Union(p.region) AS region,
                    daterange(c.time_earliest, c.time_latest, '[]') AS span
               FROM claim c JOIN claim_place p ON p.claim_id = c.id AND p.deleted_at IS NULL
              WHERE c.id = :claimId AND c.deleted_at IS NULL
              GROUP BY c.id),
           derived AS (
             SELECT b.facility_id, b.id AS boundary_id, NULL::bigint AS zone_id,
                    CASE WHEN ST_Area(r.region::geography) > 0
                         THEN least(1, ST_Area(ST_Intersection(b.geometry, r.region)::geography)
                                       / ST_Area(r.region::geography))
                         ELSE 1 END AS overlap_fraction
               FROM claim_region r JOIN facility_boundary b
                 ON b.deleted_at IS NULL AND b.validity && r.span AND ST_Intersects(b.geometry, r.region)
             UNION ALL
             SELECT z.facility_id, NULL, z.id,
                    CASE WHEN ST_Area(r.region::geography) > 0
                         THEN least(1, ST_Area(ST_Intersection(z.geometry, r.region)::geography)
                                       / ST_Area(r.region::geography))
                         ELSE 1 END
               FROM claim_region r JOIN zone z
                 ON z.deleted_at IS NULL AND z.validity && r.span AND ST_Intersects(z.geometry, r.region)),
           superseded AS (
             UPDATE claim_link l SET superseded_at = now()
              WHERE l.claim_id = :claimId AND l.superseded_at IS NULL
                AND NOT EXISTS (SELECT 1 FROM derived d
                                 WHERE d.boundary_id IS NOT DISTINCT FROM l.boundary_id
                                   AND d.zone_id IS NOT DISTINCT FROM l.zone_id
                                   AND abs(d.overlap_fraction - l.overlap_fraction) < 1e-9)
             RETURNING l.id)
      INSERT INTO claim_link (claim_id, facility_id, boundary_id, zone_id, overlap_fraction, computed_at)
      SELECT :claimId, d.facility_id, d.boundary_id, d.zone_id, d.overlap_fraction, now()
        FROM derived d
       WHERE NOT EXISTS (SELECT 1 FROM claim_link l
                          WHERE l.claim_id = :claimId AND l.superseded_at IS NULL
                            AND l.boundary_id IS NOT DISTINCT FROM d.boundary_id
                            AND l.zone_id IS NOT DISTINCT FROM d.zone_id
                            AND abs(d.overlap_fraction - l.overlap_fraction) < 1e-9)""")
  int relink(@Bind("claimId") long claimId);

  /** Supersedes every live link of a claim (it was deleted). */
  @SqlUpdate(
      "UPDATE claim_link SET superseded_at = now() WHERE claim_id = :claimId AND superseded_at IS NULL")
  int unlinkAll(@Bind("claimId") long claimId);

  /**
   * The live claims whose places name the facility, or whose region meets its boundaries or zones.
   */
  @SqlQuery(
      """
      SELECT DISTINCT p.claim_id FROM claim_place p JOIN claim c ON c.id = p.claim_id AND c.deleted_at IS NULL
       WHERE p.deleted_at IS NULL
         AND (p.facility_id = :facilityId
              OR EXISTS (SELECT 1 FROM facility_boundary b WHERE b.facility_id = :facilityId
                           AND ST_Intersects(b.geometry, p.region))
              OR EXISTS (SELECT 1 FROM zone z WHERE z.facility_id = :facilityId AND ST_Intersects(z.geometry, p.region))
              OR EXISTS (SELECT 1 FROM claim_link l WHERE l.claim_id = p.claim_id AND l.facility_id = :facilityId
                           AND l.superseded_at IS NULL))
       ORDER BY p.claim_id""")
  List<Long> claimsNear(@Bind("facilityId") String facilityId);

  /** A live place of a claim that names a facility, for re-resolving its region. */
  record FacilityPlace(long id, String facilityId, String zoneKey) {}

  @SqlQuery(
      """
      SELECT id, facility_id, zone_key FROM claim_place
       WHERE claim_id = :claimId AND kind = 'facility' AND deleted_at IS NULL ORDER BY ordinal""")
  @RegisterConstructorMapper(FacilityPlace.class)
  List<FacilityPlace> facilityPlaces(@Bind("claimId") long claimId);

  /** Sets a place's resolved region (derived: not a new version of the claim). */
  @SqlUpdate(
      "UPDATE claim_place SET region = :region WHERE id = :id AND NOT (region IS NOT DISTINCT FROM :region)")
  int setRegion(@Bind("id") long placeId, @Bind("region") Geometry region);
}
