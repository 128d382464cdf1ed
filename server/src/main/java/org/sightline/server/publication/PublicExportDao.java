package org.sightline.server.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.sightline.geodata.json.JsonMapping;

/**
 * The public exports ({@code public_export}) and their files ({@code public_export_file}): the only
 * SQL on those tables. Rows are never deleted; a state change names the export's version and bumps
 * it. Attach to a handle; as thread-safe as it.
 */
@RegisterRowMapper(PublicExportDao.ExportMapper.class)
public interface PublicExportDao {
  String COLUMNS =
      """
      id, title, filters::text AS filters, formats, state, requested_by, requested_at, request_note, decided_by,
      decided_at, decision_note, policy, manifest::text AS manifest, withdrawn_at, withdrawn_by, withdrawal_reason,
      version""";

  @SqlUpdate(
      """
      INSERT INTO public_export (filters, formats, title, state, requested_by, requested_at, request_note)
      VALUES (CAST(:filters AS jsonb), CAST(:formats AS text[]), :title, 'requested', :by, now(), :note)""")
  @GetGeneratedKeys("id")
  long request(
      @Bind("filters") String filtersJson,
      @Bind("formats") String[] formats,
      @Bind("title") String title,
      @Bind("by") String by,
      @Bind("note") String note);

  @SqlQuery("SELECT " + COLUMNS + " FROM public_export WHERE id = :id")
  Optional<PublicExport> find(@Bind("id") long id);

  @SqlQuery("SELECT " + COLUMNS + " FROM public_export WHERE id = :id FOR UPDATE")
  Optional<PublicExport> lock(@Bind("id") long id);

  /** Exports newest first; only the approved ones when {@code approvedOnly}. */
  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM public_export WHERE (state = 'approved' OR NOT :approvedOnly)"
          + " ORDER BY id DESC LIMIT :limit")
  List<PublicExport> list(@Bind("approvedOnly") boolean approvedOnly, @Bind("limit") int limit);

  @SqlUpdate(
      """
      UPDATE public_export SET state = 'approved', decided_by = :by, decided_at = now(), decision_note = :note,
             policy = :policy, manifest = CAST(:manifest AS jsonb), version = version + 1
       WHERE id = :id AND version = :expectedVersion AND state = 'requested'""")
  int approve(
      @Bind("id") long id,
      @Bind("expectedVersion") int expectedVersion,
      @Bind("by") String by,
      @Bind("note") String note,
      @Bind("policy") int policy,
      @Bind("manifest") String manifestJson);

  @SqlUpdate(
      """
      UPDATE public_export SET state = 'rejected', decided_by = :by, decided_at = now(), decision_note = :note,
             version = version + 1
       WHERE id = :id AND version = :expectedVersion AND state = 'requested'""")
  int reject(
      @Bind("id") long id,
      @Bind("expectedVersion") int expectedVersion,
      @Bind("by") String by,
      @Bind("note") String note);

  @SqlUpdate(
      """
      UPDATE public_export SET state = 'withdrawn', withdrawn_at = now(), withdrawn_by = :by,
             withdrawal_reason = :reason, version = version + 1
       WHERE id = :id AND version = :expectedVersion AND state = 'approved'""")
  int withdraw(
      @Bind("id") long id,
      @Bind("expectedVersion") int expectedVersion,
      @Bind("by") String by,
      @Bind("reason") String reason);

  @SqlUpdate(
      """
      INSERT INTO public_export_file (export_id, name, media_type, bytes, sha256, size_bytes, ordinal)
      VALUES (:exportId, :name, :mediaType, :bytes, :sha256, :size, :ordinal)""")
  void insertFile(
      @Bind("exportId") long exportId,
      @Bind("name") String name,
      @Bind("mediaType") String mediaType,
      @Bind("bytes") byte[] bytes,
      @Bind("sha256") String sha256,
      @Bind("size") long size,
      @Bind("ordinal") int ordinal);

  /** An export's files without their bytes, in the order they were generated. */
  @SqlQuery(
      """
      SELECT name, media_type, sha256, size_bytes, NULL::bytea AS bytes FROM public_export_file
       WHERE export_id = :exportId ORDER BY ordinal""")
  @RegisterRowMapper(FileMapper.class)
  List<PublicExport.File> files(@Bind("exportId") long exportId);

  @SqlQuery(
      """
      SELECT name, media_type, sha256, size_bytes, bytes FROM public_export_file
       WHERE export_id = :exportId AND name = :name""")
  @RegisterRowMapper(FileMapper.class)
  Optional<PublicExport.File> file(@Bind("exportId") long exportId, @Bind("name") String name);

  /**
   * The data's time of an export: the latest of the active policy's activation, the publication of
   * every included review, the last change of every included facility (its publication included)
   * and of its boundary versions (added or deleted) and every withdrawal of a publication of an
   * included kind. Never the clock.
   */
  @SqlQuery(
      """
      SELECT max(t) FROM (
        SELECT activated_at AS t FROM redaction_policy_active
        UNION ALL SELECT published_at FROM publication WHERE id = ANY(CAST(:reviewIds AS bigint[]))
        UNION ALL SELECT updated_at FROM facility WHERE id = ANY(CAST(:facilityIds AS text[]))
        UNION ALL SELECT greatest(created_at, deleted_at) FROM facility_boundary
                   WHERE facility_id = ANY(CAST(:facilityIds AS text[]))
        UNION ALL SELECT withdrawn_at FROM publication
                   WHERE kind = ANY(CAST(:kinds AS text[])) AND withdrawn_at IS NOT NULL) s""")
  Instant dataAsOf(
      @Bind("reviewIds") long[] reviewIds,
      @Bind("facilityIds") String[] facilityIds,
      @Bind("kinds") String[] kinds);

  /** Maps {@link #COLUMNS}. */
  final class ExportMapper implements RowMapper<PublicExport> {
    @Override
    public PublicExport map(ResultSet rs, StatementContext ctx) throws SQLException {
      try {
        String manifest = rs.getString("manifest");
        int policy = rs.getInt("policy");
        Integer policyVersion = rs.wasNull() ? null : policy;
        Array formats = rs.getArray("formats");
        return new PublicExport(
            rs.getLong("id"),
            rs.getString("title"),
            JsonMapping.reader().readTree(rs.getString("filters")),
            List.of((String[]) formats.getArray()),
            rs.getString("state"),
            rs.getString("requested_by"),
            instant(rs.getTimestamp("requested_at")),
            rs.getString("request_note"),
            rs.getString("decided_by"),
            instant(rs.getTimestamp("decided_at")),
            rs.getString("decision_note"),
            policyVersion,
            manifest == null ? null : JsonMapping.reader().readTree(manifest),
            instant(rs.getTimestamp("withdrawn_at")),
            rs.getString("withdrawn_by"),
            rs.getString("withdrawal_reason"),
            rs.getInt("version"));
      } catch (JsonProcessingException e) {
        throw new SQLException("public export " + rs.getLong("id") + ": not JSON", e);
      }
    }

    private static Instant instant(Timestamp timestamp) {
      return timestamp == null ? null : timestamp.toInstant();
    }
  }

  /** Maps a file row. */
  final class FileMapper implements RowMapper<PublicExport.File> {
    @Override
    public PublicExport.File map(ResultSet rs, StatementContext ctx) throws SQLException {
      byte[] bytes = rs.getBytes("bytes");
      return new PublicExport.File(
          rs.getString("name"),
          rs.getString("media_type"),
          rs.getString("sha256"),
          rs.getLong("size_bytes"),
          bytes == null ? new byte[0] : bytes);
    }
  }
}
