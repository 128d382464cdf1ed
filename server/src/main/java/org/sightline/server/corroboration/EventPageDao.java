package org.sightline.server.corroboration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.json.JsonMapping;
import org.sightline.server.db.Columns;
import org.sightline.server.db.geometry.PostgisGeometries;

/**
 * Reads live corroborated events: pages by key with filters, one by key, the extent. Read-only;
 * attach to a handle.
 */
@RegisterRowMapper(EventPageDao.EventRowMapper.class)
public interface EventPageDao {
  String COLUMNS =
      """
      e.id, e.event_key, e.level, e.independent_sources, e.source_kinds, e.claim_types, e.time_earliest,
      e.time_latest, e.place, e.facility_ids, e.explanation::text AS explanation, e.synthetic, e.computed_at,
      (SELECT jsonb_agg(jsonb_build_object(
                'key', m.member_key,
                'kind', CASE WHEN m.claim_id IS NULL THEN 'imagery'
                             WHEN c.testimony_id IS NULL THEN 'document' ELSE 'testimony' END,
                'withheld', coalesce(c.sharing = 'corroboration-only', false)) ORDER BY m.member_key)::text
         FROM event_member m LEFT JOIN claim c ON c.id = m.claim_id WHERE m.event_id = e.id) AS members""";

  String WHERE =
      """
       WHERE e.superseded_at IS NULL
         AND (CAST(:q.levelArray AS text[]) IS NULL OR e.level = ANY(CAST(:q.levelArray AS text[])))
         AND (CAST(:q.typeArray AS text[]) IS NULL OR e.claim_types && CAST(:q.typeArray AS text[]))
         AND (CAST(:q.facility AS text) IS NULL OR e.facility_ids @> ARRAY[CAST(:q.facility AS text)])
         AND (CAST(:q.from AS date) IS NULL OR e.time_latest IS NULL OR e.time_latest >= :q.from)
         AND (CAST(:q.to AS date) IS NULL OR e.time_earliest IS NULL OR e.time_earliest <= :q.to)
         AND (CAST(:q.bbox AS geometry) IS NULL OR (e.place && :q.bbox AND ST_Intersects(e.place, :q.bbox)))""";

  /** What a page may be narrowed to; null fields match anything. */
  record Query(
      List<String> levels,
      List<String> types,
      String facility,
      LocalDate from,
      LocalDate to,
      Geometry bbox) {

    /** The levels as text[], or null for any. */
    public String[] levelArray() {
      return levels == null ? null : levels.toArray(String[]::new);
    }

    /** The types as text[], or null for any. */
    public String[] typeArray() {
      return types == null ? null : types.toArray(String[]::new);
    }
  }

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM corroborated_event e "
          + WHERE
          + " AND (CAST(:afterKey AS text) IS NULL OR e.event_key > :afterKey)"
          + " ORDER BY e.event_key LIMIT :limit")
  List<EventRow> page(
      @BindMethods("q") Query query, @Bind("afterKey") String afterKey, @Bind("limit") int limit);

  @SqlQuery("SELECT count(*) FROM corroborated_event e " + WHERE)
  long count(@BindMethods("q") Query query);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM corroborated_event e WHERE e.event_key = :key AND e.superseded_at IS NULL")
  Optional<EventRow> event(@Bind("key") String eventKey);

  /** The live events that hold a member. */
  @SqlQuery(
      "SELECT "
          + COLUMNS
          + """
       FROM corroborated_event e
      WHERE e.superseded_at IS NULL
        AND EXISTS (SELECT 1 FROM event_member m WHERE m.event_id = e.id AND m.member_key = :memberKey)""")
  List<EventRow> holding(@Bind("memberKey") String memberKey);

  /** Bounds of the live events: min lon, min lat, max lon, max lat, first and last day. */
  record Extent(
      Double minLon,
      Double minLat,
      Double maxLon,
      Double maxLat,
      LocalDate first,
      LocalDate last) {}

  @SqlQuery(
      """
      SELECT ST_XMin(ext) AS min_lon, ST_YMin(ext) AS min_lat, ST_XMax(ext) AS max_lon, ST_YMax(ext) AS max_lat,
             first, last
        FROM (SELECT ST_Extent(place) AS ext, min(time_earliest) AS first, max(time_latest) AS last
                FROM corroborated_event WHERE superseded_at IS NULL) x""")
  @RegisterConstructorMapper(Extent.class)
  Optional<Extent> extent();

  /** Maps rows. */
  final class EventRowMapper implements RowMapper<EventRow> {
    @Override
    public EventRow map(ResultSet rs, StatementContext ctx) throws SQLException {
      JsonNode explanation;
      List<EventRow.Member> members = new ArrayList<>();
      try {
        explanation = JsonMapping.reader().readTree(rs.getString("explanation"));
        String memberJson = rs.getString("members");
        if (memberJson != null) {
          for (JsonNode m : JsonMapping.reader().readTree(memberJson)) {
            members.add(
                new EventRow.Member(
                    m.path("key").asText(),
                    m.path("kind").asText(),
                    m.path("withheld").asBoolean()));
          }
        }
      } catch (JsonProcessingException e) {
        throw new SQLException("corroborated_event " + rs.getLong("id") + ": unreadable JSON", e);
      }
      return new EventRow(
          rs.getLong("id"),
          rs.getString("event_key"),
          rs.getString("level"),
          rs.getInt("independent_sources"),
          Arrays.asList((String[]) rs.getArray("source_kinds").getArray()),
          Arrays.asList((String[]) rs.getArray("claim_types").getArray()),
          rs.getObject("time_earliest", LocalDate.class),
          rs.getObject("time_latest", LocalDate.class),
          PostgisGeometries.fromPostgis(rs.getString("place")),
          Arrays.asList((String[]) rs.getArray("facility_ids").getArray()),
          explanation,
          rs.getBoolean("synthetic"),
          Columns.instant(rs, "computed_at"),
          members);
    }
  }
}
