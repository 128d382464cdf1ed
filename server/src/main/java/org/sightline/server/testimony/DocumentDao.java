package org.sightline.server.testimony;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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

/**
 * The DAO of documentary sources ({@code document_source}), with their lineage. Never deletes;
 * every write audited by the table's trigger. Attach to a handle; as thread-safe as the handle.
 */
@RegisterRowMapper(DocumentDao.DocumentMapper.class)
public interface DocumentDao {
  /**
   * The root of a document's lineage follows origin_id up; a recursive CTE with a depth bound, so
   * that a cycle (refused on write, {@link Documents}) could never loop.
   */
  String VIEW =
      """
      SELECT d.id, d.organisation_id, d.sharing, d.kind, d.title, d.url, d.published_on, d.origin_id,
             d.source_grade, d.external_ref, d.synthetic, d.version, d.created_at, d.created_by,
             (WITH RECURSIVE up(id, origin_id, depth) AS (
                SELECT d.id, d.origin_id, 0
                UNION ALL
                SELECT o.id, o.origin_id, up.depth + 1 FROM document_source o JOIN up ON o.id = up.origin_id
                 WHERE up.depth < 100)
              SELECT id FROM up ORDER BY depth DESC LIMIT 1) AS root_id
        FROM document_source d
      """;

  /** The fields as stored. */
  record Fields(
      String organisation,
      String sharing,
      String kind,
      String title,
      String url,
      LocalDate publishedOn,
      Long origin,
      String sourceGrade,
      String externalRef) {}

  @SqlUpdate(
      """
      INSERT INTO document_source (organisation_id, sharing, kind, title, url, published_on, origin_id,
                                   source_grade, external_ref, synthetic, created_at, created_by)
      VALUES (:f.organisation, :f.sharing, :f.kind, :f.title, :f.url, :f.publishedOn, :f.origin, :f.sourceGrade,
              :f.externalRef, :synthetic, now(), :by)""")
  @GetGeneratedKeys("id")
  long insert(
      @BindMethods("f") Fields fields, @Bind("synthetic") boolean synthetic, @Bind("by") String by);

  @SqlQuery(VIEW + " WHERE d.id = :id AND d.deleted_at IS NULL")
  Optional<DocumentView> document(@Bind("id") long id);

  @SqlQuery(
      VIEW
          + " WHERE d.organisation_id = :organisation AND d.external_ref = :ref AND d.deleted_at IS NULL")
  Optional<DocumentView> byExternalRef(
      @Bind("organisation") String organisation, @Bind("ref") String externalRef);

  @SqlQuery("SELECT version FROM document_source WHERE id = :id AND deleted_at IS NULL FOR UPDATE")
  Optional<Integer> lock(@Bind("id") long id);

  @SqlQuery(VIEW + " WHERE d.deleted_at IS NULL AND d.id > :afterId ORDER BY d.id LIMIT :limit")
  List<DocumentView> list(@Bind("afterId") long afterId, @Bind("limit") int limit);

  @SqlQuery("SELECT count(*) FROM claim WHERE document_id = :id AND deleted_at IS NULL")
  int liveClaims(@Bind("id") long id);

  @SqlQuery("SELECT count(*) FROM document_source WHERE origin_id = :id AND deleted_at IS NULL")
  int liveDerived(@Bind("id") long id);

  @SqlUpdate(
      """
      UPDATE document_source SET organisation_id = :f.organisation, sharing = :f.sharing, kind = :f.kind,
             title = :f.title, url = :f.url, published_on = :f.publishedOn, origin_id = :f.origin,
             source_grade = :f.sourceGrade, external_ref = :f.externalRef, version = version + 1,
             updated_at = now(), updated_by = :by
       WHERE id = :id AND deleted_at IS NULL""")
  int update(@Bind("id") long id, @BindMethods("f") Fields fields, @Bind("by") String by);

  @SqlUpdate(
      """
      UPDATE document_source SET deleted_at = now(), deleted_by = :by, deletion_reason = :reason,
             version = version + 1
       WHERE id = :id AND deleted_at IS NULL""")
  int softDelete(@Bind("id") long id, @Bind("by") String by, @Bind("reason") String reason);

  /** Maps {@link #VIEW} rows. */
  final class DocumentMapper implements RowMapper<DocumentView> {
    @Override
    public DocumentView map(ResultSet rs, StatementContext ctx) throws SQLException {
      long origin = rs.getLong("origin_id");
      Long originId = rs.wasNull() ? null : origin;
      return new DocumentView(
          rs.getLong("id"),
          rs.getString("organisation_id"),
          rs.getString("sharing"),
          rs.getString("kind"),
          rs.getString("title"),
          rs.getString("url"),
          rs.getObject("published_on", LocalDate.class),
          originId,
          rs.getLong("root_id"),
          rs.getString("source_grade"),
          rs.getString("external_ref"),
          rs.getBoolean("synthetic"),
          rs.getInt("version"),
          Columns.instant(rs, "created_at"),
          rs.getString("created_by"));
    }
  }
}
