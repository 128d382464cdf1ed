package org.sightline.server.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.sightline.server.db.Columns;

/** Evidence metadata in {@code evidence_item}. Never deleted: withdrawn with a reason. */
@RegisterRowMapper(EvidenceDao.ItemMapper.class)
public interface EvidenceDao {
  String COLUMNS =
      """
      id, sha256, size_bytes, media_type, original_filename, description, uploaded_by, received_at, withdrawn_at,
      withdrawn_by, withdrawal_reason""";

  /**
   * Metadata of received bytes, to register.
   *
   * @param sha256 lowercase hex SHA-256 of the bytes, as computed at intake
   */
  record Received(
      String sha256,
      long sizeBytes,
      String mediaType,
      String originalFilename,
      String description,
      String uploadedBy,
      OffsetDateTime receivedAt) {}

  /** Returns the new id, or empty when these bytes are already registered. */
  @SqlUpdate(
      """
      INSERT INTO evidence_item (sha256, size_bytes, media_type, original_filename, description, uploaded_by, received_at)
      VALUES (:sha256, :sizeBytes, :mediaType, :originalFilename, :description, :uploadedBy, :receivedAt)
      ON CONFLICT (sha256) DO NOTHING""")
  @GetGeneratedKeys("id")
  Optional<Long> insertIfAbsent(@BindMethods Received item);

  @SqlQuery("SELECT " + COLUMNS + " FROM evidence_item WHERE id = :id")
  Optional<EvidenceItem> findById(@Bind("id") long id);

  @SqlQuery("SELECT " + COLUMNS + " FROM evidence_item WHERE sha256 = :sha256")
  Optional<EvidenceItem> findBySha256(@Bind("sha256") String sha256);

  @SqlQuery("SELECT " + COLUMNS + " FROM evidence_item WHERE id > :after ORDER BY id LIMIT :limit")
  List<EvidenceItem> page(@Bind("after") long afterId, @Bind("limit") int limit);

  @SqlUpdate(
      """
      UPDATE evidence_item SET withdrawn_at = :at, withdrawn_by = :by, withdrawal_reason = :reason
       WHERE id = :id AND withdrawn_at IS NULL""")
  int withdraw(
      @Bind("id") long id,
      @Bind("at") OffsetDateTime at,
      @Bind("by") String by,
      @Bind("reason") String reason);

  /** Maps {@link #COLUMNS} to {@link EvidenceItem}. */
  final class ItemMapper implements RowMapper<EvidenceItem> {
    @Override
    public EvidenceItem map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new EvidenceItem(
          rs.getLong("id"),
          rs.getString("sha256"),
          rs.getLong("size_bytes"),
          rs.getString("media_type"),
          rs.getString("original_filename"),
          rs.getString("description"),
          rs.getString("uploaded_by"),
          Columns.instant(rs, "received_at"),
          Columns.instant(rs, "withdrawn_at"),
          rs.getString("withdrawn_by"),
          rs.getString("withdrawal_reason"));
    }
  }
}
