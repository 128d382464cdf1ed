package org.sightline.server.corroboration;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.locationtech.jts.geom.Geometry;

/**
 * The DAO of corroborated events ({@code corroborated_event}, {@code event_member}): derived rows,
 * superseded when a recomputation no longer derives them, never deleted. Attach to a handle; as
 * thread-safe as the handle.
 */
public interface EventDao {
  /** Serialises recomputations: two writers would otherwise derive the same event twice. */
  @SqlQuery("SELECT pg_advisory_xact_lock(727274412) IS NOT NULL")
  boolean lockRecomputation();

  @SqlQuery("SELECT fingerprint FROM corroboration_rules WHERE id = 1")
  Optional<String> rulesFingerprint();

  /** Records the rules the live events now follow. */
  @SqlUpdate(
      """
      INSERT INTO corroboration_rules (id, fingerprint, computed_at) VALUES (1, :fingerprint, now())
      ON CONFLICT (id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, computed_at = EXCLUDED.computed_at""")
  int recordRules(@Bind("fingerprint") String fingerprint);

  /** The members of every live event. */
  @SqlQuery(
      """
      SELECT DISTINCT m.member_key FROM event_member m JOIN corroborated_event e ON e.id = m.event_id
       WHERE e.superseded_at IS NULL""")
  List<String> liveMemberKeys();

  /** A live event's key, id and stored explanation (to tell whether it changed). */
  record Stored(long id, String eventKey, String explanation) {}

  @SqlQuery(
      """
      SELECT DISTINCT e.id, e.event_key, e.explanation::text AS explanation
        FROM corroborated_event e JOIN event_member m ON m.event_id = e.id
       WHERE e.superseded_at IS NULL AND m.member_key IN (<keys>)""")
  @RegisterConstructorMapper(Stored.class)
  List<Stored> liveContaining(@BindList("keys") Collection<String> memberKeys);

  @SqlQuery("SELECT m.member_key FROM event_member m WHERE m.event_id = :eventId ORDER BY 1")
  List<String> members(@Bind("eventId") long eventId);

  @SqlUpdate(
      "UPDATE corroborated_event SET superseded_at = now() WHERE id = :id AND superseded_at IS NULL")
  int supersede(@Bind("id") long id);

  /** A new event row. */
  record Row(
      String eventKey,
      String level,
      int independentSources,
      List<String> sourceKinds,
      List<String> claimTypes,
      LocalDate timeEarliest,
      LocalDate timeLatest,
      Geometry place,
      List<String> facilityIds,
      String explanation,
      boolean synthetic) {
    public Row {
      sourceKinds = List.copyOf(sourceKinds);
      claimTypes = List.copyOf(claimTypes);
      facilityIds = List.copyOf(facilityIds);
    }

    /** For binding as text[]. */
    public String[] sourceKindArray() {
      return sourceKinds.toArray(String[]::new);
    }

    /** For binding as text[]. */
    public String[] claimTypeArray() {
      return claimTypes.toArray(String[]::new);
    }

    /** For binding as text[]. */
    public String[] facilityIdArray() {
      return facilityIds.toArray(String[]::new);
    }
  }

  @SqlUpdate(
      """
      INSERT INTO corroborated_event (event_key, level, independent_sources, source_kinds, claim_types, time_earliest,
                                      time_latest, place, facility_ids, explanation, synthetic, computed_at)
      VALUES (:r.eventKey, :r.level, :r.independentSources, :r.sourceKindArray, :r.claimTypeArray, :r.timeEarliest,
              :r.timeLatest, :r.place, :r.facilityIdArray, CAST(:r.explanation AS jsonb), :r.synthetic, now())""")
  @GetGeneratedKeys("id")
  long insert(@BindMethods("r") Row row);

  @SqlUpdate(
      """
      INSERT INTO event_member (event_id, member_key, claim_id, change_facility, change_event_key)
      VALUES (:eventId, :memberKey, :claimId, :changeFacility, :changeEventKey)""")
  int insertMember(
      @Bind("eventId") long eventId,
      @Bind("memberKey") String memberKey,
      @Bind("claimId") Long claimId,
      @Bind("changeFacility") String changeFacility,
      @Bind("changeEventKey") String changeEventKey);

  /** The facilities the claims among these keys are linked to (live links). */
  @SqlQuery(
      """
      SELECT DISTINCT facility_id FROM claim_link
       WHERE superseded_at IS NULL AND claim_id IN (<claimIds>) ORDER BY 1""")
  List<String> linkedFacilities(@BindList("claimIds") Collection<Long> claimIds);
}
