package org.sightline.server.publication;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * What the public layers check on the live records at every read, so that a published snapshot
 * stops being public the moment its record is deleted, its consent or sharing is narrowed, its
 * event falls below the policy's level or dissolves, or its facility is withdrawn. Attach to a
 * handle; as thread-safe as it.
 */
public interface LiveStateDao {
  /**
   * A claim's live restrictions: the narrowest sharing of the claim, its testimony, its witness and
   * its document; the testimony's consent ({@code document} for a claim from a document).
   */
  record ClaimState(long id, boolean shareable, String consent) {}

  @SqlQuery(
      """
      SELECT c.id,
             (c.sharing = 'shareable' AND coalesce(t.sharing, 'shareable') = 'shareable'
              AND coalesce(w.sharing, 'shareable') = 'shareable' AND coalesce(d.sharing, 'shareable') = 'shareable'
              AND t.deleted_at IS NULL AND d.deleted_at IS NULL) AS shareable,
             CASE WHEN c.testimony_id IS NULL THEN 'document' ELSE t.consent END AS consent
        FROM claim c
        LEFT JOIN testimony t ON t.id = c.testimony_id
        LEFT JOIN witness w ON w.id = t.witness_id
        LEFT JOIN document_source d ON d.id = c.document_id
       WHERE c.id = ANY(CAST(:ids AS bigint[])) AND c.deleted_at IS NULL""")
  @RegisterConstructorMapper(ClaimState.class)
  List<ClaimState> claims(@Bind("ids") long[] ids);

  /** A live event's level, by key. */
  record EventState(String eventKey, String level) {}

  @SqlQuery(
      """
      SELECT event_key, level FROM corroborated_event
       WHERE superseded_at IS NULL AND event_key = ANY(CAST(:keys AS text[]))""")
  @RegisterConstructorMapper(EventState.class)
  List<EventState> events(@Bind("keys") String[] eventKeys);

  /** The live observations among these whose facility is public. */
  @SqlQuery(
      """
      SELECT o.id FROM observation o JOIN facility f ON f.id = o.facility_id
       WHERE o.id = ANY(CAST(:ids AS bigint[])) AND o.deleted_at IS NULL AND f.published AND f.deleted_at IS NULL""")
  List<Long> liveObservations(@Bind("ids") long[] ids);

  /** A public facility's published location (EPSG:4326 longitude, latitude). */
  record FacilityPoint(String id, double lon, double lat) {}

  @SqlQuery(
      """
      SELECT id, ST_X(location) AS lon, ST_Y(location) AS lat FROM sightline_visible_facility(true)
       ORDER BY id""")
  @RegisterConstructorMapper(FacilityPoint.class)
  List<FacilityPoint> publicFacilities();

  /** A point inside the latest published version of each public zone. */
  record ZonePoint(String facilityId, String zoneKey, double lon, double lat) {}

  @SqlQuery(
      """
      SELECT DISTINCT ON (z.facility_id, z.zone_key) z.facility_id, z.zone_key,
             ST_X(ST_PointOnSurface(z.geometry)) AS lon, ST_Y(ST_PointOnSurface(z.geometry)) AS lat
        FROM sightline_visible_zone(true) z
       ORDER BY z.facility_id, z.zone_key, z.valid_from DESC NULLS LAST, z.id DESC""")
  @RegisterConstructorMapper(ZonePoint.class)
  List<ZonePoint> publicZones();
}
